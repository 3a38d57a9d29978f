import type { DesignIndex } from '../../model/queries';
import type { Id, Publication } from '../../model/types';
import { publicationTarget } from '../targets';
import type { RawFinding, Rule } from '../types';

// Graph of reactions: publication A → publication B when B is triggered by a subscription that
// handles an event A publishes. A cycle there is an event loop; a saga's chain ends.

interface Edge { to: Id; events: Id[] }

function reactions(pubs: readonly Publication[], index: DesignIndex): Map<Id, Edge[]> {
  const edges = new Map<Id, Edge[]>();
  for (const b of pubs) {
    if (index.topics.get(b.topicId)?.kind !== 'stream') continue;
    for (const subId of b.triggeredBy ?? []) {
      const sub = index.subscriptions.get(subId);
      if (!sub || index.topics.get(sub.topicId)?.kind !== 'stream') continue;
      const wanted = sub.eventIds ? new Set(sub.eventIds) : undefined;
      for (const a of index.publicationsByTopic.get(sub.topicId) ?? []) {
        const events = wanted ? a.eventIds.filter((e) => wanted.has(e)) : a.eventIds;
        if (events.length === 0) continue;
        const list = edges.get(a.id) ?? [];
        list.push({ to: b.id, events });
        edges.set(a.id, list);
      }
    }
  }
  for (const list of edges.values()) list.sort((x, y) => (x.to < y.to ? -1 : x.to > y.to ? 1 : 0));
  return edges;
}

/** Strongly connected components (Tarjan, iterative so long chains cannot overflow the stack). */
function components(nodes: Id[], edges: Map<Id, Edge[]>): Id[][] {
  const order = new Map<Id, number>();
  const low = new Map<Id, number>();
  const onStack = new Set<Id>();
  const stack: Id[] = [];
  const result: Id[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (order.has(root)) continue;
    const work: { node: Id; next: number }[] = [{ node: root, next: 0 }];
    order.set(root, counter); low.set(root, counter++); stack.push(root); onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1];
      const out = edges.get(frame.node) ?? [];
      if (frame.next < out.length) {
        const to = out[frame.next++].to;
        if (!order.has(to)) {
          order.set(to, counter); low.set(to, counter++); stack.push(to); onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, order.get(to)!));
        continue;
      }
      work.pop();
      if (work.length) { const parent = work[work.length - 1].node; low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!)); }
      if (low.get(frame.node) === order.get(frame.node)) {
        const scc: Id[] = [];
        let n: Id;
        do { n = stack.pop()!; onStack.delete(n); scc.push(n); } while (n !== frame.node);
        result.push(scc);
      }
    }
  }
  return result;
}

/** The shortest cycle through `start` inside its component, as edges in order. */
function cycleThrough(start: Id, members: Set<Id>, edges: Map<Id, Edge[]>): { from: Id; edge: Edge }[] {
  const parent = new Map<Id, { from: Id; edge: Edge }>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    for (const edge of edges.get(node) ?? []) {
      if (!members.has(edge.to)) continue;
      if (edge.to === start) {
        const path = [{ from: node, edge }];
        for (let n = node; n !== start; n = parent.get(n)!.from) path.unshift(parent.get(n)!);
        return path;
      }
      if (!parent.has(edge.to)) { parent.set(edge.to, { from: node, edge }); queue.push(edge.to); }
    }
  }
  return [];
}

export const eventCycle: Rule = {
  id: 'event-cycle',
  defaultSeverity: 'warning',
  title: 'Reactions do not loop forever',
  rationale:
    'In a choreography each service reacts to facts with facts of its own. When those reactions lead back to where they started — ' +
    'A publishes X, B reacts with Y, A reacts to Y with X again — nothing stops the loop: it floods the topics and repeats side effects. ' +
    'A saga must end: make one step a final state, or break the loop with a condition that is part of the design.',
  check({ design, index }) {
    const edges = reactions(design.publications, index);
    const nodes = [...edges.keys()].sort();
    const pubName = (id: Id) => {
      const p = index.publications.get(id)!;
      return index.services.get(p.serviceId)?.name ?? p.serviceId;
    };
    const evNames = (ids: Id[]) => ids.map((e) => index.events.get(e)?.name ?? e).join('/');
    const findings: RawFinding[] = [];
    for (const scc of components(nodes, edges)) {
      const start = scc.reduce((a, b) => (a < b ? a : b));
      if (scc.length === 1 && !(edges.get(start) ?? []).some((e) => e.to === start)) continue;
      const path = cycleThrough(start, new Set(scc), edges);
      if (path.length === 0) continue;
      const steps = [`${pubName(start)} publishes ${evNames(path[0].edge.events)}`];
      for (let i = 1; i < path.length; i++) steps.push(`${pubName(path[i].from)} reacts with ${evNames(path[i].edge.events)}`);
      steps.push(`${pubName(start)} reacts with ${evNames(path[0].edge.events)} again`);
      const more = scc.length > path.length ? ` (${scc.length} publications are caught in this loop)` : '';
      findings.push({
        target: publicationTarget(index.publications.get(start)!, index),
        message: `Event loop: ${steps.join(' → ')} …${more}`,
      });
    }
    return findings;
  },
};
