// The validation worker's logic (src/core/validate/worker-scope.ts) in a Node worker thread, so
// the CLI can stop a validation that runs too long (a hostile `pattern`) as the browser does.
// The one thread entry: bundled beside the CLI (build/cli/validation-thread.mjs), and run from
// the bundle vitest builds by the tests (see spawnValidationThread).
import { parentPort } from 'node:worker_threads';
import { attachValidationWorker, type WorkerScopeLike } from '../core/validate/worker-scope';

const port = parentPort;
if (!port) throw new Error('validation-thread runs as a worker thread');
const scope: WorkerScopeLike = { onmessage: null, postMessage: (message) => port.postMessage(message) };
port.on('message', (data) => scope.onmessage?.({ data }));
attachValidationWorker(scope);
