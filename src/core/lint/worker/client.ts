// The page's side of the lint worker: one request at a time, each under a wall-clock budget on
// top of the budgets inside the checks. A worker that overruns it or crashes is terminated and
// replaced, and the request it was working on is answered with an error finding (never clean).

import type { VersionsInput, VersionsReport } from '../../compat/versions-report';
import type { Design } from '../../model/types';
import type { ValidationResults } from '../../validate/types';
import { createWorkerHost, type WorkerLike } from '../../validate/worker-host';
import { lintFailure } from '../engine-findings';
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
  /**
   * An event's Versions section: verdicts and suggested bump, checked in the worker. Only the
   * latest waiting request is kept: one it replaces resolves with null.
   */
  versions(input: VersionsInput): Promise<VersionsReport | null>;
  dispose(): void;
  /** How many workers were replaced after a timeout or crash. */
  readonly restarts: number;
}

type Body =
  | { type: 'lint'; design: Design; validation: ValidationResults }
  | { type: 'fix'; design: Design; validation: ValidationResults; finding: FixRef }
  | { type: 'versions'; input: VersionsInput };
type Answer = LintResponse | { type: 'gave-up'; error: string } | { type: 'superseded' };
interface Job { body: Body; answer: (r: Answer) => void }

export function createLintClient(spawn: () => WorkerLike, options: LintClientOptions = {}): LintClient {
  const budgetMs = options.budgetMs ?? LINT_BUDGET_MS;
  const startupMs = options.startupMs ?? 15_000;
  const queue: Job[] = [];
  let inFlight: { job: Job; requestId: number } | undefined;
  let nextRequestId = 1;
  let disposed = false;
  let ruleInfo: RuleInfo[] | undefined;
  // What the current worker holds: changes are sent against it; a new worker starts from nothing.
  let sent: { design: Design; validation: ValidationResults } | undefined;
  let findings: readonly PlainFinding[] = [];
  const ruleWaiters: ((r: RuleInfo[]) => void)[] = [];

  const giveUp = (job: Job, error: string) => job.answer({ type: 'gave-up', error });

  const endInFlight = (error: string) => {
    if (!inFlight) return;
    const { job } = inFlight;
    host.clearBudget();
    inFlight = undefined;
    giveUp(job, error);
  };

  const host = createWorkerHost(spawn, startupMs, {
    isReady: (data) => asLintResponse(data)?.type === 'ready',
    message(data) {
      const message = asLintResponse(data);
      if (!message) return;
      if (message.type === 'ready') {
        ruleInfo = message.rules;
        for (const w of ruleWaiters.splice(0)) w(message.rules);
        return;
      }
      if (!inFlight || message.requestId !== inFlight.requestId) return;
      const { job } = inFlight;
      host.clearBudget();
      inFlight = undefined;
      job.answer(message);
      pump();
    },
    crashed(why) {
      endInFlight(`the lint worker failed (${why})`);
      pump();
    },
    broken(why) {
      const error = `the lint worker could not start (${why})`;
      for (const job of queue.splice(0)) giveUp(job, error);
      for (const w of ruleWaiters.splice(0)) w([]);
    },
    pump: () => pump(),
    stopped() {
      sent = undefined;
      findings = [];
    },
  });

  const onTimeout = () => {
    endInFlight(`they took longer than ${Math.round(budgetMs / 1000)} s, so the design is too complex to check`);
    host.restart();
    pump();
  };

  function pump(): void {
    if (disposed || host.broken !== undefined || inFlight || queue.length === 0) return;
    if (!host.ensure()) return;
    const job = queue.shift()!;
    const requestId = nextRequestId++;
    inFlight = { job, requestId };
    host.startBudget(budgetMs, onTimeout);
    const body = job.body;
    if (body.type === 'versions') return host.post({ type: 'versions', requestId, input: body.input } satisfies LintRequest);
    const { design, validation } = body;
    const message: LintRequest = { ...body, requestId, design: designPatch(sent?.design, design), validation: validationPatch(sent?.validation, validation) };
    sent = { design, validation };
    host.post(message);
  }

  const stoppedError = () => (disposed ? 'the lint worker was stopped' : `the lint worker could not start (${host.broken})`);

  const submit = (body: Body): Promise<Answer> =>
    new Promise((answer) => {
      if (disposed || host.broken !== undefined) return answer({ type: 'gave-up', error: stoppedError() });
      if (body.type === 'versions') {
        // Typing in the schema asks again on every keystroke: only the latest question waits.
        const older = queue.findIndex((j) => j.body.type === 'versions');
        if (older >= 0) queue.splice(older, 1)[0].answer({ type: 'superseded' });
      }
      queue.push({ body, answer });
      pump();
    });

  return {
    rules() {
      if (ruleInfo) return Promise.resolve(ruleInfo);
      if (disposed || host.broken !== undefined) return Promise.resolve([]);
      host.ensure();
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
    async versions(input) {
      const r = await submit({ type: 'versions', input });
      if (r.type === 'superseded') return null;
      if (r.type === 'versions') return r.report;
      // A worker stopped for its budget or a crash: never a pass.
      return { state: 'too-complex', error: `schema too complex to check: the check was stopped (${r.type === 'gave-up' || r.type === 'failed' ? r.error : 'unexpected answer'})` };
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      endInFlight('the lint worker was stopped');
      for (const job of queue.splice(0)) giveUp(job, 'the lint worker was stopped');
      for (const w of ruleWaiters.splice(0)) w([]);
      host.stop();
    },
    get restarts() {
      return host.restarts;
    },
  };
}
