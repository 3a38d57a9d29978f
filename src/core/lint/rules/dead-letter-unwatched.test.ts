import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { at, design, reported, type Reported } from '../../testing/lint-design';
import { deadLetterUnwatched as rule } from './dead-letter-unwatched';

const unwatched = (topic: string): Reported => ({
  ruleId: 'dead-letter-unwatched', severity: 'info', target: at.topic(topic),
  message: `Dead-letter topic "${topic}" has neither a depth alert nor a reprocessing consumer: failed messages pile up unnoticed`,
});

describe('dead-letter-unwatched', () => {
  const violations: [string, Design, Reported[]][] = [
    ['wired DLQ with no alert and no consumer', design({ topics: [['dlq', { kind: 'dead-letter' }]], subs: [['orders', 'billing', { deadLetterTopicId: 'dlq' }]] }), [unwatched('dlq')]],
    ['SQS dead-letter queue nobody reads', design({ topics: [['q-dlq', { kind: 'dead-letter', broker: 'sqs' }]] }), [unwatched('q-dlq')]],
    ['shared DLQ of two consumers', design({ topics: [['shared-dlq', { kind: 'dead-letter' }]], subs: [['a', 'x', { deadLetterTopicId: 'shared-dlq' }], ['b', 'y', { deadLetterTopicId: 'shared-dlq' }]] }), [unwatched('shared-dlq')]],
    ['one of two watched', design({ topics: [['a-dlq', { kind: 'dead-letter', depthAlert: { threshold: 1 } }], ['b-dlq', { kind: 'dead-letter' }]] }), [unwatched('b-dlq')]],
  ];
  it.each(violations)('%s', (_, d, expected) => expect(reported(rule, d)).toEqual(expected));

  const clean: [string, Design][] = [
    ['depth alert', design({ topics: [['dlq', { kind: 'dead-letter', depthAlert: { threshold: 10 } }]] })],
    ['reprocessing consumer', design({ topics: [['dlq', { kind: 'dead-letter' }]], subs: [['dlq', 'replayer']] })],
    ['stream topics are not judged', design({ topics: ['orders'] })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(reported(rule, d)).toEqual([]));
});
