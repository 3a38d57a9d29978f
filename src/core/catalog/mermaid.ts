// The flow as a Mermaid flowchart for the Markdown catalog (GitHub and most wikis render it).
import type { Id } from '../model/types';
import type { CatalogView } from './view';

/** A quoted Mermaid label: anything but letters, digits and spaces becomes a `#code;` entity. */
function mermaidLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim() || ' ';
  return `"${[...flat].map((c) => (/[A-Za-z0-9 ]/.test(c) ? c : `#${c.codePointAt(0)};`)).join('')}"`;
}

export function flowMermaid(view: CatalogView): string {
  const lines = ['flowchart LR'];
  const ids = new Map<string, string>();
  const node = (key: string) => ids.get(key)!;
  view.services.forEach((s, i) => {
    ids.set(`s:${s.service.id}`, `s${i + 1}`);
    lines.push(`  s${i + 1}(${mermaidLabel(s.service.name)})`);
  });
  view.topics.forEach((t, i) => {
    ids.set(`t:${t.topic.id}`, `t${i + 1}`);
    lines.push(`  t${i + 1}[[${mermaidLabel(t.topic.name)}]]`);
  });
  const has = (kind: 's' | 't', id: Id) => ids.has(`${kind}:${id}`);
  for (const p of [...view.design.publications].sort((a, b) => (a.id < b.id ? -1 : 1)))
    if (has('s', p.serviceId) && has('t', p.topicId)) lines.push(`  ${node(`s:${p.serviceId}`)} --> ${node(`t:${p.topicId}`)}`);
  for (const s of [...view.design.subscriptions].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!has('s', s.serviceId) || !has('t', s.topicId)) continue;
    lines.push(`  ${node(`t:${s.topicId}`)} --> ${node(`s:${s.serviceId}`)}`);
    if (s.deadLetterTopicId && has('t', s.deadLetterTopicId)) lines.push(`  ${node(`s:${s.serviceId}`)} -. dead letters .-> ${node(`t:${s.deadLetterTopicId}`)}`);
  }
  view.topics.forEach((t, i) => {
    if (t.topic.kind === 'dead-letter') lines.push(`  class t${i + 1} dlq`);
  });
  lines.push('  classDef dlq fill:#ffe8e8,stroke:#d46a6a');
  return lines.join('\n');
}
