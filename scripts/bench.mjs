// `npm run bench`: the benchmark suite of PRODUCT.md §6 / issue 8. Runs the Node benchmarks
// (bench/run.ts: lint, AsyncAPI, share) and the browser benchmarks (bench/canvas.ts: canvas,
// Monaco, memory) through tsx, prints one table and writes bench/results.json.
//   --only=node | --only=browser   run one side
//   --no-build                     reuse dist/ (browser side)
//   --layout-only                  browser side: only the auto-layout rows (with --only=browser: a quick look)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const tmp = mkdtempSync(join(tmpdir(), 'eventsmith-bench-'));
const started = Date.now();

function side(name, script, extra = []) {
  const out = join(tmp, `${name}.json`);
  process.stderr.write(`bench: ${name} (${script})\n`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, '--out', out, ...extra], { stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    return JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    return { rows: [], failures: [{ suite: name, error: `${script} exited with ${r.status ?? r.signal} and wrote no results` }] };
  }
}

const parts = [];
if (only !== 'browser') parts.push(side('node', 'bench/run.ts'));
if (only !== 'node') parts.push(side('browser', 'bench/canvas.ts', args.filter((a) => a === '--no-build' || a === '--layout-only')));
rmSync(tmp, { recursive: true, force: true });
const rows = parts.flatMap((p) => p.rows);
const failures = parts.flatMap((p) => p.failures);

const num = (n, unit) => {
  if (n === null || n === undefined) return '—';
  if (unit === 'chars') return `${Math.round(n).toLocaleString('en')} chars`;
  if (unit === 'MB') return `${n.toFixed(1)} MB`;
  if (unit === 'KB') return `${n.toFixed(1)} KB`;
  return n >= 100 ? `${n.toFixed(0)} ms` : n >= 10 ? `${n.toFixed(1)} ms` : `${n.toFixed(2)} ms`;
};
const table = rows.map((r) => ({
  benchmark: r.benchmark,
  goal: r.goal ?? '',
  measured: num(r.measured, r.unit) + (r.pass === true ? ' ✓' : r.pass === false ? ' ✗' : ''),
  peer: r.peerMeasured === null ? '' : `${num(r.peerMeasured, r.unit)} ${r.peer}`,
  ratio: r.ratio === null ? '' : `${r.ratio >= 10 ? r.ratio.toFixed(0) : r.ratio.toFixed(1)}×`,
  note: r.note ?? '',
}));
const columns = ['benchmark', 'goal', 'measured', 'peer', 'ratio', 'note'];
const width = Object.fromEntries(columns.map((c) => [c, Math.max(c.length, ...table.map((t) => t[c].length))]));
const line = (cells) => cells.map((c, i) => c.padEnd(width[columns[i]])).join(' │ ').trimEnd();
console.log('');
console.log(line(columns));
console.log(columns.map((c) => '─'.repeat(width[c])).join('─┼─'));
for (const t of table) console.log(line(columns.map((c) => t[c])));
console.log('\nratio = peer ÷ ours, from the same run (above 1: we are faster). Timings are medians; frame times are p95.');
for (const f of failures) console.log(`NOT MEASURED (${f.suite}): ${f.error}`);

const round = (n) => (typeof n === 'number' ? Math.round(n * 100) / 100 : n);
const results = {
  machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '' },
  ranAt: new Date().toISOString(),
  seconds: Math.round((Date.now() - started) / 1000),
  rows: rows.map((r) => ({ ...r, measured: round(r.measured), peerMeasured: round(r.peerMeasured), ratio: round(r.ratio) })),
  failures,
};
// results.json always holds a whole run, so its rows stay the same set from one run to the next.
if (only) console.log(`\n${results.seconds} s; bench/results.json is only written by a full run.`);
else {
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
  console.log(`\nbench/results.json written (${results.seconds} s).`);
}
process.exit(failures.length ? 1 : 0);
