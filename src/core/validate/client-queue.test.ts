// The client's queueing rules, with the real worker handler run in-process and replies delivered
// by hand, so the order of events is exact.
import { describe, expect, it } from 'vitest';
import type { EventType } from '../model/types';
import { createValidationClient, type WorkerLike } from './client';
import { validationKey } from './key';
import { handleRequest } from './worker-scope';

class ManualWorker implements WorkerLike {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  inbox: unknown[] = [];
  terminated = false;
  postMessage(message: unknown): void { this.inbox.push(message); }
  terminate(): void { this.terminated = true; }
  ready(): void { this.onmessage?.({ data: { type: 'ready' } }); }
  /** Answers the oldest request with the real handler. */
  answer(): void { this.onmessage?.({ data: handleRequest(this.inbox.shift()) }); }
  ids(): string[] { return this.inbox.map((m) => (m as { event: { id: string } }).event.id); }
}

const tick = () => new Promise((r) => setTimeout(r, 0));

function ev(id: string, n: number): EventType {
  return {
    id, name: id, kind: 'event', version: '1.0.0', schemaFormat: 'json-schema',
    schema: '{"properties":{"n":{"maximum":0}}}', examples: [`{"n": ${n}}`],
  };
}

describe('validation client queue', () => {
  it('sends nothing before the worker is ready, then one request at a time', async () => {
    const workers: ManualWorker[] = [];
    const client = createValidationClient(() => { const w = new ManualWorker(); workers.push(w); return w; });
    const done = client.validate([ev('a', 1), ev('b', 2)]);
    expect(workers[0].inbox).toEqual([]);
    workers[0].ready();
    expect(workers[0].ids()).toEqual(['a']);
    workers[0].answer();
    expect(workers[0].ids()).toEqual(['b']);
    workers[0].answer();
    const [a, b] = await done;
    expect([a.examples[0][0].message, b.examples[0][0].message]).toEqual(['/n must be <= 0', '/n must be <= 0']);
    client.dispose();
  });

  it('queues a new version of the event in flight behind it; the old caller gets the old result', async () => {
    const w = new ManualWorker();
    const client = createValidationClient(() => w);
    const v1 = ev('a', 1);
    const v2 = ev('a', 0);
    const first = client.validate([v1]);
    w.ready();
    const second = client.validate([v2]);
    expect(w.ids()).toEqual(['a']);
    w.answer();
    await tick();
    expect(w.ids()).toEqual(['a']);
    w.answer();
    const [[r1], [r2]] = await Promise.all([first, second]);
    expect(r1.key).toBe(validationKey(v1));
    expect(r1.examples).toEqual([[{ path: '/n', message: '/n must be <= 0', code: 'mismatch' }]]);
    expect(r2.key).toBe(validationKey(v2));
    expect(r2.examples).toEqual([[]]);
    client.dispose();
  });

  it('ignores a late answer from a terminated worker and replies to a crash with an error', async () => {
    const workers: ManualWorker[] = [];
    const client = createValidationClient(() => { const w = new ManualWorker(); workers.push(w); return w; }, { budgetMs: 20 });
    const slow = client.validate([ev('slow', 1), ev('next', 1)]);
    workers[0].ready();
    await new Promise((r) => setTimeout(r, 60));
    expect(workers[0].terminated).toBe(true);
    const stale = workers[0].onmessage;
    expect(stale).toBeNull();
    workers[1].ready();
    workers[1].onerror?.(new Error('out of memory'));
    const [s, n] = await slow;
    expect(s.timedOut).toBe(true);
    expect(n.error).toBe('The validation worker failed: out of memory');
    expect(client.restarts).toBe(2);
    client.dispose();
  });

  it('gives up on a worker that never says ready', async () => {
    let spawns = 0;
    const client = createValidationClient(() => { spawns++; return new ManualWorker(); }, { startupMs: 10 });
    const [r] = await client.validate([ev('a', 1)]);
    expect(r.error).toBe('The validation worker could not start: no answer within 10 ms');
    expect(spawns).toBe(3);
    client.dispose();
  });

  it('with a pipeline, sends a few ahead; a timeout charges only the event the worker is on and resends the rest, in order', async () => {
    const workers: ManualWorker[] = [];
    const client = createValidationClient(() => { const w = new ManualWorker(); workers.push(w); return w; }, { budgetMs: 20, pipeline: 3 });
    const done = client.validate([ev('a', 1), ev('b', 0), ev('c', 1), ev('d', 0), ev('e', 1)]);
    workers[0].ready();
    expect(workers[0].ids()).toEqual(['a', 'b', 'c']);
    workers[0].answer();
    expect(workers[0].ids()).toEqual(['b', 'c', 'd']);
    // 'b' never answers: it alone times out; 'c' and 'd' go to the next worker before 'e'.
    await new Promise((r) => setTimeout(r, 60));
    expect(workers[0].terminated).toBe(true);
    workers[1].ready();
    expect(workers[1].ids()).toEqual(['c', 'd', 'e']);
    workers[1].answer();
    workers[1].answer();
    // A crash fails only the event the worker is on.
    workers[1].onerror?.(new Error('out of memory'));
    const [a, b, c, d, e] = await done;
    expect(a.examples).toEqual([[{ path: '/n', message: '/n must be <= 0', code: 'mismatch' }]]);
    expect(b.timedOut).toBe(true);
    expect(c.examples[0][0].message).toBe('/n must be <= 0');
    expect(d.examples).toEqual([[]]);
    expect(e.error).toBe('The validation worker failed: out of memory');
    expect(client.restarts).toBe(2);
    client.dispose();
  });

  it('with a pipeline, a new version of an event sent ahead is queued behind it; callers of the old one get the old result', async () => {
    const w = new ManualWorker();
    const client = createValidationClient(() => w, { pipeline: 4 });
    const v1 = ev('a', 1);
    const v2 = ev('a', 0);
    const first = client.validate([v1, ev('b', 1)]);
    w.ready();
    const second = client.validate([v2]);
    expect(w.ids()).toEqual(['a', 'b', 'a']);
    w.answer();
    w.answer();
    w.answer();
    const [[r1], [r2]] = await Promise.all([first, second]);
    expect(r1.key).toBe(validationKey(v1));
    expect(r2.key).toBe(validationKey(v2));
    expect(r2.examples).toEqual([[]]);
    client.dispose();
  });
});
