// AsyncAPI export and import (PRODUCT.md §4), with the official @asyncapi/parser on the same
// documents in the same run. Goal (issue 8): our import of a large document takes ≤ 1/4 of the
// parser's time.
import { exportAsyncApi, toYaml, type AsyncApiDocument } from '../src/core/asyncapi/export';
import { importAsyncApi, MAX_FILES } from '../src/core/asyncapi/import';
import { designOfNodes } from './designs';
import { largeAsyncApiDocument } from './large-asyncapi';
import { mergedYaml } from './merge-asyncapi';
import { officialParse } from './peers';
import { row, type Row } from './row';
import { measure } from './stats';

const PARSER = '@asyncapi/parser Parser.parse';
const IMPORT_GOAL = '≤ 1/4 of parser (ratio ≥ 4)';

export async function asyncApiBenchmarks(log: (line: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  // The parser's first run loads its schemas and rules: keep it out of every measurement.
  await officialParse(largeAsyncApiDocument(10).text);
  for (const nodes of [200, 1000]) {
    const design = designOfNodes(nodes).design;
    let documents: AsyncApiDocument[] = [];
    const build = await measure(() => (documents = exportAsyncApi(design).documents), { warmup: 2, minRuns: 5, maxRuns: 30, budgetMs: 1000 });
    let texts: string[] = [];
    // YAML is the slow part (seconds at 1,000 nodes): warm it up once, on the small design only.
    const yaml = await measure(() => (texts = documents.map((d) => toYaml(d.document))), { warmup: nodes === 200 ? 1 : 0, minRuns: 3, maxRuns: 10, budgetMs: 2000 });
    const chars = texts.reduce((n, t) => n + t.length, 0);
    log(`export ${nodes}: exportAsyncApi ${build.median.toFixed(1)} ms + toYaml ${yaml.median.toFixed(1)} ms (${documents.length} documents, ${(chars / 1e6).toFixed(2)} M chars)`);
    rows.push(row({
      id: `export.${nodes}`, benchmark: `AsyncAPI export, ${nodes} nodes (${documents.length} docs, YAML)`, unit: 'ms',
      measured: build.median + yaml.median, runs: yaml.runs,
      note: `exportAsyncApi ${build.median.toFixed(1)} ms + toYaml ${yaml.median.toFixed(1)} ms; ${(chars / 1e6).toFixed(2)} M chars`,
    }));

    // Import of the whole system as one document, and the parser on that same text.
    const merged = mergedYaml(design.id, () => documents, design.name);
    const ours = await measure(() => importAsyncApi([{ path: 'system.yaml', text: merged }]), { warmup: 1, minRuns: 3, maxRuns: 10, budgetMs: 1500 });
    const peer = await measure(() => officialParse(merged), { warmup: 0, minRuns: 3, maxRuns: 3 });
    log(`import ${nodes} (1 merged doc, ${(merged.length / 1e6).toFixed(2)} M chars): ours ${ours.median.toFixed(1)} ms, parser ${peer.median.toFixed(0)} ms`);
    const r = row({
      id: `import.${nodes}`, benchmark: `AsyncAPI import, ${nodes} nodes (1 merged doc)`, unit: 'ms', goal: IMPORT_GOAL,
      measured: ours.median, peer: PARSER, peerMeasured: peer.median, runs: ours.runs, note: `${(merged.length / 1e6).toFixed(2)} M chars YAML`,
    });
    r.pass = r.ratio !== null && r.ratio >= 4;
    rows.push(r);

    // The round trip of the export: every per-service document at once (the CLI's `import`).
    const files = texts.map((text, i) => ({ path: `${documents[i].fileBase}.yaml`, text }));
    if (files.length <= MAX_FILES) {
      const all = await measure(() => importAsyncApi(files), { warmup: 1, minRuns: 3, maxRuns: 10, budgetMs: 2000 });
      log(`import ${nodes} (${files.length} per-service docs): ${all.median.toFixed(1)} ms`);
      rows.push(row({ id: `import.${nodes}.per-service`, benchmark: `AsyncAPI import, ${nodes} nodes (${files.length} per-service docs)`, unit: 'ms', measured: all.median, runs: all.runs }));
    } else {
      log(`import ${nodes} (${files.length} per-service docs): refused, importAsyncApi takes at most ${MAX_FILES} files`);
      rows.push(row({
        id: `import.${nodes}.per-service`, benchmark: `AsyncAPI import, ${nodes} nodes (${files.length} per-service docs)`, unit: 'ms',
        note: `not measurable: importAsyncApi refuses more than MAX_FILES = ${MAX_FILES} files`,
      }));
    }
  }

  const large = largeAsyncApiDocument(2000);
  const ours = await measure(() => importAsyncApi([{ path: 'platform.yaml', text: large.text }]), { warmup: 1, minRuns: 3, maxRuns: 10, budgetMs: 3000 });
  const peer = await measure(() => officialParse(large.text), { warmup: 0, minRuns: 3, maxRuns: 3 });
  log(`import 2,000-channel document (${(large.text.length / 1e6).toFixed(2)} M chars): ours ${ours.median.toFixed(1)} ms, parser ${peer.median.toFixed(0)} ms`);
  const r = row({
    id: 'import.2000-channels', benchmark: 'AsyncAPI import, 2,000-channel document', unit: 'ms', goal: IMPORT_GOAL,
    measured: ours.median, peer: PARSER, peerMeasured: peer.median, runs: ours.runs, note: `${(large.text.length / 1e6).toFixed(2)} M chars YAML`,
  });
  r.pass = r.ratio !== null && r.ratio >= 4;
  rows.push(r);
  return rows;
}
