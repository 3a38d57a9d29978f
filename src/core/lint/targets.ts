// How findings name what they are about: `{kind, id, name}` with a name a person recognises.
import type { DesignIndex } from '../model/queries';
import type { EventType, Publication, Subscription, Topic } from '../model/types';
import type { Target } from './types';

export const topicTarget = (t: Topic): Target => ({ kind: 'topic', id: t.id, name: t.name });
export const eventTarget = (e: EventType): Target => ({ kind: 'event', id: e.id, name: e.name });

export function publicationTarget(p: Publication, index: DesignIndex): Target {
  const service = index.services.get(p.serviceId)?.name ?? p.serviceId;
  const topic = index.topics.get(p.topicId)?.name ?? p.topicId;
  return { kind: 'publication', id: p.id, name: `${service} → ${topic}` };
}

export function subscriptionTarget(s: Subscription, index: DesignIndex): Target {
  const service = index.services.get(s.serviceId)?.name ?? s.serviceId;
  const topic = index.topics.get(s.topicId)?.name ?? s.topicId;
  return { kind: 'subscription', id: s.id, name: `${topic} → ${service}` };
}

/** `"OrderPlaced"`, `"OrderPlaced" and "StockReserved"`, `"A", "B" and "C"`. */
export function quoteList(items: readonly string[]): string {
  const quoted = items.map((i) => `"${i}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
