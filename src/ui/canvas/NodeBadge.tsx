import { useFindingsFor, worstSeverity } from '../lint-view';

/** A count of open lint findings on a node or edge, coloured by the worst severity. */
export function NodeBadge({ targetId }: { targetId: string }) {
  const findings = useFindingsFor(targetId);
  const worst = worstSeverity(findings);
  if (!worst) return null;
  const label = `${findings.length} ${findings.length === 1 ? 'problem' : 'problems'}: ${findings.map((f) => f.message).join('; ')}`;
  return (
    <span className={`badge badge-${worst}`} title={label} aria-label={label} data-testid="lint-badge">
      {findings.length}
    </span>
  );
}
