// Which way the flow reads, chosen from the graph's shape: the direction whose drawing fits a
// 16:10 screen at the larger zoom (a long chain reads top-down, a wide fan-out left-to-right).
// Deterministic, so the same design gets the same direction in the browser, the CLI and tests.
import type { Id } from '../model/types';
import type { Direction } from './drawing';
import type { FlowGraph } from './flow-graph';
import { readingOrder } from './reading-order';

const SCREEN = { width: 1440, height: 900 };

/** Rank of every node by longest path over the edges that go forward in reading order. */
export function ranks(graph: FlowGraph): Map<Id, number> {
  const order = readingOrder(graph);
  const pos = new Map(order.map((id, i) => [id, i]));
  const rank = new Map<Id, number>(order.map((id) => [id, 0]));
  const out = new Map<Id, Id[]>();
  for (const e of graph.edges) {
    if ((pos.get(e.source) ?? 0) >= (pos.get(e.target) ?? 0)) continue;
    const list = out.get(e.source) ?? [];
    list.push(e.target);
    out.set(e.source, list);
  }
  for (const id of order) for (const next of out.get(id) ?? []) rank.set(next, Math.max(rank.get(next)!, rank.get(id)! + 1));
  return rank;
}

export function chooseDirection(graph: FlowGraph): Direction {
  if (graph.nodes.length === 0) return 'RIGHT';
  const rank = ranks(graph);
  const perRank = new Map<number, number>();
  for (const r of rank.values()) perRank.set(r, (perRank.get(r) ?? 0) + 1);
  const layers = perRank.size;
  const widest = Math.max(...perRank.values());
  const avgW = graph.nodes.reduce((n, x) => n + x.width, 0) / graph.nodes.length;
  const avgH = graph.nodes.reduce((n, x) => n + x.height, 0) / graph.nodes.length;
  const labelled = graph.edges.length ? graph.edges.reduce((n, e) => n + e.labelWidth, 0) / graph.edges.length : 0;
  // Labels sit between ranks: they add to the rank gap across the flow's direction.
  const right = { width: layers * (avgW + 60 + labelled), height: widest * (avgH + 40) };
  const down = { width: widest * (avgW + 40), height: layers * (avgH + 60 + 24) };
  const zoom = (s: { width: number; height: number }) => Math.min(SCREEN.width / s.width, SCREEN.height / s.height);
  return zoom(down) > zoom(right) * 1.05 ? 'DOWN' : 'RIGHT';
}
