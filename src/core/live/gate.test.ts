import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { removeEntities, updateService } from '../model/commands';
import type { Design } from '../model/types';
import { generateSystem } from '../testing/sample-designs';
import { RoomGate } from './gate';
import { readRoom } from './read';
import { writeDesign } from './write';

const LIMITS = { updateBytes: 64 * 1024, docBytes: 256 * 1024 };

/** A client document that has everything the gate has, and the update its next write makes. */
function edit(from: Uint8Array, change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  if (from.length) Y.applyUpdate(doc, from);
  const vector = Y.encodeStateVector(doc);
  change(doc);
  return Y.encodeStateAsUpdate(doc, vector);
}

function startedRoom(design: Design) {
  const gate = new RoomGate(LIMITS);
  const first = edit(new Uint8Array(), (doc) => writeDesign(doc, design));
  expect(gate.admit(first)).toEqual({ ok: true, changed: true });
  let state = first;
  return {
    gate,
    /** A client in sync with what the gate admitted so far. */
    state: () => state,
    admit(update: Uint8Array) {
      const verdict = gate.admit(update);
      if (verdict.ok) state = Y.mergeUpdates([state, update]);
      return verdict;
    },
  };
}

const design = generateSystem(2, 2, 2).design;
const roomJson = (gate: RoomGate) => JSON.stringify(gate.assessment());

describe('the gate', () => {
  it('admits edits that keep the design valid', () => {
    const room = startedRoom(design);
    const v = room.admit(edit(room.state(), (doc) => writeDesign(doc, updateService(design, design.services[0].id, { name: 'Renamed' }))));
    expect(v).toEqual({ ok: true, changed: true });
    const a = room.gate.assessment();
    expect(a.kind === 'design' && a.file.design.services[0].name).toBe('Renamed');
  });

  it('refuses a change that leaves a publication pointing at nothing, and the room is unchanged', () => {
    const room = startedRoom(design);
    const before = roomJson(room.gate);
    const topic = design.publications[0].topicId;
    const v = room.admit(edit(room.state(), (doc) => doc.getMap('topics').delete(topic)));
    expect(v.ok).toBe(false);
    expect(!v.ok && v.reason).toMatch(/repair.*unknown topic/);
    expect(roomJson(room.gate)).toBe(before);
    // The same delete done properly (with what points at it) is admitted.
    expect(room.admit(edit(room.state(), (doc) => writeDesign(doc, removeEntities(design, [topic])))).ok).toBe(true);
  });

  it('refuses a duplicate name, a field restoreDesign does not know, a wrong type and a malformed document', () => {
    const room = startedRoom(design);
    const before = roomJson(room.gate);
    const [s0, s1] = design.services;
    const refusals = [
      edit(room.state(), (doc) => writeDesign(doc, updateService(design, s1.id, { name: s0.name }))),
      edit(room.state(), (doc) => (doc.getMap('services').get(s0.id) as Y.Map<unknown>).set('unheardOf', 1)),
      edit(room.state(), (doc) => (doc.getMap('services').get(s0.id) as Y.Map<unknown>).set('name', 42)),
      edit(room.state(), (doc) => doc.getMap('design').set('id', '../../etc/passwd')),
      edit(room.state(), (doc) => (doc.getMap('services').get(s0.id) as Y.Map<unknown>).set('__proto__', { polluted: true })),
      edit(room.state(), (doc) => doc.getText('hijack').insert(0, 'fine: unknown roots are ignored')),
    ];
    const verdicts = refusals.map((u) => room.gate.admit(u).ok);
    expect(verdicts).toEqual([false, false, false, false, false, true]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(roomJson(room.gate)).toBe(before);
  });

  it('refuses updates over the size caps and bytes that are not an update', () => {
    const room = startedRoom(design);
    const before = roomJson(room.gate);
    const big = edit(room.state(), (doc) => writeDesign(doc, updateService(design, design.services[0].id, { description: 'x'.repeat(70 * 1024) })));
    expect(room.admit(big)).toEqual({ ok: false, reason: expect.stringMatching(/too large/) });
    // Many updates under the update cap, together over the document cap.
    let refusedAt = -1;
    let grown = design;
    for (let i = 0; i < 20 && refusedAt < 0; i++) {
      const next = { ...grown, events: [...grown.events, { ...grown.events[0], id: `big-${i}`, name: `Big${i}`, description: `${i % 10}`.repeat(19_000) }] };
      const v = room.admit(edit(room.state(), (doc) => writeDesign(doc, next)));
      if (v.ok) grown = next;
      else {
        expect(v.reason).toMatch(/size limit/);
        refusedAt = i;
      }
    }
    expect(refusedAt).toBeGreaterThan(0);
    expect(room.gate.docBytes()).toBeLessThanOrEqual(LIMITS.docBytes);
    expect(room.gate.admit(new Uint8Array([1, 2, 3, 250, 251, 252])).ok).toBe(false);
    expect(roomJson(room.gate)).not.toBe(before); // the admitted descriptions are there
  });

  it('holds an update that builds on a refused one unseen: the design never shows it', () => {
    const room = startedRoom(design);
    const before = roomJson(room.gate);
    const client = new Y.Doc();
    Y.applyUpdate(client, room.state());
    const v0 = Y.encodeStateVector(client);
    const services = client.getMap('services');
    const twin = new Y.Map<unknown>();
    services.set('twin', twin);
    twin.set('name', design.services[0].name); // a duplicate name: refused
    const refused = Y.encodeStateAsUpdate(client, v0);
    expect(room.gate.admit(refused).ok).toBe(false);
    const v1 = Y.encodeStateVector(client);
    twin.set('name', 'NowUnique');
    const dependent = Y.encodeStateAsUpdate(client, v1);
    expect(room.gate.admit(dependent).ok).toBe(true);
    expect(roomJson(room.gate)).toBe(before);
    // Sent again, the refused change is judged together with what waited on it.
    const verdict = room.gate.admit(refused);
    expect(verdict.ok).toBe(true);
    const a = room.gate.assessment();
    expect(a.kind === 'design' && a.file.design.services.map((s) => s.name)).toContain('NowUnique');
  });

  it('takes queued edits that arrive before the sync they build on, judging them when complete', () => {
    const room = startedRoom(design);
    const client = new Y.Doc();
    Y.applyUpdate(client, room.state());
    const v0 = Y.encodeStateVector(client);
    client.getMap('design').set('description', 'first');
    const base = Y.encodeStateAsUpdate(client, v0);
    const v1 = Y.encodeStateVector(client);
    client.getMap('design').set('description', 'second');
    const queued = Y.encodeStateAsUpdate(client, v1);
    expect(room.gate.admit(queued).ok).toBe(true);
    expect(room.gate.admit(base).ok).toBe(true);
    const a = room.gate.assessment();
    expect(a.kind === 'design' && a.file.design.description).toBe('second');
  });

  it('lets an empty room wait, and admits only a valid design as its first content', () => {
    const gate = new RoomGate(LIMITS);
    expect(gate.assessment().kind).toBe('empty');
    expect(gate.admit(edit(new Uint8Array(), (doc) => doc.getMap('services').set('x', new Y.Map()))).ok).toBe(false);
    expect(gate.assessment().kind).toBe('empty');
    expect(gate.admit(edit(new Uint8Array(), (doc) => writeDesign(doc, design))).ok).toBe(true);
  });

  it('judges new problems only: a room two servers merged into needing a repair still takes unrelated edits', () => {
    const room = startedRoom(design);
    const [s0, s1] = design.services;
    // Each rename alone is fine; another server admitted the second one concurrently.
    const a = edit(room.state(), (doc) => writeDesign(doc, updateService(design, s0.id, { name: 'Same' })));
    const b = edit(room.state(), (doc) => writeDesign(doc, updateService(design, s1.id, { name: 'Same' })));
    expect(room.admit(a).ok).toBe(true);
    room.gate.absorb(b);
    const merged = room.gate.assessment();
    expect(merged.kind === 'design' && merged.problems.length).toBeGreaterThan(0);
    const state = Y.mergeUpdates([room.state(), b]);
    const unrelated = edit(state, (doc) => doc.getMap('design').set('description', 'still editable'));
    expect(room.gate.admit(unrelated).ok).toBe(true);
  });

  it('admits a re-sync that brings nothing new without judging it', () => {
    const room = startedRoom(design);
    expect(room.gate.admit(room.state())).toEqual({ ok: true, changed: false });
  });

  it('reads what it admitted like any peer does', () => {
    const room = startedRoom(design);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, room.state());
    expect(readRoom(doc).kind).toBe('design');
  });
});
