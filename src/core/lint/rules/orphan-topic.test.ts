import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { design, run } from '../../testing/lint-design';
import { orphanTopic as rule } from './orphan-topic';

describe('orphan-topic', () => {
  const violations: [string, Design][] = [
    ['freshly dropped topic', design({ topics: ['new-topic'] })],
    ['leftover after a refactor', design({ topics: ['legacy-orders'], pubs: [['orders', 'orders-v2', ['OrderPlaced']]], subs: [['orders-v2', 'billing']] })],
    ['orphan next to a dead-letter topic', design({ topics: ['unused', ['dlq', { kind: 'dead-letter' }]] })],
  ];
  it.each(violations)('%s', (_, d) => {
    const findings = run(rule, d);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', target: { kind: 'topic' } });
  });
  const clean: [string, Design][] = [
    ['published only', design({ pubs: [['orders', 't', ['OrderPlaced']]] })],
    ['consumed only', design({ subs: [['t', 'billing']] })],
    ['dead-letter topics are sinks', design({ topics: [['dlq', { kind: 'dead-letter' }]] })],
    ['stream topic used as a dead-letter target', design({ topics: ['errors'], subs: [['t', 'billing', { deadLetterTopicId: 'errors' }]] })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(run(rule, d)).toEqual([]));
});
