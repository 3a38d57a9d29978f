// The EventCatalog project: its layout and references, and @eventcatalog/linter's verdict on it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { load as parseYaml } from 'js-yaml';
import type { Design } from '../model/types';
import { exportAsyncApi, toYaml } from '../asyncapi/export/index';
import { eventCatalogProject, type CatalogFile } from './index';
import { hostileDesign as corpusDesign } from '../testing/hostile-corpus';
import { hostileDesign, orderSaga, sampleFindings } from '../testing/catalog-designs';

const linterCli = join(dirname(createRequire(import.meta.url).resolve('@eventcatalog/linter/package.json')), 'dist', 'cli', 'index.js');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function writeProject(files: CatalogFile[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'eventsmith-ec-test-'));
  temps.push(dir);
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  return dir;
}

function lint(dir: string) {
  const r = spawnSync(process.execPath, [linterCli, dir], { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

const front = (f: CatalogFile) => parseYaml(f.content.split(/^---$/m)[1]) as Record<string, any>;
const mdxFiles = (files: CatalogFile[]) => files.filter((f) => f.path.endsWith('.mdx'));
const find = (files: CatalogFile[], suffix: string) => {
  const f = files.find((x) => x.path.endsWith(suffix));
  if (!f) throw new Error(`no ${suffix} in ${files.map((x) => x.path).join(', ')}`);
  return f;
};

const cases: [string, () => Design][] = [
  ['order saga', orderSaga],
  ['hostile design', hostileDesign],
  ['shared hostile corpus', () => corpusDesign().design],
];

describe.each(cases)('EventCatalog export of the %s', (_, make) => {
  const design = make();
  const files = eventCatalogProject(design, { findings: sampleFindings(design) });

  it('passes @eventcatalog/linter with zero errors (schema/valid-type on)', () => {
    const dir = writeProject(files);
    const r = lint(dir);
    expect(r.output).not.toMatch(/✖ \d+ problems? \(\d*[1-9]\d* error/);
    expect(r.status, r.output).toBe(0);
    expect(find(files, '.eventcatalogrc.js').content).toContain("'schema/valid-type': 'error'");
  });

  it('gives every resource a slug id and a semver version; a summary and owners only where the design has them, owners existing teams', () => {
    const teams = new Set(files.filter((f) => f.path.startsWith('teams/')).map((f) => front(f).id));
    for (const f of mdxFiles(files).filter((x) => !x.path.startsWith('teams/'))) {
      const fm = front(f);
      expect(fm.id, f.path).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(fm.version, f.path).toMatch(/^\d+\.\d+\.\d+/);
      if (fm.summary !== undefined) expect(typeof fm.summary === 'string' && fm.summary.length > 0, f.path).toBe(true);
      if (fm.owners !== undefined) expect(fm.owners.length, f.path).toBeGreaterThan(0);
      for (const o of fm.owners ?? []) expect(teams.has(o), `${f.path} owner ${o}`).toBe(true);
    }
    // Every team is an owner someone named: none is made up (issue 16).
    const named = new Set([...design.services, ...design.events, design].map((x) => x.owner?.trim()).filter(Boolean));
    for (const f of files.filter((x) => x.path.startsWith('teams/'))) expect(named.has(front(f).name), f.path).toBe(true);
  });

  it('keeps its own fields under x- keys only', () => {
    const known = new Set(['id', 'name', 'version', 'summary', 'owners', 'schemaPath', 'sends', 'receives', 'specifications', 'services', 'address', 'protocols']);
    for (const f of mdxFiles(files).filter((x) => !x.path.startsWith('teams/')))
      for (const key of Object.keys(front(f))) expect(known.has(key) || key.startsWith('x-'), `${f.path}: ${key}`).toBe(true);
  });

  it('points sends/receives at existing messages (same version) and channels', () => {
    const messages = new Map(mdxFiles(files).filter((f) => /\/(events|commands|queries)\/[^/]+\/index\.mdx$/.test(f.path)).map((f) => [front(f).id, front(f).version]));
    const channels = new Set(files.filter((f) => f.path.startsWith('channels/')).map((f) => front(f).id));
    for (const f of mdxFiles(files).filter((x) => /\/services\/[^/]+\/index\.mdx$/.test(x.path))) {
      const fm = front(f);
      for (const p of [...(fm.sends ?? []), ...(fm.receives ?? [])]) {
        expect(messages.get(p.id), `${f.path} → ${p.id}`).toBe(p.version);
        for (const c of [...(p.to ?? []), ...(p.from ?? [])]) expect(channels.has(c.id), `${f.path} → channel ${c.id}`).toBe(true);
      }
    }
  });
});

describe('EventCatalog layout', () => {
  const saga = eventCatalogProject(orderSaga(), { findings: [] });
  const hostile = eventCatalogProject(hostileDesign(), { findings: [], asyncapi: false });

  it('puts services under their domain and events under their producer, with the schema and components', () => {
    const event = find(saga, 'domains/sales/services/order-service/events/order-placed/index.mdx');
    expect(front(event)).toMatchObject({ id: 'order-placed', name: 'OrderPlaced', version: '1.0.0', schemaPath: 'schema.json', owners: ['orders-team'] });
    expect(event.content).toContain('<NodeGraph />');
    expect(event.content).toContain('<SchemaViewer file="schema.json"');
    const schema = JSON.parse(find(saga, 'order-placed/schema.json').content);
    expect(schema.required).toContain('orderId');
    expect(front(find(saga, 'domains/sales/index.mdx')).services).toEqual([{ id: 'order-service', version: '1.0.0' }]);
  });

  it('writes sends[].to[] and receives[].from[], including the dead-letter send of a consumer', () => {
    const inventory = front(find(saga, 'services/inventory-service/index.mdx'));
    expect(inventory.receives).toEqual([{ id: 'order-placed', version: '1.0.0', from: [{ id: 'orders' }] }]);
    expect(inventory.sends).toEqual([
      { id: 'order-placed', version: '1.0.0', to: [{ id: 'inventory-orders-dlq' }] },
      { id: 'stock-reserved', version: '1.0.0', to: [{ id: 'inventory' }] },
    ]);
  });

  it('writes channels with address, protocols and x-eventsmith facts', () => {
    const dlq = front(find(saga, 'channels/inventory-orders-dlq/index.mdx'));
    expect(dlq).toMatchObject({ address: 'inventory-service.orders.dlq', protocols: ['kafka'], 'x-eventsmith-kind': 'dead-letter', 'x-eventsmith-dead-letter-for': ['orders'] });
    expect(dlq.owners).toEqual(['warehouse-team']);
  });

  it("attaches each service's AsyncAPI document as its specification", () => {
    const { documents } = exportAsyncApi(orderSaga());
    for (const doc of documents) {
      const service = saga.find((f) => f.path.endsWith(`/services/${doc.serviceId}/index.mdx`))!;
      const spec = front(service).specifications;
      expect(spec).toEqual([{ type: 'asyncapi', path: `${doc.fileBase}.asyncapi.yaml`, name: 'AsyncAPI 3.0' }]);
      const file = find(saga, `/services/${doc.serviceId}/${doc.fileBase}.asyncapi.yaml`);
      expect(file.content).toBe(toYaml(doc.document));
    }
  });

  it('puts messages nobody produces at the top level, commands and queries in their collections', () => {
    expect(front(find(hostile, 'commands/do-thing/index.mdx')).id).toBe('do-thing');
    expect(hostile.some((f) => f.path === 'commands/do-thing/index.mdx')).toBe(true);
    const query = find(hostile, '/services/plain-service/queries/get-thing/index.mdx');
    expect(front(query)).toMatchObject({ version: '3.0.0', schemaPath: 'schema.avsc' });
  });

  it('writes earlier versions under versioned/<version>/ and skips versions that are not semver', () => {
    const old = find(hostile, '/events/evil-event/versioned/1.0.0/index.mdx');
    expect(front(old)).toMatchObject({ id: 'evil-event', version: '1.0.0', schemaPath: 'schema.json' });
    expect(JSON.parse(find(hostile, '/events/evil-event/versioned/1.0.0/schema.json').content).properties).toEqual({ id: { type: 'string' } });
    expect(hostile.some((f) => f.path.includes('not-semver'))).toBe(false);
  });

  it('writes no schema file for an unreadable schema and shows the text instead', () => {
    const broken = find(hostile, '/events/broken/index.mdx');
    expect(front(broken)['x-eventsmith-invalid-schema']).toBe(true);
    expect(front(broken).schemaPath).toBeUndefined();
    expect(hostile.some((f) => f.path.endsWith('/events/broken/schema.json'))).toBe(false);
  });

  it('creates a team per owner the design names, and none for what has no owner (issue 16: no "Unassigned")', () => {
    expect(saga.filter((f) => f.path.startsWith('teams/')).map((f) => f.path)).toEqual(['teams/orders-team.mdx', 'teams/payments-team.mdx', 'teams/warehouse-team.mdx']);
    expect(hostile.some((f) => f.path === 'teams/unassigned.mdx')).toBe(false);
    expect(front(find(hostile, 'channels/queue/index.mdx'))).not.toHaveProperty('owners');
  });

  it('lists open findings in the resource bodies', () => {
    const design = orderSaga();
    const files = eventCatalogProject(design, { findings: sampleFindings(design), asyncapi: false });
    const event = find(files, '/events/order-placed/index.mdx');
    expect(event.content).toContain('## Open design findings');
    expect(event.content).toContain('Event problem');
    expect(files.some((f) => f.content.includes('SUPPRESSED-FINDING'))).toBe(false);
  });
});
