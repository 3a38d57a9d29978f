import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { openableAddresses } from './addresses';

const v4 = (address: string, internal = false): NetworkInterfaceInfo =>
  ({ address, netmask: '255.255.255.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal, cidr: `${address}/24` });
const v6 = (address: string): NetworkInterfaceInfo =>
  ({ address, netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', mac: '00:00:00:00:00:00', internal: false, cidr: `${address}/64`, scopeid: 0 });

describe('the addresses serve prints and offers for room links', () => {
  it('is only the loopback address by default', () => {
    expect(openableAddresses('127.0.0.1', 4321)).toEqual({ local: 'http://127.0.0.1:4321/', network: [] });
    expect(openableAddresses('::1', 4321)).toEqual({ local: 'http://[::1]:4321/', network: [] });
  });

  it('adds every LAN IPv4 address of this machine, with its interface, with --host 0.0.0.0', () => {
    const lan = Object.entries(networkInterfaces()).flatMap(([name, list]) => (list ?? []).filter((a) => !a.internal && a.family === 'IPv4').map((a) => `http://${a.address}:4321/ ${name}`));
    const { local, network } = openableAddresses('0.0.0.0', 4321);
    expect(local).toBe('http://127.0.0.1:4321/');
    expect(network.map((a) => `${a.url} ${a.name}`).sort()).toEqual(lan.sort());
  });

  it('puts container bridges, virtual machines\' networks and VPNs after the others', () => {
    // A laptop on Wi-Fi with Docker, libvirt and WireGuard, as Linux lists them (docker0 first here).
    const interfaces = {
      lo: [v4('127.0.0.1', true)],
      docker0: [v4('172.17.0.1')],
      'br-5e1f0c': [v4('172.18.0.1')],
      eth0: [v4('10.1.2.3')],
      wlp2s0: [v4('192.168.1.20'), v6('fe80::1'), v6('2001:db8::20')],
      virbr0: [v4('192.168.122.1')],
      wg0: [v4('10.8.0.2')],
    };
    expect(openableAddresses('0.0.0.0', 4321, interfaces).network).toEqual([
      { url: 'http://10.1.2.3:4321/', name: 'eth0' },
      { url: 'http://192.168.1.20:4321/', name: 'wlp2s0' },
      { url: 'http://172.17.0.1:4321/', name: 'docker0' },
      { url: 'http://172.18.0.1:4321/', name: 'br-5e1f0c' },
      { url: 'http://192.168.122.1:4321/', name: 'virbr0' },
      { url: 'http://10.8.0.2:4321/', name: 'wg0' },
    ]);
    // On :: the IPv6 addresses too, but never link-local ones (they need a zone to be opened).
    expect(openableAddresses('::', 4321, interfaces).network.filter((a) => a.name === 'wlp2s0').map((a) => a.url)).toEqual(['http://192.168.1.20:4321/', 'http://[2001:db8::20]:4321/']);
  });

  it('is the given address when serve listens on one LAN address only', () => {
    expect(openableAddresses('192.168.1.20', 8080)).toEqual({ local: 'http://192.168.1.20:8080/', network: [] });
  });
});
