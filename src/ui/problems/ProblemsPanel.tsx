import { ruleById } from '../lint-view';
import type { Finding } from '../../core/lint/types';
import { useEditorStore } from '../../store/context';
import { useLint } from '../lint-view';
import { SeverityIcon } from '../SeverityIcon';

const GROUPS = [
  { severity: 'error', title: 'Errors' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Info' },
] as const;

/** Every open finding grouped by severity; a click selects and centres its element. */
export function ProblemsPanel() {
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

  const applyFix = (f: Finding) => {
    const state = store.getState();
    if (!f.fix) return;
    state.commit(f.fix.apply(state.design));
    state.notify('success', `Applied: ${f.fix.title}`);
  };

  if (lint.open.length === 0)
    return <div className="problems-empty"><p><strong>No problems.</strong> The design passes every enabled rule{lint.suppressed.length ? ` (${lint.suppressed.length} suppressed)` : ''}.</p></div>;

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
                <li key={`${f.ruleId}-${f.target.id}-${i}`} className="problem">
                  <button type="button" className="problem-main" onClick={() => reveal(f)} title={ruleById(f.ruleId)?.rationale}>
                    <span className="problem-message">{f.message}</span>
                    <span className="problem-meta"><span className="target-kind">{f.target.kind}</span> {f.target.name} · <code>{f.ruleId}</code></span>
                  </button>
                  {f.fix && <button type="button" className="btn btn-small btn-primary" onClick={() => applyFix(f)}>{f.fix.title}</button>}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {lint.suppressed.length > 0 && <p className="muted small pad">{lint.suppressed.length} suppressed finding(s) are hidden; see the design's lint settings.</p>}
    </div>
  );
}
