// The lint worker's logic, apart from the global it runs in: worker.ts attaches it to the browser
// worker's `self`, tests call handleLintRequest directly or attach it to a Node worker thread.

import { versionsReport } from '../../compat/versions-report';
import { lintDesign } from '../engine';
import { engineFindings } from '../engine-findings';
import { ruleById, rules } from '../registry';
import type { Design } from '../../model/types';
import type { RuleInfo } from '../types';
import type { ValidationResults } from '../../validate/types';
import { applyDesignPatch, applyValidationPatch, findingsPatch } from './delta';
import { asLintRequest, plainFinding, sameFinding, type LintResponse } from './protocol';

export interface LintScopeLike {
  postMessage(message: LintResponse): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

/** What the worker keeps between requests: the page sends changes against it. */
export interface LintWorkerState {
  design?: Design;
  validation?: ValidationResults;
  /** The previous answer's findings, as JSON, in order. */
  findingKeys: string[];
}

export const newLintWorkerState = (): LintWorkerState => ({ findingKeys: [] });

export function handleLintRequest(data: unknown, state: LintWorkerState): LintResponse | undefined {
  const request = asLintRequest(data);
  if (!request) return undefined;
  const { requestId } = request;
  try {
    if (request.type === 'versions') return { type: 'versions', requestId, report: versionsReport(request.input) };
    const design = (state.design = applyDesignPatch(state.design, request.design));
    const validation = (state.validation = applyValidationPatch(state.validation, request.validation));
    if (request.type === 'lint') {
      const { patch, keys } = findingsPatch(state.findingKeys, lintDesign(design, { validation }).map(plainFinding));
      state.findingKeys = keys;
      return { type: 'findings', requestId, patch };
    }
    // Quick fixes are made when asked for: the one rule runs again on the design the fix goes to.
    const rule = ruleById(request.finding.ruleId);
    if (!rule) return { type: 'fixed', requestId, design: null };
    const found = lintDesign(design, { validation, rules: [rule] }).find((f) => f.fix && sameFinding(f, request.finding));
    if (!found?.fix) return { type: 'fixed', requestId, design: null };
    return { type: 'fixed', requestId, design: found.fix.apply(design), title: found.fix.title };
  } catch (e) {
    return { type: 'failed', requestId, error: e instanceof Error ? e.message : String(e) };
  }
}

export function attachLintWorker(scope: LintScopeLike): void {
  const state = newLintWorkerState();
  scope.onmessage = (event) => {
    const response = handleLintRequest(event.data, state);
    if (response) scope.postMessage(response);
  };
  // The rules, then what the machinery reports itself (lint-incomplete): described, not run.
  const described = rules.map((r): RuleInfo => ({ id: r.id, defaultSeverity: r.defaultSeverity, title: r.title, rationale: r.rationale }));
  scope.postMessage({ type: 'ready', rules: [...described, ...engineFindings] });
}
