// The design as a real vector picture for handing out: rect, path and text only (no
// foreignObject), fonts named, colours inline, so any SVG tool (and rsvg-convert) draws it as the
// canvas does. Same node boxes, routes and labels as the canvas; no editor chrome (handles,
// selection); the design's name as a title and a small legend. Lint badges are optional.
import type { Design, Id } from '../model/types';
import { boundsOf, type Box, type Drawing } from './drawing';
import { DIAGRAM_THEMES, type DiagramTheme, type ThemeName } from './diagram-theme';
import { flowGraph, type FlowEdge, type FlowNode } from './flow-graph';
import { GROUP_LABEL } from './groups';
import { NODE_CHROME, SUB_FONT, SUB_LINE, TITLE_FONT, TITLE_LINE } from './node-size';
import { routePath } from './route-path';
import { DIAGRAM_FONT } from './text-metrics';

export interface SvgOptions {
  theme?: ThemeName;
  /** Draw only these nodes (and the edges between them): an export of the selection. */
  only?: ReadonlySet<Id>;
  legend?: boolean;
  /** Lint findings per node or edge id, drawn as a small count in the corner. */
  badges?: ReadonlyMap<Id, { count: number; severity: 'error' | 'warning' | 'info' }>;
  /** Prefix for ids inside the SVG, so several pictures can share one HTML page. */
  idPrefix?: string;
  /** A title other than the design's name ('' for none). */
  title?: string;
  /** A class on the <svg> element (for a page's stylesheet). */
  className?: string;
}

export interface SvgPicture {
  svg: string;
  width: number;
  height: number;
  /** Where the drawing's (0, 0) lands in the picture: canvas coordinates + offset = picture coordinates. */
  offset: { x: number; y: number };
}

const MARGIN = 24;
const TITLE_H = 40;
const LEGEND_H = 34;

/** Text for XML: markup escaped, characters XML 1.0 cannot hold replaced. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const n1 = (v: number) => String(Math.round(v * 10) / 10);

/** Baseline of a line of text set in a line box starting at `top` (DejaVu/Verdana ascent ≈ 0.76 em, descent ≈ 0.24 em). */
const baseline = (top: number, lineHeight: number, size: number) => top + (lineHeight - size) / 2 + size * 0.8;

const ICONS = {
  service: '<rect x="3" y="4" width="14" height="12" rx="3" fill="none" stroke-width="1.6"/><path d="M6 8h8M6 11h5" stroke-width="1.6" stroke-linecap="round" fill="none"/>',
  topic: '<ellipse cx="10" cy="5" rx="6" ry="2.4" fill="none" stroke-width="1.6"/><path d="M4 5v10c0 1.3 2.7 2.4 6 2.4s6-1.1 6-2.4V5M4 10c0 1.3 2.7 2.4 6 2.4s6-1.1 6-2.4" fill="none" stroke-width="1.6"/>',
  'dead-letter': '<path d="M4 5h12l-1.2 11H5.2z" fill="none" stroke-width="1.6" stroke-linejoin="round"/><path d="M8 9l4 4M12 9l-4 4" stroke-width="1.6" stroke-linecap="round" fill="none"/>',
} as const;

function nodeColours(kind: FlowNode['kind'], t: DiagramTheme) {
  return kind === 'service' ? { line: t.service, fill: t.serviceBg } : kind === 'topic' ? { line: t.topic, fill: t.topicBg } : { line: t.dlq, fill: t.dlqBg };
}

function edgeColour(kind: FlowEdge['kind'], t: DiagramTheme): string {
  return kind === 'publication' ? t.service : kind === 'subscription' ? t.topic : t.dlq;
}

function drawNode(n: FlowNode, box: Box, t: DiagramTheme, badge?: { count: number; severity: string }): string {
  const c = nodeColours(n.kind, t);
  const chrome = n.kind === 'service' ? NODE_CHROME.service : NODE_CHROME.topic;
  const rx = n.kind === 'service' ? 12 : Math.min(box.height / 2, 27);
  const what = n.kind === 'service' ? 'Service' : n.kind === 'topic' ? 'Topic' : 'Dead-letter topic';
  const out = [`<g data-id="${xmlText(n.id)}"><title>${what} ${xmlText(n.name)}</title>`];
  out.push(`<rect x="${n1(box.x + 1)}" y="${n1(box.y + 1)}" width="${n1(box.width - 2)}" height="${n1(box.height - 2)}" rx="${n1(rx - 1)}" fill="${c.fill}" stroke="${c.line}" stroke-width="2"${n.kind === 'dead-letter' ? ' stroke-dasharray="6 4"' : ''}/>`);
  const iconX = box.x + chrome.left - 10 - 18;
  const iconY = box.y + box.height / 2 - 9;
  out.push(`<g transform="translate(${n1(iconX)} ${n1(iconY)}) scale(0.9)" stroke="${c.line}">${ICONS[n.kind]}</g>`);
  const block = n.lines.length * TITLE_LINE + SUB_LINE;
  const top = box.y + (box.height - block) / 2;
  const x = box.x + chrome.left;
  n.lines.forEach((line, i) => {
    out.push(`<text x="${n1(x)}" y="${n1(baseline(top + i * TITLE_LINE, TITLE_LINE, TITLE_FONT.size))}" font-size="${TITLE_FONT.size}" font-weight="bold" fill="${t.text}">${xmlText(line)}</text>`);
  });
  out.push(`<text x="${n1(x)}" y="${n1(baseline(top + n.lines.length * TITLE_LINE, SUB_LINE, SUB_FONT.size))}" font-size="${SUB_FONT.size}" fill="${t.muted}">${xmlText(n.sub)}</text>`);
  if (badge) out.push(drawBadge(box.x + box.width, box.y, badge, t));
  out.push('</g>');
  return out.join('');
}

function drawBadge(cx: number, cy: number, badge: { count: number; severity: string }, t: DiagramTheme): string {
  const colour = badge.severity === 'error' ? t.error : badge.severity === 'warning' ? t.warning : t.info;
  return `<circle cx="${n1(cx)}" cy="${n1(cy)}" r="9" fill="${colour}" stroke="${t.surface}" stroke-width="2"/><text x="${n1(cx)}" y="${n1(cy + 4)}" font-size="11" font-weight="bold" text-anchor="middle" fill="${t.surface}">${badge.count}</text>`;
}

function drawLabel(e: FlowEdge, box: Box, t: DiagramTheme): string {
  const dlq = e.kind === 'dead-letter';
  return `<g><rect x="${n1(box.x + 0.5)}" y="${n1(box.y + 0.5)}" width="${n1(box.width - 1)}" height="${n1(box.height - 1)}" rx="${n1(box.height / 2)}" fill="${t.surface}" stroke="${dlq ? t.dlq : t.border}"${dlq ? ' stroke-dasharray="4 3"' : ''}/>` +
    `<text x="${n1(box.x + box.width / 2)}" y="${n1(baseline(box.y, box.height, 11.5))}" font-size="11.5" font-weight="bold" text-anchor="middle" fill="${dlq ? t.dlq : t.text}">${xmlText(e.label)}</text></g>`;
}

function legend(x: number, y: number, t: DiagramTheme, p: string): string {
  const items: string[] = [];
  let at = x;
  const text = (label: string) => {
    const s = `<text x="${n1(at)}" y="${n1(y + 15)}" font-size="11.5" fill="${t.muted}">${label}</text>`;
    at += label.length * 7.2 + 18;
    return s;
  };
  const swatch = (fill: string, line: string, rx: number, dashed = false) => {
    const s = `<rect x="${n1(at)}" y="${n1(y + 3)}" width="22" height="14" rx="${rx}" fill="${fill}" stroke="${line}" stroke-width="1.6"${dashed ? ' stroke-dasharray="4 3"' : ''}/>`;
    at += 28;
    return s;
  };
  const line = (colour: string, marker: string) => {
    const s = `<path d="M${n1(at)} ${n1(y + 10)}h26" stroke="${colour}" stroke-width="1.8" fill="none" marker-end="url(#${p}${marker})"/>`;
    at += 34;
    return s;
  };
  items.push(swatch(t.serviceBg, t.service, 4), text('Producer / consumer'));
  items.push(swatch(t.topicBg, t.topic, 7), text('Topic'));
  items.push(swatch(t.dlqBg, t.dlq, 7, true), text('Dead-letter topic'));
  items.push(line(t.service, 'a-publication'), text('Publication'));
  items.push(line(t.topic, 'a-subscription'), text('Subscription'));
  return `<g>${items.join('')}</g>`;
}

export function designSvg(design: Design, drawing: Drawing, options: SvgOptions = {}): SvgPicture {
  const t = DIAGRAM_THEMES[options.theme ?? 'light'];
  const p = options.idPrefix ?? 'es-';
  const graph = flowGraph(design);
  const only = options.only;
  const nodes = graph.nodes.filter((n) => drawing.nodes[n.id] && (!only || only.has(n.id)));
  const shown = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => shown.has(e.source) && shown.has(e.target) && drawing.edges[e.id]);
  const groups = drawing.groups.filter((g) => g.members.some((m) => shown.has(m)));
  const bounds = boundsOf([
    ...nodes.map((n) => drawing.nodes[n.id]),
    ...edges.flatMap((e) => {
      const r = drawing.edges[e.id];
      const pts = boundsOf(r.points.map((q) => ({ x: q.x, y: q.y, width: 0, height: 0 })));
      return [...(pts ? [pts] : []), ...(r.label ? [r.label] : [])];
    }),
    ...groups.map((g) => g.box),
  ]) ?? { x: 0, y: 0, width: 0, height: 0 };
  const title = options.title ?? design.name;
  const legendOn = options.legend ?? true;
  const top = MARGIN + (title ? TITLE_H : 0);
  const offset = { x: MARGIN - bounds.x, y: top - bounds.y };
  const width = Math.ceil(Math.max(bounds.width + 2 * MARGIN, legendOn ? 640 : 0, title ? Math.min(1200, title.length * 11 + 2 * MARGIN) : 0));
  const height = Math.ceil(top + bounds.height + MARGIN + (legendOn ? LEGEND_H : 0));

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg"${options.className ? ` class="${xmlText(options.className)}"` : ''} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${DIAGRAM_FONT.replace(/"/g, "'")}" role="img" aria-label="${xmlText(title || 'Event flow')}">`);
  out.push(`<title>${xmlText(title || 'Event flow')}</title>`);
  out.push('<defs>');
  for (const kind of ['publication', 'subscription', 'dead-letter'] as const)
    out.push(`<marker id="${p}a-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" markerUnits="strokeWidth" orient="auto"><path d="M0 0L10 5L0 10z" fill="${edgeColour(kind, t)}"/></marker>`);
  out.push('</defs>');
  out.push(`<rect width="${width}" height="${height}" fill="${t.background}"/>`);
  if (title) out.push(`<text x="${MARGIN}" y="${MARGIN + 20}" font-size="18" font-weight="bold" fill="${t.text}">${xmlText(title)}</text>`);
  out.push(`<g transform="translate(${n1(offset.x)} ${n1(offset.y)})">`);
  for (const g of groups) {
    out.push(`<g data-group="${xmlText(g.label)}"><rect x="${n1(g.box.x)}" y="${n1(g.box.y)}" width="${n1(g.box.width)}" height="${n1(g.box.height)}" rx="14" fill="${t.groupBg}" stroke="${t.groupLine}" stroke-dasharray="5 4"/>` +
      `<text x="${n1(g.box.x + GROUP_LABEL.left)}" y="${n1(g.box.y + GROUP_LABEL.top + 13)}" font-size="${GROUP_LABEL.font.size}" font-weight="bold" fill="${t.muted}">${xmlText(g.label)}</text></g>`);
  }
  for (const e of edges) {
    const r = drawing.edges[e.id];
    out.push(`<path data-edge="${xmlText(e.id)}" d="${routePath(r.points)}" fill="none" stroke="${edgeColour(e.kind, t)}" stroke-width="1.8"${e.kind === 'dead-letter' ? ' stroke-dasharray="6 4"' : ''} marker-end="url(#${p}a-${e.kind})"/>`);
  }
  for (const e of edges) {
    const r = drawing.edges[e.id];
    if (r.label && e.label) out.push(drawLabel(e, r.label, t));
  }
  for (const n of nodes) out.push(drawNode(n, drawing.nodes[n.id], t, options.badges?.get(n.id)));
  out.push('</g>');
  if (legendOn) out.push(legend(MARGIN, height - MARGIN - LEGEND_H + 10, t, p));
  out.push('</svg>');
  return { svg: out.join('\n'), width, height, offset };
}
