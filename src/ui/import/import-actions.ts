import { moveNodes } from '../../core/model/commands';
import { nodeSizes } from '../../core/layout/node-size';
import type { Design, Id, Position } from '../../core/model/types';
import type { EditorStore } from '../../store/store';
import type { NamedFile } from './import-files';
import { partOf, placePart } from '../actions/layout-actions';
import { setDrawing } from '../layout/drawing-store';
import { layoutInWorker } from '../layout/layout-client';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

export async function readAsyncApiFiles(files: NamedFile[]): Promise<{ design: Design; warnings: string[] }> {
  if (files.length === 0) throw new Error('no YAML or JSON files were given.');
  for (const f of files) if (f.file.size > MAX_FILE_BYTES) throw new Error(`${f.path} is larger than 20 MB.`);
  const inputs = await Promise.all(files.map(async (f) => ({ path: f.path, text: await f.file.text() })));
  const { importAsyncApi } = await import('../../core/asyncapi/import');
  const result = importAsyncApi(inputs);
  return { design: result.file.design, warnings: result.warnings };
}

/** Applies an import as one undoable edit and lays out the nodes it brought (in the layout worker). */
export async function applyImport(store: EditorStore, incoming: Design, mode: 'replace' | 'merge', warnings: string[], after?: () => void): Promise<void> {
  const { mergeDesigns } = await import('../../core/model/merge');
  const state = store.getState();
  let next: Design;
  let summary = `Imported ${incoming.services.length} services, ${incoming.topics.length} topics and ${incoming.events.length} events.`;
  if (mode === 'replace') {
    next = { ...incoming, id: state.design.id, layout: { ...incoming.layout, direction: undefined } };
    // Every import is laid out (the importer's own arrangement is a column per kind).
    if (next.services.length + next.topics.length) {
      const result = await layoutInWorker(next);
      setDrawing(result.drawing);
      next = moveNodes({ ...next, layout: { ...next.layout, direction: result.direction } }, result.positions);
    }
  } else {
    const merged = mergeDesigns(state.design, incoming);
    const added = new Set(merged.added);
    next = merged.design;
    if (added.size) next = moveNodes(next, await placeBeside(next, added));
    const count = (items: { id: string }[]) => items.filter((i) => added.has(i.id)).length;
    summary = added.size === 0
      ? 'Merged: everything in the import was already in the design.'
      : `Merged: added ${count(next.services)} services, ${count(next.topics)} topics and ${count(next.events)} events; the rest was already in the design.`;
  }
  state.commit(next);
  // The canvas renders the new nodes on the next frame; only then can the view fit them.
  requestAnimationFrame(() => after?.());
  state.notify('success', summary);
  for (const w of warnings.slice(0, 3)) state.notify('info', w);
}

/** Room left between what is on the canvas and what a merge brings. */
const BESIDE = 120;

/**
 * Nodes a merge added are laid out on their own and put beside what is already on the canvas
 * (to its right in a left-to-right design, below in a top-down one); existing nodes never move.
 */
async function placeBeside(design: Design, added: ReadonlySet<Id>): Promise<Record<Id, Position>> {
  const nodeIds = new Set([...design.services, ...design.topics].map((n) => n.id));
  const own = new Set([...added].filter((id) => nodeIds.has(id)));
  if (!own.size) return {};
  const direction = design.layout.direction ?? 'RIGHT';
  const result = await layoutInWorker(partOf(design, own), direction);
  const sizes = nodeSizes(design);
  const kept = Object.entries(design.layout.nodes).filter(([id]) => nodeIds.has(id) && !own.has(id));
  if (kept.length === 0) return result.positions;
  const right = Math.max(...kept.map(([id, p]) => p.x + (sizes.get(id)?.width ?? 0)));
  const bottom = Math.max(...kept.map(([id, p]) => p.y + (sizes.get(id)?.height ?? 0)));
  const left = Math.min(...kept.map(([, p]) => p.x));
  const top = Math.min(...kept.map(([, p]) => p.y));
  const anchor = direction === 'RIGHT' ? { x: right + BESIDE, y: top } : { x: left, y: bottom + BESIDE };
  return placePart(design, result.positions, anchor, direction);
}
