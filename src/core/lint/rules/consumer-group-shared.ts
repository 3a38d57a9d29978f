import type { Subscription } from '../../model/types';
import { quoteList, subscriptionTarget } from '../targets';
import { redelivers } from '../transport';
import type { RawFinding, Rule } from '../types';

export const consumerGroupShared: Rule = {
  id: 'consumer-group-shared',
  defaultSeverity: 'error',
  title: 'Each service has its own consumer group',
  rationale:
    'Members of one consumer group share the work: each message goes to only one of them. Two different services in the same group ' +
    'on the same topic therefore each see only part of the stream — both silently miss events. On different topics they do not lose ' +
    'messages, but they rebalance together, so deploying one stalls the other. Give every service its own group.',
  check({ design, index }) {
    const findings: RawFinding[] = [];
    const byGroup = new Map<string, Subscription[]>();
    for (const sub of design.subscriptions) {
      const group = sub.consumerGroup?.trim();
      if (!group) continue;
      // Consumer groups share the work of a broker that redelivers; a WebSocket or HTTP client has none.
      const topic = index.topics.get(sub.topicId);
      if (topic && !redelivers(topic, sub)) continue;
      const list = byGroup.get(group);
      if (list) list.push(sub);
      else byGroup.set(group, [sub]);
    }
    for (const [group, subs] of byGroup) {
      if (subs.length < 2 || subs.every((s) => s.serviceId === subs[0].serviceId)) continue;
      for (const sub of subs) {
        const others = subs.filter((o) => o.serviceId !== sub.serviceId);
        const sameTopic = others.filter((o) => o.topicId === sub.topicId);
        const names = (list: Subscription[]) => quoteList([...new Set(list.map((o) => index.services.get(o.serviceId)?.name ?? o.serviceId))].sort());
        if (sameTopic.length > 0) {
          findings.push({
            target: subscriptionTarget(sub, index),
            severity: 'error',
            message: `Consumer group "${group}" on "${index.topics.get(sub.topicId)?.name ?? sub.topicId}" is shared with ${names(sameTopic)}: each service gets only part of the stream`,
          });
        } else {
          findings.push({
            target: subscriptionTarget(sub, index),
            severity: 'warning',
            message: `Consumer group "${group}" is shared with ${names(others)} on other topics: the services rebalance together`,
          });
        }
      }
    }
    return findings;
  },
};
