#!/usr/bin/env node
// Runs the bundled CLI (build/cli/, made by scripts/build-cli.mjs, which `prepare` runs on
// npm ci / npm install): plain JavaScript, no TypeScript compiler at run time.
let cli;
try {
  cli = await import('../build/cli/eventsmith.mjs');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('build/cli/eventsmith.mjs')) throw e;
  process.stderr.write('eventsmith: the command line is not built yet: run npm install (or node scripts/build-cli.mjs)\n');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
