import { useEffect, useRef } from 'react';
import { monaco } from '../monaco/setup';
import { useEditor } from '../../store/context';
import type { EditorState } from '../../store/store';

const selectTheme = (s: EditorState) => s.theme;

export interface SchemaDiffProps {
  original: string;
  modified: string;
  language: string;
  originalLabel: string;
  modifiedLabel: string;
  ariaLabel: string;
  height?: number;
  /** Given when the right side is the version being edited: it is then editable in place. */
  onChange?: (modified: string) => void;
}

/**
 * Monaco's side-by-side diff of two schema texts; frozen versions are read-only, the version
 * being edited can be typed into on the right. The editor and its two models are
 * made once and fed new text, so switching versions keeps the scroll position and never flickers.
 */
export default function SchemaDiff({ original, modified, language, originalLabel, modifiedLabel, ariaLabel, height = 320, onChange }: SchemaDiffProps) {
  const theme = useEditor(selectTheme);
  const host = useRef<HTMLDivElement | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const modifiedRef = useRef(modified);
  modifiedRef.current = modified;
  const diff = useRef<{ editor: monaco.editor.IStandaloneDiffEditor; original: monaco.editor.ITextModel; modified: monaco.editor.ITextModel } | null>(null);

  useEffect(() => {
    if (!host.current) return;
    // Models without a URI: the JSON language's draft-07 check matches `*.schema.json` paths only,
    // so frozen versions are shown as they are, without squiggles from the live editor's rules.
    const originalModel = monaco.editor.createModel(original, language);
    const modifiedModel = monaco.editor.createModel(modified, language);
    const editor = monaco.editor.createDiffEditor(host.current, {
      readOnly: !onChangeRef.current,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: true,
      // Side by side from 900 px; narrower (the dock beside the inspector) reads better inline.
      useInlineViewWhenSpaceIsLimited: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      renderOverviewRuler: false,
      renderLineHighlight: 'none',
      hideUnchangedRegions: { enabled: true, contextLineCount: 3, minimumLineCount: 4, revealLineCount: 10 },
      originalAriaLabel: originalLabel,
      modifiedAriaLabel: modifiedLabel,
      wordWrap: 'off',
    });
    // The models go in on a task of their own: building the widget and rendering the texts in
    // one task was the longest the page ran when an event opened (measured under load: ~1 s).
    const attach = setTimeout(() => editor.setModel({ original: originalModel, modified: modifiedModel }), 0);
    // Text pushed in from outside (undo, another version picked) echoes back: not an edit.
    const typed = modifiedModel.onDidChangeContent(() => {
      const text = modifiedModel.getValue();
      if (text !== modifiedRef.current) onChangeRef.current?.(text);
    });
    diff.current = { editor, original: originalModel, modified: modifiedModel };
    return () => {
      clearTimeout(attach);
      typed.dispose();
      // The widget first, then its models: disposing a model the widget still holds logs an error.
      editor.dispose();
      originalModel.dispose();
      modifiedModel.dispose();
      diff.current = null;
    };
    // Text, labels and language are pushed by the effects below; the widget is built once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const d = diff.current;
    if (!d) return;
    if (d.original.getValue() !== original) d.original.setValue(original);
    if (d.modified.getValue() !== modified) {
      // As an edit, not setValue: the cursor and Monaco's own undo survive an outside change.
      d.editor.getModifiedEditor().pushUndoStop();
      d.modified.pushEditOperations([], [{ range: d.modified.getFullModelRange(), text: modified }], () => null);
    }
  }, [original, modified]);

  const editable = !!onChange;
  useEffect(() => {
    diff.current?.editor.getModifiedEditor().updateOptions({ readOnly: !editable });
  }, [editable]);

  useEffect(() => {
    const d = diff.current;
    if (!d) return;
    monaco.editor.setModelLanguage(d.original, language);
    monaco.editor.setModelLanguage(d.modified, language);
  }, [language]);

  useEffect(() => {
    const d = diff.current;
    d?.editor.getOriginalEditor().updateOptions({ ariaLabel: originalLabel });
    d?.editor.getModifiedEditor().updateOptions({ ariaLabel: modifiedLabel });
  }, [originalLabel, modifiedLabel]);

  useEffect(() => {
    monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs');
  }, [theme]);

  return <div className="code-editor schema-diff" role="group" aria-label={ariaLabel} ref={host} style={{ height }} data-testid="schema-diff" />;
}
