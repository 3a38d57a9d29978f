// The command people run: bin/eventsmith.mjs on the bundle in build/cli (vitest's globalSetup
// bundles the code under test first, as `prepare` does on npm ci). It answers exactly as the CLI
// does in process, and the bundle holds no TypeScript compiler.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeIO, type CliIO } from './io';
import { main } from './main';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../../build/cli/', import.meta.url));

function runBin(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/eventsmith.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function runInProcess(...args: string[]) {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = { ...nodeIO, stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t) };
  const code = await main(args, io);
  return { code, ...out };
}

describe('bin/eventsmith.mjs (the bundled CLI)', () => {
  it('prints the same help as the CLI in process', async () => {
    const bin = runBin('--help');
    expect(bin).toEqual(await runInProcess('--help'));
    expect(bin.stdout).toContain('Usage: eventsmith <command>');
  });

  it('lints the order saga (schemas validated in the bundled worker thread) as the CLI in process does', async () => {
    const args = ['lint', 'examples/order-saga.json', '--format', 'json'];
    const bin = runBin(...args);
    expect(bin.stderr).toBe('');
    expect(bin).toEqual(await runInProcess(...args));
  }, 60_000);

  it('finds a broken example design invalid, with the worker thread\'s findings', async () => {
    const args = ['lint', 'examples/broken-design.json', '--format', 'json'];
    const bin = runBin(...args);
    expect(bin.code).toBe(1);
    expect(bin).toEqual(await runInProcess(...args));
    expect(bin.stdout).toContain('example-invalid');
  }, 60_000);

  it('has no TypeScript compiler in it', () => {
    const files = readdirSync(BUNDLE).filter((f) => f.endsWith('.mjs'));
    expect(files).toContain('eventsmith.mjs');
    expect(files).toContain('validation-thread.mjs');
    for (const f of files) expect(readFileSync(BUNDLE + f, 'utf8'), f).not.toMatch(/\btsx\b|typescript/);
  });
});
