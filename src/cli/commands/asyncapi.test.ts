// `eventsmith import` and `eventsmith export asyncapi`, through main() with an in-memory CliIO.
import { readFileSync } from 'node:fs';
import { load as parse } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { UsageError, type CliIO } from '../io';
import { main } from '../main';

const saga = readFileSync(new URL('../../../examples/order-saga.json', import.meta.url), 'utf8');

function memoryIO(files: Record<string, string>) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: CliIO = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readText: (path) => {
      if (path in files) return files[path];
      if (path in out.written) return out.written[path];
      throw new UsageError(`cannot read ${path}: ENOENT`);
    },
    writeText: (path, content) => void (out.written[path.replace(/\\/g, '/')] = String(content)),
  };
  return { io, out };
}

async function run(files: Record<string, string>, ...argv: string[]) {
  const { io, out } = memoryIO(files);
  const code = await main(argv, io);
  return { code, ...out };
}

describe('eventsmith export asyncapi', () => {
  it('writes one YAML document per service', async () => {
    const r = await run({ 'saga.json': saga }, 'export', 'asyncapi', 'saga.json', '-o', 'out');
    expect(r.code).toBe(0);
    expect(Object.keys(r.written).sort()).toEqual(['out/.eventsmith-manifest.json', 'out/inventory-service.yaml', 'out/order-service.yaml', 'out/payment-service.yaml']);
    expect(parse(r.written['out/order-service.yaml'])).toMatchObject({ asyncapi: '3.0.0', info: { title: 'OrderService' } });
    expect(r.stderr).toBe('');
  });

  it('writes JSON with --format json, and warnings go to stderr', async () => {
    const design = JSON.parse(saga);
    design.design.events[0].schema = '{ not json';
    const r = await run({ 'saga.json': JSON.stringify(design) }, 'export', 'asyncapi', 'saga.json', '-o', 'out', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.written['out/order-service.json']).asyncapi).toBe('3.0.0');
    expect(r.stderr).toMatch(/^warning: event OrderPlaced: its json-schema schema is not valid/);
  });

  it('accepts AsyncAPI documents as input (several form one system)', async () => {
    const first = await run({ 'saga.json': saga }, 'export', 'asyncapi', 'saga.json', '-o', 'out');
    const r = await run(first.written, 'export', 'asyncapi', ...Object.keys(first.written), '-o', 'again');
    expect(r.code).toBe(0);
    for (const [path, text] of Object.entries(first.written)) expect(r.written[path.replace('out/', 'again/')]).toBe(text);
  });

  it.each([
    [['export'], /say what to export: asyncapi or catalog/],
    [['export', 'pdf', 'saga.json'], /say what to export/],
    [['export', 'asyncapi', 'saga.json'], /-o <dir> is required/],
    [['export', 'asyncapi', 'saga.json', '-o', 'out', '--format', 'xml'], /--format must be one of yaml, json/],
    [['export', 'asyncapi', 'missing.json', '-o', 'out'], /cannot read missing\.json/],
  ])('exits 2 with one line for %j', async (argv, message) => {
    const r = await run({ 'saga.json': saga }, ...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('eventsmith import', () => {
  it('turns exported documents back into a pretty design file', async () => {
    const exported = await run({ 'saga.json': saga }, 'export', 'asyncapi', 'saga.json', '-o', 'docs');
    const r = await run(exported.written, 'import', ...Object.keys(exported.written), '-o', 'design.json');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Wrote design\.json: 3 services, 6 topics, 3 events/);
    const text = r.written['design.json'];
    expect(text).toMatch(/^\{\n {2}"format": "eventsmith-design",/);
    const design = JSON.parse(text).design;
    const original = JSON.parse(saga).design;
    expect(design.subscriptions.map((s: { id: string }) => s.id).sort()).toEqual(original.subscriptions.map((s: { id: string }) => s.id).sort());
  });

  it.each([
    [{ 'a.yaml': 'asyncapi: 9.0.0\ninfo: {title: x, version: "1"}' }, ['a.yaml', '-o', 'd.json'], /eventsmith import: a\.yaml: AsyncAPI 9\.0\.0 is not supported/],
    [{ 'a.yaml': 'key: [' }, ['a.yaml', '-o', 'd.json'], /eventsmith import: a\.yaml: not valid YAML or JSON/],
    [{ 'a.yaml': 'title: just yaml' }, ['a.yaml', '-o', 'd.json'], /eventsmith import: a\.yaml: not an AsyncAPI document/],
    [{ 'a.yaml': 'asyncapi: 3.0.0' }, ['a.yaml'], /-o <design\.json> is required/],
    [{}, ['-o', 'd.json'], /give the AsyncAPI files to import/],
  ])('exits 2 with a one-line reason (%#)', async (files, args, message) => {
    const r = await run(files, 'import', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.written).toEqual({});
  });
});
