// The layered layout of a flow graph with ELK (elkjs): flow in one direction, ports on the sides
// the flow enters and leaves, orthogonal routes, edge labels placed by the engine (as dummy nodes
// between ranks, so they never overlap a node or each other), bounded contexts as nested groups.
// The same function runs in the browser's layout worker and in Node (CLI, catalog, tests).
import type { ELK, ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import type { Id, Position } from '../model/types';
import type { Box, Direction, Drawing, GroupBox, Route } from './drawing';
import type { FlowGraph } from './flow-graph';
import { domainGroups, GROUP_PADDING } from './groups';
import { readingOrder } from './reading-order';

export type { ELK } from 'elkjs/lib/elk-api';

/** A fresh ELK running in the calling thread (in the browser that thread is the layout worker). */
export async function createElk(): Promise<ELK> {
  const { default: ElkConstructor } = await import('elkjs/lib/elk.bundled.js');
  return new ElkConstructor();
}

export interface LayoutRequest {
  direction: Direction;
  /** Current positions: their reading order is kept where it costs no crossings. */
  positions?: Record<Id, Position>;
}

const GROUP_PREFIX = 'group:';
// One port per edge end, on the side the flow leaves or enters by: ELK orders the ports along the
// side to save crossings, and the canvas draws each edge from its own port.
const PORT_OUT = '#out';
const PORT_IN = '#in';

function rootOptions(direction: Direction, thorough: boolean): LayoutOptions {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': direction,
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
    'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
    'elk.layered.crossingMinimization.greedySwitch.type': thorough ? 'TWO_SIDED' : 'ONE_SIDED',
    'elk.layered.thoroughness': thorough ? '30' : '7',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
    'elk.layered.spacing.nodeNodeBetweenLayers': '56',
    'elk.layered.spacing.edgeNodeBetweenLayers': '22',
    'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
    'elk.spacing.nodeNode': '36',
    'elk.spacing.edgeNode': '22',
    'elk.spacing.edgeEdge': '12',
    'elk.spacing.edgeLabel': '6',
    'elk.spacing.labelNode': '8',
    'elk.spacing.componentComponent': '60',
    'elk.edgeLabels.placement': 'CENTER',
    'elk.layered.edgeLabels.centerLabelPlacementStrategy': 'SPACE_EFFICIENT_LAYER',
    'elk.padding': '[top=24,left=24,bottom=24,right=24]',
  };
}

/** Sides the flow leaves and enters a node by. */
function sides(direction: Direction): { out: string; in: string } {
  return direction === 'RIGHT' ? { out: 'EAST', in: 'WEST' } : { out: 'SOUTH', in: 'NORTH' };
}

export function toElkGraph(graph: FlowGraph, request: LayoutRequest, thorough = graph.nodes.length <= 120): ElkNode {
  const { direction } = request;
  const order = readingOrder(graph, request.positions);
  const rank = new Map(order.map((id, i) => [id, i]));
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const { groups, groupOf } = domainGroups(graph);
  const side = sides(direction);
  const portsOf = new Map<Id, NonNullable<ElkNode['ports']>>(graph.nodes.map((n) => [n.id, []]));
  for (const e of graph.edges) {
    portsOf.get(e.source)?.push({ id: e.id + PORT_OUT, width: 0, height: 0, layoutOptions: { 'elk.port.side': side.out } });
    portsOf.get(e.target)?.push({ id: e.id + PORT_IN, width: 0, height: 0, layoutOptions: { 'elk.port.side': side.in } });
  }
  const elkNode = (id: Id): ElkNode => {
    const n = byId.get(id)!;
    return { id, width: n.width, height: n.height, ports: portsOf.get(id), layoutOptions: { 'elk.portConstraints': 'FIXED_SIDE' } };
  };
  const sortedIds = [...graph.nodes.map((n) => n.id)].sort((a, b) => rank.get(a)! - rank.get(b)!);
  const children: ElkNode[] = [];
  const placedGroups = new Set<string>();
  for (const id of sortedIds) {
    const g = groupOf.get(id);
    if (!g) {
      children.push(elkNode(id));
      continue;
    }
    if (placedGroups.has(g)) continue;
    placedGroups.add(g);
    const members = groups.get(g)!.slice().sort((a, b) => rank.get(a)! - rank.get(b)!);
    children.push({
      id: GROUP_PREFIX + g,
      labels: [{ text: g, width: 8, height: 16 }],
      children: members.map(elkNode),
      layoutOptions: {
        'elk.padding': `[top=${GROUP_PADDING.top},left=${GROUP_PADDING.side},bottom=${GROUP_PADDING.bottom},right=${GROUP_PADDING.side}]`,
        'elk.nodeLabels.placement': 'INSIDE V_TOP H_LEFT',
      },
    });
  }
  const edges: ElkExtendedEdge[] = graph.edges
    .slice()
    .sort((a, b) => rank.get(a.source)! - rank.get(b.source)! || rank.get(a.target)! - rank.get(b.target)!)
    .map((e) => ({
      id: e.id,
      sources: [e.id + PORT_OUT],
      targets: [e.id + PORT_IN],
      ...(e.label ? { labels: [{ id: `${e.id}#label`, text: e.label, width: e.labelWidth, height: e.labelHeight }] } : {}),
      // A dead-letter topic sits level with the consumer it serves.
      ...(e.kind === 'dead-letter' ? { layoutOptions: { 'elk.layered.priority.straightness': '10', 'elk.layered.priority.direction': '10' } } : {}),
    }));
  return { id: 'root', layoutOptions: rootOptions(direction, thorough), children, edges };
}

/** Reads ELK's answer back into absolute coordinates. */
export function fromElkGraph(result: ElkNode, direction: Direction): Drawing {
  const nodes: Record<Id, Box> = {};
  const edges: Record<Id, Route> = {};
  const groups: GroupBox[] = [];
  const offsets = new Map<string, Position>([['root', { x: 0, y: 0 }]]);
  // Whole pixels, as positions are stored: rounding every coordinate alike keeps segments straight.
  const round = (v: number) => Math.round(v);
  const walk = (node: ElkNode, origin: Position) => {
    for (const child of node.children ?? []) {
      const at = { x: origin.x + (child.x ?? 0), y: origin.y + (child.y ?? 0) };
      offsets.set(child.id, at);
      const box = { x: round(at.x), y: round(at.y), width: child.width ?? 0, height: child.height ?? 0 };
      if (child.id.startsWith(GROUP_PREFIX)) {
        groups.push({ id: child.id, label: child.id.slice(GROUP_PREFIX.length), box, members: (child.children ?? []).map((c) => c.id) });
        walk(child, at);
      } else nodes[child.id] = box;
    }
  };
  walk(result, { x: 0, y: 0 });
  const collect = (node: ElkNode) => {
    for (const e of node.edges ?? []) {
      // Coordinates of an edge are relative to its container (ELK moves edges to the nearest common ancestor).
      const container = (e as ElkExtendedEdge & { container?: string }).container ?? node.id;
      const origin = offsets.get(container) ?? { x: 0, y: 0 };
      const section = e.sections?.[0];
      if (!section) continue;
      const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: round(origin.x + p.x), y: round(origin.y + p.y) }));
      const l = e.labels?.[0];
      edges[e.id] = { points, ...(l ? { label: { x: round(origin.x + (l.x ?? 0)), y: round(origin.y + (l.y ?? 0)), width: l.width ?? 0, height: l.height ?? 0 } } : {}) };
    }
    for (const child of node.children ?? []) collect(child);
  };
  collect(result);
  return { direction, nodes, edges, groups };
}

export async function elkLayout(elk: ELK, graph: FlowGraph, request: LayoutRequest): Promise<Drawing> {
  const result = await elk.layout(toElkGraph(graph, request));
  return fromElkGraph(result, request.direction);
}
