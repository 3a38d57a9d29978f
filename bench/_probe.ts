import { performance } from 'node:perf_hooks';
import { designOfNodes } from './designs';
import { mergeDocuments } from './merge-asyncapi';
import { exportAsyncApi, toYaml } from '../src/core/export/asyncapi';
import spectralCore from '@stoplight/spectral-core';
import { asyncapi } from '@stoplight/spectral-rulesets';
import { Parser } from '@asyncapi/parser';
const { Spectral, Document } = spectralCore as any;
const parsers = await import('@stoplight/spectral-parsers');
const s = new Spectral(); s.setRuleset(asyncapi as any);
const p = new Parser();
for (const n of [200, 1000]) {
  const d = designOfNodes(n).design;
  let t = performance.now(); const ex = exportAsyncApi(d); const t1 = performance.now() - t; const texts = ex.documents.map((x) => toYaml(x.document)); console.log('export', n, t1, performance.now() - t);
  const merged = toYaml(mergeDocuments(ex.documents, d.name)); console.log('merged chars', merged.length);
  for (let k = 0; k < 2; k++) { t = performance.now(); const r = await s.run(new Document(merged, parsers.Yaml)); console.log('spectral merged', n, performance.now() - t, r.length, [...new Set(r.map((x: any) => x.code))]); }
  for (let k = 0; k < 2; k++) { t = performance.now(); const r = await p.parse(merged); console.log('parser merged', n, performance.now() - t, r.diagnostics.filter((x: any) => x.severity === 0).map((x: any) => x.message).slice(0, 3)); }
}
