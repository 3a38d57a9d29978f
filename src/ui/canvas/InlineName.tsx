import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Id } from '../../core/model/types';
import { useEditorStore } from '../../store/context';
import { renameNode } from './canvas-actions';

/** Nobody has the keyboard: the focused element was removed (the rename field on Enter) or none was. */
const keyboardIsFree = () => !document.activeElement || document.activeElement === document.body;

/**
 * Puts the keyboard back on a canvas node, so F2, Delete and "Connect to…" keep working — unless
 * the person has put it somewhere else meanwhile: a frame later, a click into the inspector's
 * Name field had already focused it, and the keys typed there went to the node and were lost.
 */
export function focusNode(id: Id, leaving: readonly Id[] = []): void {
  // The node just deleted may still hold focus for a frame or two (the canvas removes it on its
  // own render): holding focus on a node on its way out still counts as nobody having the keyboard.
  const onLeavingNode = () => {
    const nodeId = document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id');
    return nodeId != null && leaving.includes(nodeId);
  };
  let frames = 0;
  const attempt = () => {
    if (!keyboardIsFree() && !onLeavingNode()) return;
    const target = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    target?.focus();
    if ((!target || onLeavingNode()) && ++frames < 10) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/**
 * Focuses a field that may not be focusable yet: the canvas shows a new node only once it has
 * been measured (hidden until then), so focus is retried for a few frames.
 */
export function focusWhenShown(el: HTMLInputElement | null, select = false): () => void {
  let frames = 0;
  let handle = 0;
  const focusedBefore = document.activeElement;
  const attempt = () => {
    if (!el || !el.isConnected) return;
    // The person focused another field while the node was still hidden: theirs wins.
    if (document.activeElement !== focusedBefore && document.activeElement !== el && !keyboardIsFree()) return;
    el.focus();
    if (document.activeElement === el) {
      if (select) el.select();
    } else if (++frames < 30) handle = requestAnimationFrame(attempt);
  };
  attempt();
  return () => cancelAnimationFrame(handle);
}

/**
 * The name of a node, edited on the node: focused with its text selected; Enter (or leaving the
 * field) commits as one undo step, Escape cancels. `nodrag nopan` keep the canvas's hands off.
 */
export function InlineName({ id, name }: { id: Id; name: string }) {
  const store = useEditorStore();
  const ref = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(name);
  const done = useRef(false);
  useEffect(() => focusWhenShown(ref.current, true), []);
  const finish = (commit: boolean, refocus = true) => {
    if (done.current) return;
    done.current = true;
    const state = store.getState();
    const after = commit ? renameNode(state, id, draft) : id;
    state.endInlineEdit();
    if (refocus) focusNode(after);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation(); // the node's own keys (arrows move it) stay out of the text
    if (e.key === 'Enter') { e.preventDefault(); finish(true); }
    else if (e.key === 'Escape') { e.preventDefault(); finish(false); }
  };
  return (
    <input ref={ref} className="node-rename nodrag nopan nowheel" aria-label="Name" value={draft} spellCheck={false}
      onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} onBlur={() => finish(true, false)} />
  );
}
