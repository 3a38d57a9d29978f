import { describe, expect, it } from 'vitest';
import { roomLinkOrigin } from './protocol';

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
