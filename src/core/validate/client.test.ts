import { afterEach, describe, expect, it } from 'vitest';
import { spawnValidationThread } from '../../cli/start-validation-thread';
import type { EventType } from '../model/types';
import { createValidationClient, type ValidationClient, type WorkerLike } from './client';
import { validationKey } from './key';
import { validateEvent } from './validate-event';

/** A real thread running the real worker logic (the CLI's one thread entry), with its calls logged. */
function spawnThread(log: string[] = []): () => WorkerLike {
  return () => {
    log.push('spawn');
    const thread = spawnValidationThread();
    const like: WorkerLike = {
      postMessage: (m) => {
        log.push(`post ${(m as { event: { id: string } }).event.id}`);
        thread.postMessage(m);
      },
      terminate: () => {
        log.push('terminate');
        thread.terminate();
      },
      onmessage: null,
      onerror: null,
    };
    thread.onmessage = (event) => like.onmessage?.(event);
    thread.onerror = (err) => like.onerror?.(err);
    return like;
  };
}

function ev(id: string, over: Partial<EventType> = {}): EventType {
  return {
    id, name: id, kind: 'event', version: '1.0.0', schemaFormat: 'json-schema',
    schema: '{"type":"object","required":["n"],"properties":{"n":{"type":"integer","minimum":0}}}',
    examples: ['{"n": 1}'],
    ...over,
  };
}

const hostile = (id: string) => ev(id, { schema: '{"type":"string","pattern":"^(a|a)*$"}', examples: ['"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"'] });

let client: ValidationClient | undefined;
afterEach(() => client?.dispose());

describe('validation client with a real worker thread', () => {
  it('returns the same results as validateEvent, in order', async () => {
    client = createValidationClient(spawnThread(), { budgetMs: 2_000 });
    const events = [ev('a'), ev('b', { examples: ['{"n": -1}', '{'] }), ev('c', { schema: '{"type": 5}' }), ev('d', { schemaFormat: 'avro' })];
    const results = await client.validate(events);
    expect(results).toEqual(events.map((e) => validateEvent(e)));
    expect(results[1].examples[0]).toEqual([{ path: '/n', message: '/n must be >= 0', code: 'mismatch' }]);
    expect(client.restarts).toBe(0);
  });

  it('times out on a catastrophic pattern, restarts the worker and keeps working', async () => {
    const log: string[] = [];
    // A roomy budget: the ordinary events must not time out on a busy CI machine; the hostile one never ends.
    client = createValidationClient(spawnThread(log), { budgetMs: 1_000 });
    const [before, bad, after] = await client.validate([ev('before', { examples: ['{"n": "x"}'] }), hostile('evil'), ev('after', { examples: ['{}'] })]);
    expect(before.examples[0].map((i) => i.message)).toEqual(['/n must be integer']);
    expect(bad).toMatchObject({ eventId: 'evil', timedOut: true, schema: [], examples: [[]], key: validationKey(hostile('evil')) });
    expect(after.timedOut).toBeUndefined();
    expect(after.examples[0].map((i) => i.message)).toEqual(["(root) must have required property 'n'"]);
    expect(client.restarts).toBe(1);
    expect(log).toEqual(['spawn', 'post before', 'post evil', 'terminate', 'spawn', 'post after']);
    // The timed-out input is remembered: asking again does not kill another worker.
    expect((await client.validate([hostile('evil')]))[0].timedOut).toBe(true);
    expect(client.restarts).toBe(1);
    // A fixed schema for the same event validates normally on the new worker.
    const fixed = ev('evil', { schema: '{"type":"string","pattern":"^a*$"}', examples: ['"aaa!"'] });
    expect((await client.validate([fixed]))[0].examples[0].map((i) => i.path)).toEqual(['']);
  });

  it('coalesces: only the latest version of a waiting event is validated', async () => {
    const log: string[] = [];
    client = createValidationClient(spawnThread(log), { budgetMs: 2_000 });
    const first = client.validate([ev('busy'), ev('x', { examples: ['{"n": -1}'] })]);
    const v2 = ev('x', { examples: ['{"n": -2}'] });
    const v3 = ev('x', { examples: ['{"n": "three"}'] });
    const second = client.validate([v2]);
    const third = client.validate([v3]);
    const [[, r1], [r2], [r3]] = await Promise.all([first, second, third]);
    // All three callers get the newest result; the older versions were never sent.
    for (const r of [r1, r2, r3]) {
      expect(r.key).toBe(validationKey(v3));
      expect(r.examples[0].map((i) => i.message)).toEqual(['/n must be integer']);
    }
    expect(log).toEqual(['spawn', 'post busy', 'post x']);
  });

  it('answers unchanged events from memory, without the worker', async () => {
    const log: string[] = [];
    client = createValidationClient(spawnThread(log), { budgetMs: 2_000 });
    const e = ev('m');
    const a = await client.validate([e]);
    const b = await client.validate([{ ...e }]);
    expect(b[0]).toBe(a[0]);
    expect(log).toEqual(['spawn', 'post m']);
  });
});

describe('validation client failures', () => {
  it('reports a worker that cannot start instead of waiting for ever', async () => {
    let spawns = 0;
    client = createValidationClient(() => {
      spawns++;
      const w: WorkerLike = { postMessage() {}, terminate() {}, onmessage: null, onerror: null };
      queueMicrotask(() => w.onerror?.({ message: 'script failed to load' }));
      return w;
    });
    const [r] = await client.validate([ev('a')]);
    expect(r.error).toBe('The validation worker could not start: script failed to load');
    expect(spawns).toBe(3);
    expect((await client.validate([ev('b')]))[0].error).toMatch(/could not start/);
  });

  it('reports a spawn that throws (e.g. blocked by CSP)', async () => {
    client = createValidationClient(() => {
      throw new Error('blocked');
    });
    expect((await client.validate([ev('a')]))[0].error).toBe('The validation worker could not start: blocked');
  });

  it('resolves waiting requests with an error on dispose', async () => {
    const c = createValidationClient(() => ({ postMessage() {}, terminate() {}, onmessage: null, onerror: null }), { startupMs: 60_000 });
    const pending = c.validate([ev('a')]);
    c.dispose();
    expect((await pending)[0].error).toBe('The validation client was disposed');
  });
});
