import { Budget } from './budget';
import type { DifferenceType } from './differences';
import type { SchemaNode } from './nodes';

/** One difference, its path in segments relative to where the comparison started. */
export interface Diff { type: DifferenceType; path: readonly string[] }

type PairMap = Map<SchemaNode, Map<SchemaNode, Diff[]>>;

/**
 * Compares two present schema nodes (diff.ts's walk). The pass carries it, so the keyword modules
 * (diff-object.ts, diff-array.ts, …) recurse through their context instead of importing diff.ts.
 */
export type CompareNodes = (ctx: Ctx, o: SchemaNode, u: SchemaNode) => void;

function getPair(map: PairMap, o: SchemaNode, u: SchemaNode): Diff[] | undefined {
  return map.get(o)?.get(u);
}
function setPair(map: PairMap, o: SchemaNode, u: SchemaNode, diffs: Diff[]): void {
  let inner = map.get(o);
  if (!inner) map.set(o, (inner = new Map()));
  inner.set(u, diffs);
}

/** State shared by every context of one comparison pass. */
export class Pass {
  readonly memo: PairMap = new Map();
  readonly inProgress = new Map<SchemaNode, Set<SchemaNode>>();
  optimismUsed = false;
  constructor(
    readonly compatible: ReadonlySet<DifferenceType>,
    readonly seed: PairMap,
    readonly compareNodes: CompareNodes,
    readonly budget: Budget = new Budget(),
  ) {}

  isCompatible(diffs: readonly Diff[]): boolean {
    return diffs.every((d) => this.compatible.has(d.type));
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
  readonly diffs: Diff[] = [];
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

  addAll(diffs: readonly Diff[]): void {
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
    // Each difference is copied under this path: a DAG of shared definitions multiplies them.
    this.pass.budget.spend(relative.length);
    if (this.path.length === 0) this.diffs.push(...relative);
    else for (const d of relative) this.diffs.push({ type: d.type, path: [...this.path, ...d.path] });
  }

  private relative(o: SchemaNode, u: SchemaNode, compare: (ctx: Ctx) => void): readonly Diff[] {
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
