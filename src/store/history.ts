import type { Design } from '../core/model/types';

/** Undo history of whole designs. A command returns a new design, so undo is the previous value. */
export interface History {
  past: Design[];
  future: Design[];
  /** Edits with the same key within COALESCE_MS (typing in one field) form one undo step. */
  lastKey?: string;
  lastAt: number;
}

export const HISTORY_LIMIT = 200;
export const COALESCE_MS = 1000;

export const emptyHistory = (): History => ({ past: [], future: [], lastAt: 0 });

export function record(history: History, previous: Design, key: string | undefined, now: number): History {
  if (key && key === history.lastKey && now - history.lastAt < COALESCE_MS)
    return { ...history, future: [], lastAt: now };
  const past = history.past.length >= HISTORY_LIMIT ? history.past.slice(1) : history.past.slice();
  past.push(previous);
  return { past, future: [], lastKey: key, lastAt: now };
}

export function undo(history: History, current: Design): { history: History; design: Design } | null {
  if (history.past.length === 0) return null;
  const design = history.past[history.past.length - 1];
  return { design, history: { past: history.past.slice(0, -1), future: [current, ...history.future], lastAt: 0 } };
}

export function redo(history: History, current: Design): { history: History; design: Design } | null {
  if (history.future.length === 0) return null;
  const [design, ...future] = history.future;
  return { design, history: { past: [...history.past, current], future, lastAt: 0 } };
}
