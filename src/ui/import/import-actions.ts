import { moveNodes } from '../../core/model/commands';
import type { Design, Id, Position } from '../../core/model/types';
import type { EditorStore } from '../../store/store';
import type { NamedFile } from './import-files';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

export async function readAsyncApiFiles(files: NamedFile[]): Promise<{ design: Design; warnings: string[] }> {
  if (files.length === 0) throw new Error('no YAML or JSON files were given.');
  for (const f of files) if (f.file.size > MAX_FILE_BYTES) throw new Error(`${f.path} is larger than 20 MB.`);
  const inputs = await Promise.all(files.map(async (f) => ({ path: f.path, text: await f.file.text() })));
  const { importAsyncApi } = await import('../../core/asyncapi/import');
  const result = importAsyncApi(inputs);
  return { design: result.file.design, warnings: result.warnings };
}

/** Applies an import as one undoable edit and lays out the nodes it brought. */
export async function applyImport(store: EditorStore, incoming: Design, mode: 'replace' | 'merge', warnings: string[], after?: () => void): Promise<void> {
  const [{ mergeDesigns }, { autoLayout }] = await Promise.all([import('../../core/model/merge'), import('../../core/layout/auto-layout')]);
  const state = store.getState();
  let next: Design;
  let summary = `Imported ${incoming.services.length} services, ${incoming.topics.length} topics and ${incoming.events.length} events.`;
  if (mode === 'replace') {
    next = { ...incoming, id: state.design.id };
    // The importer places what it brings; a design without positions gets the layered layout.
    if ([...next.services, ...next.topics].some((n) => !next.layout.nodes[n.id])) next = moveNodes(next, autoLayout(next));
  } else {
    const merged = mergeDesigns(state.design, incoming);
    const added = new Set(merged.added);
    next = merged.design;
    if (added.size) next = moveNodes(next, placeBelow(next, added, autoLayout));
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

/** Room left under the lowest node already on the canvas (its height and then a gap). */
const BELOW = 64 + 80;

/**
 * Nodes a merge added go under what is already on the canvas, keeping their own arrangement (the
 * importer's, else a layout of just those nodes): a layout of the whole design would put them on
 * places the user's nodes occupy.
 */
function placeBelow(design: Design, added: ReadonlySet<Id>, layout: (d: Design) => Record<Id, Position>): Record<Id, Position> {
  const nodeIds = new Set([...design.services, ...design.topics].map((n) => n.id));
  const own = [...added].filter((id) => nodeIds.has(id));
  let local: Record<Id, Position> = Object.fromEntries(own.map((id) => [id, design.layout.nodes[id]]));
  if (own.some((id) => !design.layout.nodes[id])) {
    const part: Design = {
      ...design,
      services: design.services.filter((s) => added.has(s.id)),
      topics: design.topics.filter((t) => added.has(t.id)),
      publications: design.publications.filter((p) => added.has(p.serviceId) && added.has(p.topicId)),
      subscriptions: design.subscriptions
        .filter((s) => added.has(s.serviceId) && added.has(s.topicId))
        .map((s) => (s.deadLetterTopicId && !added.has(s.deadLetterTopicId) ? { ...s, deadLetterTopicId: undefined } : s)),
    };
    local = layout(part);
  }
  const kept = Object.entries(design.layout.nodes).filter(([id]) => nodeIds.has(id) && !added.has(id)).map(([, p]) => p);
  const mine = Object.values(local);
  if (kept.length === 0 || mine.length === 0) return local;
  const dx = Math.min(...kept.map((p) => p.x)) - Math.min(...mine.map((p) => p.x));
  const dy = Math.max(...kept.map((p) => p.y)) + BELOW - Math.min(...mine.map((p) => p.y));
  return Object.fromEntries(Object.entries(local).map(([id, p]) => [id, { x: p.x + dx, y: p.y + dy }]));
}
