import { useState } from 'react';
import type { CompatMode } from '../../core/compat';
import { COMPAT_DIRECTIONS as DIRECTIONS, type CheckedMode } from '../../core/compat/versions-report';
import type { SchemaVersion } from '../../core/model/types';
import { Prose } from './Prose';
import type { VersionsCheck } from './use-versions-report';

/** What each mode promises, in the words of who keeps working. */
function promise(mode: CheckedMode, last: string): string {
  switch (mode) {
    case 'BACKWARD': return `Consumers on the new schema read events written with ${last}`;
    case 'BACKWARD_TRANSITIVE': return 'Consumers on the new schema read events written with every earlier version';
    case 'FORWARD': return `Consumers still on ${last} read events written with the new schema`;
    case 'FORWARD_TRANSITIVE': return 'Consumers on any earlier version read events written with the new schema';
    case 'FULL': return `Both ways with ${last}: upgrade producers and consumers in any order`;
    case 'FULL_TRANSITIVE': return 'Both ways with every earlier version';
  }
}

const summary = (n: number) => (n ? `${n} breaking change${n > 1 ? 's' : ''}` : 'compatible');

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The live verdict of every compatibility mode for the schema being edited against the frozen
 * versions, under the event's policy: a 3×2 matrix (direction × latest/transitive), and the issues
 * of one mode below it — the enforced one unless another cell is picked. The checks run in the
 * lint worker (useVersionsReport): until they answer it says so; an overrun is never a pass.
 */
export function CompatVerdicts({ history, mode, check }: { history: readonly SchemaVersion[]; mode: CompatMode; check: VersionsCheck }) {
  const [picked, setPicked] = useState<CheckedMode | null>(null);
  const { report, checking } = check;
  if (history.length === 0)
    return <p className="muted small versions-empty">No earlier version yet: “New version…” freezes this one, and what you then change is checked against it here.</p>;
  if (!report) return <p className="muted small verdict-checking" role="status" aria-busy="true">Checking compatibility…</p>;
  const busy = checking ? <p className="muted small verdict-checking" role="status" aria-busy="true">Checking…</p> : null;
  if (report.state === 'unusable')
    return <>{busy}<p className="alert alert-warning small" role="status">Cannot check compatibility until the schema parses: {report.error}</p></>;
  if (report.state === 'too-complex')
    return <>{busy}<p className="alert alert-error small" role="alert" data-testid="verdict-too-complex">{sentence(report.error)}. No verdict: this change is not known to be compatible.</p></>;
  if (report.state === 'failed')
    return <>{busy}<p className="alert alert-error small" role="alert">Compatibility could not be checked: {report.error}.</p></>;
  const results = report.results;
  const last = history[history.length - 1].version;
  const shown: CheckedMode = picked ?? (mode === 'NONE' ? 'BACKWARD' : mode);
  const issues = results[shown]?.issues ?? [];

  const cell = (m: CheckedMode) => {
    const n = results[m]?.issues.length ?? 0;
    return (
      <td key={m}>
        <button type="button" data-testid={`verdict-${m}`} aria-pressed={m === shown} aria-label={`${m}: ${summary(n)}${m === mode ? ' (enforced)' : ''}`}
          className={`verdict-cell ${n ? 'is-bad' : 'is-good'}${m === mode ? ' is-enforced' : ''}${m === shown ? ' is-shown' : ''}`} onClick={() => setPicked(m)}>
          <span className="verdict-icon" aria-hidden="true">{n ? '✕' : '✓'}</span>
          <span>{summary(n)}</span>
        </button>
      </td>
    );
  };

  return (
    <div className="verdicts" aria-busy={checking}>
      {busy}
      <table className="verdict-matrix" aria-label="Verdict for each compatibility mode">
        <thead>
          <tr>
            <td />
            {DIRECTIONS.map((d) => <th key={d} scope="col">{d}</th>)}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">against {last}</th>
            {DIRECTIONS.map((d) => cell(d))}
          </tr>
          <tr>
            <th scope="row">transitive</th>
            {DIRECTIONS.map((d) => cell(`${d}_TRANSITIVE`))}
          </tr>
        </tbody>
      </table>
      <div className="verdict-detail" data-testid="verdict-detail">
        <p className="verdict-promise small">
          <span className="verdict-mode">{shown}</span>
          {shown === mode ? <span className="pill pill-accent">enforced</span> : <span className="pill">not enforced</span>}
          <span className="muted">{promise(shown, last)}.</span>
        </p>
        {issues.length === 0 ? (
          <p className="verdict-clear small">No breaking changes.</p>
        ) : (
          <ul className="compat-issues" aria-label={`${shown} breaking changes`}>
            {issues.map((issue, i) => (
              <li key={i}>
                <div><Prose text={issue.message} /></div>
                <div className="compat-advice"><Prose text={issue.advice} /></div>
                <div className="compat-where small muted">
                  <code>{issue.path}</code> · {issue.direction === 'backward' ? 'new schema reads old events' : 'old schema reads new events'}
                  {issue.against ? ` · against ${issue.against}` : ''}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
