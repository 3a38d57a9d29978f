import { describe, expect, it } from 'vitest';
import { roomLinkOrigins } from './protocol';

const roomLinkOrigin = (page: string, origins: readonly unknown[] | undefined) => roomLinkOrigins(page, origins)[0].origin;

describe('the origin of a room’s links', () => {
  const lan = ['http://192.168.1.20:4321', 'http://10.0.0.5:4321'];

  it('is the page’s own when the page is not on loopback', () => {
    expect(roomLinkOrigin('http://192.168.1.20:4321', lan)).toBe('http://192.168.1.20:4321');
    expect(roomLinkOrigin('https://rooms.example.com', lan)).toBe('https://rooms.example.com');
  });

  it('is the server’s first network address when the page runs on loopback', () => {
    for (const page of ['http://127.0.0.1:4321', 'http://localhost:4321', 'http://[::1]:4321', 'http://127.0.1.1:4321'])
      expect(roomLinkOrigin(page, lan), page).toBe('http://192.168.1.20:4321');
  });

  it('stays on loopback when the server names no usable network address', () => {
    expect(roomLinkOrigin('http://127.0.0.1:4321', [])).toBe('http://127.0.0.1:4321');
    expect(roomLinkOrigin('http://127.0.0.1:4321', undefined)).toBe('http://127.0.0.1:4321');
    expect(roomLinkOrigin('http://127.0.0.1:4321', ['not a url', 'javascript:alert(1)', 'http://localhost:4321'])).toBe('http://127.0.0.1:4321');
    expect(roomLinkOrigin('http://127.0.0.1:4321', ['javascript:alert(1)', 'http://10.0.0.5:4321/some/path'])).toBe('http://10.0.0.5:4321');
  });
});

describe('the origins a room’s starter can choose from', () => {
  it('are the server’s network addresses, with their interfaces, when the page runs on loopback', () => {
    expect(roomLinkOrigins('http://127.0.0.1:4321', ['http://192.168.1.20:4321', 'http://172.17.0.1:4321'], ['wlp2s0', 'docker0'])).toEqual([
      { origin: 'http://192.168.1.20:4321', name: 'wlp2s0' },
      { origin: 'http://172.17.0.1:4321', name: 'docker0' },
    ]);
  });

  it('is the page’s own origin alone otherwise', () => {
    expect(roomLinkOrigins('http://192.168.1.20:4321', ['http://10.0.0.5:4321'], ['eth0'])).toEqual([{ origin: 'http://192.168.1.20:4321' }]);
    expect(roomLinkOrigins('http://127.0.0.1:4321', [])).toEqual([{ origin: 'http://127.0.0.1:4321' }]);
  });

  it('keeps nothing a server should not have sent: junk, loopback, repeats, odd names', () => {
    const origins = [42, 'http://10.0.0.5:4321/x', 'javascript:alert(1)', 'http://10.0.0.5:4321', 'http://[::1]:4321', 'http://10.0.0.6:4321', 'http://10.0.0.7:4321'];
    const names = ['a', 'eth0', 'b', 'eth0 again', 'lo', { not: 'a name' }, ` ${'x'.repeat(60)} `];
    expect(roomLinkOrigins('http://localhost:4321', origins, names)).toEqual([
      { origin: 'http://10.0.0.5:4321', name: 'eth0' },
      { origin: 'http://10.0.0.6:4321' },
      { origin: 'http://10.0.0.7:4321', name: 'x'.repeat(40) },
    ]);
  });
});
