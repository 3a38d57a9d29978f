import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Id } from '../../core/model/types';
import { useEditor, useEditorStore } from '../../store/context';
import type { EditorState } from '../../store/store';
import { attachEventByName, eventChoices } from './canvas-actions';
import { focusWhenShown } from './InlineName';

const selectDesign = (s: EditorState) => s.design;

/**
 * Typing an event onto an edge, on the edge: completion from the design's event types (for a
 * subscription, from what its topic carries); Enter attaches it (a new name creates it) as one
 * undo step and stays open for the next one; Escape or leaving the field closes it.
 */
export function EdgeEvents({ edgeId }: { edgeId: Id }) {
  const store = useEditorStore();
  const design = useEditor(selectDesign);
  const choices = useMemo(() => eventChoices(design, edgeId), [design, edgeId]);
  const listId = useId();
  const ref = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState('');
  useEffect(() => focusWhenShown(ref.current), []);
  const close = () => store.getState().endInlineEdit();
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      if (draft.trim()) {
        attachEventByName(store.getState(), edgeId, draft);
        setDraft('');
      } else close();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };
  return (
    <span className="edge-events nodrag nopan">
      <input ref={ref} list={listId} aria-label="Event" placeholder="Event name…" value={draft} spellCheck={false}
        onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} onBlur={close} />
      <datalist id={listId}>{choices.map((name) => <option key={name} value={name} />)}</datalist>
    </span>
  );
}
