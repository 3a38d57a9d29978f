// What a room's document holds, judged by restoreDesign: the design it restores to and every
// problem restoreDesign had to fix on the way (its repairs, plus anything it changed silently).
import type * as Y from 'yjs';
import { restoreDesign, RestoreError } from '../model/restore';
import type { DesignFile } from '../model/types';
import { readRoom, type EntryCache } from './read';
import { differences } from './values';

export type Assessment =
  | { kind: 'empty' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'design'; file: DesignFile; problems: string[] };

export function assessRoom(doc: Y.Doc, cache?: EntryCache): Assessment {
  const content = readRoom(doc, cache);
  if (content.kind === 'empty') return { kind: 'empty' };
  if (content.kind === 'malformed') return { kind: 'invalid', reason: 'The room document does not have the shape of a design.' };
  try {
    const restored = restoreDesign(content.file);
    const raw = (content.file as { design: unknown }).design;
    const changed = differences(raw, restored.file.design).map((path) => `Changed by restore: ${path}`);
    return { kind: 'design', file: restored.file, problems: [...restored.repairs, ...changed] };
  } catch (e) {
    if (e instanceof RestoreError) return { kind: 'invalid', reason: e.message };
    throw e;
  }
}
