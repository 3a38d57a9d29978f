// A design → a room's Yjs document, by difference: only the fields that changed are written, so a
// rename is one field, a drag end one position, a keystroke in a schema one text change. The
// app's store keeps making whole designs with its commands; this turns each into the smallest
// change. Ids are keys: an element keeps its entry for as long as it keeps its id (a rename never
// re-keys it), and a new element gets a new entry.
import * as Y from 'yjs';
import { FORMAT_VERSION, type Design } from '../model/types';
import { COLLECTIONS, RANK, REQUIRED_COLLECTIONS, ROOT, TEXT_FIELDS, TEXT_LIST_FIELDS, type Collection } from './shape';
import { replaceText } from './text-diff';
import { plain, sameJson } from './values';

type Item = { id: string } & Record<string, unknown>;

/** Writes `design` into `doc` in one transaction (origin lets an UndoManager track own edits). */
export function writeDesign(doc: Y.Doc, design: Design, origin: unknown = null): void {
  doc.transact(() => {
    const meta = doc.getMap<unknown>(ROOT.meta);
    if (meta.get('formatVersion') !== FORMAT_VERSION) meta.set('formatVersion', FORMAT_VERSION);
    const source = design as unknown as Record<string, unknown>;
    const lists = COLLECTIONS.filter((c) => !REQUIRED_COLLECTIONS.has(c) && Array.isArray(source[c]));
    if (!sameJson(meta.get('lists') ?? [], lists)) meta.set('lists', lists);

    const fields = doc.getMap<unknown>(ROOT.design);
    const own = new Set<string>();
    for (const [key, value] of Object.entries(source)) {
      if (key === 'layout' || (COLLECTIONS as readonly string[]).includes(key) || value === undefined) continue;
      own.add(key);
      if (!sameJson(plain(fields.get(key)), value)) fields.set(key, stored(value));
    }
    for (const key of [...fields.keys()]) if (!own.has(key)) fields.delete(key);

    for (const c of COLLECTIONS) writeCollection(doc.getMap<unknown>(c), c, (source[c] as Item[] | undefined) ?? []);

    const positions = doc.getMap<unknown>(ROOT.positions);
    const nodes = design.layout?.nodes ?? {};
    for (const [id, p] of Object.entries(nodes)) {
      if (!sameJson(positions.get(id), p)) positions.set(id, { x: p.x, y: p.y });
    }
    for (const id of [...positions.keys()]) if (!Object.prototype.hasOwnProperty.call(nodes, id)) positions.delete(id);
  }, origin);
}

function writeCollection(map: Y.Map<unknown>, c: Collection, items: Item[]): void {
  const keep = new Set(items.map((i) => i.id));
  for (const id of [...map.keys()]) if (!keep.has(id)) map.delete(id);
  let rank = -1;
  map.forEach((entry) => {
    const r = entry instanceof Y.Map ? entry.get(RANK) : undefined;
    if (typeof r === 'number' && Number.isFinite(r) && r > rank) rank = r;
  });
  for (const item of items) {
    const existing = map.get(item.id);
    if (existing instanceof Y.Map) {
      writeFields(existing, c, item);
    } else {
      const entry = new Y.Map<unknown>();
      entry.set(RANK, ++rank);
      map.set(item.id, entry);
      writeFields(entry, c, item);
    }
  }
}

function writeFields(entry: Y.Map<unknown>, c: Collection, item: Item): void {
  for (const [key, value] of Object.entries(item)) {
    if (key === 'id' || key === RANK || value === undefined) continue;
    if (TEXT_FIELDS[c]?.has(key) && typeof value === 'string') writeText(entry, key, value);
    else if (TEXT_LIST_FIELDS[c]?.has(key) && Array.isArray(value) && value.every((v) => typeof v === 'string')) writeTextList(entry, key, value);
    else if (!sameJson(plain(entry.get(key)), value)) entry.set(key, stored(value));
  }
  for (const key of [...entry.keys()]) {
    if (key !== RANK && (item[key] === undefined || key === 'id')) entry.delete(key);
  }
}

function writeText(entry: Y.Map<unknown>, key: string, value: string): void {
  const current = entry.get(key);
  if (current instanceof Y.Text) replaceText(current, value);
  else entry.set(key, new Y.Text(value));
}

function writeTextList(entry: Y.Map<unknown>, key: string, values: string[]): void {
  const current = entry.get(key);
  if (!(current instanceof Y.Array) || !current.toArray().every((t) => t instanceof Y.Text)) {
    entry.set(key, Y.Array.from(values.map((v) => new Y.Text(v))));
    return;
  }
  const texts = current.toArray() as Y.Text[];
  values.forEach((v, i) => {
    if (i < texts.length) replaceText(texts[i], v);
    else current.push([new Y.Text(v)]);
  });
  if (texts.length > values.length) current.delete(values.length, texts.length - values.length);
}

/** Yjs stores only objects made by `{}` (a restored design may hold null-prototype ones): a JSON copy. */
function stored(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? JSON.parse(JSON.stringify(value)) : value;
}
