#!/usr/bin/env node
// `npm run test:eventcatalog`: proves the real EventCatalog accepts our export. Exports the order
// saga as an EventCatalog project through the CLI, lints it, builds a copy with
// @eventcatalog/core 3.x on Node 22 (from the `node` package here, not the system Node) and checks
// the site has a page for every event (with its schema) and every service.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const design = process.argv[2] ?? 'examples/order-saga.json';
const keep = process.env.KEEP_EVENTCATALOG_BUILD === '1';
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const step = (text) => console.log(`\n▶ ${text}`);

function fail(message) {
  console.error(`\n✖ test:eventcatalog failed: ${message}`);
  process.exit(1);
}

function run(cmd, args, options) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

// 1. The checker's own dependencies (EventCatalog core 3.x and Node 22), from its lockfile.
const node22 = join(here, 'node_modules', 'node', 'bin', 'node');
const eventcatalogBin = join(here, 'node_modules', '@eventcatalog', 'core', 'bin', 'eventcatalog.js');
if (!existsSync(node22) || !existsSync(eventcatalogBin)) {
  step('Installing tools/eventcatalog-check (npm ci)');
  const t = Date.now();
  run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here });
  console.log(`  installed in ${seconds(t)}`);
}
const nodeVersion = spawnSync(node22, ['--version'], { encoding: 'utf8' }).stdout.trim();
if (!/^v2[2-9]\./.test(nodeVersion)) fail(`expected Node ≥ 22 from the node package, got ${nodeVersion || 'nothing'}`);

// 2. Export through the CLI, exactly as a user would.
const work = mkdtempSync(join(tmpdir(), 'eventsmith-eventcatalog-'));
const exported = join(work, 'export');
step(`Exporting ${design} as an EventCatalog project`);
run(process.execPath, [join(root, 'bin', 'eventsmith.mjs'), 'export', 'catalog', design, '--format', 'eventcatalog', '-o', exported], { cwd: root });

// 3. The EventCatalog linter catches dangling references the build lets through.
step('Linting with @eventcatalog/linter');
run(process.execPath, [join(root, 'node_modules', '@eventcatalog', 'linter', 'dist', 'cli', 'index.js'), exported], { cwd: root });

// 4. Build a copy: EventCatalog 3.x migrates (rewrites) the catalog it builds.
const site = join(work, 'build');
cpSync(exported, site, { recursive: true });
symlinkSync(join(here, 'node_modules'), join(site, 'node_modules'), 'dir');
step(`Building with @eventcatalog/core on Node ${nodeVersion}`);
const buildStart = Date.now();
const output = await new Promise((resolve) => {
  const env = {
    ...process.env,
    PATH: [join(here, 'node_modules', '.bin'), dirname(node22), process.env.PATH].join(delimiter),
    CI: 'true',
    NODE_ENV: 'CI',
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: '--max-old-space-size=6144',
  };
  const child = spawn(node22, [eventcatalogBin, 'build'], { cwd: site, env });
  let text = '';
  const tee = (stream, sink) => stream.on('data', (chunk) => (sink.write(chunk), (text += chunk)));
  tee(child.stdout, process.stdout);
  tee(child.stderr, process.stderr);
  child.on('close', (code, signal) => resolve({ code, signal, text }));
});
const buildTime = seconds(buildStart);
if (output.code !== 0) fail(`eventcatalog build exited with ${output.code ?? output.signal}`);
// The build exits 0 on a broken schema.json and on dangling references; it only logs them.
for (const marker of ['Failed to process schemas', 'not found in']) {
  const line = output.text.split('\n').find((l) => l.includes(marker));
  if (line) fail(`the build logged "${line.trim()}"`);
}

// 5. Every event (with its schema) and every service has a page.
step('Checking the generated site');
const frontmatter = (file) => parseYaml(readFileSync(file, 'utf8').split(/^---$/m)[1]);
const walk = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? walk(path) : [path];
});
const sources = walk(exported).filter((f) => f.endsWith('index.mdx') && !f.includes(`${join('', 'versioned')}`));
const expected = sources.flatMap((file) => {
  const rel = relative(exported, file).split(/[\\/]/);
  const collection = ['events', 'commands', 'queries', 'services'].find((c) => rel.at(-3) === c);
  return collection ? [{ collection, file, ...frontmatter(file) }] : [];
});
if (!expected.some((e) => e.collection === 'services')) fail('the export has no services to check');
if (!expected.some((e) => e.collection !== 'services')) fail('the export has no events to check');
const dist = join(site, 'dist');
const problems = [];
for (const e of expected) {
  const page = join(dist, 'docs', e.collection, e.id, e.version, 'index.html');
  if (!existsSync(page)) {
    problems.push(`no page for ${e.collection}/${e.id}@${e.version} (${relative(dist, page)})`);
    continue;
  }
  const html = readFileSync(page, 'utf8');
  if (!html.includes(e.name)) problems.push(`${relative(dist, page)} does not show the name ${e.name}`);
  if (e.collection !== 'services' && e.schemaPath) {
    const schema = JSON.parse(readFileSync(join(dirname(e.file), e.schemaPath), 'utf8'));
    const fields = Object.keys(schema.properties ?? {});
    const missing = fields.filter((f) => !html.includes(f));
    if (!html.includes('SchemaViewer')) problems.push(`${relative(dist, page)} has no schema viewer`);
    if (fields.length === 0 || missing.length) problems.push(`${relative(dist, page)} lacks schema fields: ${missing.join(', ') || '(none declared)'}`);
  }
  console.log(`  ✓ ${e.collection}/${e.id}@${e.version}`);
}
if (problems.length) fail(`\n  ${problems.join('\n  ')}`);

if (!keep) rmSync(work, { recursive: true, force: true });
else console.log(`\nKept ${work}`);
console.log(`\n✔ EventCatalog built the export: ${expected.length} pages checked; build ${buildTime}, total ${seconds(started)}`);
