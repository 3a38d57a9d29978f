// The flow diagram as inline SVG. A layered layout in fixed columns — producers, topics,
// consumers, dead-letter topics — so a saga's cycle reads left to right without crossings
// from back edges; a service that both sends and receives appears in both columns.
import type { Id } from '../model/types';
import { escapeHtml } from './escape';
import type { CatalogView } from './view';

const NODE_W = 184;
const NODE_H = 44;
const ROW = 60;
const COL_GAP = 96;
const PAD = 16;
const HEADER = 28;
// What fits in a node at the label's and the subtitle's font size.
const LABEL_MAX = 22;
const SUB_MAX = 27;

type NodeKind = 'service' | 'topic' | 'dead-letter';
interface Node { key: string; kind: NodeKind; label: string; sub: string; title: string; x: number; y: number }
interface Edge { from: string; to: string; title: string; dashed: boolean }
interface Column { heading: string; nodes: Node[] }

const short = (text: string, max = LABEL_MAX) => {
  const chars = [...text]; // code points: never cut a surrogate pair in half
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : text;
};

/** Orders a column by the mean row of its neighbours in the previous column (ties by label). */
function barycentre(nodes: Node[], neighbours: (n: Node) => string[], rowOf: Map<string, number>): Node[] {
  const score = (n: Node) => {
    const rows = neighbours(n).map((k) => rowOf.get(k)).filter((r): r is number => r !== undefined);
    return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : Number.MAX_SAFE_INTEGER;
  };
  const scored = nodes.map((n) => ({ n, s: score(n) }));
  scored.sort((a, b) => a.s - b.s || (a.n.label < b.n.label ? -1 : a.n.label > b.n.label ? 1 : a.n.key < b.n.key ? -1 : 1));
  return scored.map((x) => x.n);
}

function rows(nodes: Node[]): Map<string, number> {
  return new Map(nodes.map((n, i) => [n.key, i]));
}

export function flowDiagramSvg(view: CatalogView): string {
  const { design } = view;
  const serviceName = (id: Id) => view.index.services.get(id)?.name ?? id;
  const eventNames = (ids: Id[]) => ids.map((id) => view.index.events.get(id)?.name ?? id).join(', ');
  const edges: Edge[] = [];
  const topicKey = (id: Id) => `t:${id}`;

  const topicNode = (t: CatalogView['topics'][number]): Node => ({
    key: topicKey(t.topic.id),
    kind: t.topic.kind === 'dead-letter' ? 'dead-letter' : 'topic',
    label: short(t.topic.name),
    sub: short(`${t.topic.broker}${t.events.length ? ` · ${t.events.length} event${t.events.length === 1 ? '' : 's'}` : ''}`, SUB_MAX),
    title: `${t.topic.kind === 'dead-letter' ? 'Dead-letter topic' : 'Topic'} ${t.topic.name}`,
    x: 0,
    y: 0,
  });
  const serviceNode = (id: Id, side: 'p' | 'c'): Node => {
    const s = view.index.services.get(id)!;
    const sv = view.services.find((x) => x.service.id === id)!;
    const list = side === 'p' ? sv.sends : sv.receives;
    const names = list.map((x) => x.event.name);
    const sub = names.length === 0 ? 'no events' : names.length === 1 ? names[0] : `${names[0]} +${names.length - 1}`;
    return { key: `${side}:${id}`, kind: 'service', label: short(s.name), sub: short(`${side === 'p' ? 'sends' : 'receives'} ${sub}`, SUB_MAX), title: `Service ${s.name}`, x: 0, y: 0 };
  };

  const streams = view.topics.filter((t) => t.topic.kind !== 'dead-letter').map(topicNode);
  const dlqs = view.topics.filter((t) => t.topic.kind === 'dead-letter').map(topicNode);
  const producerIds = [...new Set(design.publications.map((p) => p.serviceId))].filter((id) => view.index.services.has(id));
  const consumerIds = [...new Set(design.subscriptions.map((s) => s.serviceId))].filter((id) => view.index.services.has(id));
  const idle = design.services.filter((s) => !producerIds.includes(s.id) && !consumerIds.includes(s.id)).map((s) => s.id);

  for (const p of design.publications) {
    if (!view.index.topics.has(p.topicId) || !view.index.services.has(p.serviceId)) continue;
    edges.push({ from: `p:${p.serviceId}`, to: topicKey(p.topicId), dashed: false, title: `${serviceName(p.serviceId)} sends ${eventNames(p.eventIds)}` });
  }
  for (const s of design.subscriptions) {
    if (!view.index.topics.has(s.topicId) || !view.index.services.has(s.serviceId)) continue;
    edges.push({ from: topicKey(s.topicId), to: `c:${s.serviceId}`, dashed: false, title: `${serviceName(s.serviceId)} receives from ${view.index.topics.get(s.topicId)!.name}` });
    if (s.deadLetterTopicId && view.index.topics.has(s.deadLetterTopicId))
      edges.push({ from: `c:${s.serviceId}`, to: topicKey(s.deadLetterTopicId), dashed: true, title: `${serviceName(s.serviceId)} parks failed messages on ${view.index.topics.get(s.deadLetterTopicId)!.name}` });
  }

  const neighbours = (key: string, dir: 'in' | 'out') => edges.filter((e) => (dir === 'in' ? e.to === key : e.from === key)).map((e) => (dir === 'in' ? e.from : e.to));
  const producers = barycentre([...producerIds, ...idle].map((id) => serviceNode(id, 'p')), (n) => neighbours(n.key, 'out'), rows(streams));
  const topics = barycentre(streams, (n) => neighbours(n.key, 'in'), rows(producers));
  const consumers = barycentre(consumerIds.map((id) => serviceNode(id, 'c')), (n) => neighbours(n.key, 'in'), rows(topics));
  const deadLetters = barycentre(dlqs, (n) => neighbours(n.key, 'in'), rows(consumers));

  const columns: Column[] = [
    { heading: 'Producers', nodes: producers },
    { heading: 'Topics', nodes: topics },
    { heading: 'Consumers', nodes: consumers },
    { heading: 'Dead-letter topics', nodes: deadLetters },
  ].filter((c) => c.nodes.length > 0);
  if (columns.length === 0) return '<p class="empty">The design has no services or topics yet.</p>';

  const tallest = Math.max(...columns.map((c) => c.nodes.length));
  const height = PAD * 2 + HEADER + tallest * ROW - (ROW - NODE_H);
  const width = PAD * 2 + columns.length * NODE_W + (columns.length - 1) * COL_GAP;
  const byKey = new Map<string, Node>();
  columns.forEach((col, ci) => {
    const offset = ((tallest - col.nodes.length) * ROW) / 2;
    col.nodes.forEach((n, ri) => {
      n.x = PAD + ci * (NODE_W + COL_GAP);
      n.y = PAD + HEADER + offset + ri * ROW;
      byKey.set(n.key, n);
    });
  });

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="flow" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="flow-title">`,
    `<title id="flow-title">Flow of ${escapeHtml(design.name)}: ${view.services.length} services, ${view.topics.length} topics</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" class="arrowhead"/></marker></defs>',
  );
  columns.forEach((col, ci) => {
    out.push(`<text class="col-heading" x="${PAD + ci * (NODE_W + COL_GAP) + NODE_W / 2}" y="${PAD + 12}" text-anchor="middle">${col.heading}</text>`);
  });
  for (const e of edges) {
    const a = byKey.get(e.from);
    const b = byKey.get(e.to);
    if (!a || !b) continue;
    const x1 = a.x + NODE_W;
    const y1 = a.y + NODE_H / 2;
    const x2 = b.x;
    const y2 = b.y + NODE_H / 2;
    const bend = Math.max(40, Math.abs(x2 - x1) / 2);
    out.push(
      `<path class="edge${e.dashed ? ' dlq' : ''}" d="M${x1} ${y1}C${x1 + bend} ${y1} ${x2 - bend} ${y2} ${x2} ${y2}" marker-end="url(#arrow)"><title>${escapeHtml(e.title)}</title></path>`,
    );
  }
  for (const col of columns)
    for (const n of col.nodes) {
      out.push(
        `<g class="node ${n.kind}"><title>${escapeHtml(n.title)}</title>`,
        `<rect x="${n.x}" y="${n.y}" width="${NODE_W}" height="${NODE_H}" rx="8"/>`,
        `<text x="${n.x + 12}" y="${n.y + 18}" class="label">${escapeHtml(n.label)}</text>`,
        `<text x="${n.x + 12}" y="${n.y + 34}" class="sub">${escapeHtml(n.sub)}</text></g>`,
      );
    }
  out.push('</svg>');
  return out.join('\n');
}
