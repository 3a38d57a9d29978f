// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import * as c from '../core/model/commands';
import { emptyDesign } from '../core/model/factories';
import { restoreDesign } from '../core/model/restore';
import type { DesignRecord, DesignsDb } from './persistence/designs-db';
import { createEditorStore } from './store';
import { revisionOf, startTabSync } from './tab-sync';

const tick = () => new Promise((r) => setTimeout(r, 30));

function memoryDb(records: DesignRecord[]): DesignsDb {
  return { get: async () => undefined, put: async (r) => void records.push(r), delete: async () => undefined, raw: async () => undefined, list: async () => [] };
}

describe('tab sync', () => {
  it('the same content has the same revision whatever the key order', () => {
    const d = c.addService(emptyDesign('X'), { x: 1, y: 2 }, 'A').design;
    const restored = restoreDesign(JSON.parse(JSON.stringify(d))).file.design;
    expect(revisionOf(restored)).toBe(revisionOf(d));
    expect(revisionOf(c.addService(d).design)).not.toBe(revisionOf(d));
  });

  it('edits in one tab appear in the other, in both directions', async () => {
    const base = emptyDesign('Shared');
    const a = createEditorStore({ docId: 'doc', design: base });
    const b = createEditorStore({ docId: 'doc', design: restoreDesign(structuredClone(base)).file.design });
    const saved: DesignRecord[] = [];
    const stopA = startTabSync(a, memoryDb(saved));
    const stopB = startTabSync(b, memoryDb(saved));
    await tick(); // presence: the tabs find each other
    a.getState().apply((d) => c.addService(d, undefined, 'FromA').design);
    await tick();
    expect(b.getState().design.services.map((s) => s.name)).toEqual(['FromA']);
    b.getState().apply((d) => c.addTopic(d, 'stream', undefined, 'from-b').design);
    await tick();
    expect(a.getState().design.topics.map((t) => t.name)).toEqual(['from-b']);
    a.getState().apply((d) => c.addService(d, undefined, 'AgainA').design);
    await tick();
    expect(b.getState().design.services.map((s) => s.name)).toEqual(['FromA', 'AgainA']);
    expect(saved).toEqual([]);
    stopA();
    stopB();
  });

  it('simultaneous edits on the same revision keep both, and the tabs converge again', async () => {
    const base = emptyDesign('Shared');
    const a = createEditorStore({ docId: 'doc2', design: base });
    const b = createEditorStore({ docId: 'doc2', design: structuredClone(base) });
    const saved: DesignRecord[] = [];
    const stopA = startTabSync(a, memoryDb(saved));
    const stopB = startTabSync(b, memoryDb(saved));
    await tick();
    a.getState().apply((d) => c.addService(d, undefined, 'OnlyA').design);
    b.getState().apply((d) => c.addService(d, undefined, 'OnlyB').design);
    await tick();
    // One version in both tabs, the other kept once as its own entry: nothing lost.
    const shown = a.getState().design.services.map((s) => s.name);
    expect(b.getState().design.services.map((s) => s.name)).toEqual(shown);
    expect(revisionOf(a.getState().design)).toBe(revisionOf(b.getState().design));
    expect(saved).toHaveLength(1);
    expect([...shown, ...saved[0].file.design.services.map((s) => s.name)].sort()).toEqual(['OnlyA', 'OnlyB']);
    expect(a.getState().notices.at(-1)?.message).toMatch(/another tab/);
    expect(b.getState().notices.at(-1)?.message).toMatch(/another tab/);
    // Later edits apply on the resolved revision, in both directions, with no new copies.
    a.getState().apply((d) => c.addService(d, undefined, 'LaterA').design);
    await tick();
    expect(b.getState().design.services.map((s) => s.name)).toEqual([...shown, 'LaterA']);
    b.getState().apply((d) => c.addTopic(d, 'stream', undefined, 'later-b').design);
    await tick();
    expect(a.getState().design.topics.map((t) => t.name)).toEqual(['later-b']);
    expect(saved).toHaveLength(1);
    stopA();
    stopB();
  });
});

describe('tab sync cost', () => {
  it('a lone tab sends nothing; a viewport change is never sent', async () => {
    const a = createEditorStore({ docId: 'doc3', design: emptyDesign('Solo') });
    const received: unknown[] = [];
    const listener = new BroadcastChannel('eventsmith-designs');
    listener.onmessage = (e) => (e.data?.type ? undefined : received.push(e.data));
    const stopA = startTabSync(a);
    a.getState().apply((d) => c.addService(d).design);
    await tick();
    expect(received).toEqual([]); // the listener never said hello, so A believes it is alone
    listener.postMessage({ type: 'hello', from: 'listener' });
    await tick();
    a.getState().apply((d) => c.addService(d).design);
    await tick();
    expect(received).toHaveLength(1);
    const d = a.getState().design;
    a.setState({ design: { ...d, layout: { ...d.layout, viewport: { x: 5, y: 5, zoom: 1 } } } });
    await tick();
    expect(received).toHaveLength(1);
    stopA();
    listener.close();
  });
});
