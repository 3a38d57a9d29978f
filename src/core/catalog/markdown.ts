// The readable catalog as Markdown (GitHub-flavoured): the same sections as the HTML page.
import type { PlainFinding as Finding } from '../lint/types';
import { ID_PATTERN, type Design, type Id } from '../model/types';
import { escapeMarkdown, escapeMarkdownBlock, fencedBlock, inlineCode } from './escape';
import { flowMermaid } from './mermaid';
import { catalogFileBase } from './names';
import { prettyExample, schemaView, typeLabel } from './schema';
import type { CatalogFile } from './types';
import { catalogView, type CatalogOptions, type CatalogView, type EventView } from './view';

type Kind = 'event' | 'service' | 'topic';
const anchorId = (kind: Kind, id: Id) => (ID_PATTERN.test(id) ? `${kind}-${id}` : undefined);
const anchorTag = (kind: Kind, id: Id) => {
  const a = anchorId(kind, id);
  return a ? `<a id="${a}"></a>\n` : '';
};
const ref = (kind: Kind, item: { id: Id; name: string }) => {
  const a = anchorId(kind, item.id);
  return a ? `[${escapeMarkdown(item.name)}](#${a})` : escapeMarkdown(item.name);
};
const refs = (kind: Kind, items: { id: Id; name: string }[], none = '—') => (items.length ? items.map((i) => ref(kind, i)).join(', ') : `_${none}_`);
const cellCode = (text: string) => inlineCode(text).replace(/\|/g, '\\|');

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function findingLines(findings: Finding[], showTarget: boolean): string {
  if (findings.length === 0) return '_No open findings._';
  return findings
    .map((f) => {
      const where = showTarget || f.target.kind !== 'event' ? ` — ${escapeMarkdown(f.target.kind)} ${escapeMarkdown(f.target.name)}` : '';
      const path = f.path ? ` at ${inlineCode(f.path)}` : '';
      return `- **${f.severity}** ${escapeMarkdown(f.message)} (${inlineCode(f.ruleId)}${where}${path})`;
    })
    .join('\n');
}

function eventSection(ev: EventView): string {
  const e = ev.event;
  const schema = schemaView(e);
  const out: string[] = [
    `${anchorTag('event', e.id)}### ${escapeMarkdown(e.name)}`,
    '',
    `- **Kind:** ${e.kind}`,
    `- **Version:** ${escapeMarkdown(e.version)}`,
    `- **Owner:** ${e.owner ? escapeMarkdown(e.owner) : '_no owner_'}`,
    `- **Producers:** ${refs('service', ev.producers, 'no producer')}`,
    `- **Consumers:** ${refs('service', ev.consumers, 'no consumer')}`,
    `- **Topics:** ${refs('topic', ev.topics, 'on no topic')}`,
  ];
  if (e.idField) out.push(`- **Event id:** ${inlineCode(e.idField)}`);
  if (e.correlationField) out.push(`- **Correlation:** ${inlineCode(e.correlationField)}`);
  if (e.history?.length) out.push(`- **Earlier versions:** ${e.history.map((h) => escapeMarkdown(h.version)).join(', ')}`);
  out.push('', ...(e.description?.trim() ? [escapeMarkdownBlock(e.description), ''] : []));
  out.push(`#### Open findings (${ev.findings.length})`, '', findingLines(ev.findings, false), '');
  out.push(`#### Schema (${escapeMarkdown(schema.formatLabel)})`, '');
  if (!schema.ok) out.push(`_The schema cannot be read: ${escapeMarkdown(schema.error ?? 'unknown error')}_`, '');
  else if (schema.fields.length === 0) out.push('_The schema declares no fields._', '');
  else {
    const rows = schema.fields.map((f) => [
      `${cellCode(f.path)}${f.required ? ' **\\***' : ''}`,
      escapeMarkdown(typeLabel(f)),
      f.required ? '**required**' : 'optional',
      f.description ? escapeMarkdown(f.description) : '',
    ]);
    out.push(table(['Field', 'Type', 'Presence', 'Description'], rows), '');
    if (schema.truncated) out.push('_The field list is cut short: the schema is very large or deeply nested._', '');
  }
  out.push(fencedBlock(schema.text, schema.language), '');
  if (e.headersSchema?.trim()) out.push('#### Headers schema', '', fencedBlock(prettyExample(e.headersSchema), 'json'), '');
  out.push(`#### Examples (${e.examples?.length ?? 0})`, '');
  if (e.examples?.length) {
    e.examples.forEach((x, i) => {
      const label = ev.exampleLabels[i];
      if (label !== undefined) out.push(`_Example ${i + 1}: ${escapeMarkdown(label)}_`, '');
      out.push(fencedBlock(prettyExample(x), 'json'), '');
    });
  }
  else out.push('_No example payloads._', '');
  return out.join('\n');
}

function servicesTable(view: CatalogView): string {
  if (view.services.length === 0) return '_No services._';
  const pairs = (list: CatalogView['services'][number]['sends'], verb: string) =>
    list.length ? list.map((x) => `${ref('event', x.event)} ${verb} ${refs('topic', x.topics)}`).join('<br>') : '—';
  return table(
    ['Service', 'Owner', 'Domain', 'Sends', 'Receives', 'Dead letters'],
    view.services.map((s) => [
      `${anchorTag('service', s.service.id).trim()}**${escapeMarkdown(s.service.name)}**${s.service.description ? `<br>${escapeMarkdown(s.service.description)}` : ''}`,
      s.service.owner ? escapeMarkdown(s.service.owner) : '—',
      s.service.domain ? escapeMarkdown(s.service.domain) : '—',
      pairs(s.sends, 'to'),
      pairs(s.receives, 'from'),
      s.deadLetters.length ? refs('topic', s.deadLetters) : '—',
    ]),
  );
}

function topicsTable(view: CatalogView): string {
  if (view.topics.length === 0) return '_No topics._';
  return table(
    ['Topic', 'Broker', 'Kind', 'Events', 'Producers', 'Consumers'],
    view.topics.map((t) => [
      `${anchorTag('topic', t.topic.id).trim()}**${escapeMarkdown(t.topic.name)}**${t.topic.description ? `<br>${escapeMarkdown(t.topic.description)}` : ''}`,
      t.topic.broker,
      t.topic.kind === 'dead-letter' ? `dead-letter${t.deadLetterFor.length ? ` for ${refs('topic', t.deadLetterFor)}` : ''}` : 'stream',
      refs('event', t.events),
      refs('service', t.producers),
      refs('service', t.consumers),
    ]),
  );
}

export function catalogMarkdown(design: Design, options: CatalogOptions): CatalogFile[] {
  const view = catalogView(design, options);
  const count = (s: 'error' | 'warning' | 'info') => view.counts[s];
  const out: string[] = [
    `# ${escapeMarkdown(design.name)} — event catalog`,
    '',
    `Version ${escapeMarkdown(design.version)} · ${view.events.length} events · ${view.services.length} services · ${view.topics.length} topics · ${count('error')} errors · ${count('warning')} warnings · ${count('info')} infos`,
    '',
  ];
  if (design.description?.trim()) out.push(escapeMarkdownBlock(design.description), '');
  out.push('## Contents', '', '- [Flow](#flow)', '- [Services](#services)', '- [Topics](#topics)', '- [Events](#events)');
  for (const e of view.events) out.push(`  - ${ref('event', e.event)}`);
  if (view.otherFindings.length) out.push('- [Other findings](#other-findings)');
  out.push('', '## Flow', '', fencedBlock(flowMermaid(view), 'mermaid'), '');
  out.push(`## Services`, '', servicesTable(view), '');
  out.push(`## Topics`, '', topicsTable(view), '');
  out.push(`## Events`, '');
  out.push(view.events.length ? view.events.map(eventSection).join('\n') : '_No events._\n');
  if (view.otherFindings.length) out.push('## Other findings', '', findingLines(view.otherFindings, true), '');
  out.push('---', '', `_Generated by Eventsmith from the design “${escapeMarkdown(design.name)}” (version ${escapeMarkdown(design.version)}). ${view.findingCount} open finding${view.findingCount === 1 ? '' : 's'}._`, '');
  return [{ path: `${catalogFileBase(design)}.md`, content: out.join('\n') }];
}
