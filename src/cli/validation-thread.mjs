// The validation worker's logic (src/core/validate/worker-scope.ts) in a Node worker thread, so
// the CLI can stop a validation that runs too long (a hostile `pattern`) as the browser does.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { attachValidationWorker } = await import('../core/validate/worker-scope.ts');

const scope = { onmessage: null, postMessage: (message) => parentPort.postMessage(message) };
parentPort.on('message', (data) => scope.onmessage?.({ data }));
attachValidationWorker(scope);
