// `npm run test:fuzz`: every property test (the test files that call assertProperty) under many
// seeds, each at its own numRuns: FC_FUZZ_SEEDS seeds (200 unless set), starting at FC_SEED or a
// random seed. Long searches outside CI; a failure names the seed to replay with FC_SEED, and its
// counterexample becomes a row of a table test. Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(e.name) && readFileSync(path, 'utf8').includes('assertProperty(') ? [path] : [];
  });
}

const files = testFiles('src').sort();
const seeds = process.env.FC_FUZZ_SEEDS ?? '200';
console.log(`fuzz: ${seeds} seeds of the property tests in ${files.length} files:\n  ${files.join('\n  ')}`);
const started = Date.now();
const run = spawnSync('npx', ['vitest', 'run', ...files, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, FC_FUZZ_SEEDS: seeds },
});
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`fuzz: ${run.status === 0 ? 'passed' : 'FAILED'} in ${minutes} min (${seeds} seeds)`);
process.exit(run.status ?? 1);
