import { slugify, uniqueId } from './ids';
import { own, quote, RESERVED_KEYS, RepairLog, type Obj } from './restore-context';
import { ID_PATTERN, type Id } from './types';

export type Kind = 'service' | 'topic' | 'event' | 'publication' | 'subscription' | 'server';

/** One id namespace for the whole design, plus, per kind, where each id as written went. */
export class IdTable {
  readonly taken = new Set<string>(RESERVED_KEYS);
  private readonly remaps = new Map<Kind, Map<string, Id>>();
  private readonly ids = new Set<Id>();

  /** The final id of the first `kind` entity whose id was written as `ref`. */
  resolve(kind: Kind, ref: unknown): Id | undefined {
    return typeof ref === 'string' ? this.remaps.get(kind)?.get(ref) : undefined;
  }

  /** For untyped references (layout keys, suppression targets): an entity of any kind. */
  resolveAny(ref: unknown): Id | undefined {
    if (typeof ref !== 'string') return undefined;
    if (this.ids.has(ref)) return ref;
    for (const map of this.remaps.values()) {
      const id = map.get(ref);
      if (id !== undefined) return id;
    }
    return undefined;
  }

  register(kind: Kind, written: unknown, id: Id): void {
    this.ids.add(id);
    if (typeof written !== 'string') return;
    let map = this.remaps.get(kind);
    if (!map) this.remaps.set(kind, (map = new Map()));
    if (!map.has(written)) map.set(written, id);
  }
}

export interface Pending {
  kind: Kind;
  raw: Obj;
  where: string;
  /** Readable base for a new id, e.g. the slug of the name. */
  base: () => string;
  id?: Id;
}

function usable(value: unknown): value is Id {
  return typeof value === 'string' && ID_PATTERN.test(value) && !RESERVED_KEYS.has(value);
}

/**
 * Gives every pending entity its id. Valid ids written first keep them (so a duplicate renames the
 * later entity and references keep pointing at the first); then the rest get one from their base.
 */
export function assignIds(log: RepairLog, table: IdTable, pending: Pending[]): void {
  for (const p of pending) {
    const written = own(p.raw, 'id');
    if (usable(written) && !table.taken.has(written)) {
      p.id = written;
      table.taken.add(written);
    }
  }
  for (const p of pending) {
    if (p.id !== undefined) continue;
    const written = own(p.raw, 'id');
    p.id = uniqueId(slugify(p.base(), p.kind), table.taken);
    table.taken.add(p.id);
    if (written === undefined) log.add(`${p.where}: had no id; given ${quote(p.id)}`);
    else if (usable(written)) log.add(`${p.where}: id ${quote(written)} was already used; renamed to ${quote(p.id)}`);
    else log.add(`${p.where}: id ${typeof written === 'string' ? quote(written) : `(${typeof written})`} is not a valid id; now ${quote(p.id)}`);
  }
  for (const p of pending) table.register(p.kind, own(p.raw, 'id'), p.id!);
}

/** `Service "OrderService"` or `Service #3`, for repair messages. */
export function label(kind: string, raw: Obj, index: number): string {
  const name = own(raw, 'name') ?? own(raw, 'host');
  return typeof name === 'string' && name.trim() !== '' ? `${kind} ${quote(name)}` : `${kind} #${index + 1}`;
}
