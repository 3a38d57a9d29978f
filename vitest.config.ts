import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import type { FastCheckRun } from './src/core/testing/property';
import type { SharedFiles } from './src/core/testing/shared-files';

// Property tests use one fixed seed, so `npm test` gives the same answer every time. FC_SEED=<n>
// replays another seed; FC_FUZZ_SEEDS=<n> (npm run test:fuzz) runs every property under n seeds,
// starting from FC_SEED or a random one.
const FIXED_SEED = 1307;

function fastCheckRun(env: NodeJS.ProcessEnv): FastCheckRun {
  const seeds = env.FC_FUZZ_SEEDS ? Number(env.FC_FUZZ_SEEDS) : 1;
  if (!Number.isInteger(seeds) || seeds < 1) throw new Error(`FC_FUZZ_SEEDS must be a positive integer, not ${env.FC_FUZZ_SEEDS}`);
  if (env.FC_SEED) {
    const seed = Number(env.FC_SEED);
    if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, not ${env.FC_SEED}`);
    return { seed, seeds };
  }
  return { seed: seeds > 1 ? (Math.random() * (2 ** 31 - seeds)) | 0 : FIXED_SEED, seeds };
}

const fastCheck = fastCheckRun(process.env);
console.log(
  fastCheck.seeds > 1
    ? `fast-check: ${fastCheck.seeds} seeds per property, ${fastCheck.seed} to ${fastCheck.seed + fastCheck.seeds - 1} (a failure names its seed; replay it with FC_SEED=<seed>)`
    : `fast-check seed ${fastCheck.seed}${process.env.FC_SEED ? '' : ' (fixed)'}; replay another with FC_SEED=<seed>`,
);

// Third-party files beside the repository, as CI has them: the folders of ../shared, three levels
// deep, for describeShared (src/core/testing/shared-files.ts) to skip or fail on a missing one.
function sharedFiles(): SharedFiles {
  const root = fileURLToPath(new URL('../shared/', import.meta.url));
  const folders: string[] = [];
  const walk = (rel: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries)
      if (e.isDirectory()) {
        folders.push(rel ? `${rel}/${e.name}` : e.name);
        if (depth > 1) walk(rel ? `${rel}/${e.name}` : e.name, depth - 1);
      }
  };
  walk('', 3);
  return { root, folders, required: process.env.EVENTSMITH_REQUIRE_SHARED === '1' };
}

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tools/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'tools/eventcatalog-check/**'],
    environment: 'node',
    setupFiles: ['src/core/testing/fast-check-setup.ts'],
    globalSetup: ['scripts/build-cli.mjs'],
    provide: { fastCheck, shared: sharedFiles() },
    // One test file per core: vitest's default leaves a core free (cores - 1), which on CI's 2-core
    // machine runs the files one at a time.
    maxWorkers: availableParallelism(),
    // Generous: a timeout is not a speed check (bench/ measures speed), and a busy 2-core CI machine
    // runs the large property tests several times slower than an idle one.
    testTimeout: 90_000 * fastCheck.seeds,
  },
});
