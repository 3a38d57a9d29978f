// What a node shows and how big it is: one function for the canvas, auto-layout, the SVG export
// and the catalog diagram, so a node has the same box everywhere. The numbers mirror the node
// styles in src/ui/styles/canvas.css (padding, icon, gap, line heights); change both together.
import { protocolLabel } from '../model/protocols';
import { indexDesign, type DesignIndex } from '../model/queries';
import type { Design, Id, Topic } from '../model/types';
import { textWidth, wrapTwoLines, type FontSpec } from './text-metrics';

export type NodeKind = 'service' | 'topic' | 'dead-letter';

export interface NodeText {
  kind: NodeKind;
  /** The full name (tooltip and accessible name). */
  name: string;
  /** The name as drawn: one or two lines, each fitting the node. */
  lines: string[];
  /** Second row: a service's role, a topic's broker and partitions. */
  sub: string;
}

export interface NodeBox extends NodeText { width: number; height: number }

export const TITLE_FONT: FontSpec = { size: 13.5, bold: true };
export const SUB_FONT: FontSpec = { size: 11.5 };
export const TITLE_LINE = 18;
export const SUB_LINE = 15;
/** Border + padding + icon + gap + padding + border, left to right. */
export const NODE_CHROME = { service: { left: 2 + 12 + 18 + 10, right: 14 + 2 }, topic: { left: 2 + 14 + 18 + 10, right: 18 + 2 } } as const;
export const NODE_MIN_WIDTH = 170;
export const NODE_MAX_WIDTH = 300;
/** Height with a one-line name; a second line adds TITLE_LINE. */
export const NODE_HEIGHT = { service: 64, topic: 54 } as const;

const BROKER_LABEL: Record<string, string> = {
  kafka: 'Kafka', rabbitmq: 'RabbitMQ', sqs: 'SQS', sns: 'SNS', nats: 'NATS', 'redis-streams': 'Redis Streams', eventbridge: 'EventBridge', generic: 'Broker',
};

export function serviceRole(index: DesignIndex, id: Id): string {
  const pubs = index.publicationsByService.get(id)?.length ?? 0;
  const subs = index.subscriptionsByService.get(id)?.length ?? 0;
  return pubs && subs ? 'Producer · Consumer' : pubs ? 'Producer' : subs ? 'Consumer' : 'Service';
}

export function topicSubtitle(topic: Topic): string {
  // A topic on no broker of ours says its protocol (MQTT, WebSocket…), not "generic".
  const carrier = topic.broker === 'generic' && topic.protocol ? protocolLabel(topic.protocol)! : BROKER_LABEL[topic.broker] ?? topic.broker;
  return `${topic.kind === 'dead-letter' ? 'Dead-letter · ' : ''}${carrier}${topic.partitions ? ` · ${topic.partitions} partitions` : ''}`;
}

/** Size of a node showing `name` over `sub`: as wide as the text needs, between the min and max width. */
export function sizeNode(kind: NodeKind, name: string, sub: string): NodeBox {
  const chrome = kind === 'service' ? NODE_CHROME.service : NODE_CHROME.topic;
  const maxText = NODE_MAX_WIDTH - chrome.left - chrome.right;
  const lines = wrapTwoLines(name, maxText, TITLE_FONT);
  const subText = textWidth(sub, SUB_FONT) <= maxText ? sub : wrapTwoLines(sub, maxText, SUB_FONT)[0];
  const textW = Math.max(...lines.map((l) => textWidth(l, TITLE_FONT)), textWidth(subText, SUB_FONT));
  const width = Math.min(NODE_MAX_WIDTH, Math.max(NODE_MIN_WIDTH, chrome.left + textW + chrome.right));
  const height = (kind === 'service' ? NODE_HEIGHT.service : NODE_HEIGHT.topic) + (lines.length - 1) * TITLE_LINE;
  return { kind, name, lines, sub: subText, width, height };
}

/** Every node's box, by id (services and topics of the design). */
export function nodeBoxes(design: Design, index: DesignIndex = indexDesign(design)): Map<Id, NodeBox> {
  const out = new Map<Id, NodeBox>();
  for (const s of design.services) out.set(s.id, sizeNode('service', s.name, serviceRole(index, s.id)));
  for (const t of design.topics) out.set(t.id, sizeNode(t.kind === 'dead-letter' ? 'dead-letter' : 'topic', t.name, topicSubtitle(t)));
  return out;
}

/** The size the canvas, layout and placement plan with (lines: how many lines the name takes). */
export interface NodeSize { width: number; height: number; lines: 1 | 2 }

/**
 * Size of a node about to be added, before it has connections: a service reads "Service", a topic
 * its broker (Kafka by default).
 */
export function nodeSize(kind: 'service' | 'topic' | 'dead-letter', name: string, sub = kind === 'service' ? 'Service' : kind === 'topic' ? 'Kafka' : 'Dead-letter · Kafka'): NodeSize {
  const box = sizeNode(kind, name, sub);
  return { width: box.width, height: box.height, lines: box.lines.length as 1 | 2 };
}

/** The size of every node of a design, by id: exactly the boxes the canvas draws. */
export function nodeSizes(design: Design): Map<Id, NodeSize> {
  const out = new Map<Id, NodeSize>();
  for (const [id, box] of nodeBoxes(design)) out.set(id, { width: box.width, height: box.height, lines: box.lines.length as 1 | 2 });
  return out;
}
