// The page's side of the lint worker: one request at a time, each under a wall-clock budget on
// top of the budgets inside the checks. A worker that overruns it or crashes is terminated and
// replaced, and the request it was working on is answered with an error finding (never clean).

import type { Design } from '../../model/types';
import type { WorkerLike } from '../../validate/client';
import type { ValidationResults } from '../../validate/types';
import type { PlainFinding, RuleInfo } from '../types';
import { applyFindingsPatch, designPatch, validationPatch } from './delta';
import { asLintResponse, type FixRef, type LintRequest, type LintResponse } from './protocol';

/** How long one whole lint may take in the worker before it is stopped and reported. */
export const LINT_BUDGET_MS = 20_000;

export interface LintClientOptions {
  budgetMs?: number;
  /** Time a new worker may take to load the engine and say it is ready. */
  startupMs?: number;
}

export type FixOutcome = { design: Design; title: string } | { design: null; error?: string };

export interface LintClient {
  /** The rules' ids, titles and rationales, once the worker has loaded. */
  rules(): Promise<RuleInfo[]>;
  /** The findings; objects (and the array) of the previous answer are reused where nothing changed. */
  lint(design: Design, validation: ValidationResults): Promise<readonly PlainFinding[]>;
  /** The design with the finding's quick fix applied, made in the worker when asked for. */
  fix(design: Design, validation: ValidationResults, finding: FixRef): Promise<FixOutcome>;
  dispose(): void;
  /** How many workers were replaced after a timeout or crash. */
  readonly restarts: number;
}

type Body = { type: 'lint'; design: Design; validation: ValidationResults } | { type: 'fix'; design: Design; validation: ValidationResults; finding: FixRef };
interface Job { body: Body; answer: (r: LintResponse | { type: 'gave-up'; error: string }) => void }

interface Timers { setTimeout(fn: () => void, ms: number): unknown; clearTimeout(handle: unknown): void }
const timers = globalThis as unknown as Timers;
const MAX_FAILED_STARTS = 3;

/** The finding that stands for a lint that could not finish: an error on the design, never a pass. */
export function lintFailure(design: Design, why: string): PlainFinding {
  return { ruleId: 'lint-incomplete', severity: 'error', message: `The checks could not finish: ${why}`, target: { kind: 'design', id: design.id, name: design.name } };
}

export function createLintClient(spawn: () => WorkerLike, options: LintClientOptions = {}): LintClient {
  const budgetMs = options.budgetMs ?? LINT_BUDGET_MS;
  const startupMs = options.startupMs ?? 15_000;
  const queue: Job[] = [];
  let worker: WorkerLike | undefined;
  let ready = false;
  let startTimer: unknown;
  let inFlight: { job: Job; requestId: number; timer: unknown } | undefined;
  let nextRequestId = 1;
  let restarts = 0;
  let failedStarts = 0;
  let broken: string | undefined;
  let disposed = false;
  let ruleInfo: RuleInfo[] | undefined;
  // What the current worker holds: changes are sent against it; a new worker starts from nothing.
  let sent: { design: Design; validation: ValidationResults } | undefined;
  let findings: readonly PlainFinding[] = [];
  const ruleWaiters: ((r: RuleInfo[]) => void)[] = [];

  const stopWorker = () => {
    timers.clearTimeout(startTimer);
    if (worker) {
      worker.onmessage = null;
      if (worker.onerror !== undefined) worker.onerror = null;
      worker.terminate();
    }
    worker = undefined;
    ready = false;
    sent = undefined;
    findings = [];
  };

  const giveUp = (job: Job, error: string) => job.answer({ type: 'gave-up', error });

  const failEverything = (error: string) => {
    broken = error;
    for (const job of queue.splice(0)) giveUp(job, error);
    for (const w of ruleWaiters.splice(0)) w([]);
  };

  const endInFlight = (error: string) => {
    if (!inFlight) return;
    const { job, timer } = inFlight;
    timers.clearTimeout(timer);
    inFlight = undefined;
    giveUp(job, error);
  };

  const onStartFailure = (why: string) => {
    stopWorker();
    failedStarts++;
    if (failedStarts >= MAX_FAILED_STARTS) failEverything(`the lint worker could not start (${why})`);
    else pump();
  };

  const onMessage = (data: unknown) => {
    const message = asLintResponse(data);
    if (!message) return;
    if (message.type === 'ready') {
      ready = true;
      failedStarts = 0;
      timers.clearTimeout(startTimer);
      ruleInfo = message.rules;
      for (const w of ruleWaiters.splice(0)) w(message.rules);
      pump();
      return;
    }
    if (!inFlight || message.requestId !== inFlight.requestId) return;
    const { job, timer } = inFlight;
    timers.clearTimeout(timer);
    inFlight = undefined;
    job.answer(message);
    pump();
  };

  const onError = (event: unknown) => {
    const why = typeof event === 'object' && event !== null && 'message' in event ? String((event as { message: unknown }).message) : 'unknown error';
    if (!ready) return onStartFailure(why);
    endInFlight(`the lint worker failed (${why})`);
    stopWorker();
    restarts++;
    pump();
  };

  const ensureWorker = (): boolean => {
    if (worker) return ready;
    try {
      const w = spawn();
      worker = w;
      w.onmessage = (event) => { if (worker === w) onMessage(event.data); };
      w.onerror = (event) => { if (worker === w) onError(event); };
      startTimer = timers.setTimeout(() => { if (worker === w && !ready) onStartFailure(`no answer within ${startupMs} ms`); }, startupMs);
    } catch (e) {
      worker = undefined;
      failEverything(`the lint worker could not start (${e instanceof Error ? e.message : String(e)})`);
    }
    return false;
  };

  const onTimeout = () => {
    endInFlight(`they took longer than ${Math.round(budgetMs / 1000)} s, so the design is too complex to check`);
    stopWorker();
    restarts++;
    pump();
  };

  function pump(): void {
    if (disposed || broken !== undefined || inFlight || queue.length === 0) return;
    if (!ensureWorker() || !worker) return;
    const job = queue.shift()!;
    const requestId = nextRequestId++;
    inFlight = { job, requestId, timer: timers.setTimeout(onTimeout, budgetMs) };
    const { design, validation } = job.body;
    const message: LintRequest = { ...job.body, requestId, design: designPatch(sent?.design, design), validation: validationPatch(sent?.validation, validation) };
    sent = { design, validation };
    worker.postMessage(message);
  }

  const submit = (body: Body): Promise<LintResponse | { type: 'gave-up'; error: string }> =>
    new Promise((answer) => {
      if (disposed || broken !== undefined) return answer({ type: 'gave-up', error: broken ?? 'the lint worker was stopped' });
      queue.push({ body, answer });
      pump();
    });

  return {
    rules() {
      if (ruleInfo) return Promise.resolve(ruleInfo);
      if (disposed || broken !== undefined) return Promise.resolve([]);
      ensureWorker();
      return new Promise((resolve) => ruleWaiters.push(resolve));
    },
    async lint(design, validation) {
      const r = await submit({ type: 'lint', design, validation });
      if (r.type === 'findings') return (findings = applyFindingsPatch(findings, r.patch));
      return [lintFailure(design, r.type === 'gave-up' || r.type === 'failed' ? r.error : 'unexpected answer')];
    },
    async fix(design, validation, finding) {
      const r = await submit({ type: 'fix', design, validation, finding });
      if (r.type === 'fixed') return r.design ? { design: r.design, title: r.title ?? '' } : { design: null };
      return { design: null, error: r.type === 'gave-up' || r.type === 'failed' ? r.error : 'unexpected answer' };
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      endInFlight('the lint worker was stopped');
      for (const job of queue.splice(0)) giveUp(job, 'the lint worker was stopped');
      for (const w of ruleWaiters.splice(0)) w([]);
      stopWorker();
    },
    get restarts() {
      return restarts;
    },
  };
}
