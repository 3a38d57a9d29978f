import type { Finding, Rule } from '../core/lint/types';
import type { Design } from '../core/model/types';
import type { ValidationResults } from '../core/validate/types';
import { useEditor } from '../store/context';
import type { EditorState, EditorStore } from '../store/store';

export interface LintView {
  all: Finding[];
  open: Finding[];
  suppressed: Finding[];
  byTarget: Map<string, Finding[]>;
  counts: { error: number; warning: number; info: number };
}

type LintModule = typeof import('../core/lint');

// The lint engine (rules, schema facts, compatibility) is its own chunk, loaded right after the
// first paint, so the initial JavaScript stays small; until it arrives there are no findings.
let engine: LintModule | null = null;

export function loadLintEngine(store: EditorStore): Promise<void> {
  return import('../core/lint').then((m) => {
    engine = m;
    store.getState().lintLoaded();
  });
}

export function ruleById(id: string): Rule | undefined {
  return engine?.ruleById(id);
}

/** Every rule of the registry, once the engine has loaded (re-render on `lintReady`). */
export function lintRules(): readonly Rule[] {
  return engine?.rules ?? [];
}

const EMPTY_VIEW: LintView = { all: [], open: [], suppressed: [], byTarget: new Map(), counts: { error: 0, warning: 0, info: 0 } };

// Findings are derived data, never stored: a memo of a pure function, one entry per validation
// result (weakly held), reused while only the layout of the design changed (positions, direction,
// viewport): no rule reads the layout (src/core/lint reads `layout` only in a quick fix, which is
// given the design it applies to), and re-linting 1,000 nodes after an auto-layout or a drag costs
// ~150 ms of the main thread.
const memo = new WeakMap<ValidationResults, { design: Design; view: LintView }>();

function differsOnlyInLayout(a: Design, b: Design): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('layout');
  for (const k of keys) if ((a as unknown as Record<string, unknown>)[k] !== (b as unknown as Record<string, unknown>)[k]) return false;
  return true;
}

export function lintViewOf(design: Design, validation: ValidationResults): LintView {
  if (!engine) return EMPTY_VIEW;
  const last = memo.get(validation);
  if (last && (last.design === design || differsOnlyInLayout(last.design, design))) return last.view;
  const all = engine.lintDesign(design, { validation });
  const view = {
    all,
    open: all.filter((f) => !f.suppressed),
    suppressed: all.filter((f) => f.suppressed),
    byTarget: engine.findingsByTarget(all),
    counts: engine.countBySeverity(all),
  };
  memo.set(validation, { design, view });
  return view;
}

const selectLint = (s: EditorState) => (s.lintReady ? lintViewOf(s.design, s.validation) : EMPTY_VIEW);

export function useLint(): LintView {
  return useEditor(selectLint);
}

const EMPTY: Finding[] = [];

export function useFindingsFor(targetId: string): Finding[] {
  return useEditor((s) => (s.lintReady ? lintViewOf(s.design, s.validation).byTarget.get(targetId) ?? EMPTY : EMPTY));
}

export function worstSeverity(findings: Finding[]): Finding['severity'] | null {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return findings.length ? 'info' : null;
}
