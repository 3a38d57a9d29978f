import type { Design } from '../../core/model/types';
import type { EditorStore } from '../../store/store';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

export async function readAsyncApiFiles(files: File[]): Promise<{ design: Design; warnings: string[] }> {
  for (const f of files) if (f.size > MAX_FILE_BYTES) throw new Error(`${f.name} is larger than 20 MB.`);
  const inputs = await Promise.all(files.map(async (f) => ({ path: f.webkitRelativePath || f.name, text: await f.text() })));
  const { importAsyncApi } = await import('../../core/import/asyncapi');
  const result = importAsyncApi(inputs);
  return { design: result.file.design, warnings: result.warnings };
}

/** Applies an import as one undoable edit and lays out the nodes it brought. */
export async function applyImport(store: EditorStore, incoming: Design, mode: 'replace' | 'merge', warnings: string[]): Promise<void> {
  const [{ mergeDesigns }, { autoLayout }, { moveNodes }] = await Promise.all([
    import('../../core/import/merge'),
    import('../../core/layout/auto-layout'),
    import('../../core/model/commands'),
  ]);
  const state = store.getState();
  let next: Design;
  let placed: Set<string>;
  if (mode === 'replace') {
    next = { ...incoming, id: state.design.id };
    placed = new Set([...next.services, ...next.topics].filter((n) => !next.layout.nodes[n.id]).map((n) => n.id));
  } else {
    const merged = mergeDesigns(state.design, incoming);
    next = merged.design;
    placed = new Set(merged.added.filter((id) => !next.layout.nodes[id]));
  }
  if (placed.size) next = moveNodes(next, autoLayout(next, mode === 'replace' ? undefined : placed));
  state.commit(next);
  state.notify('success', `Imported ${incoming.services.length} services, ${incoming.topics.length} topics and ${incoming.events.length} events.`);
  for (const w of warnings.slice(0, 3)) state.notify('info', w);
}
