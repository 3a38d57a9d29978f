import * as c from '../../core/model/commands';
import type { Design, LintSettings as Settings, RuleGrade } from '../../core/model/types';
import { lintRules } from '../lint-view';
import { useEdit } from './use-edit';

const GRADES: { value: RuleGrade | ''; label: string }[] = [
  { value: '', label: 'default' },
  { value: 'error', label: 'error' },
  { value: 'warning', label: 'warning' },
  { value: 'info', label: 'info' },
  { value: 'off', label: 'off' },
];

/** The rules table and the suppressions of an opened "Lint rules" section (LintSettings.tsx). */
export function LintRulesTable({ design }: { design: Design }) {
  const edit = useEdit();
  const settings = design.lint ?? {};
  const suppressions = settings.suppressions ?? [];

  const write = (next: Settings, key: string) => {
    const empty = !Object.keys(next.rules ?? {}).length && !Object.keys(next.reasons ?? {}).length && !(next.suppressions ?? []).length;
    edit((d) => c.updateDesignInfo(d, { lint: empty ? undefined : next }), key);
  };
  const setGrade = (ruleId: string, grade: RuleGrade | '') => {
    const rules = { ...(settings.rules ?? {}) };
    const reasons = { ...(settings.reasons ?? {}) };
    if (grade) rules[ruleId] = grade;
    else {
      delete rules[ruleId];
      delete reasons[ruleId];
    }
    write({ ...settings, rules: Object.keys(rules).length ? rules : undefined, reasons: Object.keys(reasons).length ? reasons : undefined }, `lint.${ruleId}.grade`);
  };
  const setReason = (ruleId: string, reason: string) => {
    const reasons = { ...(settings.reasons ?? {}) };
    if (reason.trim()) reasons[ruleId] = reason;
    else delete reasons[ruleId];
    write({ ...settings, reasons: Object.keys(reasons).length ? reasons : undefined }, `lint.${ruleId}.reason`);
  };
  const lift = (index: number) => {
    const next = suppressions.filter((_, i) => i !== index);
    write({ ...settings, suppressions: next.length ? next : undefined }, 'lint.suppressions');
  };

  return (
    <>
    <table className="rules-table">
      <thead><tr><th scope="col">Rule</th><th scope="col">Severity</th></tr></thead>
      <tbody>
        {lintRules().filter((rule) => !rule.engine).map((rule) => {
          const grade = settings.rules?.[rule.id] ?? '';
          return (
            <tr key={rule.id}>
              <td>
                <div className="rule-title" title={rule.rationale}>{rule.title}</div>
                <code className="small">{rule.id}</code>
                {grade && (
                  <input type="text" className="rule-reason" aria-label={`Reason for changing ${rule.id}`} placeholder="Why? (shown to the team)"
                    defaultValue={settings.reasons?.[rule.id] ?? ''} onBlur={(e) => setReason(rule.id, e.target.value)} />
                )}
              </td>
              <td>
                <select aria-label={`Severity of ${rule.id}`} value={grade} onChange={(e) => setGrade(rule.id, e.target.value as RuleGrade | '')}>
                  {GRADES.map((g) => <option key={g.value} value={g.value}>{g.value ? g.label : `default (${rule.defaultSeverity})`}</option>)}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
    {suppressions.length > 0 && (
      <div className="suppressions">
        <h4>Suppressed findings</h4>
        <ul>
          {suppressions.map((s, i) => (
            <li key={`${s.ruleId}-${s.targetId}-${i}`}>
              <code>{s.ruleId}</code> on <strong>{s.targetId}</strong>: {s.reason}
              <button type="button" className="btn btn-ghost btn-small" onClick={() => lift(i)} aria-label={`Lift suppression of ${s.ruleId} on ${s.targetId}`}>Lift</button>
            </li>
          ))}
        </ul>
      </div>
    )}
    </>
  );
}
