import { useRef, type ReactNode } from 'react';
import { applyQuickFix, ruleById } from '../lint-view';
import type { PlainFinding as Finding } from '../../core/lint/types';
import { LINT_PROFILES, type LintProfile } from '../../core/model/types';
import { useEditor, useEditorStore } from '../../store/context';
import { useLint } from '../lint-view';
import { SeverityIcon } from '../SeverityIcon';
import { useScrollView, visibleRows } from '../visible-rows';

const GROUPS = [
  { severity: 'error', title: 'Errors' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Info' },
] as const;

const PROFILE_HINTS: Record<LintProfile, string> = {
  sketch: 'Sketch: names and schemas only, for the first hour of a workshop',
  review: 'Review: every rule as the catalog lists it',
  production: 'Production: delivery, envelope and schema rules are errors, before go-live',
};

/**
 * The design's lint profile, one control at the top of the panel; the per-rule table still wins.
 * A radio group as the ARIA pattern has it: one tab stop, the arrow keys move the choice.
 */
function ProfilePicker() {
  const store = useEditorStore();
  const profile = useEditor((s) => s.design.lint?.profile ?? 'review');
  const pick = (p: LintProfile) => profile !== p && store.getState().setLintProfile(p);
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = LINT_PROFILES[(LINT_PROFILES.indexOf(profile) + step + LINT_PROFILES.length) % LINT_PROFILES.length];
    pick(next);
    e.currentTarget.querySelector<HTMLButtonElement>(`[data-profile="${next}"]`)?.focus();
  };
  return (
    <div className="problems-profile" role="radiogroup" aria-label="Lint profile" onKeyDown={onKeyDown}>
      <span className="muted small" aria-hidden="true">Profile</span>
      {LINT_PROFILES.map((p) => (
        <button key={p} type="button" role="radio" aria-checked={profile === p} title={PROFILE_HINTS[p]} data-profile={p} tabIndex={profile === p ? 0 : -1}
          className={`btn btn-small${profile === p ? ' btn-primary' : ''}`} onClick={() => pick(p)}>
          {p === 'sketch' ? 'Sketch' : p === 'review' ? 'Review' : 'Production'}
        </button>
      ))}
    </div>
  );
}

/** Every open finding grouped by severity; a click selects and centres its element. */
export function ProblemsPanel() {
  return (
    <>
      <ProfilePicker />
      <Findings />
    </>
  );
}

function Findings() {
  const lint = useLint();
  const store = useEditorStore();

  const reveal = (f: Finding) => {
    const state = store.getState();
    const { kind, id } = f.target;
    if (kind === 'service' || kind === 'topic') {
      state.select({ nodes: [id], edges: [] });
      state.focus(id);
    } else if (kind === 'publication' || kind === 'subscription') {
      state.select({ nodes: [], edges: [id] });
      const edge = state.design.publications.find((p) => p.id === id) ?? state.design.subscriptions.find((s) => s.id === id);
      if (edge) state.focus('serviceId' in edge ? edge.serviceId : id);
    } else if (kind === 'event') {
      state.selectEvent(id);
      state.setDockTab('events');
    } else {
      state.select({ nodes: [], edges: [] });
    }
  };

  const applyFix = (f: Finding) => void applyQuickFix(store, f);

  if (lint.open.length === 0)
    return <div className="problems-empty"><p><strong>No problems.</strong> The design passes every enabled rule{lint.suppressed.length ? ` (${lint.suppressed.length} suppressed)` : ''}.</p></div>;

  const row = (f: Finding) => (
    <>
      <button type="button" className="problem-main" onClick={() => reveal(f)} title={ruleById(f.ruleId)?.rationale}>
        <span className="problem-message">{f.message}</span>
        <span className="problem-meta"><span className="target-kind">{f.target.kind}</span> {f.target.name} · <code>{f.ruleId}</code></span>
      </button>
      {f.fix && <button type="button" className="btn btn-small btn-primary" onClick={() => applyFix(f)}>{f.fix.title}</button>}
    </>
  );

  if (lint.open.length > WINDOW_FROM) return <WindowedProblems findings={lint.open} row={row} suppressed={lint.suppressed.length} />;

  return (
    <div className="problems">
      {GROUPS.map((g) => {
        const items = lint.open.filter((f) => f.severity === g.severity);
        if (items.length === 0) return null;
        return (
          <section key={g.severity} className="problem-group" aria-label={`${g.title} (${items.length})`}>
            <h3><SeverityIcon severity={g.severity} /> {g.title} <span className="count">{items.length}</span></h3>
            <ul>
              {items.map((f, i) => (
                <li key={`${f.ruleId}-${f.target.id}-${i}`} className="problem">{row(f)}</li>
              ))}
            </ul>
          </section>
        );
      })}
      {lint.suppressed.length > 0 && <p className="muted small pad">{lint.suppressed.length} suppressed finding(s) are hidden; see the design's lint settings.</p>}
    </div>
  );
}

/** Past this many findings only the rows in view are in the page (65,000 froze it for 8.6 s). */
const WINDOW_FROM = 300;
const ROW_HEIGHT = 52;

type Row = { kind: 'head'; severity: Finding['severity']; title: string; count: number } | { kind: 'finding'; finding: Finding };

/** The same list, windowed: fixed-height rows, one line each, rendered only around the scroll position. */
function WindowedProblems({ findings, row, suppressed }: { findings: readonly Finding[]; row: (f: Finding) => ReactNode; suppressed: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const view = useScrollView(ref, 'self');
  const rows: Row[] = [];
  for (const g of GROUPS) {
    const items = findings.filter((f) => f.severity === g.severity);
    if (items.length === 0) continue;
    rows.push({ kind: 'head', severity: g.severity, title: g.title, count: items.length });
    for (const f of items) rows.push({ kind: 'finding', finding: f });
  }
  const { first, last } = visibleRows(view, ROW_HEIGHT, rows.length);
  return (
    <div ref={ref} className="problems problems-windowed" role="list" aria-label={`Problems (${findings.length})`} data-testid="problems-windowed">
      <div style={{ height: rows.length * ROW_HEIGHT + (suppressed ? ROW_HEIGHT : 0), position: 'relative' }}>
        {rows.slice(first, last).map((r, i) => {
          const style = { position: 'absolute' as const, top: (first + i) * ROW_HEIGHT, left: 0, right: 0, height: ROW_HEIGHT };
          return r.kind === 'head' ? (
            <h3 key={`head-${r.severity}`} style={style} className="problem-head"><SeverityIcon severity={r.severity} /> {r.title} <span className="count">{r.count}</span></h3>
          ) : (
            <div key={first + i} role="listitem" style={style} className="problem problem-fixed">{row(r.finding)}</div>
          );
        })}
        {suppressed > 0 && <p className="muted small pad" style={{ position: 'absolute', top: rows.length * ROW_HEIGHT }}>{suppressed} suppressed finding(s) are hidden; see the design's lint settings.</p>}
      </div>
    </div>
  );
}
