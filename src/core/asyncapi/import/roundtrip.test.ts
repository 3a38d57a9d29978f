// design → AsyncAPI → design keeps every field PRODUCT.md §4.1 maps.
//
// What is compared, exactly (after sorting every list by id):
// - the design's id, name, version, description;
// - every service, every field (a service without a version reads back the design's version,
//   since info.version falls back to it; both sides are compared as `version ?? design version`);
// - every topic some document mentions (used by a publication or subscription, or a dead-letter
//   topic of a subscription), every field;
// - every event some operation carries (published, or handled by a subscription), every field,
//   schema text included (byte for byte: the generated schemas are pretty-printed JSON, as the
//   importer writes them; a hand-laid-out JSON schema comes back as the same JSON value, reformatted);
// - every publication and subscription, every field;
// - every server whose broker some exported topic uses (servers of unused brokers are not exported).
// Not compared, because AsyncAPI does not carry them: layout, lint settings, topics and events
// that no service touches, the design's owner, and whether an id follows its name (an import
// pins every id: issue 16).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportAsyncApi, toJson, toYaml } from '../export/index';
import { designArb } from '../../testing/arbitrary';
import { assertProperty } from '../../testing/property';
import { handledEventIds, indexDesign } from '../../model/queries';
import { PROTOCOL_OF_BROKER, type Broker, type Design } from '../../model/types';
import { importAsyncApi } from './index';

const pinned = <T extends { idFollowsName?: true }>(x: T): T => {
  const { idFollowsName: _, ...rest } = x;
  return rest as T;
};
const byId = <T extends { id: string; idFollowsName?: true }>(list: T[] = []) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1)).map(pinned);

/** Absent protocol = the one the broker implies (import writes it out). */
const withProtocol = <T extends { broker: Broker; protocol?: string }>(x: T): T => {
  const protocol = x.protocol ?? PROTOCOL_OF_BROKER[x.broker];
  return protocol === undefined ? x : { ...x, protocol };
};

/** The part of a design that AsyncAPI carries, in a canonical order. */
export function carried(design: Design) {
  const index = indexDesign(design);
  const topicIds = new Set<string>();
  const eventIds = new Set<string>();
  for (const p of design.publications) {
    topicIds.add(p.topicId);
    p.eventIds.forEach((e) => eventIds.add(e));
  }
  for (const s of design.subscriptions) {
    topicIds.add(s.topicId);
    if (s.deadLetterTopicId) topicIds.add(s.deadLetterTopicId);
    handledEventIds(design, s, index).forEach((e) => eventIds.add(e));
  }
  const brokers = new Set(design.topics.filter((t) => topicIds.has(t.id)).map((t) => t.broker));
  return {
    id: design.id, name: design.name, version: design.version, description: design.description,
    services: byId(design.services).map((s) => ({ ...s, version: s.version ?? design.version })),
    topics: byId(design.topics.filter((t) => topicIds.has(t.id))).map(withProtocol),
    events: byId(design.events.filter((e) => eventIds.has(e.id))),
    publications: byId(design.publications),
    subscriptions: byId(design.subscriptions),
    servers: byId((design.servers ?? []).filter((s) => brokers.has(s.broker))).map(withProtocol),
  };
}

function roundTrip(design: Design, format: 'yaml' | 'json' = 'yaml') {
  const { documents } = exportAsyncApi(design);
  const files = documents.map((d) => ({ path: `${d.fileBase}.${format}`, text: format === 'yaml' ? toYaml(d.document) : toJson(d.document) }));
  return importAsyncApi(files);
}

describe('AsyncAPI round trip', () => {
  it('gives back the order saga', () => {
    const design: Design = JSON.parse(readFileSync(new URL('../../../../examples/order-saga.json', import.meta.url), 'utf8')).design;
    const { file, warnings } = roundTrip(design);
    expect(warnings).toEqual([]);
    expect(carried(file.design)).toEqual(carried(design));
    expect(Object.keys(file.design.layout.nodes).sort()).toEqual([...design.services, ...design.topics].map((n) => n.id).sort());
  });

  it('keeps every mapped field of generated designs (YAML and JSON)', () => {
    assertProperty(
      fc.property(designArb(), fc.constantFrom('yaml' as const, 'json' as const), (design, format) => {
        const { file, warnings } = roundTrip(design, format);
        expect(warnings.filter((w) => !w.includes('is kept as text'))).toEqual([]);
        expect(carried(file.design)).toEqual(carried(design));
      }),
      { numRuns: 300 },
    );
  });

  it('is stable: exporting the imported design gives the same documents', () => {
    assertProperty(
      fc.property(designArb(), (design) => {
        const once = roundTrip(design).file.design;
        const docs = (d: Design) => exportAsyncApi(d).documents.map((x) => toYaml(x.document));
        expect(docs(roundTrip(once).file.design)).toEqual(docs(once));
      }),
      { numRuns: 100 },
    );
  });
});

describe('AsyncAPI round trip of schemas with their own $refs', () => {
  it('gives back the schema text, local (and circular) references included', () => {
    const design: Design = JSON.parse(readFileSync(new URL('../../../../examples/order-saga.json', import.meta.url), 'utf8')).design;
    const schema = JSON.stringify({
      type: 'object',
      properties: { tree: { $ref: '#/definitions/node' }, meta: { $ref: '#/definitions/meta' } },
      definitions: {
        node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/definitions/node' } } } },
        meta: { type: 'object', properties: { by: { type: 'string' } } },
      },
    }, null, 2);
    design.events[0].schema = schema;
    design.events[0].headersSchema = JSON.stringify({ type: 'object', properties: { t: { $ref: '#/definitions/t' } }, definitions: { t: { type: 'string' } } }, null, 2);
    const back = roundTrip(design).file.design.events.find((e) => e.id === design.events[0].id)!;
    expect(back.schema).toBe(schema);
    expect(back.headersSchema).toBe(design.events[0].headersSchema);
  });
});
