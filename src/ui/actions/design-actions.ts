import { toFile } from '../../core/model/factories';
import { parseDesignFileText, restoreDesign } from '../../core/model/restore';
import type { Design } from '../../core/model/types';
import { newDocId } from '../../store/boot';
import type { EditorActions, EditorState } from '../../store/store';
import { download, fileBaseName } from './download';

type State = EditorState & EditorActions;

export function saveDesignFile(state: State): void {
  const design = state.design;
  download(`${fileBaseName(design.name)}.eventsmith.json`, JSON.stringify(toFile(design), null, 2) + '\n', 'application/json');
}

/** Opens a design as a new entry in My designs: never over the current one. */
export function openAsNewEntry(state: State, design: Design, source: 'link' | 'file' | 'import' | null = null): void {
  state.load(newDocId(), design, source ? { source, previousDocId: state.docId } : null);
}

export async function openDesignFiles(state: State, files: FileList | File[]): Promise<void> {
  const file = [...files][0];
  if (!file) return;
  try {
    const text = await file.text();
    const { file: restored, repairs } = parseDesignFileText(text);
    openAsNewEntry(state, restored.design);
    state.notify('success', `Opened ${file.name}${repairs.length ? ` (${repairs.length} repair${repairs.length > 1 ? 's' : ''}: ${repairs.slice(0, 2).join('; ')})` : ''}`);
  } catch (e) {
    state.notify('error', `Could not open ${file.name}: ${(e as Error).message}. Your current design is unchanged.`);
  }
}

export async function openExample(state: State, name: 'order-saga'): Promise<void> {
  const examples = { 'order-saga': () => import('../../../examples/order-saga.json') };
  const module = await examples[name]();
  const design = restoreDesign(module.default).file.design;
  openAsNewEntry(state, design);
}
