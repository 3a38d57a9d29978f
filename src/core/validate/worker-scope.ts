// The validation worker's logic, apart from the global it runs in: worker.ts attaches it to the
// browser worker's `self`, tests attach it to a Node worker thread's port.

import { asWorkerRequest, type WorkerResponse } from './protocol';
import { sharedAjv, validateEvent, type AjvFactory } from './validate-event';

/** The part of a worker global scope this uses (typed here: the core has no DOM library). */
export interface WorkerScopeLike {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

export function handleRequest(data: unknown, ajvFactory: AjvFactory = sharedAjv): WorkerResponse | undefined {
  const request = asWorkerRequest(data);
  if (!request) return undefined;
  return { type: 'result', requestId: request.requestId, result: validateEvent(request.event, ajvFactory) };
}

export function attachValidationWorker(scope: WorkerScopeLike, ajvFactory: AjvFactory = sharedAjv): void {
  // Compile the meta-schema before saying ready, so no request's budget pays for it.
  ajvFactory().validateSchema({ type: 'object' });
  scope.onmessage = (event) => {
    const response = handleRequest(event.data, ajvFactory);
    if (response) scope.postMessage(response);
  };
  scope.postMessage({ type: 'ready' });
}
