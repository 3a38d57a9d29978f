// Entry of the lint Web Worker (its own file, so it gets its own chunk and CSP):
//   new Worker(new URL('../core/lint/worker/worker.ts', import.meta.url), { type: 'module' })

import { attachLintWorker, type LintScopeLike } from './scope';

attachLintWorker(globalThis as unknown as LintScopeLike);
