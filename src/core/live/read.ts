// A room's Yjs document → the raw design file it holds, for restoreDesign. Tolerant: whatever a
// peer wrote is read as data and left for restoreDesign (and the server's gate) to judge.
import * as Y from 'yjs';
import { DESIGN_FORMAT } from '../model/types';
import { COLLECTIONS, RANK, REQUIRED_COLLECTIONS, ROOT, type Collection } from './shape';
import { defineKey, plain } from './values';

/** The shared types of a room document, or null when a peer defined a root with another type. */
function roots(doc: Y.Doc) {
  try {
    return {
      meta: doc.getMap<unknown>(ROOT.meta),
      design: doc.getMap<unknown>(ROOT.design),
      positions: doc.getMap<unknown>(ROOT.positions),
      collections: Object.fromEntries(COLLECTIONS.map((c) => [c, doc.getMap<unknown>(c)])) as Record<Collection, Y.Map<unknown>>,
    };
  } catch {
    return null;
  }
}

export type RoomContent =
  | { kind: 'empty' }
  /** The document cannot hold a design (a root of the wrong type). */
  | { kind: 'malformed' }
  | { kind: 'design'; file: unknown };

/** True when nothing was ever written to the room (it waits for its first design). */
export function isEmptyRoom(doc: Y.Doc): boolean {
  const r = roots(doc);
  return r !== null && isEmpty(r);
}

function isEmpty(r: NonNullable<ReturnType<typeof roots>>): boolean {
  return r.meta.size === 0 && r.design.size === 0 && r.positions.size === 0 && COLLECTIONS.every((c) => r.collections[c].size === 0);
}

export function readRoom(doc: Y.Doc, cache?: EntryCache): RoomContent {
  const r = roots(doc);
  if (!r) return { kind: 'malformed' };
  if (isEmpty(r)) return { kind: 'empty' };
  const design: Record<string, unknown> = {};
  r.design.forEach((value, key) => {
    if (key === 'layout' || (COLLECTIONS as readonly string[]).includes(key)) defineKey(design, `$shadowed-${key}`, plain(value));
    else defineKey(design, key, plain(value));
  });
  const lists = r.meta.get('lists');
  const listed = new Set(Array.isArray(lists) ? lists.filter((l): l is string => typeof l === 'string') : []);
  const ids: string[] = [];
  for (const c of COLLECTIONS) {
    const entries = readCollection(r.collections[c], cache?.entries(c));
    for (const e of entries) ids.push(e.id as string);
    if (REQUIRED_COLLECTIONS.has(c) || listed.has(c) || entries.length) defineKey(design, c, entries);
  }
  // Positions in the order of the elements, so every peer restores the same object. A position
  // that outlives its element (one person moves a node another deletes) is not part of the
  // design: it is left out rather than "repaired".
  const nodes: Record<string, unknown> = {};
  for (const id of ids) if (r.positions.has(id)) defineKey(nodes, id, plain(r.positions.get(id)));
  design.layout = { nodes };
  return { kind: 'design', file: { format: DESIGN_FORMAT, formatVersion: r.meta.get('formatVersion'), design } };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs's shared types differ only in their event type
type AnyType = Y.AbstractType<any>;

type Row = { rank: number; id: string; item: Record<string, unknown> };

function readCollection(map: Y.Map<unknown>, cached?: Map<string, Row>): Record<string, unknown>[] {
  const rows: Row[] = [];
  map.forEach((entry, id) => {
    const hit = cached?.get(id);
    if (hit) {
      rows.push(hit);
      return;
    }
    const row = readEntry(entry, id);
    cached?.set(id, row);
    rows.push(row);
  });
  rows.sort((a, b) => (a.rank === b.rank ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.rank < b.rank ? -1 : 1));
  return rows.map((r) => r.item);
}

function readEntry(entry: unknown, id: string): Row {
  if (!(entry instanceof Y.Map)) return { rank: Infinity, id, item: { id, unreadable: plain(entry) } };
  const item: Record<string, unknown> = { id };
  let rank = Infinity;
  entry.forEach((value, key) => {
    if (key === RANK) rank = typeof value === 'number' && Number.isFinite(value) ? value : Infinity;
    else if (key !== 'id') defineKey(item, key, plain(value));
    // A stored "id" different from the key would be a second truth: the key is the id.
    else if (value !== id) defineKey(item, '$conflicting-id', value);
  });
  return { rank, id, item };
}

/**
 * Elements read before, kept until a transaction touches them, so a client reading the room after
 * every change re-reads only what changed (a keystroke in a schema re-reads one event). The
 * cached items are shared between reads: restoreDesign copies, never mutates, its input.
 */
export class EntryCache {
  private readonly rows = new Map<Collection, Map<string, Row>>();

  constructor(doc: Y.Doc) {
    const collections = new Map<AnyType, Collection>();
    for (const c of COLLECTIONS) {
      try {
        collections.set(doc.getMap(c), c);
      } catch {
        // a root of another type: readRoom reports the room as malformed
      }
    }
    doc.on('afterTransaction', (tr: Y.Transaction) => {
      for (const [type, keys] of tr.changed) {
        const direct = collections.get(type);
        if (direct) {
          for (const key of keys) if (key !== null) this.rows.get(direct)?.delete(key);
          continue;
        }
        // Something inside an element (a field, a shared text): find the element it belongs to.
        let t: AnyType | null = type;
        while (t?._item) {
          const parent = t._item.parent as AnyType;
          const c = collections.get(parent);
          if (c) {
            if (t._item.parentSub) this.rows.get(c)?.delete(t._item.parentSub);
            break;
          }
          t = parent;
        }
      }
    });
  }

  entries(c: Collection): Map<string, Row> {
    let m = this.rows.get(c);
    if (!m) this.rows.set(c, (m = new Map()));
    return m;
  }
}
