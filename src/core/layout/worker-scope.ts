// The layout worker's logic, apart from the global it runs in: worker.ts attaches it to the
// browser worker's `self`. ELK is loaded on the first request (a lazy chunk inside the worker).
import type { Design, Id, Position } from '../model/types';
import { DrawingCache, drawingFor, graphKey } from './drawing-for';
import type { Direction, Drawing } from './drawing';
import { createElk, type ELK } from './elk-layout';
import { flowGraph } from './flow-graph';
import { layoutDesign } from './layout-design';

export type LayoutWorkerRequest =
  | { type: 'layout'; requestId: number; design: Design; direction?: Direction }
  | { type: 'draw'; requestId: number; design: Design };

export type LayoutWorkerResponse =
  | { type: 'layout'; requestId: number; direction: Direction; positions: Record<Id, Position>; drawing: Drawing; ms: number }
  | { type: 'draw'; requestId: number; drawing: Drawing; ms: number }
  | { type: 'error'; requestId: number; message: string };

export interface LayoutScopeLike {
  postMessage(message: LayoutWorkerResponse): void;
  onmessage: ((event: { data: LayoutWorkerRequest }) => void) | null;
}

export function attachLayoutWorker(scope: LayoutScopeLike): void {
  let elk: Promise<ELK> | undefined;
  const cache = new DrawingCache();
  // elkjs, loaded inside a worker, takes the worker's onmessage for its own protocol: ours is put
  // back as soon as it has loaded (before any other message can arrive).
  const engine = () => (elk ??= createElk().then((e) => {
    scope.onmessage = handler;
    return e;
  }));
  const handler = (event: { data: LayoutWorkerRequest }) => {
    const request = event.data;
    const started = performance.now();
    const run = async (): Promise<LayoutWorkerResponse> => {
      if (request.type === 'layout') {
        const result = await layoutDesign(await engine(), request.design, { direction: request.direction });
        cache.remember(graphKey(flowGraph(request.design), result.direction), result.drawing);
        return { type: 'layout', requestId: request.requestId, ...result, ms: performance.now() - started };
      }
      const drawing = await drawingFor(await engine(), request.design, cache);
      return { type: 'draw', requestId: request.requestId, drawing, ms: performance.now() - started };
    };
    run().then(
      (response) => scope.postMessage(response),
      (e: unknown) => scope.postMessage({ type: 'error', requestId: request.requestId, message: (e as Error)?.message ?? String(e) }),
    );
  };
  scope.onmessage = handler;
}
