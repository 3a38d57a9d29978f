// Entry of the catalog export Web Worker (its own file, so it gets its own chunk):
//   new Worker(new URL('../../core/catalog/worker.ts', import.meta.url), { type: 'module' })
import { attachCatalogWorker, type CatalogScopeLike } from './worker-scope';

attachCatalogWorker(globalThis as unknown as CatalogScopeLike);
