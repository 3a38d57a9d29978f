import { createContext } from 'react';
import type { Id } from '../../core/model/types';

/**
 * What every edge needs to know about the canvas as a whole, read once by the Canvas and handed
 * down, instead of one store subscription per edge: React Flow runs every subscriber's selector
 * on each of its updates (two per mouse move of a drag), so three per-edge subscriptions made
 * ~2,000 of the ~5,400 selector calls per update at fit view with 1,000 nodes (profiled).
 */
export interface EdgeView {
  /** Labels are drawn (zoomed in far enough, or a design small enough to read them anyway). */
  labelsVisible: boolean;
  /** The edge whose events are being edited inline, if any. */
  editingEdge: Id | null;
}

export const EdgeViewContext = createContext<EdgeView>({ labelsVisible: true, editingEdge: null });

/** Labels of big designs are unreadable when zoomed far out; not drawing them keeps those smooth. */
const LABEL_MIN_ZOOM = 0.45;
const ALWAYS_LABELLED_BELOW = 300;
export const selectLabelsVisible = (s: { transform: [number, number, number]; nodeLookup: Map<string, unknown> }) =>
  s.transform[2] >= LABEL_MIN_ZOOM || s.nodeLookup.size < ALWAYS_LABELLED_BELOW;
