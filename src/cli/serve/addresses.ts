// The addresses people can open: the loopback one, and with a wildcard host the machine's LAN ones.
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

const url = (host: string, port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;

/** One address of this machine on a network, and the interface it is on (`wlp2s0`, `en0`, `docker0`). */
export interface NetworkAddress { url: string; name: string }

/**
 * Interfaces that reach only this machine's containers or virtual machines, or a VPN: rarely where
 * the rest of a workshop is, so their addresses come after the others (a laptop with Docker has
 * `docker0` beside its Wi-Fi).
 */
const VIRTUAL = /^(docker|br-|veth|virbr|vnet|vmnet|vboxnet|lxcbr|lxdbr|cni|flannel|podman|tun|tap|utun|wg|zt|tailscale|bridge|awdl|llw|vEthernet)/i;

/** The machine's addresses on its networks, likeliest first (see VIRTUAL), each in the order the system lists them. */
export function networkAddresses(host: string, port: number, interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): NetworkAddress[] {
  const found: NetworkAddress[] = [];
  for (const [name, list] of Object.entries(interfaces)) {
    for (const a of list ?? []) {
      if (a.internal) continue;
      if (a.family === 'IPv4' || (host === '::' && a.family === 'IPv6' && !a.address.startsWith('fe80'))) found.push({ url: url(a.address, port), name });
    }
  }
  return [...found.filter((a) => !VIRTUAL.test(a.name)), ...found.filter((a) => VIRTUAL.test(a.name))];
}

export function openableAddresses(host: string, port: number, interfaces?: NodeJS.Dict<NetworkInterfaceInfo[]>): { local: string; network: NetworkAddress[] } {
  const wildcard = host === '0.0.0.0' || host === '::';
  const loopback = host === '::1' ? '::1' : host === 'localhost' || host.startsWith('127.') || wildcard ? (host.startsWith('127.') ? host : '127.0.0.1') : null;
  if (wildcard) return { local: url(loopback!, port), network: networkAddresses(host, port, interfaces) };
  return { local: url(loopback ?? host, port), network: [] };
}
