// Timing helpers: warm up, then repeat until both a minimum count and a time budget are met, and
// report the median (robust to the noise of a shared 2-core machine). GC runs between samples,
// outside the timed section, when node was started with --expose-gc.
import { performance } from 'node:perf_hooks';

export interface Sample {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface MeasureOptions {
  warmup?: number;
  minRuns?: number;
  maxRuns?: number;
  /** Stop once this many ms were spent in timed runs (after minRuns). */
  budgetMs?: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile, p in [0, 100]. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length)));
  return s[rank - 1];
}

function summarise(times: number[]): Sample {
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs: times.length };
}

/** `fn(i)` gets the run number (warm-ups are negative) so callers can feed fresh inputs. */
export async function measure(fn: (i: number) => unknown, options: MeasureOptions = {}): Promise<Sample> {
  const { warmup = 3, minRuns = 5, maxRuns = 50, budgetMs = 1500 } = options;
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const times: number[] = [];
  let spent = 0;
  for (let i = 0; i < maxRuns; i++) {
    if (i >= minRuns && spent >= budgetMs) break;
    gc?.();
    const t0 = performance.now();
    await fn(i);
    const dt = performance.now() - t0;
    times.push(dt);
    spent += dt;
  }
  return summarise(times);
}
