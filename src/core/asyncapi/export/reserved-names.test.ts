// Names of Object members are ordinary names (issue 14): an event called `__proto__` keeps its
// message, schema keywords called `valueOf` or `__proto__` neither crash an export nor vanish,
// and the document reads back into the same events.
import { describe, expect, it } from 'vitest';
import { eventCatalogProject } from '../../catalog/index';
import { restoreDesign } from '../../model/restore';
import { RESERVED_KEYWORD_SCHEMA, reservedNamesDesign } from '../../testing/hostile-corpus';
import { importAsyncApi } from '../import/index';
import { exportAsyncApi, toJson, toYaml } from './index';

const design = restoreDesign(reservedNamesDesign()).file.design;
const hasOwn = (o: unknown, k: string) => typeof o === 'object' && o !== null && Object.hasOwn(o, k);

describe('AsyncAPI export of events and keywords named like Object members', () => {
  const { documents } = exportAsyncApi(design);
  const doc = documents.find((d) => d.serviceId === 'svc')!.document as any;

  it('writes one message per event, each with its own name, none on the prototype', () => {
    const messages = doc.components.messages;
    expect(Object.getPrototypeOf(messages)).toBe(Object.prototype);
    expect(Object.values(messages).map((m: any) => m.name).sort()).toEqual(design.events.map((e) => e.name).sort());
    for (const key of Object.keys(messages)) expect(['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty']).not.toContain(key);
  });

  it('keeps `__proto__` and `valueOf` as properties and keywords of the payload schema', () => {
    const schema = (Object.values(doc.components.messages)[0] as any).payload.schema;
    expect(hasOwn(schema, '__proto__')).toBe(true);
    expect(hasOwn(schema.properties, '__proto__')).toBe(true);
    expect(hasOwn(schema.definitions, '__proto__')).toBe(true);
    expect(schema.valueOf).toBe(1);
    expect(JSON.parse(toJson(doc)).components).toBeDefined();
  });

  it.each([['yaml', toYaml], ['json', toJson]] as const)('reads back (%s) into the same event names and schemas', (_, write) => {
    const back = importAsyncApi(documents.map((d) => ({ path: `${d.fileBase}.x`, text: write(d.document) }))).file.design;
    expect(back.events.map((e) => e.name).sort()).toEqual(design.events.map((e) => e.name).sort());
    for (const e of back.events) expect(JSON.parse(e.schema)).toEqual(JSON.parse(RESERVED_KEYWORD_SCHEMA));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the EventCatalog export writes every message with its schema file', () => {
    const files = eventCatalogProject(design, { findings: [] });
    const schemas = files.filter((f) => f.path.endsWith('/schema.json'));
    expect(schemas).toHaveLength(design.events.length);
    for (const f of schemas) expect(JSON.parse(f.content)).toEqual(JSON.parse(RESERVED_KEYWORD_SCHEMA));
  });
});
