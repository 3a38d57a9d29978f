// Entry of the validation Web Worker. Load it as its own file so it gets its own CSP:
//   new Worker(new URL('../core/validate/worker.ts', import.meta.url), { type: 'module' })

import { attachValidationWorker, type WorkerScopeLike } from './worker-scope';

attachValidationWorker(globalThis as unknown as WorkerScopeLike);
