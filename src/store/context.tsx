import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { EditorActions, EditorState, EditorStore } from './store';

const EditorContext = createContext<EditorStore | null>(null);

export function EditorProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <EditorContext.Provider value={store}>{children}</EditorContext.Provider>;
}

export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditor outside EditorProvider');
  return store;
}

/** Reads the store through a selector; keep selectors at module level so references stay stable. */
export function useEditor<T>(selector: (state: EditorState & EditorActions) => T): T {
  return useStore(useEditorStore(), selector);
}
