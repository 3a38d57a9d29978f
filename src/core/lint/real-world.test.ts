// Issue 16's measure on real documents: the 15 sets of ../shared/corpus/real-world-asyncapi
// (each imported as one system, linted under Review with validation, as `eventsmith lint` does)
// gave 58 errors and 127 warnings (185) before the rules knew the transport, the edges of the
// design, CloudEvents and invented names. After: no consumer rule on a WebSocket or HTTP
// subscription, and at most half as many errors plus warnings.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { importAsyncApi } from '../asyncapi/import/index';
import type { Design } from '../model/types';
import { describeShared } from '../testing/shared-files';
import { validateDesign } from '../validate';
import { lintDesign, openFindings } from './engine';
import { protocolOfTopic } from './transport';
import type { Finding } from './types';

const BEFORE = 58 + 127;
const CONSUMER_RULES = new Set(['consumer-dead-letter', 'consumer-idempotency', 'consumer-group-shared']);
const AT_MOST_ONCE = new Set(['ws', 'wss', 'http', 'https', 'sse', 'websockets']);

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : /\.(ya?ml|json)$/.test(n) ? [p] : [];
  });
}

describeShared('corpus', 'real-world AsyncAPI sets under Review', (corpus) => {
  const docs = join(corpus, 'real-world-asyncapi/docs');
  const sets = readdirSync(docs).sort().map((name) => {
    const root = join(docs, name);
    const files = walk(root).map((p) => ({ path: relative(root, p), text: readFileSync(p, 'utf8') }));
    const design: Design = importAsyncApi(files).file.design;
    return { name, design, findings: openFindings(lintDesign(design, { validation: validateDesign(design) })) };
  });

  it('has the 15 sets', () => expect(sets).toHaveLength(15));

  it('no consumer rule on a WebSocket or HTTP subscription', () => {
    const clientSubs: string[] = [];
    const wrong: Finding[] = [];
    for (const { name, design, findings } of sets) {
      const topics = new Map(design.topics.map((t) => [t.id, t]));
      const atMostOnce = new Set(design.subscriptions.filter((s) => AT_MOST_ONCE.has(protocolOfTopic(topics.get(s.topicId)!) ?? '')).map((s) => s.id));
      for (const id of atMostOnce) clientSubs.push(`${name}/${id}`);
      wrong.push(...findings.filter((f) => CONSUMER_RULES.has(f.ruleId) && atMostOnce.has(f.target.id)));
    }
    // The corpus has such clients (glee's anime HTTP server, crypto and social-network WebSockets).
    expect(clientSubs.length).toBeGreaterThanOrEqual(4);
    expect(wrong).toEqual([]);
  });

  it(`at most half of the ${BEFORE} errors and warnings of before`, () => {
    const all = sets.flatMap((s) => s.findings);
    const counted = all.filter((f) => f.severity !== 'info');
    // The count by rule, for the record (closing notes quote it).
    const byRule = new Map<string, Record<string, number>>();
    for (const f of all) {
      const row = byRule.get(f.ruleId) ?? {};
      row[f.severity] = (row[f.severity] ?? 0) + 1;
      byRule.set(f.ruleId, row);
    }
    console.log(`real-world corpus under Review: ${counted.length} errors and warnings (before: ${BEFORE}); lint exits 1 on ${sets.filter((s) => s.findings.some((f) => f.severity === 'error')).length} of ${sets.length}\n${[...byRule].sort().map(([rule, n]) => `  ${rule}: ${Object.entries(n).map(([sev, k]) => `${k} ${sev}`).join(', ')}`).join('\n')}`);
    expect(counted.length).toBeLessThanOrEqual(Math.floor(BEFORE / 2));
  });
});
