// The initial JavaScript budget of PRODUCT.md §6: what index.html loads before any lazy import
// (its entry script and modulepreloads), gzipped, must stay within 170 KB. Run after `vite build`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = 170;

export function measure(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) initial.add(m[1]);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)) initial.add(m[1]);
  const size = (file) => {
    const bytes = readFileSync(join(dist, file.replace(/^\.?\//, '')));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const chunks = [...initial].map(size);
  const lazy = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js') && !chunks.some((c) => c.file.endsWith(f)))
    .map((f) => size(`assets/${f}`))
    .sort((a, b) => b.gzip - a.gzip);
  const total = chunks.reduce((n, c) => n + c.gzip, 0);
  return { chunks, lazy, totalKb: total / 1024 };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chunks, lazy, totalKb } = measure(process.argv[2] || 'dist');
  console.log(`initial JavaScript: ${totalKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
  for (const c of chunks) console.log(`  initial  ${c.file}  ${kb(c.gzip)} gzip (${kb(c.raw)} raw)`);
  for (const c of lazy.slice(0, 8)) console.log(`  lazy     ${c.file}  ${kb(c.gzip)} gzip`);
  if (totalKb > BUDGET_KB) {
    console.error(`size budget exceeded: ${totalKb.toFixed(1)} KB > ${BUDGET_KB} KB of initial JavaScript (per-chunk sizes above)`);
    process.exit(1);
  }
}
