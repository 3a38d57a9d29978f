import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { openableAddresses } from './addresses';

describe('the addresses serve prints', () => {
  it('is only the loopback address by default', () => {
    expect(openableAddresses('127.0.0.1', 4321)).toEqual({ local: 'http://127.0.0.1:4321/', network: [] });
    expect(openableAddresses('::1', 4321)).toEqual({ local: 'http://[::1]:4321/', network: [] });
  });

  it('adds every LAN IPv4 address of the machine with --host 0.0.0.0', () => {
    const lan = Object.values(networkInterfaces()).flat().filter((a) => a && !a.internal && a.family === 'IPv4').map((a) => `http://${a!.address}:4321/`);
    expect(openableAddresses('0.0.0.0', 4321)).toEqual({ local: 'http://127.0.0.1:4321/', network: lan });
  });

  it('is the given address when serve listens on one LAN address only', () => {
    expect(openableAddresses('192.168.1.20', 8080)).toEqual({ local: 'http://192.168.1.20:8080/', network: [] });
  });
});
