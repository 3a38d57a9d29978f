import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { at, design, reported, type Reported } from '../../testing/lint-design';
import { orphanTopic as rule } from './orphan-topic';

const orphan = (topic: string): Reported => ({
  ruleId: 'orphan-topic', severity: 'warning', target: at.topic(topic), message: `Topic "${topic}" has no publishers and no consumers`,
});

describe('orphan-topic', () => {
  const violations: [string, Design, Reported[]][] = [
    ['freshly dropped topic', design({ topics: ['new-topic'] }), [orphan('new-topic')]],
    ['leftover after a refactor', design({ topics: ['legacy-orders'], pubs: [['orders', 'orders-v2', ['OrderPlaced']]], subs: [['orders-v2', 'billing']] }), [orphan('legacy-orders')]],
    ['orphan next to a dead-letter topic', design({ topics: ['unused', ['dlq', { kind: 'dead-letter' }]] }), [orphan('unused')]],
    ['two orphans, in id order', design({ topics: ['zeta', 'alpha'] }), [orphan('alpha'), orphan('zeta')]],
  ];
  it.each(violations)('%s', (_, d, expected) => expect(reported(rule, d)).toEqual(expected));

  const clean: [string, Design][] = [
    ['published only', design({ pubs: [['orders', 't', ['OrderPlaced']]] })],
    ['consumed only', design({ subs: [['t', 'billing']] })],
    ['dead-letter topics are sinks', design({ topics: [['dlq', { kind: 'dead-letter' }]] })],
    ['stream topic used as a dead-letter target', design({ topics: ['errors'], subs: [['t', 'billing', { deadLetterTopicId: 'errors' }]] })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(reported(rule, d)).toEqual([]));
});
