import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { design, run } from '../../testing/lint-design';
import { deadLetterUnwatched as rule } from './dead-letter-unwatched';

describe('dead-letter-unwatched', () => {
  const violations: [string, Design][] = [
    ['wired DLQ with no alert and no consumer', design({ topics: [['dlq', { kind: 'dead-letter' }]], subs: [['orders', 'billing', { deadLetterTopicId: 'dlq' }]] })],
    ['SQS dead-letter queue nobody reads', design({ topics: [['q-dlq', { kind: 'dead-letter', broker: 'sqs' }]] })],
    ['shared DLQ of two consumers', design({ topics: [['shared-dlq', { kind: 'dead-letter' }]], subs: [['a', 'x', { deadLetterTopicId: 'shared-dlq' }], ['b', 'y', { deadLetterTopicId: 'shared-dlq' }]] })],
  ];
  it.each(violations)('%s', (_, d) => {
    const findings = run(rule, d);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'info', target: { kind: 'topic' } });
  });
  const clean: [string, Design][] = [
    ['depth alert', design({ topics: [['dlq', { kind: 'dead-letter', depthAlert: { threshold: 10 } }]] })],
    ['reprocessing consumer', design({ topics: [['dlq', { kind: 'dead-letter' }]], subs: [['dlq', 'replayer']] })],
    ['stream topics are not judged', design({ topics: ['orders'] })],
  ];
  it.each(clean)('%s is clean', (_, d) => expect(run(rule, d)).toEqual([]));
});
