// Bundles the command line for Node 20 with esbuild: the CLI entry and its validation-thread
// entry (build/cli/eventsmith.mjs, build/cli/validation-thread.mjs), so `eventsmith` starts
// without compiling TypeScript. `prepare` runs it on npm ci / npm install; bin/eventsmith.mjs runs
// the result. Native modules (and the packages that load them) stay external, installed as
// dependencies. Usage: node scripts/build-cli.mjs [outdir]
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Packages left to node_modules: native addons, and their optional native helpers. */
export const EXTERNAL = ['better-sqlite3', 'bufferutil', 'utf-8-validate'];

export async function buildCli(outdir = 'build/cli') {
  // Chunk names carry a content hash: without this, every change left its old chunks beside the
  // new ones, and the package (`files`: build/cli/) shipped them all.
  rmSync(resolve(ROOT, outdir), { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { eventsmith: 'src/cli/main.ts', 'validation-thread': 'src/cli/validation-thread.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Commands load what only they need (the workshop server) as separate chunks, after start-up.
    splitting: true,
    chunkNames: '[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    define: { EVENTSMITH_CLI_BUNDLE: 'true' },
    // Smaller files parse faster at start-up; names are kept for readable errors.
    minifySyntax: true,
    minifyWhitespace: true,
    // CommonJS dependencies call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
  });
}

/**
 * vitest globalSetup: the tests that run bin/eventsmith.mjs run the code under test, never a stale
 * bundle. The tests' validation threads run this fresh bundle's thread entry too (see
 * src/cli/start-validation-thread.ts): the same code, without compiling TypeScript in every thread
 * (about 0.5 s of CPU each, and the suite starts dozens).
 */
export async function setup() {
  await buildCli();
  process.env.EVENTSMITH_TEST_VALIDATION_THREAD = fileURLToPath(new URL('../build/cli/validation-thread.mjs', import.meta.url));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  await buildCli(process.argv[2]);
  console.log(`eventsmith CLI bundled into ${process.argv[2] ?? 'build/cli'} in ${Date.now() - started} ms`);
}
