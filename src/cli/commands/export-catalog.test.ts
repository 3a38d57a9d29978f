import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load as parseYaml } from 'js-yaml';
import { hostileFile, HOSTILE } from '../../core/testing/catalog-designs';
import { UsageError, type CliIO } from '../io';
import { main } from '../main';

const inputs: Record<string, string> = {
  'examples/order-saga.json': readFileSync(new URL('../../../examples/order-saga.json', import.meta.url), 'utf8'),
  'hostile.json': JSON.stringify(hostileFile()),
  'not-json.json': '{ "format": "eventsmith-design", ',
};

async function run(...args: string[]) {
  const written = new Map<string, string>();
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readText: (path) => {
      if (!(path in inputs)) throw new UsageError(`cannot read ${path}: ENOENT`);
      return inputs[path];
    },
    writeText: (path, content) => void written.set(path.split('\\').join('/'), String(content)),
  };
  const code = await main(['export', 'catalog', ...args], io);
  return { code, written, ...out };
}

describe('eventsmith export catalog', () => {
  it('writes one self-contained HTML page by default', async () => {
    const r = await run('examples/order-saga.json', '-o', 'out');
    expect(r.code, r.stderr).toBe(0);
    expect([...r.written.keys()]).toEqual(['out/order-saga-catalog.html', 'out/.eventsmith-manifest.json']);
    const html = r.written.get('out/order-saga-catalog.html')!;
    for (const name of ['OrderPlaced', 'StockReserved', 'PaymentConfirmed']) expect(html).toContain(`id="event-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}"`);
    expect(r.stdout).toContain('Wrote 1 file (html) to out');
  });

  it('writes Markdown with --format markdown, escaping hostile names', async () => {
    const r = await run('hostile.json', '--format', 'markdown', '-o', 'md');
    expect(r.code, r.stderr).toBe(0);
    const [path] = [...r.written.keys()];
    expect(path).toMatch(/^md\/hostile-.*-catalog\.md$/);
    expect(r.written.get(path)).toContain(`# Hostile \\<img src=x onerror=alert(1)\\> — event catalog`);
  });

  it('writes the EventCatalog project with AsyncAPI documents and the open lint findings of the design', async () => {
    const r = await run('hostile.json', '--format=eventcatalog', '--output', 'ec');
    expect(r.code, r.stderr).toBe(0);
    const paths = [...r.written.keys()];
    expect(paths).toContain('ec/eventcatalog.config.js');
    expect(paths).toContain('ec/.eventcatalogrc.js');
    expect(paths.some((p) => p.endsWith('/services/evil-service/evil-service.asyncapi.yaml'))).toBe(true);
    const event = r.written.get(paths.find((p) => p.endsWith('/events/evil-event/index.mdx'))!)!;
    expect((parseYaml(event.split(/^---$/m)[1]) as { name: string }).name).toBe(`Evil${HOSTILE}Happened`);
    // Findings come from the real lint engine: the hostile design has no envelope fields, for one.
    expect(event).toContain('## Open design findings');
  });

  it.each([
    [['examples/order-saga.json'], /-o <dir> is required/],
    [['examples/order-saga.json', '-o', 'x', '--format', 'pdf'], /--format must be one of html, markdown, eventcatalog/],
    [['missing.json', '-o', 'x'], /cannot read missing\.json/],
    [['not-json.json', '-o', 'x'], /not-json\.json/],
    [['-o', 'x'], /no input files/],
  ])('exits 2 with one line on stderr for %j', async (args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.written.size).toBe(0);
  });
});
