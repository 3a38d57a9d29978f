import { describe, expect, it } from 'vitest';
import { precacheOf } from './precache';

const build = (digest = 'a') => [
  { path: 'index.html', digest },
  { path: 'favicon.svg', digest: 'f' },
  { path: 'assets/index-AbC123.js', digest: 'i' },
  { path: 'assets/index-Bm_FYCNj.css', digest: 'c' },
  { path: 'assets/json.worker-BfeARH1Q.js', digest: 'j' },
  { path: 'assets/ts.worker-CVbFdYz4.js', digest: 't' },
  { path: 'assets/css.worker-DA-Gmr7e.js', digest: 'u' },
  { path: 'assets/html.worker-DNu74flJ.js', digest: 'h' },
  { path: 'assets/index-AbC123.js.map', digest: 'm' },
  { path: 'sw.js', digest: 's' },
];

describe('the service worker’s precache', () => {
  it('holds the build’s files but the page itself, source maps and the language workers the app never starts', () => {
    expect(precacheOf(build()).files).toEqual(['assets/index-AbC123.js', 'assets/index-Bm_FYCNj.css', 'assets/json.worker-BfeARH1Q.js', 'favicon.svg']);
  });

  it('is a new version (a new cache, the old one deleted) when any file of the build changes, the page included', () => {
    expect(precacheOf(build('a')).version).toBe(precacheOf(build('a')).version);
    expect(precacheOf(build('b')).version).not.toBe(precacheOf(build('a')).version);
    const renamed = build().map((f) => (f.path === 'favicon.svg' ? { ...f, path: 'favicon2.svg' } : f));
    expect(precacheOf(renamed).version).not.toBe(precacheOf(build()).version);
  });

  it('puts the list and the version in front of the worker’s code', () => {
    const { source, version } = precacheOf(build());
    expect(source('/*worker*/')).toBe(`const PRECACHE = ["assets/index-AbC123.js","assets/index-Bm_FYCNj.css","assets/json.worker-BfeARH1Q.js","favicon.svg"];\nconst VERSION = ${JSON.stringify(version)};\n/*worker*/`);
  });
});
