import { useEffect } from 'react';
import type { Design } from '../../core/model/types';
import type { EditorStore } from '../../store/store';
import { runAutoLayout } from '../actions/layout-lazy';
import { drawInWorker } from './layout-client';
import { setDrawing } from './drawing-store';

/** The parts of a design its drawing depends on: a change to anything else (a schema, the viewport) draws nothing. */
function drawnParts(d: Design): unknown[] {
  return [d.services, d.topics, d.events, d.publications, d.subscriptions, d.layout.nodes, d.layout.direction];
}

const changed = (a: unknown[], b: unknown[]) => a.some((v, i) => v !== b[i]);

/**
 * Keeps the drawing in step with the design: after each change (a drag ends, an edit) the worker
 * routes the edges again; the newest answer wins. A design opened with nodes that have no position
 * (a link, a file, an example, a start-up) is laid out first.
 */
export function useDrawingSync(store: EditorStore) {
  useEffect(() => {
    let latest = 0;
    let parts: unknown[] = [];
    let docId: string | null = null;
    let scheduled = false;
    const draw = () => {
      scheduled = false;
      const state = store.getState();
      if (state.dragging) return;
      const design = state.design;
      const ticket = ++latest;
      drawInWorker(design).then(
        (r) => { if (ticket === latest) setDrawing(r.drawing); },
        (e: Error) => { if (ticket === latest) state.notify('error', `Drawing the edges failed: ${e.message}`); },
      );
    };
    const check = () => {
      const state = store.getState();
      if (state.docId !== docId) {
        docId = state.docId;
        setDrawing(null);
        const d = state.design;
        if ([...d.services, ...d.topics].some((n) => !d.layout.nodes[n.id])) {
          parts = drawnParts(d);
          void runAutoLayout(state).catch((e: Error) => state.notify('error', `Layout failed: ${e.message}`));
          return;
        }
      }
      const next = drawnParts(state.design);
      if (!changed(next, parts)) return;
      parts = next;
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(draw);
      }
    };
    check();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.design !== prev.design || s.dragging !== prev.dragging || s.docId !== prev.docId) check();
    });
    return () => {
      latest++;
      unsubscribe();
    };
  }, [store]);
}
