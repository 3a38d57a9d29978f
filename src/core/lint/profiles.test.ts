// PRODUCT.md §3's profile table, row by row, and how the engine applies it: the per-rule table
// overrides the profile; absent = Review.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreDesign } from '../model/restore';
import type { Design, LintProfile } from '../model/types';
import { lintDesign } from './engine';
import { PROFILE_RULES, profileGrade } from './profiles';
import { rules } from './registry';

// [rule, Sketch, Review, Production] — 'listed' = the rule's own grades.
const TABLE: [string, string, string, string][] = [
  ...['event-name-past-tense', 'event-not-query', 'event-name-business'].map((r) => [r, 'listed', 'listed', 'listed'] as [string, string, string, string]),
  ...['schema-invalid', 'example-invalid', 'event-cycle'].map((r) => [r, 'listed', 'listed', 'listed'] as [string, string, string, string]),
  ...['consumer-dead-letter', 'consumer-idempotency', 'consumer-group-shared'].map((r) => [r, 'off', 'listed', 'error'] as [string, string, string, string]),
  ...['event-envelope', 'partition-key', 'outbox', 'retention-replay'].map((r) => [r, 'off', 'listed', 'error'] as [string, string, string, string]),
  ...['orphan-topic', 'unconsumed-event', 'unproduced-event'].map((r) => [r, 'off', 'listed', 'warning'] as [string, string, string, string]),
  ...['dead-letter-unwatched', 'schema-closed'].map((r) => [r, 'off', 'listed', 'warning'] as [string, string, string, string]),
  ['schema-breaking-change', 'off', 'listed', 'error'],
];

const broken = restoreDesign(JSON.parse(readFileSync('examples/broken-design.json', 'utf8'))).file.design;
const withLint = (lint: Design['lint']): Design => ({ ...broken, lint });
const severities = (d: Design, profile?: LintProfile) => {
  const out: Record<string, string[]> = {};
  for (const f of lintDesign(d, profile ? { profile } : {})) (out[f.ruleId] ??= []).push(f.severity);
  return out;
};

describe('lint profiles', () => {
  it('the table names every rule of the catalog once', () => {
    expect([...PROFILE_RULES].sort()).toEqual(rules.map((r) => r.id).sort());
    expect(TABLE.map((r) => r[0]).sort()).toEqual([...PROFILE_RULES].sort());
  });

  it.each(TABLE)('%s: Sketch %s, Review %s, Production %s', (rule, sketch, review, production) => {
    const as = (g: string | undefined) => g ?? 'listed';
    expect([as(profileGrade('sketch', rule)), as(profileGrade('review', rule)), as(profileGrade('production', rule))]).toEqual([sketch, review, production]);
  });

  it('absent is Review: the broken example lints the same with no profile and with review', () => {
    const plain = (d: Design) => lintDesign(d).map((f) => [f.ruleId, f.severity, f.target.id, f.message]);
    expect(plain(withLint({ profile: 'review' }))).toEqual(plain(withLint(undefined)));
  });

  it('Sketch keeps only the naming and schema rules; Production grades up', () => {
    const review = severities(broken);
    const sketch = severities(withLint({ profile: 'sketch' }));
    const production = severities(withLint({ profile: 'production' }));
    expect(Object.keys(sketch).every((r) => TABLE.find((t) => t[0] === r)![1] === 'listed')).toBe(true);
    expect(review['consumer-dead-letter']?.length).toBeGreaterThan(0);
    expect(production['consumer-dead-letter']).toEqual(review['consumer-dead-letter']!.map(() => 'error'));
    for (const [rule, , , grade] of TABLE) {
      if (grade !== 'listed' && production[rule]) expect(new Set(production[rule])).toEqual(new Set([grade]));
      if (grade === 'listed') expect(production[rule]).toEqual(review[rule]);
    }
  });

  it('the per-rule table overrides the profile, both ways', () => {
    const d = withLint({ profile: 'sketch', rules: { 'consumer-dead-letter': 'warning', 'event-name-past-tense': 'off' } });
    const s = severities(d);
    expect(new Set(s['consumer-dead-letter'])).toEqual(new Set(['warning']));
    expect(s['event-name-past-tense']).toBeUndefined();
    expect(s['consumer-idempotency']).toBeUndefined();
  });

  it('the CLI option overrides the design\'s profile', () => {
    expect(severities(withLint({ profile: 'sketch' }), 'production')).toEqual(severities(withLint({ profile: 'production' })));
  });
});
