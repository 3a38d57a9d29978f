import { useEffect, useRef, useState } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
// Runs the local Monaco setup (loader pointed at the bundled package, workers) before any editor mounts.
import { monaco } from './setup';
import { sharedTextKey, type SharedTextRef } from '../../core/live/text-key';
import { useEditor, useEditorStore } from '../../store/context';
import { canEdit, type EditorState } from '../../store/store';

export interface CodeEditorProps {
  /** Model path: `*.schema.json` gets draft-07 validation; example paths their event's schema. */
  path: string;
  value: string;
  language: string;
  onChange?: (value: string) => void;
  readOnly?: boolean;
  height?: number | string;
  ariaLabel: string;
  /** The room's shared text this editor shows, when the design is in a live room. */
  shared?: SharedTextRef;
  /** Lint findings about characters of this text (a duplicate key): shown as error markers. */
  markers?: readonly EditorMarker[];
}

export interface EditorMarker {
  offset: number;
  length: number;
  message: string;
}

/** Our own marker owner, beside Monaco's JSON diagnostics (which grade a duplicate key a mere warning). */
const OWNER = 'eventsmith-lint';

/** The room an editor may bind to: while it is there and its design has arrived. */
const selectRoomReady = (s: EditorState) => (s.room?.ready ? s.room.id : null);

/**
 * Monaco bound to text in the design. The text is kept exactly as typed (invalid JSON too), and
 * outside changes (undo, another field) are pushed into the model without losing the cursor.
 * In a live room an editor of shared text is bound to the room's Y.Text instead (y-monaco, a lazy
 * chunk): the text then reaches the store through the room, and neither path above is used.
 */
export default function CodeEditor({ path, value, language, onChange, readOnly, height = 260, ariaLabel, shared, markers }: CodeEditorProps) {
  const store = useEditorStore();
  const room = useEditor(selectRoomReady);
  const [mounted, setMounted] = useState(false);
  const key = shared ? sharedTextKey(shared) : null;
  // Who else has their caret in this text: "colour<TAB>name" lines (a string, so the selector is stable).
  const editing = useEditor((s) => (key && s.room ? s.room.peers.filter((p) => p.text === key).map((p) => `${p.colour}\t${p.name}`).join('\n') : ''));
  const editors = editing ? editing.split('\n').map((line) => ({ colour: line.slice(0, line.indexOf('\t')), name: line.slice(line.indexOf('\t') + 1) })) : [];
  const boundRef = useRef(false);
  const sharedRef = useRef(shared);
  sharedRef.current = shared;
  const theme = useEditor((s) => s.theme);
  // A view-only member of a live room reads every editor.
  const viewOnly = useEditor((s) => !canEdit(s));
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const valueRef = useRef(value);
  valueRef.current = value;

  const markersRef = useRef(markers);
  markersRef.current = markers;

  const showMarkers = () => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const length = model.getValueLength();
    monaco.editor.setModelMarkers(model, OWNER, (markersRef.current ?? []).filter((m) => m.offset + m.length <= length).map((m) => {
      const from = model.getPositionAt(m.offset);
      const to = model.getPositionAt(m.offset + m.length);
      return { severity: monaco.MarkerSeverity.Error, message: m.message, source: 'Eventsmith', startLineNumber: from.lineNumber, startColumn: from.column, endLineNumber: to.lineNumber, endColumn: to.column };
    }));
  };

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    editor.getContainerDomNode().setAttribute('data-editor-path', path);
    setMounted(true);
    showMarkers();
  };

  // The findings come from the lint worker a moment after each edit; their places are in the text they were found in.
  useEffect(showMarkers, [markers]);

  useEffect(() => {
    const editor = editorRef.current;
    const ref = sharedRef.current;
    const control = room ? store.getState().roomControl?.shared() : null;
    if (!mounted || !editor || !ref || !control) return;
    let unbind: (() => void) | null = null;
    let cancelled = false;
    void import('./shared-text-binding').then(({ bindSharedText }) => {
      if (cancelled) return;
      unbind = bindSharedText(editor, control, ref, { undo: () => store.getState().undo(), redo: () => store.getState().redo() });
      boundRef.current = true;
    });
    return () => {
      cancelled = true;
      unbind?.();
      boundRef.current = false;
      // Back to the store's text (the room was left): the model follows it again.
      const model = editor.getModel();
      if (model && model.getValue() !== valueRef.current) model.setValue(valueRef.current);
    };
  }, [mounted, room, path, store]);

  useEffect(() => {
    if (boundRef.current) return;
    const editor = editorRef.current;
    const model = editor?.getModel();
    const current = model?.getValue();
    if (model && current !== undefined && current !== value) {
      // Only the changed middle is replaced: text another person typed elsewhere in a shared
      // schema arrives without moving this person's cursor or selection.
      let start = 0;
      const max = Math.min(current.length, value.length);
      while (start < max && current.charCodeAt(start) === value.charCodeAt(start)) start++;
      let end = 0;
      while (end < max - start && current.charCodeAt(current.length - 1 - end) === value.charCodeAt(value.length - 1 - end)) end++;
      const from = model.getPositionAt(start);
      const to = model.getPositionAt(current.length - end);
      editor!.pushUndoStop();
      model.pushEditOperations(editor!.getSelections() ?? [], [{ range: { startLineNumber: from.lineNumber, startColumn: from.column, endLineNumber: to.lineNumber, endColumn: to.column }, text: value.slice(start, value.length - end) }], () => null);
    }
  }, [value]);

  return (
    <div className={`code-editor${editors.length ? ` peer-editing peer-c${editors[0].colour}` : ''}`} data-testid={`editor-${path}`} aria-label={ariaLabel} role="group">
      {editors.length > 0 && (
        <span className="peer-editing-names" data-testid="editor-peers">
          {editors.map((p, i) => <span key={i} className={`peer-editing-name peer-c${p.colour}`}>{p.name}</span>)}
        </span>
      )}
      <Editor
        height={height}
        path={path}
        defaultLanguage={language}
        language={language}
        defaultValue={value}
        theme={theme === 'dark' ? 'vs-dark' : 'vs'}
        onMount={onMount}
        // Text pushed in from outside (undo, a quick fix) echoes back here: it is already the
        // design's, and passing it on would record an empty undo step and clear redo.
        // Bound to a room's text, typing reaches the room (and from there the store) through y-monaco.
        onChange={(v) => !boundRef.current && (v ?? '') !== valueRef.current && onChangeRef.current?.(v ?? '')}
        options={{
          readOnly: readOnly || viewOnly,
          minimap: { enabled: false },
          fontSize: 13,
          tabSize: 2,
          scrollBeyondLastLine: false,
          automaticLayout: true,
          wordWrap: 'on',
          ariaLabel,
          renderLineHighlight: 'none',
          fixedOverflowWidgets: true,
          quickSuggestions: { strings: true, other: true, comments: false },
        }}
        loading={<div className="editor-loading">Loading editor…</div>}
      />
    </div>
  );
}
