// One event's entry in the HTML catalog.
import { escapeHtml } from './escape';
import { anchor, findingList, linkList, paragraphs, pre } from './html-parts';
import { prettyExample, schemaView, typeLabel } from './schema';
import type { EventView } from './view';

function fieldTable(view: ReturnType<typeof schemaView>): string {
  if (!view.ok) return `<p class="none">The schema cannot be read: ${escapeHtml(view.error ?? 'unknown error')}</p>`;
  if (view.fields.length === 0) return '<p class="none">The schema declares no fields.</p>';
  const rows = view.fields.map(
    (f) =>
      `<tr><td><code>${escapeHtml(f.path)}</code>${f.required ? ' <span class="req" title="required">*</span>' : ''}</td>` +
      `<td>${escapeHtml(typeLabel(f))}</td><td>${f.required ? '<span class="badge required">required</span>' : 'optional'}</td>` +
      `<td>${f.description ? escapeHtml(f.description) : ''}</td></tr>`,
  );
  return (
    '<table class="fields"><thead><tr><th>Field</th><th>Type</th><th>Presence</th><th>Description</th></tr></thead>\n<tbody>\n' +
    rows.join('\n') +
    '\n</tbody></table>' +
    (view.truncated ? '\n<p class="none">The field list is cut short: the schema is very large or deeply nested.</p>' : '')
  );
}

function verdictLine(label: string | undefined, i: number): string {
  if (label === undefined) return '';
  const tone = label === 'matches the schema' ? 'ok' : label.startsWith('schema invalid') || label.startsWith('not checked') ? 'unchecked' : 'bad';
  return `<p class="verdict ${tone}">Example ${i + 1}: ${escapeHtml(label)}</p>`;
}

export function eventArticle(ev: EventView): string {
  const e = ev.event;
  const schema = schemaView(e);
  const parts: string[] = [];
  parts.push(
    `<article class="card" id="${escapeHtml(anchor('event', e.id))}">`,
    `<header><h3>${escapeHtml(e.name)}</h3><span class="badge ${escapeHtml(e.kind)}">${escapeHtml(e.kind)}</span><span class="badge">v${escapeHtml(e.version)}</span></header>`,
    '<dl class="meta">',
    `<dt>Owner</dt><dd>${e.owner ? escapeHtml(e.owner) : '<span class="none">no owner</span>'}</dd>`,
    `<dt>Producers</dt><dd>${linkList('service', ev.producers, 'no producer')}</dd>`,
    `<dt>Consumers</dt><dd>${linkList('service', ev.consumers, 'no consumer')}</dd>`,
    `<dt>Topics</dt><dd>${linkList('topic', ev.topics, 'on no topic')}</dd>`,
    e.idField ? `<dt>Event id</dt><dd><code>${escapeHtml(e.idField)}</code></dd>` : '',
    e.correlationField ? `<dt>Correlation</dt><dd><code>${escapeHtml(e.correlationField)}</code></dd>` : '',
    e.history?.length ? `<dt>Earlier versions</dt><dd>${e.history.map((h) => escapeHtml(h.version)).join(', ')}</dd>` : '',
    '</dl>',
    paragraphs(e.description), // an empty description is left out, not filled in
    `<h4>Open findings (${ev.findings.length})</h4>`,
    findingList(ev.findings, false),
    `<h4>Schema · ${escapeHtml(schema.formatLabel)}</h4>`,
    fieldTable(schema),
    pre(schema.text, `${e.name} schema`),
  );
  if (e.headersSchema?.trim()) parts.push('<h4>Headers schema</h4>', pre(prettyExample(e.headersSchema), `${e.name} headers schema`));
  parts.push(`<h4>Examples (${e.examples?.length ?? 0})</h4>`);
  if (e.examples?.length) e.examples.forEach((x, i) => parts.push(verdictLine(ev.exampleLabels[i], i), pre(prettyExample(x), `${e.name} example ${i + 1}`)));
  else parts.push('<p class="none">No example payloads.</p>');
  parts.push('</article>');
  return parts.filter(Boolean).join('\n');
}
