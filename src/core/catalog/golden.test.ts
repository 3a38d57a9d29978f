// Golden files for every catalog format of the example designs, readable in review.
// Regenerate after an intended change: UPDATE_GOLDEN=1 npx vitest run src/core/catalog
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types';
import { catalogHtml, catalogMarkdown, eventCatalogProject, type CatalogFile } from './index';
import { hostileDesign as corpusDesign } from '../testing/hostile-corpus';
import { hostileDesign, orderSaga, sampleFindings } from '../testing/catalog-designs';

const here = dirname(fileURLToPath(import.meta.url));
const goldenRoot = join(here, '__golden__');
const update = process.env.UPDATE_GOLDEN === '1';

const designs: [string, () => Design][] = [
  ['order-saga', orderSaga],
  ['hostile', hostileDesign],
  ['hostile-corpus', () => corpusDesign().design],
];

// AsyncAPI documents are pinned by the AsyncAPI export's own goldens; here they are left out so
// these files change only when the catalog changes (attachment is tested in eventcatalog.test.ts).
const formats: [string, (d: Design) => CatalogFile[]][] = [
  ['html', (d) => catalogHtml(d, { findings: sampleFindings(d) })],
  ['markdown', (d) => catalogMarkdown(d, { findings: sampleFindings(d) })],
  ['eventcatalog', (d) => eventCatalogProject(d, { findings: sampleFindings(d), asyncapi: false })],
];

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

describe('catalog golden files', () => {
  for (const [designName, make] of designs)
    for (const [format, exporter] of formats)
      it(`${designName} as ${format}`, () => {
        const dir = join(goldenRoot, designName, format);
        const files = exporter(make());
        expect(exporter(make())).toEqual(files); // deterministic
        if (update) {
          rmSync(dir, { recursive: true, force: true });
          for (const f of files) {
            mkdirSync(dirname(join(dir, f.path)), { recursive: true });
            writeFileSync(join(dir, f.path), f.content);
          }
        }
        const onDisk = listFiles(dir).map((p) => relative(dir, p).split('\\').join('/')).sort();
        expect(onDisk.length, `no golden files in ${dir}: run with UPDATE_GOLDEN=1`).toBeGreaterThan(0);
        expect(files.map((f) => f.path).sort()).toEqual(onDisk);
        for (const f of files) expect(f.content, f.path).toBe(readFileSync(join(dir, f.path), 'utf8'));
      });
});
