// One line of the benchmark table and of bench/results.json. Every benchmark emits the same
// shape, whether or not it has a goal or a peer, so results.json diffs cleanly between runs.

export type Unit = 'ms' | 'chars' | 'KB' | 'MB';

export interface Row {
  /** Stable key, e.g. `lint.200` (results.json is keyed by it). */
  id: string;
  benchmark: string;
  unit: Unit;
  /** What PRODUCT.md §6 / issue 8 asks for, as text ("≤ 16 ms"); null when there is none. */
  goal: string | null;
  /** Median of the timed runs (ms), or the size measured. null when it could not be measured. */
  measured: number | null;
  /** The peer tool and how it was run, or null. */
  peer: string | null;
  peerMeasured: number | null;
  /** peer ÷ ours, from the same run: above 1 means we are faster. */
  ratio: number | null;
  /** Whether the goal is met; null without a goal or a measurement. */
  pass: boolean | null;
  runs: number | null;
  note: string | null;
}

export function row(fields: Partial<Row> & Pick<Row, 'id' | 'benchmark' | 'unit'>): Row {
  // id, benchmark and unit first: results.json reads better and its key order never changes.
  const { id, benchmark, unit, ...rest } = fields;
  const r: Row = { id, benchmark, unit, goal: null, measured: null, peer: null, peerMeasured: null, ratio: null, pass: null, runs: null, note: null, ...rest };
  if (r.ratio === null && r.measured !== null && r.peerMeasured !== null && r.measured > 0) r.ratio = r.peerMeasured / r.measured;
  return r;
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
