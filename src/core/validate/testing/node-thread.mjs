// Test-only: runs the validation worker's logic (worker-scope.ts) in a Node worker thread, the
// way worker.ts runs it in a browser Web Worker. tsx is registered here because the thread does
// not inherit vitest's transform.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { attachValidationWorker } = await import('../worker-scope.ts');

const scope = { onmessage: null, postMessage: (message) => parentPort.postMessage(message) };
parentPort.on('message', (data) => scope.onmessage?.({ data }));
attachValidationWorker(scope);
