// The page's side of the layout worker: ELK and the router run there, never on the main thread.
// One worker, started on first use; answers matched to requests by id.
import type { Design } from '../../core/model/types';
import type { Direction } from '../../core/layout/drawing';
import type { LayoutWorkerRequest, LayoutWorkerResponse } from '../../core/layout/worker-scope';

type Answer<T extends LayoutWorkerResponse['type']> = Extract<LayoutWorkerResponse, { type: T }>;

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve: (r: LayoutWorkerResponse) => void; reject: (e: Error) => void }>();

function spawn(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../../core/layout/worker.ts', import.meta.url), { type: 'module', name: 'eventsmith-layout' });
  worker.onmessage = (event: MessageEvent<LayoutWorkerResponse>) => {
    const r = event.data;
    const w = waiting.get(r.requestId);
    if (!w) return;
    waiting.delete(r.requestId);
    if (r.type === 'error') w.reject(new Error(r.message));
    else w.resolve(r);
  };
  worker.onerror = (event) => {
    // A crashed worker fails what it was doing; the next request starts a new one.
    for (const w of waiting.values()) w.reject(new Error(event.message || 'the layout worker stopped'));
    waiting.clear();
    worker?.terminate();
    worker = undefined;
  };
  return worker;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'requestId'> : never;

function ask<T extends LayoutWorkerResponse['type']>(request: WithoutId<LayoutWorkerRequest>): Promise<Answer<T>> {
  const requestId = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(requestId, { resolve: resolve as (r: LayoutWorkerResponse) => void, reject });
    spawn().postMessage({ ...request, requestId });
  });
}

/**
 * The design as the worker needs it: of the events only what labels read (flowGraph: id and name).
 * Schema texts, examples and histories are most of a big design (730 KB of 1.2 MB at 1,000 nodes)
 * and would be structured-cloned on the main thread with every request.
 */
function forWorker(design: Design): Design {
  return { ...design, events: design.events.map((e) => ({ id: e.id, name: e.name, kind: e.kind, version: e.version, schemaFormat: e.schemaFormat, schema: '' })) };
}

/** A full layered layout of `design` (positions, direction, and the drawing with the engine's routes). */
export const layoutInWorker = (design: Design, direction?: Direction) => ask<'layout'>({ type: 'layout', design: forWorker(design), direction });

/** Routes, labels and groups for the design's current positions. */
export const drawInWorker = (design: Design) => ask<'draw'>({ type: 'draw', design: forWorker(design) });
