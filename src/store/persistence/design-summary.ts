// What My designs shows of a stored record. Records come from IndexedDB, which any script of the
// origin, an older or newer Eventsmith, or a broken disk can fill with anything: every field is
// checked, and a record that cannot be read is still listed (to delete or download), never thrown.

/** One row of My designs. `key` is the record's real storage key (a junk record may have no docId). */
export interface DesignSummary {
  key: IDBValidKey;
  docId: string;
  name: string;
  /** Milliseconds since 1970, or null when the record holds no usable date. */
  updatedAt: number | null;
  nodes: number;
  /** Why the record cannot be opened; absent for a readable one. */
  unreadable?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);

function keyText(key: IDBValidKey): string {
  try {
    return typeof key === 'string' ? key : JSON.stringify(key) ?? String(key);
  } catch {
    return '(unprintable key)';
  }
}

export function summarizeRecord(record: unknown, key: IDBValidKey): DesignSummary {
  const docId = typeof key === 'string' ? key : keyText(key);
  if (!isObject(record)) return { key, docId, name: 'Unreadable entry', updatedAt: null, nodes: 0, unreadable: `the stored entry is ${record === null ? 'null' : Array.isArray(record) ? 'a list' : `a ${typeof record}`}` };
  const updatedAt = typeof record.updatedAt === 'number' && Number.isFinite(record.updatedAt) && Math.abs(record.updatedAt) <= 8.64e15 ? record.updatedAt : null;
  const file = record.file;
  const design = isObject(file) ? file.design : undefined;
  const name = typeof record.name === 'string' && record.name.trim() !== '' ? record.name.slice(0, 200) : isObject(design) && typeof design.name === 'string' ? design.name.slice(0, 200) : 'Unnamed design';
  const problems: string[] = [];
  if (typeof record.name !== 'string') problems.push('its name is not text');
  if (typeof key !== 'string' || record.docId !== key) problems.push('its id is damaged');
  if (!isObject(design)) problems.push('it holds no design');
  const nodes = isObject(design) ? count(design.services) + count(design.topics) : 0;
  return { key, docId, name, updatedAt, nodes, ...(problems.length ? { unreadable: problems.join(', ') } : {}) };
}

/** Newest first; entries without a date last. */
export function sortSummaries(list: DesignSummary[]): DesignSummary[] {
  return list.sort((a, b) => (b.updatedAt ?? -Infinity) - (a.updatedAt ?? -Infinity) || (a.docId < b.docId ? -1 : 1));
}
