// Entry of the layout Web Worker (ELK, routes): layouts never block the page.
//   new Worker(new URL('../../core/layout/worker.ts', import.meta.url), { type: 'module' })
import { attachLayoutWorker, type LayoutScopeLike } from './worker-scope';

attachLayoutWorker(globalThis as unknown as LayoutScopeLike);
