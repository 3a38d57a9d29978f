import { useEffect, useRef } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
// Runs the local Monaco setup (loader pointed at the bundled package, workers) before any editor mounts.
import './setup';
import type { monaco } from './setup';
import { useEditor } from '../../store/context';
import { canEdit } from '../../store/store';

export interface CodeEditorProps {
  /** Model path: `*.schema.json` gets draft-07 validation; example paths their event's schema. */
  path: string;
  value: string;
  language: string;
  onChange?: (value: string) => void;
  readOnly?: boolean;
  height?: number | string;
  ariaLabel: string;
}

/**
 * Monaco bound to text in the design. The text is kept exactly as typed (invalid JSON too), and
 * outside changes (undo, another field) are pushed into the model without losing the cursor.
 */
export default function CodeEditor({ path, value, language, onChange, readOnly, height = 260, ariaLabel }: CodeEditorProps) {
  const theme = useEditor((s) => s.theme);
  // A view-only member of a live room reads every editor.
  const viewOnly = useEditor((s) => !canEdit(s));
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const valueRef = useRef(value);
  valueRef.current = value;

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    editor.getContainerDomNode().setAttribute('data-editor-path', path);
  };

  useEffect(() => {
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
    <div className="code-editor" data-testid={`editor-${path}`} aria-label={ariaLabel} role="group">
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
        onChange={(v) => (v ?? '') !== valueRef.current && onChangeRef.current?.(v ?? '')}
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
