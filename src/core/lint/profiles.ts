// The lint profiles of PRODUCT.md §3: Sketch for the first hour of a workshop, Review (default)
// as the catalog lists, Production before go-live. A profile re-grades whole rules; the design's
// per-rule table (lint.rules) overrides it, rule by rule.
import type { Design, LintProfile, RuleGrade } from '../model/types';

/** 'listed' = the rule's own grades (including rules with two, e.g. error / warning). */
type ProfileGrade = RuleGrade | 'listed';

const GROUPS: { rules: string[]; sketch: ProfileGrade; production: ProfileGrade }[] = [
  { rules: ['event-name-past-tense', 'event-not-query', 'event-name-business'], sketch: 'listed', production: 'listed' },
  { rules: ['schema-invalid', 'example-invalid', 'event-cycle'], sketch: 'listed', production: 'listed' },
  { rules: ['consumer-dead-letter', 'consumer-idempotency', 'consumer-group-shared'], sketch: 'off', production: 'error' },
  { rules: ['event-envelope', 'partition-key', 'outbox', 'retention-replay'], sketch: 'off', production: 'error' },
  { rules: ['orphan-topic', 'unconsumed-event', 'unproduced-event'], sketch: 'off', production: 'warning' },
  { rules: ['dead-letter-unwatched', 'schema-closed'], sketch: 'off', production: 'warning' },
  { rules: ['schema-breaking-change'], sketch: 'off', production: 'error' },
];

export const PROFILE_LABELS: Readonly<Record<LintProfile, string>> = { sketch: 'Sketch', review: 'Review', production: 'Production' };

/** The design's profile (absent = review). */
export function profileOf(design: Pick<Design, 'lint'>): LintProfile {
  return design.lint?.profile ?? 'review';
}

/** What a profile makes of a rule: a grade, or undefined for the rule's own (listed) grades. */
export function profileGrade(profile: LintProfile, ruleId: string): RuleGrade | undefined {
  if (profile === 'review') return undefined;
  const group = GROUPS.find((g) => g.rules.includes(ruleId));
  const grade = group?.[profile];
  return grade === undefined || grade === 'listed' ? undefined : grade;
}

/** Every rule a profile names: for the table test and the UI's explanation. */
export const PROFILE_RULES: readonly string[] = GROUPS.flatMap((g) => g.rules);
