// The command line with hostile inputs (issue 14): BOMs, restore's repairs, terminal escapes in
// names, links too long for a command line, output folders holding other files, and names that
// are not file names on Windows or macOS.
import { describe, expect, it } from 'vitest';
import saga from '../../../examples/order-saga.json';
import { shareLink } from '../../core/share/codec';
import { backtrackingPatternSchemas, expensiveCompatDesign, factsBombDesign, hugeStringDesign, refDagSchemas } from '../../core/testing/hostile-corpus';
import { MANIFEST } from '../output-dir';
import { UsageError, type CliIO } from '../io';
import { main } from '../main';

/** A file system in memory: paths as the commands build them (node:path join, `/` here). */
function memoryFs(initial: Record<string, string> = {}, stdin = '') {
  const files = new Map(Object.entries(initial));
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readText: (path) => {
      if (!files.has(path)) throw new UsageError(`cannot read ${path}: ENOENT`);
      return files.get(path)!;
    },
    writeText: (path, content) => void files.set(path, String(content)),
    readStdin: () => stdin,
    exists: (path) => files.has(path),
    remove: (path) => void files.delete(path),
  };
  return { io, out, files };
}

const sagaText = JSON.stringify(saga);

async function run(argv: string[], fs = memoryFs({ 'saga.json': sagaText })) {
  const code = await main(argv, fs.io);
  return { code, ...fs.out, files: fs.files };
}

describe('design files', () => {
  it('a UTF-8 BOM is accepted', async () => {
    const r = await run(['lint', 'bom.json'], memoryFs({ 'bom.json': `\uFEFF${sagaText}` }));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it.each([['lint'], ['share'], ['export asyncapi'], ['export catalog']])("%s prints restore's repairs as warnings on stderr", async (command) => {
    const fs = memoryFs({ 'huge.json': JSON.stringify(hugeStringDesign(50_000)) });
    const r = await run([...command.split(' '), 'huge.json', ...(command.startsWith('export') ? ['-o', 'out'] : [])], fs);
    expect(r.code).not.toBe(2);
    expect(r.stderr).toMatch(/^warning: huge\.json: repaired: .*(cut|shortened|long)/im);
  });

  it('terminal escapes from an input file reach the terminal escaped', async () => {
    const evil = structuredClone(saga) as typeof saga;
    evil.design.services[0].name = 'Order\u001b[2J\u001b]0;pwned\u0007\u009b31mService\u202E';
    evil.design.events[0].name = 'Place\u001b[31mOrder';
    const r = await run(['lint', 'evil.json'], memoryFs({ 'evil.json': JSON.stringify(evil) }));
    const all = r.stdout + r.stderr;
    expect(all).toContain('Place\\u001b[31mOrder');
    expect(all).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    const broken = await run(['lint', 'x.json'], memoryFs({ 'x.json': '{"format":"eventsmith-design"\u001b[2J' }));
    expect(broken.code).toBe(2);
    expect(broken.stderr).not.toMatch(/\u001b/);
  });
});

describe('unshare', () => {
  const link = shareLink({ format: 'eventsmith-design', formatVersion: 1, design: saga.design } as never, 'http://localhost:5173/');

  it('reads the link from a file', async () => {
    const r = await run(['unshare', 'link.txt', '-o', 'design.json'], memoryFs({ 'link.txt': `${link}\n` }));
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.files.get('design.json')!).design.name).toBe(saga.design.name);
  });

  it('reads the link from standard input with -', async () => {
    const r = await run(['unshare', '-'], memoryFs({}, `  ${link}\n`));
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).design.name).toBe(saga.design.name);
  });
});

describe('output folders', () => {
  it('refuses to overwrite a file no manifest lists, and overwrites it with --force', async () => {
    const fs = memoryFs({ 'saga.json': sagaText, 'out/package.json': '{"name":"mine"}', 'out/.gitignore': 'mine' });
    const r = await run(['export', 'catalog', 'saga.json', '-o', 'out', '--format', 'eventcatalog'], fs);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/did not write \(.*package\.json.*\).*--force/);
    expect(fs.files.get('out/package.json')).toBe('{"name":"mine"}');
    const forced = await run(['export', 'catalog', 'saga.json', '-o', 'out', '--format', 'eventcatalog', '--force'], fs);
    expect(forced.code, forced.stderr).toBe(0);
    expect(JSON.parse(fs.files.get('out/package.json')!).name).not.toBe('mine');
  });

  it('writes a manifest, exports again over its own files, and removes the files it no longer writes', async () => {
    const fs = memoryFs({ 'saga.json': sagaText });
    expect((await run(['export', 'asyncapi', 'saga.json', '-o', 'out'], fs)).code).toBe(0);
    const manifest = JSON.parse(fs.files.get(`out/${MANIFEST}`)!);
    expect(manifest.files).toEqual(['inventory-service.yaml', 'order-service.yaml', 'payment-service.yaml']);
    // The service is renamed (new id): its old document goes, the others are rewritten.
    const renamed = structuredClone(saga) as typeof saga;
    const text = JSON.stringify(renamed).replaceAll('"order-service"', '"orders-service"');
    fs.files.set('saga.json', text);
    fs.files.set('out/notes.txt', 'my notes');
    const again = await run(['export', 'asyncapi', 'saga.json', '-o', 'out'], fs);
    expect(again.code, again.stderr).toBe(0);
    expect(fs.files.has('out/order-service.yaml')).toBe(false);
    expect(fs.files.has('out/orders-service.yaml')).toBe(true);
    expect(fs.files.get('out/notes.txt')).toBe('my notes');
  });

  it('never removes a path outside the folder that a tampered manifest lists', async () => {
    const fs = memoryFs({ 'saga.json': sagaText, 'keep.txt': 'x', [`out/${MANIFEST}`]: JSON.stringify({ generator: 'eventsmith', files: ['../keep.txt', '/etc/passwd'] }) });
    expect((await run(['export', 'asyncapi', 'saga.json', '-o', 'out'], fs)).code).toBe(0);
    expect(fs.files.get('keep.txt')).toBe('x');
  });
});

describe('file names on Windows and macOS', () => {
  const design = structuredClone(saga) as typeof saga;
  const ids = ['CON', 'aux', 'Orders', 'orders', 'com1'];
  design.design.services = ids.map((id) => ({ id, name: `Service ${id}`, owner: id === 'aux' ? 'nul' : 'Team' })) as never;
  design.design.topics = [];
  design.design.publications = [];
  design.design.subscriptions = [];
  design.design.layout = { nodes: {} } as never;
  const text = JSON.stringify(design);
  const reserved = /(^|\/)(con|prn|aux|nul|com\d|lpt\d)(\.[^/]*)?$/i;
  const portable = (paths: string[]) => {
    for (const p of paths) for (let i = 1; i <= p.split('/').length; i++) expect(p.split('/').slice(0, i).join('/'), p).not.toMatch(reserved);
    const lower = paths.map((p) => p.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  };

  it.each([['asyncapi', []], ['catalog', ['--format', 'eventcatalog']], ['catalog', ['--format', 'html']]] as const)('export %s %s writes no reserved and no case-colliding name', async (kind, extra) => {
    const fs = memoryFs({ 'd.json': text });
    const r = await run(['export', kind, 'd.json', '-o', 'out', ...extra], fs);
    expect(r.code, r.stderr).toBe(0);
    const written = [...fs.files.keys()].filter((p) => p.startsWith('out/')).map((p) => p.slice(4));
    portable(written);
    if (kind === 'asyncapi') expect(written.filter((p) => p.endsWith('.yaml'))).toHaveLength(ids.length);
  });
});

describe('schemas that make compatibility expensive', () => {
  it('eventsmith compat exits 2 with one line for the 24-level $ref DAG and for ^(a+)+$', async () => {
    for (const pair of [refDagSchemas(), backtrackingPatternSchemas()]) {
      const r = await run(['compat', 'old.json', 'new.json'], memoryFs({ 'old.json': pair.old, 'new.json': pair.next }));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^eventsmith compat: new\.json: schema too complex to check: [^\n]*\n$/);
      expect(r.stdout).toBe('');
    }
  });

  it('lint reports them as errors and exits 1; export carries on', async () => {
    const text = JSON.stringify(expensiveCompatDesign());
    const lint = await run(['lint', 'd.json', '--format', 'json'], memoryFs({ 'd.json': text }));
    expect(lint.code).toBe(1);
    const findings = JSON.parse(lint.stdout) as { ruleId: string; severity: string; message: string }[];
    expect(findings.filter((f) => f.ruleId === 'schema-breaking-change' && /too complex to check/.test(f.message)).map((f) => f.severity)).toEqual(['error', 'error']);
    for (const format of ['eventcatalog', 'html']) {
      const fs = memoryFs({ 'd.json': text });
      const r = await run(['export', 'catalog', 'd.json', '-o', 'out', '--format', format], fs);
      expect(r.code, r.stderr).toBe(0);
    }
  });
});

describe('a schema whose oneOf branches are a 40-level $ref DAG (2^40 paths)', () => {
  it('lint says it is too complex to check, twice (its fields, its examples), and exits 1 instead of running out of memory', async () => {
    const lint = await run(['lint', 'd.json', '--format', 'json'], memoryFs({ 'd.json': JSON.stringify(factsBombDesign()) }));
    expect(lint.code, lint.stderr).toBe(1);
    const findings = JSON.parse(lint.stdout) as { ruleId: string; severity: string; message: string }[];
    const tooComplex = findings.filter((f) => f.ruleId === 'schema-invalid' && /too complex to check/.test(f.message));
    expect(tooComplex.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(tooComplex.map((f) => f.message).join('\n')).toMatch(/reading its fields stopped[^]*examples are unchecked|examples are unchecked[^]*reading its fields stopped/);
  });
});
