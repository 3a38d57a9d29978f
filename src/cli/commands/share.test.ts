import { describe, expect, it } from 'vitest';
import saga from '../../../examples/order-saga.json';
import { main } from '../main';
import { UsageError, type CliIO } from '../io';

function memoryIO(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readText: (path) => {
      if (!(path in files)) throw new UsageError(`cannot read ${path}: ENOENT`);
      return files[path];
    },
    writeText: (path, content) => void (written[path] = String(content)),
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written };
}

async function cli(argv: string[], files: Record<string, string> = { 'saga.json': JSON.stringify(saga) }) {
  const m = memoryIO(files);
  const code = await main(argv, m.io);
  return { code, out: m.out(), err: m.err(), written: m.written };
}

describe('eventsmith share / unshare', () => {
  it('share prints the whole link on the default base; unshare -o writes the same design back', async () => {
    const shared = await cli(['share', 'saga.json']);
    expect(shared.code).toBe(0);
    expect(shared.err).toBe('');
    const link = shared.out.trim();
    expect(link).toMatch(/^http:\/\/localhost:5173\/#d=2\.[A-Za-z0-9_-]+$/);
    const back = await cli(['unshare', link, '-o', 'out/design.json']);
    expect(back.code).toBe(0);
    expect(JSON.parse(back.written['out/design.json'])).toEqual(saga);
  });

  it('share honours --base-url and unshare reads a bare fragment to stdout', async () => {
    const shared = await cli(['share', 'saga.json', '--base-url', 'https://acme.example/eventsmith/']);
    const link = shared.out.trim();
    expect(link.startsWith('https://acme.example/eventsmith/#d=2.')).toBe(true);
    const back = await cli(['unshare', link.slice(link.indexOf('#') + 1)]);
    expect(back.code).toBe(0);
    expect(JSON.parse(back.out)).toEqual(saga);
  });

  it.each([
    [['unshare', 'https://x.example/#d=1.AAAA-broken'], /damaged/],
    [['unshare', 'd=7.abc'], /newer Eventsmith/],
    [['unshare'], /exactly one link/],
    [['share', 'missing.json'], /cannot read missing.json/],
    [['share', 'saga.json', '--base-url', 'javascript:alert(1)'], /--base-url must be an http/],
    [['share', 'bad.json'], /not an Eventsmith design file|not valid JSON/],
  ])('%j exits 2 with a one-line reason', async (argv, message) => {
    const r = await cli(argv as string[], { 'saga.json': JSON.stringify(saga), 'bad.json': '{"format": "eventsmith-design", ' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
  });
});
