// Small HTML builders for the catalog page. Every argument that may hold user text is escaped here.
import type { PlainFinding as Finding } from '../lint/types';
import type { Id } from '../model/types';
import { escapeHtml } from './escape';

export const anchor = (kind: 'event' | 'service' | 'topic', id: Id) => `${kind}-${id}`;

export function link(kind: 'event' | 'service' | 'topic', id: Id, name: string): string {
  return `<a href="#${escapeHtml(anchor(kind, id))}">${escapeHtml(name)}</a>`;
}

export function linkList(kind: 'event' | 'service' | 'topic', items: { id: Id; name: string }[], none = 'none'): string {
  return items.length ? items.map((i) => link(kind, i.id, i.name)).join(', ') : `<span class="none">${none}</span>`;
}

/** Paragraphs from blank-line breaks, line breaks kept. */
export function paragraphs(text: string | undefined, fallback?: string): string {
  const source = (text ?? '').replace(/\r\n?/g, '\n').trim();
  if (!source) return fallback ? `<p class="none">${escapeHtml(fallback)}</p>` : '';
  return source
    .split(/\n{2,}/)
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('\n');
}

export function findingList(findings: Finding[], showTarget: boolean): string {
  if (findings.length === 0) return '<p class="none">No open findings.</p>';
  const items = findings.map(
    (f) =>
      `<li class="${f.severity}"><span class="badge ${f.severity}">${f.severity}</span> ${escapeHtml(f.message)}` +
      ` <span class="rule">${escapeHtml(f.ruleId)}${showTarget || f.target.kind !== 'event' ? ` · ${escapeHtml(f.target.kind)} ${escapeHtml(f.target.name)}` : ''}${f.path ? ` · ${escapeHtml(f.path)}` : ''}</span></li>`,
  );
  return `<ul class="findings">\n${items.join('\n')}\n</ul>`;
}

export function pre(text: string, label: string): string {
  return `<pre aria-label="${escapeHtml(label)}"><code>${escapeHtml(text)}</code></pre>`;
}
