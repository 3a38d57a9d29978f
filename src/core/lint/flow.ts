// Which events flow where: shared by the graph rules, computed from the design index.
import type { DesignIndex } from '../model/queries';
import type { Id, Subscription, Topic } from '../model/types';

/** Events publications put on a topic. */
function publishedOn(index: DesignIndex, topicId: Id): Set<Id> {
  const ids = new Set<Id>();
  for (const p of index.publicationsByTopic.get(topicId) ?? []) for (const e of p.eventIds) ids.add(e);
  return ids;
}

/** Events a subscription handles: its own list, or every event published on its topic. */
export function handled(index: DesignIndex, sub: Subscription): Id[] {
  return sub.eventIds ?? [...publishedOn(index, sub.topicId)];
}

/** Subscriptions that send their failures to each dead-letter topic. */
export function deadLetterSources(subscriptions: readonly Subscription[]): Map<Id, Subscription[]> {
  const map = new Map<Id, Subscription[]>();
  for (const s of subscriptions) {
    if (!s.deadLetterTopicId) continue;
    const list = map.get(s.deadLetterTopicId);
    if (list) list.push(s);
    else map.set(s.deadLetterTopicId, [s]);
  }
  return map;
}

/** Events a topic carries: what is published on it, plus what failing consumers dead-letter into it. */
export function carriedBy(index: DesignIndex, topic: Topic, sources: Map<Id, Subscription[]>): Set<Id> {
  const ids = publishedOn(index, topic.id);
  for (const s of sources.get(topic.id) ?? []) for (const e of handled(index, s)) ids.add(e);
  return ids;
}
