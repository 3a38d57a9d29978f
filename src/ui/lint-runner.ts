// The lint worker's page side, loaded as its own chunk right after the first paint.
import type { VersionsInput, VersionsReport } from '../core/compat/versions-report';
import type { PlainFinding, RuleInfo } from '../core/lint/types';
import { createLintClient, type LintClient } from '../core/lint/worker/client';
import { fixRefOf } from '../core/lint/worker/protocol';
import { keepIdentical } from '../core/json/keep-identical';
import { differsOnlyInViewport } from '../core/model/queries';
import type { EditorStore } from '../store/store';

// The whole lint engine (rules, schema facts, compatibility, patterns, quick fixes) runs in a Web
// Worker under a time budget: a design can make those checks expensive (a shared link is enough),
// and the page's thread only renders what comes back. Until the first answer there are no findings.
let client: LintClient | null = null;

/**
 * Starts the lint worker and lints the design whenever it (or the validation results) change:
 * one request at a time, and while one runs only the latest state waits (edits in between are
 * skipped, not queued). A pan or zoom changes nothing a rule reads and lints nothing.
 */
export function runLint(store: EditorStore, onRules: (rules: readonly RuleInfo[]) => void): () => void {
  const lint = createLintClient(() => new Worker(new URL('../core/lint/worker/worker.ts', import.meta.url), { type: 'module', name: 'eventsmith-lint' }));
  client = lint;
  let running = false;
  let dirty = true;
  let stopped = false;
  let first = true;

  const run = async () => {
    if (running || stopped) return;
    running = true;
    if (first) onRules(await lint.rules());
    first = false;
    while (dirty && !stopped) {
      dirty = false;
      const { design, validation } = store.getState();
      const findings = await lint.lint(design, validation);
      if (!stopped) store.getState().setLint(findings);
    }
    running = false;
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.validation === prev.validation && (s.design === prev.design || differsOnlyInViewport(prev.design, s.design))) return;
    dirty = true;
    void run();
  });
  void run();
  return () => {
    stopped = true;
    unsubscribe();
    lint.dispose();
    if (client === lint) client = null;
  };
}

/**
 * Applies a finding's quick fix: the worker makes it on the current design (fixes are computed
 * when asked for, not during lint). Parts the fix did not touch keep their identity, so only
 * what changed is re-validated and re-drawn.
 */
export async function applyQuickFix(store: EditorStore, finding: PlainFinding): Promise<void> {
  const before = store.getState();
  if (!client || !finding.fix) return;
  const outcome = await client.fix(before.design, before.validation, fixRefOf(finding));
  const state = store.getState();
  if (!outcome.design) {
    state.notify('error', outcome.error ? `The quick fix could not be made: ${outcome.error}.` : 'This quick fix no longer applies to the design.');
    return;
  }
  if (state.design !== before.design) {
    state.notify('info', 'The design changed while the quick fix was made: apply it again.');
    return;
  }
  state.commit(keepIdentical(before.design, outcome.design));
  state.notify('success', `Applied: ${outcome.title}`);
}


/** An event's Versions section, checked in the lint worker (see lint-view's checkVersions). */
export async function checkVersions(input: VersionsInput): Promise<VersionsReport | null> {
  if (!client) return { state: 'failed', error: 'the checks were stopped' };
  return client.versions(input);
}
