import type { VersionsInput, VersionsReport } from '../core/compat/versions-report';
import type { PlainFinding, RuleInfo } from '../core/lint/types';
import { useEditor } from '../store/context';
import type { EditorState, EditorStore } from '../store/store';

export interface LintView {
  all: readonly PlainFinding[];
  open: PlainFinding[];
  suppressed: PlainFinding[];
  byTarget: Map<string, PlainFinding[]>;
  counts: { error: number; warning: number; info: number };
}

// The whole lint engine (rules, schema facts, compatibility, patterns, quick fixes) runs in a Web
// Worker under a time budget (lint-runner.ts, its own chunk): the page's thread only renders what
// comes back. Until the first answer there are no findings.
type Runner = typeof import('./lint-runner');
let runner: Promise<Runner> | null = null;
let ruleInfo = new Map<string, RuleInfo>();

export function ruleById(id: string): RuleInfo | undefined {
  return ruleInfo.get(id);
}

/** Every rule of the registry, once the worker has answered (re-render on `lintReady`). */
export function lintRules(): readonly RuleInfo[] {
  return [...ruleInfo.values()];
}

export function startLint(store: EditorStore): void {
  runner = import('./lint-runner');
  void runner.then((r) => r.runLint(store, (rules) => (ruleInfo = new Map(rules.map((rule) => [rule.id, rule])))));
}

/** Applies a finding's quick fix, made in the worker when asked for (see lint-runner). */
export async function applyQuickFix(store: EditorStore, finding: PlainFinding): Promise<void> {
  if (runner) await (await runner).applyQuickFix(store, finding);
}

/**
 * An event's Versions section (verdicts and suggested bump), checked in the lint worker; null when
 * a newer question replaced this one before the worker took it.
 */
export async function checkVersions(input: VersionsInput): Promise<VersionsReport | null> {
  if (!runner) return { state: 'failed', error: 'the checks have not started' };
  return (await runner).checkVersions(input);
}

const EMPTY_VIEW: LintView = { all: [], open: [], suppressed: [], byTarget: new Map(), counts: { error: 0, warning: 0, info: 0 } };

// Derived once per answer of the worker (weakly held).
const memo = new WeakMap<readonly PlainFinding[], LintView>();

export function lintViewOf(findings: readonly PlainFinding[]): LintView {
  if (findings.length === 0) return EMPTY_VIEW;
  const known = memo.get(findings);
  if (known) return known;
  const open: PlainFinding[] = [];
  const suppressed: PlainFinding[] = [];
  const byTarget = new Map<string, PlainFinding[]>();
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) {
    if (f.suppressed) {
      suppressed.push(f);
      continue;
    }
    open.push(f);
    counts[f.severity]++;
    const list = byTarget.get(f.target.id);
    if (list) list.push(f);
    else byTarget.set(f.target.id, [f]);
  }
  const view = { all: findings, open, suppressed, byTarget, counts };
  memo.set(findings, view);
  return view;
}

const selectLint = (s: EditorState) => lintViewOf(s.findings);

export function useLint(): LintView {
  return useEditor(selectLint);
}

const EMPTY: PlainFinding[] = [];

export function useFindingsFor(targetId: string): PlainFinding[] {
  return useEditor((s) => lintViewOf(s.findings).byTarget.get(targetId) ?? EMPTY);
}

export function worstSeverity(findings: readonly PlainFinding[]): PlainFinding['severity'] | null {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return findings.length ? 'info' : null;
}
