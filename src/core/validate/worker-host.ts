// One Web Worker's lifecycle, shared by the clients that send user input to a worker (validation,
// lint): spawn it when first needed, give it a start-up budget to say it is ready, retry a start
// that fails a few times and then give up for good, run one per-request budget timer, and replace
// the worker after a timeout or a crash. The clients keep their own queues and messages; events of
// a worker that was replaced are dropped here, so a late answer never reaches them.

type Handler<E> = { bivarianceHack(event: E): void }['bivarianceHack'];

/** A browser `Worker` or anything shaped like one (a Node worker thread in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: Handler<{ data: unknown }> | null;
  onerror?: Handler<unknown> | null;
}

interface Timers { setTimeout(fn: () => void, ms: number): unknown; clearTimeout(handle: unknown): void }
const timers = globalThis as unknown as Timers;

/** Consecutive workers that never became ready before we stop trying. */
export const MAX_FAILED_STARTS = 3;

export interface WorkerHostHandlers {
  /** Whether a message is the worker's "ready" (sent once it has loaded): start-up ends there. */
  isReady(data: unknown): boolean;
  /** Every message of the current worker, its "ready" included (after the host marks it ready). */
  message(data: unknown): void;
  /** The ready worker failed (an error event); the host has stopped it and counted a restart. */
  crashed(why: string): void;
  /** No worker could start, for good: every waiting request must be answered with this. */
  broken(why: string): void;
  /** Something may be sent now: the worker became ready, or a failed start is retried. */
  pump(): void;
  /** The worker was stopped (timeout, crash, dispose): what it held is gone. */
  stopped?(): void;
}

export interface WorkerHost {
  /** Starts a worker if there is none; true once it is ready for requests. */
  ensure(): boolean;
  /** Posts to the current worker (call after ensure() said it is ready). */
  post(message: unknown): void;
  /** Runs `onTimeout` after `ms` unless cleared or restarted first; one budget at a time. */
  startBudget(ms: number, onTimeout: () => void): void;
  clearBudget(): void;
  /** Terminates the worker after a timeout or crash; the next ensure() starts a new one. */
  restart(): void;
  /** Terminates the worker for good (dispose). */
  stop(): void;
  /** Set once no worker could start: why. */
  readonly broken: string | undefined;
  /** How many workers were replaced after a timeout or crash. */
  readonly restarts: number;
}

const reason = (event: unknown) => (typeof event === 'object' && event !== null && 'message' in event ? String((event as { message: unknown }).message) : 'unknown error');

export function createWorkerHost(spawn: () => WorkerLike, startupMs: number, on: WorkerHostHandlers): WorkerHost {
  let worker: WorkerLike | undefined;
  let ready = false;
  let startTimer: unknown;
  let budgetTimer: unknown;
  let failedStarts = 0;
  let restarts = 0;
  let broken: string | undefined;

  const stopWorker = () => {
    timers.clearTimeout(startTimer);
    timers.clearTimeout(budgetTimer);
    if (worker) {
      worker.onmessage = null;
      if (worker.onerror !== undefined) worker.onerror = null;
      worker.terminate();
    }
    const had = worker !== undefined;
    worker = undefined;
    ready = false;
    if (had) on.stopped?.();
  };

  const giveUp = (why: string) => {
    broken = why;
    on.broken(why);
  };

  const onStartFailure = (why: string) => {
    stopWorker();
    failedStarts++;
    if (failedStarts >= MAX_FAILED_STARTS) giveUp(why);
    else on.pump();
  };

  const onMessage = (data: unknown) => {
    if (!ready && on.isReady(data)) {
      ready = true;
      failedStarts = 0;
      timers.clearTimeout(startTimer);
      on.message(data);
      on.pump();
      return;
    }
    on.message(data);
  };

  const onError = (event: unknown) => {
    const why = reason(event);
    if (!ready) return onStartFailure(why);
    stopWorker();
    restarts++;
    on.crashed(why);
  };

  return {
    ensure() {
      if (worker) return ready;
      if (broken !== undefined) return false;
      try {
        const w = spawn();
        worker = w;
        w.onmessage = (event) => { if (worker === w) onMessage(event.data); };
        w.onerror = (event) => { if (worker === w) onError(event); };
        startTimer = timers.setTimeout(() => { if (worker === w && !ready) onStartFailure(`no answer within ${startupMs} ms`); }, startupMs);
      } catch (e) {
        worker = undefined;
        giveUp(e instanceof Error ? e.message : String(e));
      }
      return false;
    },
    post(message) {
      worker?.postMessage(message);
    },
    startBudget(ms, onTimeout) {
      timers.clearTimeout(budgetTimer);
      const w = worker;
      budgetTimer = timers.setTimeout(() => { if (worker === w) onTimeout(); }, ms);
    },
    clearBudget() {
      timers.clearTimeout(budgetTimer);
      budgetTimer = undefined;
    },
    restart() {
      stopWorker();
      restarts++;
    },
    stop: stopWorker,
    get broken() {
      return broken;
    },
    get restarts() {
      return restarts;
    },
  };
}
