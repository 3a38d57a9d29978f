// Full lint of generated designs (PRODUCT.md §6: ≤ 16 ms at 200 nodes, ≤ 50 ms at 1,000), with
// Spectral's AsyncAPI ruleset on the same system's AsyncAPI in the same run.
//
// The peer reads ONE merged document per system (every channel, message and operation of every
// per-service document, each message once), not the per-service documents one by one: Spectral's
// cost is mostly a fixed cost per run (about half a second per small document on this machine), so
// 160 or 800 separate runs would take minutes and make the ratio mostly about that fixed cost.
import { exportAsyncApi } from '../src/core/asyncapi/export';
import { lintDesign } from '../src/core/lint/engine';
import { designOfNodes, withFreshSchemaTexts } from './designs';
import { mergedYaml } from './merge-asyncapi';
import { spectralLint } from './peers';
import { row, type Row } from './row';
import { measure } from './stats';

const GOALS: Record<number, number> = { 200: 16, 1000: 50 };

export async function lintBenchmarks(log: (line: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  let spectralWarm = false;
  for (const nodes of [200, 1000]) {
    const design = designOfNodes(nodes).design;
    const goal = GOALS[nodes];
    const findings = lintDesign(design).length;
    // Warm: schema facts memoized, as on every edit in the app.
    const warm = await measure(() => lintDesign(design), { warmup: 5, minRuns: 15, maxRuns: 200, budgetMs: 1500 });
    // Cold: every schema text new, as on opening a design.
    const fresh = Array.from({ length: 24 }, (_, i) => withFreshSchemaTexts(design, i));
    const cold = await measure((i) => lintDesign(fresh[i < 0 ? fresh.length + i : i]), { warmup: 2, minRuns: 5, maxRuns: fresh.length - 2, budgetMs: 1500 });

    const doc = mergedYaml(design.id, () => exportAsyncApi(design).documents, design.name);
    if (!spectralWarm) {
      await spectralLint(doc); // ruleset compilation and module loading, once
      spectralWarm = true;
    }
    let diagnostics = 0;
    const peer = await measure(async () => (diagnostics = await spectralLint(doc)), { warmup: 0, minRuns: 3, maxRuns: 3 });
    const peerName = 'Spectral (spectral:asyncapi), merged doc';
    log(`lint ${nodes}: warm ${warm.median.toFixed(2)} ms, cold ${cold.median.toFixed(2)} ms (${findings} findings); Spectral ${peer.median.toFixed(0)} ms (${diagnostics} diagnostics)`);
    rows.push(row({
      id: `lint.${nodes}`, benchmark: `Full lint, ${nodes} nodes (schema facts cached, per edit)`, unit: 'ms', goal: `≤ ${goal} ms`,
      measured: warm.median, peer: peerName, peerMeasured: peer.median, pass: warm.median <= goal, runs: warm.runs,
      note: `${findings} findings; Spectral read ${Math.round(doc.length / 1024)} KB of YAML`,
    }));
    rows.push(row({
      id: `lint.${nodes}.cold`, benchmark: `Full lint, ${nodes} nodes (every schema new, on open)`, unit: 'ms', goal: `≤ ${goal} ms`,
      measured: cold.median, peer: peerName, peerMeasured: peer.median, pass: cold.median <= goal, runs: cold.runs,
      note: `Spectral: ${diagnostics} diagnostics`,
    }));
  }
  return rows;
}
