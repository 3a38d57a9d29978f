// Benchmark designs of a given node count (services + topics), built with the same generator the
// share-link size tests use: producers publish one enveloped event each to a Kafka topic, and
// consumers read two topics each with a group, an idempotency key and retries.
import { generateSystem } from '../src/core/testing/sample-designs';
import type { Design, DesignFile } from '../src/core/model/types';

/** 2 : 1 : 2 producers : topics : consumers, the shape of a typical event-driven estate. */
export function designOfNodes(nodes: number): DesignFile {
  const topics = Math.round(nodes / 5);
  const producers = Math.round((nodes - topics) / 2);
  const consumers = nodes - topics - producers;
  return generateSystem(producers, topics, consumers);
}

export function nodeCount(design: Design): number {
  return design.services.length + design.topics.length;
}

export function describe(design: Design): string {
  return `${design.services.length} services, ${design.topics.length} topics, ${design.events.length} events, ` +
    `${design.publications.length} publications, ${design.subscriptions.length} subscriptions`;
}

/**
 * The same design with every schema text made distinct from any seen before (trailing
 * whitespace, which JSON ignores), so memoized schema facts cannot be reused: a cold lint.
 */
export function withFreshSchemaTexts(design: Design, salt: number): Design {
  const pad = '\n' + ' '.repeat(salt + 1);
  return { ...design, events: design.events.map((e) => ({ ...e, schema: e.schema + pad })) };
}
