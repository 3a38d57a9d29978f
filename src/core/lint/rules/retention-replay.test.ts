import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { at, design, reported, type Reported } from '../../testing/lint-design';
import { retentionReplay as rule } from './retention-replay';

const topic = (extra: object): Design => design({ topics: [['customers', extra]] });

const short = (retention: string): Reported => ({
  ruleId: 'retention-replay', severity: 'warning', target: at.topic('customers'),
  message: `"customers" is replayed but keeps events for only ${retention} and is not compacted: a rebuild misses older events`,
});

describe('retention-replay', () => {
  const violations: [string, Design, Reported[]][] = [
    ['replayed with the broker default', topic({ replayed: true }), [short('the broker default (7 days on Kafka)')]],
    ['replayed with 30 days', topic({ replayed: true, retention: { days: 30 } }), [short('30 days')]],
    ['event-sourced with 1 day', topic({ replayed: true, retention: { days: 1 }, compacted: false }), [short('1 day')]],
  ];
  it.each(violations)('%s', (_, d, expected) => expect(reported(rule, d)).toEqual(expected));

  const clean: [string, Design][] = [
    ['replayed, kept forever', topic({ replayed: true, retention: 'infinite' })],
    ['replayed, compacted', topic({ replayed: true, retention: { days: 7 }, compacted: true })],
    ['not replayed', topic({ retention: { days: 1 } })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(reported(rule, d)).toEqual([]));
});
