// The designs of the layout-quality check: the order saga, the AsyncAPI spec's social-media
// system, a merge of four spec examples, and generated systems of 50 and 300 nodes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importAsyncApi } from '../asyncapi/import';
import { mergeDesigns } from '../model/merge';
import { restoreDesign } from '../model/restore';
import type { Design } from '../model/types';
import { generateSystem } from './sample-designs';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const corpus = join(repo, '../shared/corpus/asyncapi-spec-examples/3.0.0');

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : /\.(ya?ml|json)$/.test(n) ? [p] : [];
  });
}
const input = (p: string) => ({ path: relative(corpus, p), text: readFileSync(p, 'utf8') });

export function orderSaga(): Design {
  return restoreDesign(JSON.parse(readFileSync(join(repo, 'examples/order-saga.json'), 'utf8'))).file.design;
}

export function socialMedia(): Design {
  return importAsyncApi(walk(join(corpus, 'social-media')).map(input)).file.design;
}

/** Four spec examples merged one after another, as "Import → Merge" does. */
export const MERGED_EXAMPLES = ['streetlights-kafka-asyncapi.yml', 'streetlights-mqtt-asyncapi.yml', 'rpc-client-asyncapi.yml', 'rpc-server-asyncapi.yml'];
export function mergeOfFour(): Design {
  let design: Design | undefined;
  for (const name of MERGED_EXAMPLES) {
    const next = importAsyncApi([input(join(corpus, name))]).file.design;
    design = design ? mergeDesigns(design, next).design : next;
  }
  return { ...design!, name: 'Four spec examples', layout: { nodes: {} } };
}

/** A generated system of about `nodes` services and topics (2 : 1 : 2 producers : topics : consumers). */
export function designOfNodes(nodes: number): Design {
  const topics = Math.round(nodes / 5);
  const producers = Math.round((nodes - topics) / 2);
  return generateSystem(producers, topics, nodes - topics - producers).design;
}

export function layoutCheckDesigns(): [string, Design][] {
  return [
    ['order saga', orderSaga()],
    ['social media', socialMedia()],
    ['merge of four', mergeOfFour()],
    ['50 nodes', designOfNodes(50)],
    ['300 nodes', designOfNodes(300)],
  ];
}
