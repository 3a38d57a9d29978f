// Bounded contexts: services with the same `domain` are drawn inside one labelled group, with the
// topics only that domain publishes to and the dead-letter topics only its consumers use.
import type { Id } from '../model/types';
import type { Box } from './drawing';
import type { FlowGraph } from './flow-graph';
import { textWidth } from './text-metrics';

export interface Membership { groups: Map<string, Id[]>; groupOf: Map<Id, string> }

export const GROUP_PADDING = { top: 34, side: 16, bottom: 16 } as const;

/** A group's name, in its top padding: where the canvas (CSS) and the SVG picture draw it. */
export const GROUP_LABEL = { left: 14, top: 8, height: 17, font: { size: 12, bold: true } } as const;

/** Where a group's name is drawn, in the coordinates of its box. */
export function groupLabelBox(label: string, box: Box): Box {
  return { x: box.x + GROUP_LABEL.left, y: box.y + GROUP_LABEL.top, width: textWidth(label, GROUP_LABEL.font), height: GROUP_LABEL.height };
}

export function domainGroups(graph: FlowGraph): Membership {
  const groupOf = new Map<Id, string>();
  for (const n of graph.nodes) if (n.kind === 'service' && n.domain) groupOf.set(n.id, n.domain);
  // A topic joins the group of its writers when they all belong to one domain.
  const writers = new Map<Id, Set<string | undefined>>();
  for (const e of graph.edges) {
    if (e.kind === 'subscription') continue;
    const set = writers.get(e.target) ?? new Set();
    set.add(groupOf.get(e.source));
    writers.set(e.target, set);
  }
  for (const n of graph.nodes) {
    if (n.kind === 'service') continue;
    const w = writers.get(n.id);
    if (w && w.size === 1) {
      const [only] = w;
      if (only) groupOf.set(n.id, only);
    }
  }
  const groups = new Map<string, Id[]>();
  for (const n of graph.nodes) {
    const g = groupOf.get(n.id);
    if (!g) continue;
    const list = groups.get(g) ?? [];
    list.push(n.id);
    groups.set(g, list);
  }
  return { groups, groupOf };
}
