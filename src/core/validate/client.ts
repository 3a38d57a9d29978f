// The page's side of the validation worker: each request with a time budget. A worker that
// overruns it (a catastrophic `pattern`) is terminated and replaced, and the event it was working
// on gets a `timedOut` result; the events after it go to the new worker. With `pipeline` > 1 a few
// requests are sent ahead (the worker answers them in order), so a large design does not pay a
// round trip between threads per event; the budget still runs for one event at a time: from the
// answer to the one before it.

import { validationKey, type ValidationInput } from './key';
import { asWorkerResponse, requestFor } from './protocol';
import { emptyValidation } from './empty';
import { CHECK_BUDGET_MS } from '../schema/budget';
import { createWorkerHost, type WorkerLike } from './worker-host';
import type { EventValidation } from './types';

export type { WorkerLike } from './worker-host';

/** How long one validation job may take in the browser before it counts as too complex (the same as a schema's facts). */
export const BROWSER_BUDGET_MS = CHECK_BUDGET_MS;

export interface ValidationClientOptions {
  /** Time one event may take once the worker is ready. */
  budgetMs?: number;
  /** Time a new worker may take to load and say it is ready. */
  startupMs?: number;
  /** Start the worker at once rather than with the first request (its start-up overlaps other work). */
  startNow?: boolean;
  /** Requests sent ahead of the one the worker is on (1: one request at a time). */
  pipeline?: number;
}

export interface ValidationClient {
  /**
   * Results in the order of `events`. Only the latest version of each event is validated: a
   * request still waiting when a newer version of its event arrives is answered with the newer
   * result (compare `key` with validationKey(event) to tell). Results are remembered per event,
   * so asking again for unchanged events costs nothing.
   */
  validate(events: readonly ValidationInput[]): Promise<EventValidation[]>;
  /** Stops the worker; waiting requests resolve with an `error`. */
  dispose(): void;
  /** How many workers were replaced after a timeout or crash. */
  readonly restarts: number;
}

interface Job { input: ValidationInput; key: string; waiters: ((r: EventValidation) => void)[] }

const REMEMBERED = 5_000;

export function createValidationClient(spawn: () => WorkerLike, options: ValidationClientOptions = {}): ValidationClient {
  const budgetMs = options.budgetMs ?? BROWSER_BUDGET_MS;
  const startupMs = options.startupMs ?? 10_000;
  const window = Math.max(1, options.pipeline ?? 1);
  const waiting = new Map<string, Job>(); // insertion-ordered queue, one job per event id
  const last = new Map<string, EventValidation>();
  // Sent and not answered yet, in the order the worker answers them; the budget timer is the first one's.
  const sent: { job: Job; requestId: number }[] = [];
  let nextRequestId = 1;
  let disposed = false;

  const remember = (r: EventValidation) => {
    last.delete(r.eventId);
    last.set(r.eventId, r);
    if (last.size > REMEMBERED) last.delete(last.keys().next().value as string);
  };

  const finish = (job: Job, result: EventValidation, cache: boolean) => {
    const final = { ...result, key: job.key };
    if (cache) remember(final);
    for (const w of job.waiters) w(final);
  };

  const failed = (job: Job, error: string): EventValidation => ({ ...emptyValidation(job.input), key: job.key, error });

  const startBudget = () => {
    if (sent.length) host.startBudget(budgetMs, onTimeout);
    else host.clearBudget();
  };

  /** The sent jobs after the first go back to the front of the queue (for the next worker). */
  const requeueSent = () => {
    const back = sent.splice(0);
    if (back.length === 0) return;
    const front = new Map<string, Job>();
    for (const { job } of back) {
      const newer = waiting.get(job.input.id);
      // A newer version already waits: it answers these callers too, as for any waiting request.
      if (newer) newer.waiters.push(...job.waiters);
      else front.set(job.input.id, job);
    }
    const rest = [...waiting];
    waiting.clear();
    for (const [id, job] of front) waiting.set(id, job);
    for (const [id, job] of rest) if (!waiting.has(id)) waiting.set(id, job);
  };

  const failEverything = (error: string) => {
    for (const job of waiting.values()) finish(job, failed(job, error), false);
    waiting.clear();
  };

  const host = createWorkerHost(spawn, startupMs, {
    isReady: (data) => asWorkerResponse(data)?.type === 'ready',
    message(data) {
      const message = asWorkerResponse(data);
      if (!message || message.type === 'ready') return;
      if (sent.length === 0 || message.requestId !== sent[0].requestId) return;
      const { job } = sent.shift()!;
      startBudget();
      finish(job, message.result, true);
      pump();
    },
    crashed(why) {
      const head = sent.shift();
      requeueSent();
      if (head) finish(head.job, failed(head.job, `The validation worker failed: ${why}`), false);
      pump();
    },
    broken: (why) => failEverything(`The validation worker could not start: ${why}`),
    pump: () => pump(),
  });

  function onTimeout() {
    const head = sent.shift();
    if (!head) return;
    const { job } = head;
    requeueSent();
    host.restart();
    // Remembered, so the same hostile input is not retried (and timed out) on every edit.
    finish(job, { ...emptyValidation(job.input), timedOut: true }, true);
    pump();
  }

  function pump(): void {
    if (disposed || host.broken !== undefined || sent.length >= window || waiting.size === 0) return;
    if (!host.ensure()) return;
    while (sent.length < window && waiting.size > 0) {
      const [id, job] = waiting.entries().next().value as [string, Job];
      waiting.delete(id);
      const requestId = nextRequestId++;
      sent.push({ job, requestId });
      if (sent.length === 1) startBudget();
      host.post(requestFor(requestId, job.input));
    }
  }

  const enqueue = (input: ValidationInput, key: string, resolve: (r: EventValidation) => void) => {
    const going = sent.find((s) => s.job.input.id === input.id && s.job.key === key);
    if (going) {
      going.job.waiters.push(resolve);
      return;
    }
    const queued = waiting.get(input.id);
    if (queued) {
      queued.input = input;
      queued.key = key;
      queued.waiters.push(resolve);
    } else waiting.set(input.id, { input, key, waiters: [resolve] });
  };

  if (options.startNow) host.ensure();

  return {
    validate(events) {
      const results = events.map((event) => {
        const key = validationKey(event);
        const known = last.get(event.id);
        if (known && known.key === key) return Promise.resolve(known);
        if (disposed || host.broken !== undefined) {
          const error = disposed ? 'The validation client was disposed' : `The validation worker could not start: ${host.broken}`;
          return Promise.resolve({ ...emptyValidation(event), error });
        }
        return new Promise<EventValidation>((resolve) => enqueue(event, key, resolve));
      });
      pump();
      return Promise.all(results);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      host.clearBudget();
      for (const { job } of sent.splice(0)) finish(job, failed(job, 'The validation client was disposed'), false);
      for (const job of waiting.values()) finish(job, failed(job, 'The validation client was disposed'), false);
      waiting.clear();
      host.stop();
    },
    get restarts() {
      return host.restarts;
    },
  };
}
