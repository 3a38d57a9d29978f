import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { design, run } from '../../testing/lint-design';
import { retentionReplay as rule } from './retention-replay';

const topic = (extra: object): Design => design({ topics: [['customers', extra]] });

describe('retention-replay', () => {
  const violations: [string, Design, string][] = [
    ['replayed with the broker default', topic({ replayed: true }), 'the broker default (7 days on Kafka)'],
    ['replayed with 30 days', topic({ replayed: true, retention: { days: 30 } }), '30 days'],
    ['event-sourced with 1 day', topic({ replayed: true, retention: { days: 1 }, compacted: false }), '1 day and'],
  ];
  it.each(violations)('%s', (_, d, fragment) => {
    const [f] = run(rule, d);
    expect(f).toMatchObject({ severity: 'warning', target: { kind: 'topic', id: 'customers' } });
    expect(f.message).toContain(fragment);
  });
  const clean: [string, Design][] = [
    ['replayed, kept forever', topic({ replayed: true, retention: 'infinite' })],
    ['replayed, compacted', topic({ replayed: true, retention: { days: 7 }, compacted: true })],
    ['not replayed', topic({ retention: { days: 1 } })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(run(rule, d)).toEqual([]));
});
