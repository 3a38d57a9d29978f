// The Node side of `npm run bench` (scripts/bench.mjs starts it through tsx): lint, AsyncAPI and
// share benchmarks. Progress goes to stderr; the rows go to the file named by --out as JSON.
import { writeFileSync } from 'node:fs';
import { asyncApiBenchmarks } from './asyncapi.bench';
import { cliBenchmarks } from './cli.bench';
import { lintBenchmarks } from './lint.bench';
import { liveBenchmarks } from './live.bench';
import type { Row } from './row';
import { shareBenchmarks } from './share.bench';

const log = (line: string) => process.stderr.write(`  ${line}\n`);

const suites: [string, (log: (line: string) => void) => Promise<Row[]>][] = [
  ['share', shareBenchmarks],
  ['lint', lintBenchmarks],
  ['asyncapi', asyncApiBenchmarks],
  ['live', liveBenchmarks],
  ['cli', cliBenchmarks],
];

const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? process.argv[outIndex + 1] : null;

const rows: Row[] = [];
const failures: { suite: string; error: string }[] = [];
for (const [name, suite] of suites) {
  if (only && !only.includes(name)) continue;
  process.stderr.write(`${name}…\n`);
  try {
    rows.push(...(await suite(log)));
  } catch (e) {
    // One broken suite must not hide the others' numbers.
    const error = e instanceof Error ? e.message : String(e);
    failures.push({ suite: name, error });
    process.stderr.write(`  ${name} failed: ${error}\n`);
  }
}
const result = JSON.stringify({ rows, failures }, null, 2);
if (out) writeFileSync(out, result);
else process.stdout.write(result + '\n');
