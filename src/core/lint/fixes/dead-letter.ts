// Quick fix of consumer-dead-letter: a dead-letter topic for one subscription, wired and placed.
import { nodeSize } from '../../layout/node-size';
import { GAP, freeSpot, occupiedRects } from '../../layout/placement';
import { slugify, uniqueId } from '../../model/ids';
import { allIds } from '../../model/queries';
import type { Design, Id, Topic } from '../../model/types';

/** `<service>.<topic>.dlq`, as the order saga example names its dead-letter topics. */
function deadLetterName(serviceName: string, topicName: string): string {
  return `${slugify(serviceName, 'service')}.${slugify(topicName, 'topic')}.dlq`;
}

export function createDeadLetterTopic(design: Design, subscriptionId: Id): Design {
  const sub = design.subscriptions.find((s) => s.id === subscriptionId);
  if (!sub) return design;
  const service = design.services.find((s) => s.id === sub.serviceId);
  const source = design.topics.find((t) => t.id === sub.topicId);
  if (!service || !source) return design;
  const name = deadLetterName(service.name, source.name);
  const wire = (topicId: Id): Design => ({
    ...design,
    subscriptions: design.subscriptions.map((s) => (s.id === sub.id ? { ...s, deadLetterTopicId: topicId } : s)),
  });
  // A dead-letter topic of that name already exists (e.g. removed from this subscription by mistake): reuse it.
  const existing = design.topics.find((t) => t.kind === 'dead-letter' && t.name === name);
  if (existing) return wire(existing.id);
  const taken = new Set(design.topics.map((t) => t.name.toLowerCase()));
  let unique = name;
  for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${name}-${n}`;
  const id = uniqueId(slugify(`${service.id}-${source.id}-dlq`), allIds(design));
  const topic: Topic = {
    id,
    name: unique,
    broker: source.broker,
    kind: 'dead-letter',
    description: `Messages ${service.name} could not process from ${source.name}.`,
  };
  // It carries the same events, so the same key keeps their order per entity.
  if (source.partitionKey) topic.partitionKey = source.partitionKey;
  if (source.keyedByMessageKey) topic.keyedByMessageKey = true;
  // Watched from the start: every message that lands here is a failure someone should look at,
  // and a fix must not leave a new finding (dead-letter-unwatched) behind it.
  topic.depthAlert = { threshold: 1 };
  const wired = wire(id);
  // Next to its consumer: right of it and a little below (where a failure "falls"), in free space.
  const at = design.layout.nodes[service.id];
  const nodes = at
    ? { ...design.layout.nodes, [id]: freeSpot(occupiedRects(design), nodeSize('dead-letter', unique), { x: at.x + nodeSize('service', service.name).width + GAP * 2, y: at.y + GAP * 3 }) }
    : design.layout.nodes;
  return { ...wired, topics: [...design.topics, topic], layout: { ...design.layout, nodes } };
}
