// Runs every rule over a design: pure, synchronous and deterministic, so the canvas can lint on
// every edit and the CLI prints the same findings in the same order.
import { indexDesign } from '../model/queries';
import type { Design, Id, LintProfile } from '../model/types';
import { profileGrade, profileOf } from './profiles';
import type { ValidationResults } from '../validate/types';
import { rules as registry } from './registry';
import { SEVERITY_ORDER, type Finding, type PlainFinding, type Rule, type Severity } from './types';

export interface LintOptions {
  validation?: ValidationResults;
  /** Overrides the design's own profile (the CLI's --profile). */
  profile?: LintProfile;
  /** Defaults to the registry; tests pass a single rule. */
  rules?: readonly Rule[];
}

export function lintDesign(design: Design, options: LintOptions = {}): Finding[] {
  const ruleList = options.rules ?? registry;
  const settings = design.lint?.rules ?? {};
  const profile = options.profile ?? profileOf(design);
  const suppressions = new Map<string, string>();
  for (const s of design.lint?.suppressions ?? []) suppressions.set(suppressionKey(s.ruleId, s.targetId), s.reason);
  const ctx = { design, index: indexDesign(design), validation: options.validation };
  const findings: Finding[] = [];
  for (const rule of ruleList) {
    // The per-rule table is fine tuning over the profile: where it names a rule, it wins.
    const setting = Object.hasOwn(settings, rule.id) ? settings[rule.id] : profileGrade(profile, rule.id);
    if (setting === 'off') continue;
    const regrade: Severity | undefined = setting === 'info' || setting === 'warning' || setting === 'error' ? setting : undefined;
    let raw;
    try {
      raw = rule.check(ctx);
    } catch (e) {
      // One broken rule must not take the Problems panel down with it, nor pass as clean.
      raw = [{ message: `This rule could not run: ${(e as Error)?.message ?? String(e)}`, target: { kind: 'design' as const, id: design.id, name: design.name }, severity: 'error' as const }];
    }
    for (const r of raw) {
      const finding: Finding = { ruleId: rule.id, severity: regrade ?? r.severity ?? rule.defaultSeverity, message: r.message, target: r.target };
      if (r.path !== undefined) finding.path = r.path;
      if (r.spot) finding.spot = r.spot;
      if (r.fix) finding.fix = r.fix;
      const reason = suppressions.get(suppressionKey(rule.id, r.target.id));
      if (reason !== undefined) finding.suppressed = { reason };
      findings.push(finding);
    }
  }
  return findings.sort(compareFindings);
}

function suppressionKey(ruleId: string, targetId: Id): string {
  return `${ruleId}\u0000${targetId}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By severity, rule id, target kind, target id, message, path: code-point order, locale-free. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.target.kind, b.target.kind) ||
    cmp(a.target.id, b.target.id) ||
    cmp(a.message, b.message) ||
    cmp(a.path ?? '', b.path ?? '')
  );
}

export function openFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !f.suppressed);
}

/** Open findings per target id, for badges on nodes and edges. */
export function findingsByTarget(findings: readonly Finding[]): Map<Id, Finding[]> {
  const map = new Map<Id, Finding[]>();
  for (const f of findings) {
    if (f.suppressed) continue;
    const list = map.get(f.target.id);
    if (list) list.push(f);
    else map.set(f.target.id, [f]);
  }
  return map;
}

/** Counts of open findings. */
export function countBySeverity(findings: readonly PlainFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (!f.suppressed) counts[f.severity]++;
  return counts;
}
