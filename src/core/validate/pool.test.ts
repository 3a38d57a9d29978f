// The pool's sharing rules, with the real worker handler run in-process behind each worker (the
// threads themselves are client.test.ts's): how many workers, which events each one gets, and
// results in the order asked.
import { describe, expect, it } from 'vitest';
import type { EventType } from '../model/types';
import type { WorkerLike } from './client';
import { createValidationPool, poolSizeFor } from './pool';
import { validateEvent } from './validate-event';
import { handleRequest } from './worker-scope';

class InProcessWorker implements WorkerLike {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  readonly ids: string[] = [];
  constructor() {
    setTimeout(() => this.onmessage?.({ data: { type: 'ready' } }), 0);
  }
  postMessage(message: unknown): void {
    this.ids.push((message as { event: { id: string } }).event.id);
    setTimeout(() => this.onmessage?.({ data: handleRequest(message) }), 0);
  }
  terminate(): void {}
}

function ev(id: string, n: number): EventType {
  return { id, name: id, kind: 'event', version: '1.0.0', schemaFormat: 'json-schema', schema: '{"properties":{"n":{"maximum":0}}}', examples: [`{"n": ${n}}`] };
}

const events = (count: number) => Array.from({ length: count }, (_, i) => ev(`e${i}`, i % 3));

describe('validation pool', () => {
  it('uses one worker for an ordinary design', async () => {
    const workers: InProcessWorker[] = [];
    const pool = createValidationPool(() => { const w = new InProcessWorker(); workers.push(w); return w; }, { maxWorkers: 4 });
    const asked = events(60);
    expect(await pool.validate(asked)).toEqual(asked.map((e) => expect.objectContaining({ ...validateEvent(e), key: expect.any(String) })));
    expect(workers).toHaveLength(1);
    pool.dispose();
  });

  it('shares a large design among up to maxWorkers workers, each event always to the same one, results in order', async () => {
    const workers: InProcessWorker[] = [];
    const pool = createValidationPool(() => { const w = new InProcessWorker(); workers.push(w); return w; }, { maxWorkers: 3, eventsPerWorker: 100 });
    const asked = events(1_000);
    const results = await pool.validate(asked);
    expect(results.map((r) => r.eventId)).toEqual(asked.map((e) => e.id));
    expect(results.map((r) => r.examples)).toEqual(asked.map((e) => validateEvent(e).examples));
    expect(workers).toHaveLength(3);
    for (const w of workers) expect(w.ids.length).toBeGreaterThan(200);
    expect(workers.flatMap((w) => w.ids).sort()).toEqual(asked.map((e) => e.id).sort());
    // A changed event goes back to the worker that validated it before; the others are remembered.
    const before = workers.map((w) => w.ids.length);
    const changed = ev('e7', 5);
    const again = await pool.validate([...asked.slice(0, 6), changed, ...asked.slice(8)]);
    expect(again[6].examples).toEqual([[expect.objectContaining({ code: 'mismatch' })]]);
    expect(workers.map((w, i) => w.ids.length - before[i]).sort()).toEqual([0, 0, 1]);
    expect(workers.find((w) => w.ids.filter((id) => id === 'e7').length === 2)).toBeDefined();
    pool.dispose();
  });

  it('startAll starts the other workers before a request, and a request then uses them all', async () => {
    const workers: InProcessWorker[] = [];
    const pool = createValidationPool(() => { const w = new InProcessWorker(); workers.push(w); return w; }, { maxWorkers: 3, eventsPerWorker: 100, startNow: true });
    expect(workers).toHaveLength(1);
    pool.startAll();
    expect(workers).toHaveLength(3);
    pool.startAll();
    expect(workers).toHaveLength(3);
    const asked = events(300);
    const results = await pool.validate(asked);
    expect(results.map((r) => r.eventId)).toEqual(asked.map((e) => e.id));
    expect(workers).toHaveLength(3);
    for (const w of workers) expect(w.ids.length).toBeGreaterThan(50);
    pool.dispose();
  });

  it('sizes itself by cores: the page keeps one for itself, at most 4', () => {
    expect([1, 2, 4, 16, undefined].map((c) => poolSizeFor(c, 1))).toEqual([1, 1, 3, 4, 1]);
    expect([1, 2, 4, 16, undefined].map((c) => poolSizeFor(c, 0))).toEqual([1, 2, 4, 4, 1]);
  });
});
