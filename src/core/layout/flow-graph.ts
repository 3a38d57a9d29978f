// The design as a graph to lay out and draw: nodes with their boxes, edges (publications,
// subscriptions and the dead-letter link of a subscription) with their label text and size.
import { indexDesign } from '../model/queries';
import type { Design, Id } from '../model/types';
import { nodeBoxes, type NodeBox } from './node-size';
import { textWidth, type FontSpec } from './text-metrics';

export type EdgeKind = 'publication' | 'subscription' | 'dead-letter';

export interface FlowNode extends NodeBox { id: Id; domain?: string }
export interface FlowEdge {
  id: Id;
  source: Id;
  target: Id;
  kind: EdgeKind;
  label: string;
  labelWidth: number;
  labelHeight: number;
}
export interface FlowGraph { nodes: FlowNode[]; edges: FlowEdge[] }

export const DLQ_EDGE_PREFIX = 'dlq:';
export const LABEL_FONT: FontSpec = { size: 11.5, bold: true };
/** Padding and border either side, plus room for a lint dot so a finding never grows the label. */
export const LABEL_CHROME = 8 + 1 + 7 + 5 + 8 + 1;
export const LABEL_HEIGHT = 20;

function summarize(names: string[]): string {
  if (names.length === 0) return '';
  return names.length > 2 ? `${names.slice(0, 2).join(', ')} +${names.length - 2}` : names.join(', ');
}

/**
 * The text on an edge: the events it carries; a subscription that takes everything on its topic
 * reads as what the topic actually carries ("OrderPlaced", or "all: OrderPlaced, OrderCancelled");
 * a dead-letter link says when messages go there ("failed", "after 3 retries").
 */
export function edgeLabels(design: Design): Map<Id, { kind: EdgeKind; text: string }> {
  const names = new Map(design.events.map((e) => [e.id, e.name]));
  const list = (ids: Id[] | undefined) => summarize((ids ?? []).map((id) => names.get(id)).filter((n): n is string => !!n));
  const carried = new Map<Id, Id[]>();
  for (const p of design.publications) {
    const ids = carried.get(p.topicId) ?? [];
    for (const e of p.eventIds) if (!ids.includes(e)) ids.push(e);
    carried.set(p.topicId, ids);
  }
  const takesAll = (topicId: Id) => {
    const ids = (carried.get(topicId) ?? []).filter((id) => names.has(id));
    return ids.length === 0 ? 'all events' : ids.length === 1 ? names.get(ids[0])! : `all: ${list(ids)}`;
  };
  const out = new Map<Id, { kind: EdgeKind; text: string }>();
  for (const p of design.publications) out.set(p.id, { kind: 'publication', text: list(p.eventIds) || 'no events yet' });
  for (const s of design.subscriptions) {
    out.set(s.id, { kind: 'subscription', text: s.eventIds ? list(s.eventIds) : takesAll(s.topicId) });
    if (s.deadLetterTopicId) out.set(DLQ_EDGE_PREFIX + s.id, { kind: 'dead-letter', text: s.maxRetries ? `after ${s.maxRetries} retries` : 'failed' });
  }
  return out;
}

export function labelSize(text: string): { width: number; height: number } {
  return text ? { width: textWidth(text, LABEL_FONT) + LABEL_CHROME, height: LABEL_HEIGHT } : { width: 0, height: 0 };
}

export function flowGraph(design: Design): FlowGraph {
  const index = indexDesign(design);
  const boxes = nodeBoxes(design, index);
  const nodes: FlowNode[] = [];
  for (const s of design.services) nodes.push({ ...boxes.get(s.id)!, id: s.id, ...(s.domain?.trim() ? { domain: s.domain.trim() } : {}) });
  for (const t of design.topics) nodes.push({ ...boxes.get(t.id)!, id: t.id });
  const labels = edgeLabels(design);
  const edges: FlowEdge[] = [];
  const add = (id: Id, source: Id, target: Id) => {
    if (!boxes.has(source) || !boxes.has(target) || source === target) return;
    const { kind, text } = labels.get(id)!;
    const size = labelSize(text);
    edges.push({ id, source, target, kind, label: text, labelWidth: size.width, labelHeight: size.height });
  };
  for (const p of design.publications) add(p.id, p.serviceId, p.topicId);
  for (const s of design.subscriptions) {
    add(s.id, s.topicId, s.serviceId);
    if (s.deadLetterTopicId) add(DLQ_EDGE_PREFIX + s.id, s.serviceId, s.deadLetterTopicId);
  }
  return { nodes, edges };
}
