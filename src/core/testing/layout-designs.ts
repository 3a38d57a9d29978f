// The designs of the layout-quality check: the order saga, the AsyncAPI spec's social-media
// system, a merge of four spec examples, and generated systems of 50 and 300 nodes.
import { importAsyncApi } from '../asyncapi/import';
import { mergeDesigns } from '../model/merge';
import { restoreDesign } from '../model/restore';
import type { Design } from '../model/types';
import { generateSystem } from './sample-designs';

/** Files the designs are read from, given by the caller (core/testing reads no files itself). */
export interface Files {
  /** Text of a file by path from the repository root; the corpus is at ../shared/corpus/. */
  read(path: string): string;
  /** Every file under a folder (recursively), paths from the repository root. */
  list(dir: string): string[];
}

const CORPUS = '../shared/corpus/asyncapi-spec-examples/3.0.0';
const input = (files: Files, p: string) => ({ path: p.slice(CORPUS.length + 1), text: files.read(p) });

export function orderSaga(files: Files): Design {
  return restoreDesign(JSON.parse(files.read('examples/order-saga.json'))).file.design;
}

export function socialMedia(files: Files): Design {
  return importAsyncApi(files.list(`${CORPUS}/social-media`).filter((p) => /\.ya?ml$/.test(p)).sort().map((p) => input(files, p))).file.design;
}

/** Four spec examples merged one after another, as "Import → Merge" does. */
export const MERGED_EXAMPLES = ['streetlights-kafka-asyncapi.yml', 'streetlights-mqtt-asyncapi.yml', 'rpc-client-asyncapi.yml', 'rpc-server-asyncapi.yml'];
export function mergeOfFour(files: Files): Design {
  let design: Design | undefined;
  for (const name of MERGED_EXAMPLES) {
    const next = importAsyncApi([input(files, `${CORPUS}/${name}`)]).file.design;
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

/** The folder of ../shared the spec-example designs are read from (describeShared skips without it). */
export const SPEC_EXAMPLES = 'corpus/asyncapi-spec-examples';

/** The designs of the check that need no third-party file. */
export function ownLayoutCheckDesigns(files: Files): [string, Design][] {
  return [
    ['order saga', orderSaga(files)],
    ['50 nodes', designOfNodes(50)],
    ['300 nodes', designOfNodes(300)],
  ];
}

/** The designs of the check read from the spec's examples in ../shared. */
export function corpusLayoutCheckDesigns(files: Files): [string, Design][] {
  return [
    ['social media', socialMedia(files)],
    ['merge of four', mergeOfFour(files)],
  ];
}
