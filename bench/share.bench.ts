// Share links (PRODUCT.md §5, §6): encode/decode time and link length. Goal: a 10/10/10 design
// fits in 4,000 characters.
import { decodeShare, encodeShare } from '../src/core/share/codec';
import { generateSystem } from '../src/core/testing/sample-designs';
import { row, type Row } from './row';
import { measure } from './stats';

export async function shareBenchmarks(log: (line: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  for (const n of [10, 25]) {
    const file = generateSystem(n, n, n);
    let fragment = '';
    const encode = await measure(() => (fragment = encodeShare(file)), { warmup: 3, minRuns: 10, maxRuns: 100, budgetMs: 800 });
    const decoded = decodeShare(fragment);
    if (decoded.file.design.events.length !== file.design.events.length) throw new Error('share: the decoded design lost events');
    const decode = await measure(() => decodeShare(fragment), { warmup: 3, minRuns: 10, maxRuns: 100, budgetMs: 800 });
    // The link as the app builds it: `<base>#d=…`; the fragment alone is what the budget is about.
    const length = fragment.length + 1;
    const size = `${n}/${n}/${n}`;
    log(`share ${size}: ${length} chars, encode ${encode.median.toFixed(2)} ms, decode ${decode.median.toFixed(2)} ms`);
    rows.push(row({
      id: `share.${n}.length`, benchmark: `Share link length, ${size} (fragment "#d=…")`, unit: 'chars',
      goal: n === 10 ? '≤ 4,000 chars' : null, measured: length, pass: n === 10 ? length <= 4000 : null,
      note: `${JSON.stringify(file).length} chars of design JSON`,
    }));
    rows.push(row({ id: `share.${n}.encode`, benchmark: `Share encode, ${size}`, unit: 'ms', measured: encode.median, runs: encode.runs }));
    rows.push(row({ id: `share.${n}.decode`, benchmark: `Share decode, ${size}`, unit: 'ms', measured: decode.median, runs: decode.runs }));
  }
  return rows;
}
