// The design seen as a catalog: who sends and receives each event, on which topics, with which
// open findings. HTML, Markdown and the EventCatalog project all read this one view.
import type { Drawing } from '../layout/drawing';
import { countBySeverity } from '../lint/engine';
import type { PlainFinding as Finding, Severity } from '../lint/types';
import { handledEventIds, indexDesign, type DesignIndex } from '../model/queries';
import type { Design, EventType, Id, Service, Subscription, Topic } from '../model/types';
import type { ValidationResults } from '../validate/types';
import { exampleLabels } from './examples';

export interface CatalogOptions {
  /** Lint findings; suppressed ones are left out (the catalog lists open findings). */
  findings: readonly Finding[];
  /** The flow diagram's layout and routes (from the layout engine); without it edges are routed around the stored positions. */
  drawing?: Drawing;
  /** ajv's results (the validation worker's): each example is shown with its verdict. */
  validation?: ValidationResults;
}

export interface EventView {
  event: EventType;
  producers: Service[];
  consumers: Service[];
  /** Topics that carry it (published on, or subscribed to for it). */
  topics: Topic[];
  /** Open findings on the event itself, its topics, its publications and subscriptions. */
  findings: Finding[];
  /** Per example: its verdict as the app words it, or undefined when none is known. */
  exampleLabels: (string | undefined)[];
}

export interface ServiceView {
  service: Service;
  sends: { event: EventType; topics: Topic[] }[];
  receives: { event: EventType; topics: Topic[] }[];
  /** Dead-letter topics its subscriptions park failed messages on. */
  deadLetters: Topic[];
}

export interface TopicView {
  topic: Topic;
  events: EventType[];
  producers: Service[];
  consumers: Service[];
  /** For a dead-letter topic: the topics whose failed messages land here. */
  deadLetterFor: Topic[];
}

export interface CatalogView {
  design: Design;
  index: DesignIndex;
  events: EventView[];
  services: ServiceView[];
  topics: TopicView[];
  /** Open findings not shown under any event (design- or service-wide). */
  otherFindings: Finding[];
  findingCount: number;
  /**
   * Open findings per severity, counted once each by the Problems panel's own function (a topic's
   * finding listed under three events is still one finding).
   */
  counts: Record<Severity, number>;
}

export const byName = <T extends { name: string; id: Id }>(a: T, b: T): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

function sortedUnique<T extends { name: string; id: Id }>(items: Iterable<T>): T[] {
  const map = new Map<Id, T>();
  for (const item of items) map.set(item.id, item);
  return [...map.values()].sort(byName);
}

function pick<T>(map: Map<Id, T>, ids: Iterable<Id>): T[] {
  const out: T[] = [];
  for (const id of ids) {
    const item = map.get(id);
    if (item) out.push(item);
  }
  return out;
}

export function catalogView(design: Design, options: CatalogOptions): CatalogView {
  const index = indexDesign(design);
  const open = options.findings.filter((f) => !f.suppressed);
  const handled = new Map<Id, Id[]>(design.subscriptions.map((s) => [s.id, handledEventIds(design, s, index)]));
  const shown = new Set<Finding>();

  const events = [...design.events].sort(byName).map((event): EventView => {
    const pubs = design.publications.filter((p) => p.eventIds.includes(event.id));
    const subs = design.subscriptions.filter((s) => handled.get(s.id)!.includes(event.id));
    const topicIds = new Set([...pubs.map((p) => p.topicId), ...subs.map((s) => s.topicId)]);
    const related = new Set<Id>([event.id, ...topicIds, ...pubs.map((p) => p.id), ...subs.map((s) => s.id)]);
    const findings = open.filter((f) => related.has(f.target.id) && f.target.kind !== 'service' && f.target.kind !== 'design');
    for (const f of findings) shown.add(f);
    return {
      event,
      producers: sortedUnique(pick(index.services, pubs.map((p) => p.serviceId))),
      consumers: sortedUnique(pick(index.services, subs.map((s) => s.serviceId))),
      topics: sortedUnique(pick(index.topics, topicIds)),
      findings,
      exampleLabels: exampleLabels(event, options.validation),
    };
  });

  const grouped = (entries: { eventId: Id; topicId: Id }[]) => {
    const byEvent = new Map<Id, Set<Id>>();
    for (const { eventId, topicId } of entries) {
      if (!byEvent.has(eventId)) byEvent.set(eventId, new Set());
      byEvent.get(eventId)!.add(topicId);
    }
    return pick(index.events, byEvent.keys())
      .sort(byName)
      .map((event) => ({ event, topics: sortedUnique(pick(index.topics, byEvent.get(event.id)!)) }));
  };

  const services = [...design.services].sort(byName).map((service): ServiceView => {
    const pubs = index.publicationsByService.get(service.id) ?? [];
    const subs = index.subscriptionsByService.get(service.id) ?? [];
    return {
      service,
      sends: grouped(pubs.flatMap((p) => p.eventIds.map((eventId) => ({ eventId, topicId: p.topicId })))),
      receives: grouped(subs.flatMap((s) => handled.get(s.id)!.map((eventId) => ({ eventId, topicId: s.topicId })))),
      deadLetters: sortedUnique(pick(index.topics, subs.flatMap((s) => (s.deadLetterTopicId ? [s.deadLetterTopicId] : [])))),
    };
  });

  const topics = [...design.topics].sort(byName).map((topic): TopicView => {
    const pubs = index.publicationsByTopic.get(topic.id) ?? [];
    const subs = index.subscriptionsByTopic.get(topic.id) ?? [];
    const feeding: Subscription[] = design.subscriptions.filter((s) => s.deadLetterTopicId === topic.id);
    return {
      topic,
      events: sortedUnique(pick(index.events, pubs.flatMap((p) => p.eventIds))),
      producers: sortedUnique(pick(index.services, pubs.map((p) => p.serviceId))),
      consumers: sortedUnique(pick(index.services, subs.map((s) => s.serviceId))),
      deadLetterFor: sortedUnique(pick(index.topics, feeding.map((s) => s.topicId))),
    };
  });

  return { design, index, events, services, topics, otherFindings: open.filter((f) => !shown.has(f)), findingCount: open.length, counts: countBySeverity(open) };
}

/** The dead-letter topic a service's subscription parks failures on, per consumed topic. */
export function deadLetterOf(view: CatalogView, serviceId: Id, topicId: Id): Topic | undefined {
  const sub = view.design.subscriptions.find((s) => s.serviceId === serviceId && s.topicId === topicId && s.deadLetterTopicId);
  return sub?.deadLetterTopicId ? view.index.topics.get(sub.deadLetterTopicId) : undefined;
}
