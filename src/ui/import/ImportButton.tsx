import { useEffect, useRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Design } from '../../core/model/types';
import { useEditorStore } from '../../store/context';
import { IconImport, IconImportFolder } from '../Icons';
import { lazyPart } from '../lazy-part';
import { droppedFiles, namedFiles, type NamedFile } from './import-files';

// Asked only when the design is not empty: a lazy chunk, fetched after the first paint.
const ImportChoiceDialog = lazyPart('The import choice', () => import('./ImportChoiceDialog').then((m) => m.ImportChoiceDialog), { as: 'dialog', close: (_store, props) => props.onCancel() });

/** "Import AsyncAPI": several files from a picker or dropped on the canvas; replace or merge. */
export function ImportButton() {
  const store = useEditorStore();
  const input = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  // `webkitdirectory` is not in React's input props: set on the element.
  useEffect(() => folderInput.current?.setAttribute('webkitdirectory', ''), []);
  const flow = useReactFlow();
  // Imported nodes may land anywhere: show the whole design once they are placed.
  const fit = () => void flow.fitView({ padding: 0.2, duration: 300 });
  const [pending, setPending] = useState<{ design: Design; names: string[]; warnings: string[] } | null>(null);

  // The import code (and the AsyncAPI importer it loads) is fetched on the first import.
  const actions = () => import('./import-actions');
  const applyImport = async (...args: Parameters<typeof import('./import-actions').applyImport>) => (await actions()).applyImport(...args);

  const load = async (files: NamedFile[]) => {
    const state = store.getState();
    try {
      const { readAsyncApiFiles } = await actions();
      const result = await readAsyncApiFiles(files);
      const empty = state.design.services.length === 0 && state.design.topics.length === 0;
      if (empty) await applyImport(store, result.design, 'replace', result.warnings, fit);
      else setPending({ ...result, names: files.map((f) => f.path) });
    } catch (e) {
      const reason = (e as Error).message.trim();
      state.notify('error', `Import failed: ${reason}${/[.!?]$/.test(reason) ? '' : '.'} Your current design is unchanged.`);
    }
  };

  useEffect(() => {
    const onDragOver = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files') && (e.target as HTMLElement).closest?.('.canvas')) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0 || !(e.target as HTMLElement).closest?.('.canvas')) return;
      e.preventDefault();
      // Entries must be taken during the drop event; a dropped folder is walked with its layout.
      const folders = e.dataTransfer ? droppedFiles(e.dataTransfer.items) : Promise.resolve(undefined);
      void folders.then((walked) => load(walked ?? namedFiles(files)), (err: Error) => store.getState().notify('error', `Import failed: ${err.message}`));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  });

  return (
    <>
      <button type="button" className="btn btn-toolbar" onClick={() => input.current?.click()} aria-label="Import AsyncAPI" title="Import AsyncAPI 2.x/3.x documents (YAML or JSON), several at once">
        <IconImport /><span>Import</span>
      </button>
      <button type="button" className="btn btn-toolbar compact" onClick={() => folderInput.current?.click()} aria-label="Import AsyncAPI folder" title="Import a folder of AsyncAPI documents with the files they refer to">
        <IconImportFolder /><span>Folder</span>
      </button>
      <input ref={input} type="file" multiple accept=".yaml,.yml,.json,application/json,application/yaml" hidden data-testid="import-file-input"
        onChange={(e) => { void load(namedFiles([...(e.target.files ?? [])])); e.target.value = ''; }} />
      <input ref={folderInput} type="file" multiple hidden data-testid="import-folder-input"
        onChange={(e) => { void load(namedFiles([...(e.target.files ?? [])])); e.target.value = ''; }} />
      {pending && (
        <ImportChoiceDialog pending={pending} onCancel={() => setPending(null)}
          onChoose={(mode) => { void applyImport(store, pending.design, mode, pending.warnings, fit); setPending(null); }} />
      )}
    </>
  );
}
