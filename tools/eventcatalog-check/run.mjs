#!/usr/bin/env node
// `npm run test:eventcatalog`: proves the real EventCatalog accepts our export. Exports the order
// saga as an EventCatalog project through the CLI, lints it, builds a copy with
// @eventcatalog/core 3.x on Node 22 (from the `node` package here, not the system Node) and checks
// the site has a page for every event (with its schema) and every service.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as parseYaml } from 'js-yaml';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const design = process.argv[2] ?? 'examples/order-saga.json';
const keep = process.env.KEEP_EVENTCATALOG_BUILD === '1';
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const step = (text) => console.log(`\n▶ ${text}`);

let work; // kept on failure, for a look at the export and the build
function fail(message) {
  console.error(`\n✖ test:eventcatalog failed: ${message}${work ? `\n  (files kept in ${work})` : ''}`);
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
// Inside this package, so the build finds its node_modules by walking up: a symlinked
// node_modules makes Vite see two paths for one file and the build fails.
mkdirSync(join(here, '.work'), { recursive: true });
work = mkdtempSync(join(here, '.work', 'run-'));
const exported = join(work, 'export');
step(`Exporting ${design} as an EventCatalog project`);
run(process.execPath, [join(root, 'bin', 'eventsmith.mjs'), 'export', 'catalog', design, '--format', 'eventcatalog', '-o', exported], { cwd: root });

// 3. The EventCatalog linter catches dangling references the build lets through.
step('Linting with @eventcatalog/linter');
run(process.execPath, [join(root, 'node_modules', '@eventcatalog', 'linter', 'dist', 'cli', 'index.js'), exported], { cwd: root });

// 4. Build a copy: EventCatalog 3.x migrates (rewrites) the catalog it builds.
const site = join(work, 'build');
cpSync(exported, site, { recursive: true });
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
  if (e.collection !== 'services') {
    if (!e.schemaPath) problems.push(`${e.collection}/${e.id} has no schema in the export`);
    else {
      // The schema viewer gets the schema as props of its island: every field must be there.
      const schema = JSON.parse(readFileSync(join(dirname(e.file), e.schemaPath), 'utf8'));
      const island = html.match(/<astro-island[^>]*component-url="[^"]*(JSONSchemaViewer|AvroSchemaViewer)[^"]*"[^>]*props="([^"]*)"/);
      if (!html.includes(`data-schema-viewer-client-id="${e.id}"`) || !island) problems.push(`${relative(dist, page)} has no schema viewer`);
      else {
        const fields = Object.keys(schema.properties ?? {}).concat((schema.fields ?? []).map((f) => f.name));
        const missing = fields.filter((f) => !island[2].includes(`&quot;${f}&quot;`));
        if (fields.length === 0 || missing.length) problems.push(`${relative(dist, page)}: schema viewer lacks fields ${missing.join(', ') || '(none declared)'}`);
      }
      const published = join(dist, 'generated', e.collection, e.id, e.schemaPath);
      if (!existsSync(published)) problems.push(`the site does not publish ${relative(dist, published)}`);
      else if (JSON.stringify(JSON.parse(readFileSync(published, 'utf8'))) !== JSON.stringify(schema)) problems.push(`${relative(dist, published)} differs from the export`);
    }
  }
  for (const spec of e.specifications ?? []) {
    const specPage = join(dist, 'docs', e.collection, e.id, e.version, spec.type, spec.path.replace(/\.(ya?ml|json)$/, ''), 'index.html');
    if (!existsSync(specPage)) problems.push(`no ${spec.type} page for ${e.collection}/${e.id} (${relative(dist, specPage)})`);
  }
  console.log(`  ✓ ${e.collection}/${e.id}@${e.version}`);
}
if (problems.length) fail(`\n  ${problems.join('\n  ')}`);

if (!keep) rmSync(work, { recursive: true, force: true });
else console.log(`\nKept ${work}`);
console.log(`\n✔ EventCatalog built the export: ${expected.length} pages checked; build ${buildTime}, total ${seconds(started)}`);
