import { Budget } from './budget';
import type { DifferenceType } from './differences';
import type { SchemaNode } from './nodes';

/** One difference, its path in segments relative to where the comparison started. */
export interface Diff { type: DifferenceType; path: readonly string[] }

/**
 * The differences of one compared pair, under the path where the pair was met. A pair that recurs
 * (a definition referred to from many places: a `$ref` DAG names 2^levels paths) is compared once
 * and its list is referred to from every place, never copied per path: the lists stay as small as
 * the schemas, and only flattenDiffs (the verdict's issues) spends per path, under the budget.
 */
export interface SharedDiffs { readonly prefix: readonly string[]; readonly diffs: DiffList }
export type DiffEntry = Diff | SharedDiffs;
export type DiffList = readonly DiffEntry[];

const isShared = (e: DiffEntry): e is SharedDiffs => 'diffs' in e;

type PairMap = Map<SchemaNode, Map<SchemaNode, DiffList>>;

/** Every difference of a list with its full path, in order; one budget step each. */
export function flattenDiffs(list: DiffList, budget: Budget, prefix: readonly string[] = [], out: Diff[] = []): Diff[] {
  for (const e of list) {
    if (isShared(e)) {
      flattenDiffs(e.diffs, budget, prefix.length ? [...prefix, ...e.prefix] : e.prefix, out);
      continue;
    }
    budget.spend();
    out.push(prefix.length ? { type: e.type, path: [...prefix, ...e.path] } : e);
  }
  return out;
}

/** How many differences a list stands for, counted without spelling them out. */
export function diffCount(list: DiffList, memo = new Map<DiffList, number>()): number {
  const known = memo.get(list);
  if (known !== undefined) return known;
  let n = 0;
  for (const e of list) n += isShared(e) ? diffCount(e.diffs, memo) : 1;
  memo.set(list, n);
  return n;
}

/** How many objects (lists, entries) hold a list: what the comparison allocated for its differences. */
export function diffObjects(list: DiffList, seen = new Set<object>()): number {
  if (seen.has(list)) return 0;
  seen.add(list);
  let n = 1;
  for (const e of list) {
    if (seen.has(e)) continue;
    seen.add(e);
    n++;
    if (isShared(e)) n += diffObjects(e.diffs, seen);
  }
  return n;
}

/**
 * Compares two present schema nodes (diff.ts's walk). The pass carries it, so the keyword modules
 * (diff-object.ts, diff-array.ts, …) recurse through their context instead of importing diff.ts.
 */
export type CompareNodes = (ctx: Ctx, o: SchemaNode, u: SchemaNode) => void;

function getPair(map: PairMap, o: SchemaNode, u: SchemaNode): DiffList | undefined {
  return map.get(o)?.get(u);
}
function setPair(map: PairMap, o: SchemaNode, u: SchemaNode, diffs: DiffList): void {
  let inner = map.get(o);
  if (!inner) map.set(o, (inner = new Map()));
  inner.set(u, diffs);
}

/** State shared by every context of one comparison pass. */
export class Pass {
  readonly memo: PairMap = new Map();
  readonly inProgress = new Map<SchemaNode, Set<SchemaNode>>();
  optimismUsed = false;
  // Per complete (shared) list: lists are referred to from many places and asked again.
  private readonly compatibleMemo = new WeakMap<DiffList, boolean>();
  constructor(
    readonly compatible: ReadonlySet<DifferenceType>,
    readonly seed: PairMap,
    readonly compareNodes: CompareNodes,
    readonly budget: Budget = new Budget(),
  ) {}

  isCompatible(diffs: DiffList): boolean {
    return diffs.every((d) => (isShared(d) ? this.sharedCompatible(d.diffs) : this.compatible.has(d.type)));
  }

  private sharedCompatible(list: DiffList): boolean {
    let known = this.compatibleMemo.get(list);
    if (known === undefined) this.compatibleMemo.set(list, (known = this.isCompatible(list)));
    return known;
  }

  incompatiblePairs(): PairMap {
    const out: PairMap = new Map();
    for (const [o, inner] of this.memo)
      for (const [u, diffs] of inner) if (!this.isCompatible(diffs)) setPair(out, o, u, diffs);
    return out;
  }
}

/** Collects differences at a current path; sub-contexts try a comparison without committing to it. */
export class Ctx {
  /** Differences found here, and pairs' shared lists; `length === 0` means none at all. */
  readonly diffs: DiffEntry[] = [];
  private readonly path: string[];

  constructor(readonly pass: Pass, path: readonly string[] = []) {
    this.path = [...path];
  }

  sub(): Ctx {
    return new Ctx(this.pass, this.path);
  }

  add(type: DifferenceType, attribute?: string): void {
    this.diffs.push({ type, path: attribute === undefined ? [...this.path] : [...this.path, attribute] });
  }

  addAll(diffs: DiffList): void {
    this.diffs.push(...diffs);
  }

  within<T>(segments: string[], fn: () => T): T {
    this.path.push(...segments);
    try {
      return fn();
    } finally {
      this.path.length -= segments.length;
    }
  }

  isCompatible(): boolean {
    return this.pass.isCompatible(this.diffs);
  }

  /** Compares a writer and a reader schema at the current path; either may be absent. */
  compare(o: SchemaNode | undefined, u: SchemaNode | undefined): void {
    if (!o && !u) return;
    if (!o) return this.add('SCHEMA_ADDED');
    if (!u) return this.add('SCHEMA_REMOVED');
    this.pass.budget.spend();
    this.compareOnce(o, u, (c) => this.pass.compareNodes(c, o, u));
  }

  /**
   * Compares a pair once per pass and reuses the result wherever the pair recurs (schemas whose
   * definitions refer to one another). A pair met again while it is still being compared is a
   * cycle: it counts as compatible unless an earlier pass proved it is not.
   */
  compareOnce(o: SchemaNode, u: SchemaNode, compare: (ctx: Ctx) => void): void {
    const relative = this.relative(o, u, compare);
    // Referred to under this path, not copied: a DAG of shared definitions costs one entry here.
    // Every entry pushed holds a difference, so an empty `diffs` still means "none".
    if (relative.length === 0) return;
    this.pass.budget.spend();
    this.diffs.push({ prefix: [...this.path], diffs: relative });
  }

  private relative(o: SchemaNode, u: SchemaNode, compare: (ctx: Ctx) => void): DiffList {
    const cached = getPair(this.pass.memo, o, u);
    if (cached) return cached;
    let busy = this.pass.inProgress.get(o);
    if (busy?.has(u)) {
      const seeded = getPair(this.pass.seed, o, u);
      if (seeded) return seeded;
      this.pass.optimismUsed = true;
      return [];
    }
    if (!busy) this.pass.inProgress.set(o, (busy = new Set()));
    busy.add(u);
    try {
      const ctx = new Ctx(this.pass);
      compare(ctx);
      setPair(this.pass.memo, o, u, ctx.diffs);
      return ctx.diffs;
    } finally {
      busy.delete(u);
    }
  }
}
