// The command line as people run it: wall time of whole `eventsmith` processes (bin/eventsmith.mjs
// on the bundle `prepare` builds), next to `node -e 0` in the same run. Goals (issue 13): `--help`
// and linting the order saga start in at most 5× the time node takes to do nothing; linting the
// 2,000-channel AsyncAPI document (import + validation + lint, start-up included) takes at most
// 1/4 of the official parser's time merely parsing the same file (in process, already warm).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { largeAsyncApiDocument } from './large-asyncapi';
import { officialParse } from './peers';
import { row, round, type Row } from './row';
import { median, measure } from './stats';

const BIN = 'bin/eventsmith.mjs';
const STARTUP_GOAL = '≤ 5× node -e 0';
const LARGE_GOAL = '≤ 1/4 of parser (ratio ≥ 4)';

/** Wall time of one process, in ms; it must end with one of `codes`. */
function wall(args: string[], codes: number[]): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - started;
  if (r.status === null || !codes.includes(r.status)) throw new Error(`node ${args.join(' ')} exited with ${r.status ?? r.signal}: ${r.stderr.slice(0, 300)}`);
  return ms;
}

export async function cliBenchmarks(log: (line: string) => void): Promise<Row[]> {
  // Measure the code in the tree, bundled as `prepare` bundles it.
  const built = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('scripts/build-cli.mjs failed');

  const cases = [
    { id: 'cli.node', name: 'node -e 0', args: ['-e', '0'], codes: [0] },
    { id: 'cli.help', name: 'eventsmith --help', args: [BIN, '--help'], codes: [0] },
    { id: 'cli.lint-saga', name: 'eventsmith lint examples/order-saga.json', args: [BIN, 'lint', 'examples/order-saga.json'], codes: [0] },
  ];
  // Interleaved rounds: the load of a shared machine changes during a run, and every case sees it alike.
  const times = cases.map(() => [] as number[]);
  for (let round = -2; round < 15; round++) cases.forEach((c, i) => { const ms = wall(c.args, c.codes); if (round >= 0) times[i].push(ms); });
  const node = median(times[0]);
  const rows: Row[] = [row({ id: 'cli.node', benchmark: 'Process start: node -e 0 (the yardstick)', unit: 'ms', measured: node, runs: times[0].length })];
  cases.slice(1).forEach((c, k) => {
    const ours = median(times[k + 1]);
    log(`${c.name}: ${ours.toFixed(0)} ms wall, node -e 0 ${node.toFixed(0)} ms (${(ours / node).toFixed(1)}×)`);
    rows.push(row({
      id: c.id, benchmark: `CLI wall time: ${c.name}`, unit: 'ms', goal: STARTUP_GOAL, measured: ours, peer: 'node -e 0', peerMeasured: node,
      pass: ours <= 5 * node, runs: times[k + 1].length, note: `${round(ours / node, 1)}× node -e 0, same run`,
    }));
  });

  const large = largeAsyncApiDocument(2000);
  const dir = mkdtempSync(join(tmpdir(), 'eventsmith-cli-bench-'));
  try {
    const file = join(dir, 'platform.yaml');
    writeFileSync(file, large.text);
    // The parser's first run loads its schemas and rules: keep that out of its measurement.
    await officialParse(largeAsyncApiDocument(10).text);
    const peer = await measure(() => officialParse(large.text), { warmup: 0, minRuns: 3, maxRuns: 3 });
    // Findings make lint exit 1; 2 would be unusable input.
    const ours = await measure(() => wall([BIN, 'lint', file], [0, 1]), { warmup: 1, minRuns: 3, maxRuns: 5, budgetMs: 5000 });
    log(`eventsmith lint of the 2,000-channel document: ${ours.median.toFixed(0)} ms wall, parser ${peer.median.toFixed(0)} ms`);
    const r = row({
      id: 'cli.lint-2000-channels', benchmark: 'CLI wall time: eventsmith lint, 2,000-channel document (import + lint)', unit: 'ms', goal: LARGE_GOAL,
      measured: ours.median, peer: '@asyncapi/parser Parser.parse (in process, warm)', peerMeasured: peer.median, runs: ours.runs,
      note: `whole process, start-up and file read included; ${(large.text.length / 1e6).toFixed(2)} M chars YAML`,
    });
    r.pass = r.ratio !== null && r.ratio >= 4;
    rows.push(r);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
