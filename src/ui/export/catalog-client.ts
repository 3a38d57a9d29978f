// Writes a catalog in a Web Worker of its own (core/catalog/worker.ts), so a design whose schemas are
// expensive to read never freezes the page while it exports; a worker that takes longer than the
// budget is ended and the export fails with a message, never with a half-written catalog.
import type { CatalogRequest, CatalogResponse } from '../../core/catalog/worker-scope';
import type { CatalogFile } from '../../core/catalog';

/** Generous: every schema's facts are budgeted on their own; this bounds the sum. */
const CATALOG_BUDGET_MS = 60_000;

export function writeCatalogInWorker(request: CatalogRequest): Promise<{ files: CatalogFile[]; note: string | null }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../core/catalog/worker.ts', import.meta.url), { type: 'module', name: 'eventsmith-catalog' });
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new Error(`writing the catalog took longer than ${CATALOG_BUDGET_MS / 1000} s and was stopped`));
    }, CATALOG_BUDGET_MS);
    const done = () => {
      clearTimeout(timer);
      worker.terminate();
    };
    worker.onmessage = ({ data }: MessageEvent<CatalogResponse>) => {
      done();
      if (data.ok) resolve({ files: data.files, note: data.note });
      else reject(new Error(data.error));
    };
    worker.onerror = (event) => {
      done();
      reject(new Error(event.message || 'the catalog worker stopped'));
    };
    worker.postMessage(request);
  });
}
