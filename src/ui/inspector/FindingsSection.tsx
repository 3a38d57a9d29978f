import { useState } from 'react';
import { applyQuickFix, ruleById } from '../lint-view';
import type { PlainFinding as Finding } from '../../core/lint/types';
import * as c from '../../core/model/commands';
import { useEditorStore } from '../../store/context';
import { useFindingsFor } from '../lint-view';
import { SeverityIcon } from '../SeverityIcon';

/** The selected element's open findings, with each rule's rationale, its quick fix, and suppress. */
export function FindingsSection({ targetId }: { targetId: string }) {
  const findings = useFindingsFor(targetId);
  if (findings.length === 0) return null;
  return (
    <section className="findings" aria-label="Problems on this element">
      <h3>Problems <span className="count">{findings.length}</span></h3>
      <ul>
        {findings.map((f, i) => <FindingItem key={`${f.ruleId}-${i}`} finding={f} />)}
      </ul>
    </section>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  const store = useEditorStore();
  const rule = ruleById(finding.ruleId);
  const [suppressing, setSuppressing] = useState(false);
  const [reason, setReason] = useState('');
  const applyFix = () => void applyQuickFix(store, finding);
  const suppress = () => {
    const state = store.getState();
    const lint = state.design.lint ?? {};
    const suppressions = [...(lint.suppressions ?? []), { ruleId: finding.ruleId, targetId: finding.target.id, reason: reason.trim() }];
    state.commit(c.updateDesignInfo(state.design, { lint: { ...lint, suppressions } }));
    setSuppressing(false);
  };
  return (
    <li className={`finding finding-${finding.severity}`}>
      <div className="finding-head">
        <SeverityIcon severity={finding.severity} />
        <span className="finding-message">{finding.message}</span>
      </div>
      <div className="finding-rule"><code>{finding.ruleId}</code>{finding.path && <> at <code>{finding.path}</code></>}</div>
      {rule && (
        <details className="finding-why">
          <summary>Why this matters</summary>
          <p>{rule.rationale}</p>
        </details>
      )}
      <div className="finding-actions">
        {finding.fix && <button type="button" className="btn btn-primary btn-small" onClick={applyFix}>{finding.fix.title}</button>}
        {!suppressing && <button type="button" className="btn btn-ghost btn-small" onClick={() => setSuppressing(true)}>Suppress…</button>}
      </div>
      {suppressing && (
        <form className="suppress-form" onSubmit={(e) => { e.preventDefault(); if (reason.trim()) suppress(); }}>
          <label>
            Reason for suppressing
            <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} placeholder="e.g. consumer is a read-only dashboard" autoFocus />
          </label>
          <button type="submit" className="btn btn-small" disabled={!reason.trim()}>Suppress</button>
          <button type="button" className="btn btn-ghost btn-small" onClick={() => setSuppressing(false)}>Cancel</button>
        </form>
      )}
    </li>
  );
}
