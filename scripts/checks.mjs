// `npm run checks`: the two type checks and ESLint side by side. Each is one single-threaded process,
// so on a 2-core machine running them together takes about as long as the slowest, not the sum.
// Output is printed per check when it ends, so lines of different checks never interleave.
import { spawn } from 'node:child_process';

const checks = [
  ['typecheck (app)', 'tsc', ['-p', 'tsconfig.json', '--noEmit']],
  ['typecheck (core fences)', 'tsc', ['-p', 'tsconfig.core.json', '--noEmit']],
  ['lint', 'eslint', ['.']],
];

const started = Date.now();
const results = await Promise.all(
  checks.map(
    ([name, bin, args]) =>
      new Promise((resolve) => {
        const child = spawn('npx', ['--no-install', bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('error', (err) => resolve({ name, code: 1, out: `${out}${err.message}\n` }));
        child.on('close', (code) => resolve({ name, code: code ?? 1, out, seconds: (Date.now() - started) / 1000 }));
      }),
  ),
);

for (const r of results) {
  process.stdout.write(`${r.code === 0 ? 'ok' : 'FAILED'}  ${r.name}${r.seconds ? ` (${r.seconds.toFixed(1)} s)` : ''}\n`);
  if (r.out.trim()) process.stdout.write(`${r.out.trimEnd()}\n`);
}
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
