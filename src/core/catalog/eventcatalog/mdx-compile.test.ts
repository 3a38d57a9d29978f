// Every generated .mdx compiled with the real MDX compiler (@mdx-js/mdx 3, as EventCatalog's
// Astro build does after taking the frontmatter off): user text never becomes an ES module
// statement, an expression or JSX, and never breaks the compile (issue 14).
import { compile, createProcessor } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { load as parseYaml } from 'js-yaml';
import type { Design } from '../../model/types';
import { restoreDesign } from '../../model/restore';
import { hostileDesign as corpusDesign, MDX_ESM_TEXTS, mdxEsmDesign } from '../../testing/hostile-corpus';
import { hostileDesign, orderSaga, sampleFindings } from '../../testing/catalog-designs';
import { eventCatalogProject } from '../index';

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** The components the exporter writes itself, with the attributes it gives them. */
const OWN_COMPONENTS: Record<string, string[]> = { NodeGraph: [], SchemaViewer: ['file', 'title', 'maxHeight'] };
const CODE_NODES = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function textOf(node: Node): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'code' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(textOf).join(node.type === 'root' ? '\n' : '');
}

function split(content: string): { front: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(content);
  if (!m) throw new Error('no frontmatter');
  return { front: parseYaml(m[1]) as Record<string, unknown>, body: content.slice(m[0].length) };
}

const designs: [string, () => Design][] = [
  ['order saga', orderSaga],
  ['catalog hostile design', hostileDesign],
  ['hostile corpus design', () => corpusDesign().design],
  ['MDX ES-module descriptions', () => restoreDesign(mdxEsmDesign()).file.design],
];

describe.each(designs)('EventCatalog .mdx of the %s', (_, make) => {
  const design = make();
  const files = eventCatalogProject(design, { findings: sampleFindings(design), asyncapi: false }).filter((f) => f.path.endsWith('.mdx'));

  it('parses with no ES module, expression or foreign JSX node and compiles', async () => {
    expect(files.length).toBeGreaterThan(0);
    const processor = createProcessor();
    for (const f of files) {
      const { body } = split(f.content);
      const found: string[] = [];
      walk(processor.parse(body) as Node, (n) => {
        if (CODE_NODES.has(n.type)) found.push(`${n.type}: ${String(n.value).slice(0, 60)}`);
        if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
          const allowed = OWN_COMPONENTS[n.name ?? ''];
          if (!allowed) found.push(`JSX <${n.name}>`);
          for (const a of n.attributes ?? [])
            if (a.type !== 'mdxJsxAttribute' || !allowed?.includes(a.name ?? '') || typeof a.value !== 'string') found.push(`<${n.name}> attribute ${a.name ?? a.type}`);
        }
      });
      expect(found, f.path).toEqual([]);
      await expect(compile(body), f.path).resolves.toBeDefined();
    }
  });
});

describe('descriptions that start with import or export', () => {
  const design = restoreDesign(mdxEsmDesign()).file.design;
  const files = eventCatalogProject(design, { findings: [], asyncapi: false });

  it('stay readable prose: the words are in the rendered text, the frontmatter keeps them verbatim', () => {
    const processor = createProcessor();
    const bodies = files.filter((f) => f.path.endsWith('.mdx')).map((f) => textOf(processor.parse(split(f.content).body) as Node)).join('\n');
    expect(bodies).toContain(MDX_ESM_TEXTS.innocentExport);
    expect(bodies).toContain("export const x = (await import('node:fs')).writeFileSync('pwned.txt', 'owned')");
    expect(bodies).toContain('import jobs run hourly');
    expect(bodies).toContain('Export default settings apply');
    const service = files.find((f) => f.path.endsWith('/services/svc-0/index.mdx'))!;
    expect(split(service.content).front['x-eventsmith-id']).toBe('svc-0');
  });
});
