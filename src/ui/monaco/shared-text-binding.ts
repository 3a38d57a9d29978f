// An editor bound to a room's shared text with y-monaco (a lazy chunk, loaded only in a room):
// typing goes straight into the room's Y.Text and others' typing straight into the editor, with
// their carets and selections drawn in their colour and name. The binding is one of this
// person's own writers for the room's Y.UndoManager, and Ctrl/Cmd+Z in the editor goes to that
// manager (the store's undo in a room): Monaco's own undo stack would also hold, and take back,
// what others typed.
import { MonacoBinding } from 'y-monaco';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { sharedTextKey, sharedTextOf, type SharedTextRef } from '../../core/live/shared-text';
import type { SharedRoom, TextCaret } from '../../store/store';
import { monaco } from './setup';
import { updatePeerCaretStyles } from './peer-caret-styles';

type Editor = monaco.editor.IStandaloneCodeEditor;

export interface UndoKeys {
  undo: () => void;
  redo: () => void;
}

/** Binds the editor to the text while the room holds it (rebinding when the room replaces it); returns the way to unbind. */
export function bindSharedText(editor: Editor, room: SharedRoom, ref: SharedTextRef, keys: UndoKeys): () => void {
  const doc = room.doc as Y.Doc;
  const awareness = room.awareness as Awareness;
  const model = editor.getModel();
  if (!model) return () => {};
  const key = sharedTextKey(ref);

  // y-monaco reads and writes a `selection` field of everyone's awareness state; ours already
  // names the selected nodes `selection`, so y-monaco sees carets through this view, which keeps
  // them under `text`, with the key of the text they are in.
  const view = {
    getStates: () => {
      const states = new Map<number, { selection: { anchor: unknown; head: unknown } }>();
      awareness.getStates().forEach((state, id) => {
        const caret = state.text as TextCaret | null | undefined;
        if (caret && caret.key === key) states.set(id, { selection: { anchor: caret.anchor, head: caret.head } });
      });
      return states;
    },
    setLocalStateField: (_field: string, value: { anchor: unknown; head: unknown }) => room.setTextCaret({ key, anchor: value.anchor, head: value.head }),
    on: (name: 'change', f: () => void) => awareness.on(name, f),
    off: (name: 'change', f: () => void) => awareness.off(name, f),
  } as unknown as Awareness;

  // The editor as y-monaco sees it: the same editor, with the listeners it adds kept, so that
  // unbinding removes them (y-monaco's destroy leaves its cursor listener behind).
  const listeners: monaco.IDisposable[] = [];
  const seen = {
    getModel: () => editor.getModel(),
    getSelection: () => editor.getSelection(),
    setSelection: (s: monaco.ISelection) => editor.setSelection(s),
    deltaDecorations: (old: string[], next: monaco.editor.IModelDeltaDecoration[]) => editor.deltaDecorations(old, next),
    onDidChangeCursorSelection: (f: (e: monaco.editor.ICursorSelectionChangedEvent) => void) => {
      const d = editor.onDidChangeCursorSelection(f);
      listeners.push(d);
      return d;
    },
  } as unknown as Editor;

  let text: Y.Text | null = null;
  let binding: MonacoBinding | null = null;
  let untrack: (() => void) | null = null;
  let modelGone = false;
  const disposeWatch = model.onWillDispose(() => { modelGone = true; });

  const unbindText = () => {
    if (binding) {
      // The model going away destroys the binding by itself (y-monaco listens for it).
      if (!modelGone) {
        binding.destroy();
        editor.deltaDecorations(binding._decorations.get(seen) ?? [], []);
      }
      for (const d of listeners.splice(0)) d.dispose();
    }
    untrack?.();
    binding = null;
    untrack = null;
    text = null;
  };

  const follow = () => {
    const next = sharedTextOf(doc, ref);
    if (next === text || modelGone) return;
    unbindText();
    if (!next) return;
    text = next;
    binding = new MonacoBinding(next, model, new Set([seen]), view);
    untrack = room.track(binding);
  };
  follow();
  doc.on('afterTransaction', follow);

  const styles = () => updatePeerCaretStyles(awareness.getStates() as Map<number, Record<string, unknown>>, awareness.clientID);
  styles();
  awareness.on('change', styles);
  // Room for the names drawn above the carets on the first line.
  editor.updateOptions({ padding: { top: 14 } });

  const undoKeys = editor.onKeyDown((e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const redo = (e.keyCode === monaco.KeyCode.KeyZ && e.shiftKey) || (e.keyCode === monaco.KeyCode.KeyY && !e.shiftKey);
    const undo = e.keyCode === monaco.KeyCode.KeyZ && !e.shiftKey;
    if (!undo && !redo) return;
    e.preventDefault();
    e.stopPropagation();
    if (undo) keys.undo();
    else keys.redo();
  });

  return () => {
    doc.off('afterTransaction', follow);
    awareness.off('change', styles);
    undoKeys.dispose();
    disposeWatch.dispose();
    unbindText();
    const mine = awareness.getLocalState()?.text as TextCaret | null | undefined;
    if (mine?.key === key) room.setTextCaret(null);
    if (!modelGone) editor.updateOptions({ padding: { top: 0 } });
  };
}
