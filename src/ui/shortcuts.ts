import { useEffect } from 'react';
import * as c from '../core/model/commands';
import { restoreDesign } from '../core/model/restore';
import type { EditorStore } from '../store/store';
import { saveDesignFile } from './actions/design-actions';
import { runAutoLayout } from './actions/layout-lazy';
import { copySelection, deleteSelection, duplicateSelection, neighbourAfterDelete, pasteClipboard } from './canvas/canvas-actions';
import { focusNode } from './canvas/InlineName';
import { isCanvasKeyTarget, isTyping } from './keyboard/typing';


export function useShortcuts(store: EditorStore, openFile: () => void) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (e.key === 'Escape' && store.getState().presenting) { e.preventDefault(); store.getState().setPresenting(false); return; }
      if (!mod) {
        if (isTyping(e.target)) return;
        if (e.altKey && onViewKey(store.getState(), e.code)) e.preventDefault();
        else if (!e.altKey && e.key === '?') { e.preventDefault(); store.getState().showDialog('shortcuts'); }
        else if (!e.altKey && isCanvasKeyTarget(e.target) && onCanvasKey(store.getState(), e.key)) e.preventDefault();
        return;
      }
      if (isTyping(e.target)) return;
      const state = store.getState();
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) { e.preventDefault(); state.undo(); }
      else if ((key === 'z' && e.shiftKey) || key === 'y') { e.preventDefault(); state.redo(); }
      else if (key === 's') { e.preventDefault(); saveDesignFile(state); }
      else if (key === 'o') { e.preventDefault(); openFile(); }
      else if (key === 'l' && e.shiftKey) { e.preventDefault(); void runAutoLayout(state); }
      else if (key === 'a') { e.preventDefault(); state.select({ nodes: [...state.design.services, ...state.design.topics].map((n) => n.id), edges: [] }); }
      else if (key === 'd') { e.preventDefault(); duplicateSelection(state); }
      else if (key === 'k') { e.preventDefault(); if (state.selection.nodes.length === 1) state.showDialog('connect'); }
      else if (key === 'c' || key === 'x') {
        if (state.selection.nodes.length === 0) return;
        e.preventDefault();
        const clip = copySelection(state)!;
        void navigator.clipboard?.writeText(JSON.stringify(clip)).catch(() => undefined);
        if (key === 'x') state.commit(c.removeEntities(state.design, state.selection.nodes));
      }
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isTyping(e.target)) return;
      const text = e.clipboardData?.getData('text/plain');
      const state = store.getState();
      const clip = parseClipboard(text) ?? state.clipboard;
      if (!clip) return;
      e.preventDefault();
      pasteClipboard(state, clip);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('paste', onPaste);
    };
  }, [store, openFile]);
}

/** Alt+1/2/3 fold the panels, Alt+P presents; true when the key was used. */
function onViewKey(state: ReturnType<EditorStore['getState']>, code: string): boolean {
  const panel = ({ Digit1: 'palette', Digit2: 'inspector', Digit3: 'dock' } as const)[code as 'Digit1'];
  if (panel) { state.togglePanel(panel); return true; }
  if (code === 'KeyP') { state.setPresenting(!state.presenting); return true; }
  return false;
}

/** Plain keys on the canvas; true when the key was used. */
function onCanvasKey(state: ReturnType<EditorStore['getState']>, key: string): boolean {
  const { nodes, edges } = state.selection;
  if (key === 'Delete' || key === 'Backspace') {
    // Focus goes to a neighbour of what was deleted, not to the page.
    const next = neighbourAfterDelete(state);
    if (!deleteSelection(state)) return false;
    if (next) {
      state.select({ nodes: [next], edges: [] });
      focusNode(next, nodes); // the deleted nodes may hold focus for a frame
    }
    return true;
  }
  if ((key === 'F2' || key === 'Enter') && nodes.length === 1 && edges.length === 0) { state.editInline(nodes[0], 'node'); return true; }
  if ((key === 'F2' || key === 'Enter') && edges.length === 1 && nodes.length === 0 && !edges[0].startsWith('dlq:')) { state.editInline(edges[0], 'edge'); return true; }
  return false;
}

/** Pasted text is untrusted: it goes through restoreDesign like any other way in. */
function parseClipboard(text: string | undefined): c.Clipboard | null {
  if (!text || text.length > 5_000_000 || !text.includes('eventsmith-clipboard')) return null;
  try {
    const raw = JSON.parse(text);
    if (!c.isClipboard(raw)) return null;
    const { file } = restoreDesign({
      id: 'clipboard', name: 'clipboard', version: '1.0.0',
      services: raw.services, topics: raw.topics, events: raw.events, publications: raw.publications, subscriptions: raw.subscriptions,
      layout: { nodes: raw.positions ?? {} },
    });
    const d = file.design;
    return { kind: 'eventsmith-clipboard', services: d.services, topics: d.topics, events: d.events, publications: d.publications, subscriptions: d.subscriptions, positions: d.layout.nodes };
  } catch {
    return null;
  }
}
