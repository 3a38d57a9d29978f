import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty } from '../testing/property';
import * as Y from 'yjs';
import { designArb } from '../testing/arbitrary';
import { addEvent, addService, connect, moveNodes, removeEntities, updateEvent, updateService } from '../model/commands';
import { restoreDesign } from '../model/restore';
import type { Design } from '../model/types';
import { hostileDesign } from '../testing/hostile-corpus';
import { generateSystem } from '../testing/sample-designs';
import { assessRoom } from './assess';
import { EntryCache, readRoom } from './read';
import { writeDesign } from './write';

/** What the room gives back: the restored design; the viewport is not shared. */
function roomDesign(doc: Y.Doc): Design {
  const content = readRoom(doc);
  if (content.kind !== 'design') throw new Error(`room is ${content.kind}`);
  const { file, repairs } = restoreDesign(content.file);
  expect(repairs).toEqual([]);
  return file.design;
}

const withoutViewport = (d: Design): Design => ({ ...d, layout: { nodes: d.layout.nodes } });

function docOf(design: Design): Y.Doc {
  const doc = new Y.Doc();
  writeDesign(doc, design);
  return doc;
}

/** Two peers that start from the same room and exchange updates only when told to. */
function peers(design: Design) {
  const a = docOf(design);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const sync = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };
  return { a, b, sync };
}

describe('design ⇄ Yjs mapping', () => {
  it('gives back every generated design exactly, with nothing to repair', () => {
    assertProperty(
      fc.property(designArb(), (design) => {
        const doc = docOf(design);
        expect(roomDesign(doc)).toEqual(withoutViewport(design));
        const assessed = assessRoom(doc);
        expect(assessed.kind === 'design' && assessed.problems).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('gives back the hostile corpus design and a 300-node system exactly', () => {
    for (const file of [hostileDesign(), generateSystem(120, 60, 120)]) {
      expect(roomDesign(docOf(file.design))).toEqual(withoutViewport(file.design));
    }
  });

  it('carries fields it does not know, so fields added to the model flow through unchanged', () => {
    const base = generateSystem(1, 1, 1).design;
    const design = {
      ...base, profile: 'kafka-strict',
      services: base.services.map((s) => ({ ...s, protocol: 'kafka', extensions: { 'x-team': { slack: '#orders' } } })),
    } as unknown as Design;
    const content = readRoom(docOf(design));
    const raw = (content as { file: { design: Record<string, unknown> } }).file.design;
    expect(raw.profile).toBe('kafka-strict');
    expect((raw.services as Record<string, unknown>[])[0]).toMatchObject({ protocol: 'kafka', extensions: { 'x-team': { slack: '#orders' } } });
  });

  it('carries the design owner and ids that follow names (issue 16) exactly', () => {
    const base = generateSystem(2, 1, 1).design;
    const design: Design = {
      ...base, owner: 'Sales',
      services: base.services.map((s, i) => (i === 0 ? { ...s, idFollowsName: true } : s)),
      topics: base.topics.map((t) => ({ ...t, idFollowsName: true })),
      events: base.events.map((e) => ({ ...e, idFollowsName: true })),
      publications: base.publications.map((p) => ({ ...p, idFollowsName: true })),
      subscriptions: base.subscriptions.map((s) => ({ ...s, idFollowsName: true })),
      servers: [{ id: 'localhost-9092', idFollowsName: true, broker: 'kafka', host: 'localhost:9092' }],
    };
    expect(roomDesign(docOf(design))).toEqual(withoutViewport(design));
  });

  it('keeps a design updated field by field: writing the same design again changes nothing', () => {
    const design = generateSystem(3, 2, 3).design;
    const doc = docOf(design);
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    writeDesign(doc, design);
    expect(updates).toEqual([]);
    const renamed = updateService(design, design.services[0].id, { name: 'Renamed' });
    writeDesign(doc, renamed);
    expect(updates).toHaveLength(1);
    expect(updates[0].length).toBeLessThan(80);
    expect(roomDesign(doc)).toEqual(withoutViewport(renamed));
  });

  it('merges concurrent edits of different elements and of different fields of one element', () => {
    const design = generateSystem(2, 2, 2).design;
    const [s0, s1] = design.services;
    const { a, b, sync } = peers(design);
    writeDesign(a, updateService(design, s0.id, { name: 'RenamedByA' }));
    writeDesign(b, updateService(design, s0.id, { description: 'Described by B' }));
    const added = addService(design, { x: 500, y: 500 }, 'AddedByB');
    writeDesign(b, updateService(updateService(added.design, s0.id, { description: 'Described by B' }), s1.id, { owner: 'team-b' }));
    sync();
    const merged = roomDesign(a);
    expect(roomDesign(b)).toEqual(merged);
    expect(merged.services.find((s) => s.id === s0.id)).toMatchObject({ name: 'RenamedByA', description: 'Described by B' });
    expect(merged.services.find((s) => s.id === s1.id)?.owner).toBe('team-b');
    expect(merged.services.some((s) => s.name === 'AddedByB')).toBe(true);
  });

  it('merges two people typing in the same schema at the same time', () => {
    const design = generateSystem(1, 1, 1).design;
    const event = design.events[0];
    const { a, b, sync } = peers(design);
    writeDesign(a, updateEvent(design, event.id, { schema: `// A was here\n${event.schema}` }));
    writeDesign(b, updateEvent(design, event.id, { schema: `${event.schema}\n// B was here` }));
    sync();
    const schema = roomDesign(a).events[0].schema;
    expect(schema).toBe(`// A was here\n${event.schema}\n// B was here`);
    expect(roomDesign(b).events[0].schema).toBe(schema);
  });

  it('never splits a surrogate pair when typing next to an emoji', () => {
    const design = updateEvent(generateSystem(1, 1, 1).design, 'order-placed', {});
    const event = design.events[0];
    const start = updateEvent(design, event.id, { schema: 'a😀b' });
    const doc = docOf(start);
    for (const next of ['a😁b', 'a😀😁b', 'ab', '😀']) {
      writeDesign(doc, updateEvent(start, event.id, { schema: next }));
      expect(roomDesign(doc).events[0].schema).toBe(next);
    }
  });

  it('keeps examples as shared texts and follows added and removed ones', () => {
    const design = generateSystem(1, 1, 1).design;
    const id = design.events[0].id;
    const doc = docOf(updateEvent(design, id, { examples: ['{"a":1}', '{"b":2}'] }));
    for (const examples of [['{"a":1}', '{"b":2}', '{"c":3}'], ['{"a":10}'], []]) {
      const next = updateEvent(design, id, { examples });
      writeDesign(doc, next);
      expect(roomDesign(doc).events[0].examples).toEqual(examples);
    }
  });

  it('writes a drag as one position; a deleted node leaves no position behind, even when moved meanwhile', () => {
    const design = generateSystem(2, 1, 2).design;
    const node = design.services[0].id;
    const { a, b, sync } = peers(design);
    const updates: Uint8Array[] = [];
    a.on('update', (u: Uint8Array) => updates.push(u));
    writeDesign(a, moveNodes(design, { [node]: { x: 999, y: 111 } }));
    expect(updates).toHaveLength(1);
    writeDesign(b, removeEntities(design, [node]));
    writeDesign(b, moveNodes(removeEntities(design, [node]), { [design.services[1].id]: { x: 5, y: 5 } }));
    sync();
    // Identical to the key order, whatever order the peers wrote positions in.
    expect(JSON.stringify(roomDesign(a))).toBe(JSON.stringify(roomDesign(b)));
    expect(roomDesign(a).layout.nodes[node]).toBeUndefined();
    expect(roomDesign(a).services.some((s) => s.id === node)).toBe(false);
  });

  it('orders concurrently added elements the same way on every peer', () => {
    const design = generateSystem(1, 1, 1).design;
    const { a, b, sync } = peers(design);
    writeDesign(a, addEvent(design, 'FromA').design);
    writeDesign(b, addEvent(design, 'FromB').design);
    sync();
    expect(roomDesign(a).events.map((e) => e.name)).toEqual(roomDesign(b).events.map((e) => e.name));
  });

  it('attaches events and connects nodes concurrently', () => {
    let design = generateSystem(1, 2, 1).design;
    const added = addEvent(design, 'Attached');
    design = added.design;
    const { a, b, sync } = peers(design);
    const pub = design.publications[0];
    writeDesign(a, { ...design, publications: design.publications.map((p) => (p.id === pub.id ? { ...p, eventIds: [...p.eventIds, added.id] } : p)) });
    const link = connect(design, design.services[0].id, design.topics[1].id);
    if ('error' in link) throw new Error(link.error);
    writeDesign(b, link.design);
    sync();
    const merged = roomDesign(a);
    expect(roomDesign(b)).toEqual(merged);
    expect(merged.publications.find((p) => p.id === pub.id)?.eventIds).toContain(added.id);
    expect(merged.publications.some((p) => p.id === link.id)).toBe(true);
  });

  it('reads the same through its entry cache as afresh, after every kind of local and remote change', () => {
    fc.assert(
      fc.property(designArb(), fc.array(fc.tuple(fc.nat(5), fc.nat(50)), { maxLength: 25 }), (design, steps) => {
        const { a, b, sync } = peers(design);
        const cache = new EntryCache(a);
        expect(readRoom(a, cache)).toEqual(readRoom(a));
        for (const [kind, n] of steps) {
          let current: Design;
          const target = (n % 2 ? a : b);
          const d = roomDesign(target);
          const service = d.services[n % d.services.length];
          const event = d.events.length ? d.events[n % d.events.length] : undefined;
          if (kind === 0) current = updateService(d, service.id, { name: `${service.name}${n}` });
          else if (kind === 1 && event) current = updateEvent(d, event.id, { schema: `${event.schema}${n}`, examples: [`${n}`] });
          else if (kind === 2) current = addService(d, { x: n, y: n }, `Added${n}x${steps.length}`).design;
          else if (kind === 3 && d.services.length > 1) current = removeEntities(d, [service.id]);
          else if (kind === 4) current = moveNodes(d, { [service.id]: { x: n, y: -n } });
          else current = d;
          writeDesign(target, current);
          if (n % 3 === 0) sync();
          expect(readRoom(a, cache)).toEqual(readRoom(a));
        }
      }),
      { seed: 21, numRuns: 40 },
    );
  });

  it('reads a document a peer shaped wrongly as "malformed", never throwing', () => {
    const doc = new Y.Doc();
    doc.getText('services').insert(0, 'not a map');
    expect(readRoom(doc).kind).toBe('malformed');
    expect(assessRoom(doc).kind).toBe('invalid');
    expect(readRoom(new Y.Doc()).kind).toBe('empty');
  });
});
