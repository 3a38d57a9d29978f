// The addresses people can open: the loopback one, and with a wildcard host the machine's LAN ones.
import { networkInterfaces } from 'node:os';

const url = (host: string, port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;

export function openableAddresses(host: string, port: number): { local: string; network: string[] } {
  const wildcard = host === '0.0.0.0' || host === '::';
  const loopback = host === '::1' ? '::1' : host === 'localhost' || host.startsWith('127.') || wildcard ? (host.startsWith('127.') ? host : '127.0.0.1') : null;
  const network: string[] = [];
  if (wildcard) {
    for (const list of Object.values(networkInterfaces())) {
      for (const a of list ?? []) {
        if (a.internal) continue;
        if (a.family === 'IPv4' || (host === '::' && a.family === 'IPv6' && !a.address.startsWith('fe80'))) network.push(url(a.address, port));
      }
    }
  } else if (!loopback) network.push(url(host, port));
  return { local: loopback ? url(loopback, port) : network[0], network: loopback ? network : network.slice(1) };
}
