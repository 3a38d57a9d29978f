// Hostile text stays text: checked on the parsed HTML document, not by string search of our own.
// @ts-ignore -- jsdom ships no type declarations and @types/jsdom is not installed
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';

const parseYaml = (text: string) => load(text) as Record<string, any>;
import { escapeHtml, escapeMarkdown, escapeMarkdownBlock, fencedBlock, inlineCode } from './escape';
import { catalogHtml, catalogMarkdown, eventCatalogProject } from './index';
import { hostileDesign as corpusDesign } from '../testing/hostile-corpus';
import type { Design } from '../model/types';
import { HOSTILE, hostileDesign, sampleFindings } from '../testing/catalog-designs';

const design = hostileDesign();
const findings = sampleFindings(design);

const designs: [string, Design][] = [
  ['our hostile design', design],
  ['the shared hostile corpus', corpusDesign().design],
];

describe.each(designs)('every format of %s', (_, d) => {
  const f = sampleFindings(d);
  const names = [...d.services, ...d.topics, ...d.events].map((x) => x.name);

  it('HTML: nothing injected, every name shown as text', () => {
    const doc = new JSDOM(catalogHtml(d, { findings: f })[0].content).window.document;
    for (const tag of ['img', 'script', 'iframe', 'object', 'embed', 'link', 'svg svg', 'style + style', 'textarea', 'a:not([href^="#"])'])
      expect(doc.querySelectorAll(tag).length, tag).toBe(0);
    for (const el of doc.querySelectorAll('*'))
      for (const attr of el.attributes) expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
    const text = doc.body.textContent;
    for (const name of names) expect(text.includes(name), name).toBe(true);
    expect(doc.title).toContain(d.name);
  });

  it('Markdown: every markup character of user text escaped outside code', () => {
    expect(unescapedSpecials(markupOf(catalogMarkdown(d, { findings: f })[0].content))).toEqual([]);
  });

  it('EventCatalog: names kept as YAML data, MDX bodies escaped, paths are slugs', () => {
    const files = eventCatalogProject(d, { findings: f, asyncapi: false });
    const fronts = files.filter((x) => x.path.endsWith('.mdx')).map((x) => parseYaml(x.content.split(/^---$/m)[1]).name);
    for (const name of names) expect(fronts, name).toContain(name);
    for (const x of files) {
      expect(x.path, x.path).toMatch(/^[A-Za-z0-9_./-]+$/);
      if (x.path.endsWith('.mdx')) expect(unescapedSpecials(markupOf(x.content.split(/^---$/m).slice(2).join('---'))), x.path).toEqual([]);
    }
  });
});

describe('HTML catalog with hostile names', () => {
  const [file] = catalogHtml(design, { findings });
  const dom = new JSDOM(file.content);
  const doc = dom.window.document;

  it('has no element or attribute a user string could have injected', () => {
    for (const tag of ['img', 'script', 'iframe', 'object', 'embed', 'link', 'b', 'foreignObject'])
      expect(doc.querySelectorAll(tag).length, `<${tag}> elements`).toBe(0);
    for (const el of doc.querySelectorAll('*'))
      for (const attr of el.attributes) {
        expect(attr.name.startsWith('on'), `${el.tagName} has ${attr.name}`).toBe(false);
        expect(/^\s*javascript:/i.test(attr.value), `${el.tagName} ${attr.name}=${attr.value}`).toBe(false);
      }
  });

  it('shows the hostile text as text: title, headings, diagram labels and tooltips', () => {
    expect(doc.title).toContain(HOSTILE);
    expect(doc.querySelector('h1')!.textContent).toBe(`Hostile ${HOSTILE}`);
    const event = doc.getElementById('event-evil-event')!;
    expect(event.querySelector('h3')!.textContent).toBe(`Evil${HOSTILE}Happened`);
    const svg = doc.querySelector('svg.flow')!;
    const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels.some((l) => l!.startsWith('Evil <img src=x'))).toBe(true);
    const tooltips = [...svg.querySelectorAll('title')].map((t) => t.textContent);
    expect(tooltips).toContain(`Service Evil ${HOSTILE}`);
    expect(tooltips).toContain(`Topic evil.${HOSTILE}`);
    expect(doc.body.textContent).toContain('{alert(3)}');
    expect(doc.body.textContent).toContain('</script><script>alert(2)</script>');
  });

  it('is self-contained: no scripts, no external references, a CSP that forbids them', () => {
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    for (const el of doc.querySelectorAll('[href], [src]')) {
      const value = el.getAttribute('href') ?? el.getAttribute('src')!;
      expect(value.startsWith('#'), `${el.tagName} → ${value}`).toBe(true);
    }
    expect(doc.querySelectorAll('style').length).toBe(1);
    expect(file.content).not.toMatch(/@import|url\((?!#)/);
  });

  it('lists open findings per event, leaves suppressed ones out, and keeps design-wide ones apart', () => {
    const event = doc.getElementById('event-evil-event')!;
    const items = [...event.querySelectorAll('ul.findings li')].map((li) => li.textContent);
    expect(items.some((t) => t!.includes(`Event problem ${HOSTILE}`))).toBe(true);
    expect(items.some((t) => t!.includes('Topic problem'))).toBe(true);
    expect(items.some((t) => t!.includes('Subscription problem'))).toBe(true);
    expect(file.content).not.toContain('SUPPRESSED-FINDING');
    expect(doc.getElementById('other-findings')!.textContent).toContain('Design note');
  });

  it('marks required fields and pretty-prints the schema and examples', () => {
    const event = doc.getElementById('event-evil-event')!;
    const rows = [...event.querySelectorAll('table.fields tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows.find((r) => r[0]!.startsWith('id'))![2]).toBe('required');
    expect(rows.find((r) => r[0]!.startsWith(`weird${HOSTILE}`))![2]).toBe('optional');
    const pres = [...event.querySelectorAll('pre')].map((p) => p.textContent);
    expect(pres[0]).toContain('"required": [\n    "id"\n  ]');
    expect(pres).toContain(`{\n  "id": "${HOSTILE}"\n}`);
    const broken = doc.getElementById('event-broken')!;
    expect(broken.textContent).toContain('The schema cannot be read');
    expect(broken.querySelector('pre')!.textContent).toContain('<img src=x onerror=alert(5)>');
  });
});

/** Markdown with code spans and fences removed: what a renderer would parse as markup. */
function markupOf(md: string): string {
  return md
    .replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, '')
    .replace(/(?<![\\`])(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '');
}

/** Every `<`, `{`, `[` and `&` in the markup is escaped, apart from the tags and links we write ourselves. */
function unescapedSpecials(markup: string): string[] {
  const ours = /^(<a id="[A-Za-z0-9_-]+"><\/a>|<br>|<NodeGraph \/>|<SchemaViewer file="schema\.(json|avsc|proto)" title="[A-Za-z ]+" maxHeight="500" \/>|\[(?:\\.|[^\]\\])*\]\(#[A-Za-z0-9_-]+\))/;
  const bad: string[] = [];
  for (let i = 0; i < markup.length; i++) {
    const c = markup[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (!'<{[&'.includes(c)) continue;
    const own = ours.exec(markup.slice(i));
    if (own) {
      // Our own link text is user text too: check it, then skip the link syntax.
      if (own[0].startsWith('[')) bad.push(...unescapedSpecials(own[0].slice(1, own[0].lastIndexOf(']('))));
      i += own[0].length - 1;
      continue;
    }
    bad.push(markup.slice(Math.max(0, i - 20), i + 20));
  }
  return bad;
}

describe('Markdown catalog with hostile names', () => {
  const [file] = catalogMarkdown(design, { findings });

  it('escapes every markup character of user text outside code', () => {
    expect(unescapedSpecials(markupOf(file.content))).toEqual([]);
  });

  it('keeps the hostile text readable and code blocks closed', () => {
    expect(file.content).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(file.content).toContain('````json\nnot json ``` {oops}\n````');
    expect(file.content).not.toContain('SUPPRESSED-FINDING');
    // Every table row has the same number of unescaped pipes as its header.
    for (const table of file.content.split('\n\n').filter((b) => b.startsWith('| '))) {
      const counts = table.split('\n').map((row) => row.replace(/\\\|/g, '').split('|').length);
      expect(new Set(counts).size, table.slice(0, 80)).toBe(1);
    }
  });
});

describe('EventCatalog project with hostile names', () => {
  const files = eventCatalogProject(design, { findings, asyncapi: false });

  it('keeps user text as YAML data in frontmatter and escaped in MDX bodies', () => {
    const event = files.find((f) => f.path.endsWith('/events/evil-event/index.mdx'))!;
    const [, yaml, body] = event.content.split(/^---$/m);
    expect(parseYaml(yaml).name).toBe(`Evil${HOSTILE}Happened`);
    for (const f of files.filter((x) => x.path.endsWith('.mdx'))) {
      const mdxBody = f.content.split(/^---$/m).slice(2).join('---');
      expect(unescapedSpecials(markupOf(mdxBody)), f.path).toEqual([]);
    }
    expect(body).toContain('\\{alert(3)\\}');
  });

  it('uses slugs for every path and id', () => {
    for (const f of files) expect(f.path, f.path).toMatch(/^[A-Za-z0-9_./-]+$/);
  });
});

describe('escape helpers', () => {
  it.each([
    ['<a href="x">&\'', '&lt;a href=&quot;x&quot;&gt;&amp;&#39;'],
    ['plain', 'plain'],
  ])('escapeHtml(%j)', (input, expected) => expect(escapeHtml(input)).toBe(expected));

  it.each([
    ['- item', '- item'],
    ['a - b', 'a - b'],
    ['a\nb', 'a b'],
    ['x|y', 'x\\|y'],
    ['{x} <y> [z]', '\\{x\\} \\<y\\> \\[z\\]'],
  ])('escapeMarkdown(%j)', (input, expected) => expect(escapeMarkdown(input)).toBe(expected));

  it.each([
    ['no ticks', '```'],
    ['one ` tick', '```'],
    ['``` three', '````'],
    ['five `````', '``````'],
  ])('fencedBlock(%j) uses a longer fence', (content, fence) => {
    const block = fencedBlock(content, 'json');
    expect(block.startsWith(`${fence}json\n`)).toBe(true);
    expect(block.endsWith(`\n${fence}`)).toBe(true);
  });

  it.each([
    ['- item\n1. first\n+ x\n=== y', '\\- item  \n1\\. first  \n\\+ x  \n\\=== y'],
    ['p1\n\n\n  p2 {x}', 'p1\n\np2 \\{x\\}'],
  ])('escapeMarkdownBlock(%j)', (input, expected) => expect(escapeMarkdownBlock(input)).toBe(expected));

  it.each([
    ['a', '`a`'],
    ['a`b', '``a`b``'],
    ['`a', '`` `a ``'],
  ])('inlineCode(%j)', (input, expected) => expect(inlineCode(input)).toBe(expected));
});
