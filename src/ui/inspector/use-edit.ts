import { useCallback } from 'react';
import type { Design } from '../../core/model/types';
import { useEditorStore } from '../../store/context';

/** Returns `edit(command, key)`: one undoable edit; edits with the same key in a burst coalesce. */
export function useEdit() {
  const store = useEditorStore();
  return useCallback((command: (d: Design) => Design, key?: string) => store.getState().apply(command, key), [store]);
}
