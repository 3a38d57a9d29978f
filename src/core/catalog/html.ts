// The readable catalog as one self-contained HTML page: inline CSS, inline SVG, no scripts and
// no external resources (a CSP meta tag forbids them), so it opens from file:// and prints.
import type { Design } from '../model/types';
import { flowDiagramSvg } from './diagram';
import { escapeHtml } from './escape';
import { eventArticle } from './html-event';
import { anchor, findingList, link, linkList, paragraphs } from './html-parts';
import { CATALOG_CSS } from './styles';
import type { CatalogFile } from './types';
import type { Severity } from '../lint/types';
import { catalogView, type CatalogOptions, type CatalogView } from './view';
import { catalogFileBase } from './names';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function stats(view: CatalogView): string {
  const count = (severity: Severity) => view.counts[severity];
  const items: [number, string][] = [
    [view.events.length, 'events'],
    [view.services.length, 'services'],
    [view.topics.length, 'topics'],
    [count('error'), 'errors'],
    [count('warning'), 'warnings'],
    [count('info'), 'infos'],
  ];
  return `<ul class="stats">${items.map(([n, label]) => `<li><strong>${n}</strong><span>${label}</span></li>`).join('')}</ul>`;
}

function serviceSection(view: CatalogView): string {
  if (view.services.length === 0) return '<p class="none">No services.</p>';
  return view.services
    .map((s) => {
      const pairs = (list: typeof s.sends, verb: string) =>
        list.length
          ? `<ul>${list.map((x) => `<li>${link('event', x.event.id, x.event.name)} ${verb} ${linkList('topic', x.topics)}</li>`).join('')}</ul>`
          : '<span class="none">nothing</span>';
      return [
        `<div class="card" id="${escapeHtml(anchor('service', s.service.id))}">`,
        `<header><h3>${escapeHtml(s.service.name)}</h3>${s.service.version ? `<span class="badge">v${escapeHtml(s.service.version)}</span>` : ''}</header>`,
        '<dl class="meta">',
        `<dt>Owner</dt><dd>${s.service.owner ? escapeHtml(s.service.owner) : '<span class="none">no owner</span>'}</dd>`,
        `<dt>Domain</dt><dd>${s.service.domain ? escapeHtml(s.service.domain) : '<span class="none">none</span>'}</dd>`,
        `<dt>Sends</dt><dd>${pairs(s.sends, 'to')}</dd>`,
        `<dt>Receives</dt><dd>${pairs(s.receives, 'from')}</dd>`,
        s.deadLetters.length ? `<dt>Dead letters</dt><dd>${linkList('topic', s.deadLetters)}</dd>` : '',
        '</dl>',
        paragraphs(s.service.description),
        '</div>',
      ]
        .filter(Boolean)
        .join('\n');
    })
    .join('\n');
}

function topicTable(view: CatalogView): string {
  if (view.topics.length === 0) return '<p class="none">No topics.</p>';
  const rows = view.topics.map((t) => {
    const kind = t.topic.kind === 'dead-letter' ? `dead-letter${t.deadLetterFor.length ? ` for ${linkList('topic', t.deadLetterFor)}` : ''}` : 'stream';
    return (
      `<tr id="${escapeHtml(anchor('topic', t.topic.id))}"><td><strong>${escapeHtml(t.topic.name)}</strong>` +
      `${t.topic.description ? `<br><span class="rule">${escapeHtml(t.topic.description)}</span>` : ''}</td>` +
      `<td>${escapeHtml(t.topic.broker)}</td><td>${kind}</td><td>${linkList('event', t.events)}</td>` +
      `<td>${linkList('service', t.producers)}</td><td>${linkList('service', t.consumers)}</td></tr>`
    );
  });
  return `<table><thead><tr><th>Topic</th><th>Broker</th><th>Kind</th><th>Events</th><th>Producers</th><th>Consumers</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

export function catalogHtml(design: Design, options: CatalogOptions): CatalogFile[] {
  const view = catalogView(design, options);
  const title = `${design.name} — event catalog`;
  const html = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Eventsmith">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CATALOG_CSS}</style>`,
    '</head>',
    '<body>',
    '<header class="cover"><div class="inner">',
    `<div class="eyebrow">Event catalog · version ${escapeHtml(design.version)}</div>`,
    `<h1>${escapeHtml(design.name)}</h1>`,
    `<div class="lede">${paragraphs(design.description)}</div>`,
    stats(view),
    '</div></header>',
    '<main>',
    '<h2 id="contents">Contents</h2>',
    '<ul class="toc">',
    '<li><a href="#flow">Flow diagram</a></li><li><a href="#services">Services</a></li><li><a href="#topics">Topics</a></li><li><a href="#events">Events</a></li>',
    ...view.events.map((e) => `<li>${link('event', e.event.id, e.event.name)}</li>`),
    view.otherFindings.length ? '<li><a href="#other-findings">Other findings</a></li>' : '',
    '</ul>',
    '<section id="flow"><h2>Flow</h2>',
    `<div class="figure">${flowDiagramSvg(view, options.drawing)}</div>`,
    '</section>',
    `<section id="services"><h2>Services (${view.services.length})</h2>`,
    serviceSection(view),
    '</section>',
    `<section id="topics"><h2>Topics (${view.topics.length})</h2>`,
    topicTable(view),
    '</section>',
    `<section id="events"><h2>Events (${view.events.length})</h2>`,
    view.events.length ? view.events.map(eventArticle).join('\n') : '<p class="none">No events.</p>',
    '</section>',
    view.otherFindings.length ? `<section id="other-findings"><h2>Other findings (${view.otherFindings.length})</h2>\n${findingList(view.otherFindings, true)}\n</section>` : '',
    `<footer class="colophon">Generated by Eventsmith from the design “${escapeHtml(design.name)}” (version ${escapeHtml(design.version)}). ${view.findingCount} open finding${view.findingCount === 1 ? '' : 's'}.</footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
  return [{ path: `${catalogFileBase(design)}.html`, content: html + '\n' }];
}
