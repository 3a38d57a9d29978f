// The schema comparison of Confluent Schema Registry's JSON Schema provider (diff/SchemaDiff.java
// and friends), re-implemented on our own schema model. `o` is the schema the data was written
// with, `u` the schema reading it; every difference is reported from that reader's point of view.

import { Budget } from './budget';
import { Ctx, Pass, flattenDiffs, type Diff, type DiffList } from './context';
import type { DifferenceType } from './differences';
import { compareArray } from './diff-array';
import { compareObject } from './diff-object';
import { compareNumber, compareString } from './diff-scalar';
import { canonical, keyOf, subNode, type CombinedNode, type SchemaNode } from './nodes';

/** Every difference between a writer schema and a reader schema, under one policy's compatible set. */
export function diffSchemas(compatible: ReadonlySet<DifferenceType>, original: SchemaNode, update: SchemaNode, budget: Budget = new Budget()): Diff[] {
  return flattenDiffs(sharedDiffs(compatible, original, update, budget), budget);
}

/** The same differences as lists shared between the places a pair recurs (see context.ts). */
export function sharedDiffs(compatible: ReadonlySet<DifferenceType>, original: SchemaNode, update: SchemaNode, budget: Budget = new Budget()): DiffList {
  // Cycles are first assumed compatible; when that assumption was used, pass again with the pairs
  // found incompatible fed back in, until nothing new turns up (one pass without recursion).
  let seed = new Map<SchemaNode, Map<SchemaNode, DiffList>>();
  for (;;) {
    const pass = new Pass(compatible, seed, compareTypes, budget);
    const ctx = new Ctx(pass);
    ctx.compare(original, update);
    if (!pass.optimismUsed) return ctx.diffs;
    const found = pass.incompatiblePairs();
    if (countPairs(found) === countPairs(seed)) return ctx.diffs;
    seed = found;
  }
}

function countPairs(map: Map<SchemaNode, Map<SchemaNode, DiffList>>): number {
  let n = 0;
  for (const inner of map.values()) n += inner.size;
  return n;
}

const subsOf = (node: CombinedNode): SchemaNode[] => node.subs.map((s) => subNode(s)!);

function compareTypes(ctx: Ctx, o: SchemaNode, u: SchemaNode): void {
  if (o.kind !== 'combined' && u.kind === 'combined') {
    const subs = subsOf(u);
    if (subs.length === 1) {
      const sub = ctx.sub();
      sub.compare(o, subs[0]);
      if (sub.isCompatible()) return ctx.addAll(sub.diffs);
    } else if (u.criterion !== 'allOf') {
      // A reader that accepts one of several shapes reads the writer's if one of them does.
      for (const s of subs) {
        const sub = ctx.sub();
        sub.compare(o, s);
        if (sub.isCompatible()) {
          ctx.addAll(sub.diffs);
          return ctx.add('SUM_TYPE_EXTENDED');
        }
      }
    }
  } else if (o.kind === 'combined' && u.kind !== 'combined') {
    const subs = subsOf(o);
    if (subs.length === 1) {
      const sub = ctx.sub();
      sub.compare(subs[0], u);
      if (sub.isCompatible()) return ctx.addAll(sub.diffs);
    } else if (o.criterion === 'allOf') {
      // Data that met every part meets the reader if the reader asks for any one of them.
      for (const s of subs) {
        const sub = ctx.sub();
        sub.compare(s, u);
        if (sub.isCompatible()) {
          ctx.addAll(sub.diffs);
          return ctx.add('PRODUCT_TYPE_NARROWED');
        }
      }
    }
  }

  if (o.kind !== u.kind) {
    // Nothing was written under `false`; a reader of `true`/`{}` takes anything.
    if (o.kind === 'false' || u.kind === 'true') return;
    return ctx.add('TYPE_CHANGED');
  }

  if (o.meta.id !== u.meta.id) ctx.add('ID_CHANGED');
  if (o.meta.title !== u.meta.title) ctx.add('TITLE_CHANGED');
  if (o.meta.description !== u.meta.description) ctx.add('DESCRIPTION_CHANGED');
  if (o.meta.hasDefault !== u.meta.hasDefault || (o.meta.hasDefault && canonical(o.meta.default) !== canonical(u.meta.default)))
    ctx.add('DEFAULT_CHANGED');

  switch (o.kind) {
    case 'string':
      return compareString(ctx, o, u as typeof o);
    case 'number':
      return compareNumber(ctx, o, u as typeof o);
    case 'const':
      if (canonical(o.value) !== canonical((u as typeof o).value)) ctx.add('ENUM_ARRAY_CHANGED', 'const');
      return;
    case 'enum':
      return compareEnum(ctx, o.values, (u as typeof o).values);
    case 'combined':
      return compareCombined(ctx, o, u as typeof o);
    case 'not':
      return ctx.within(['not'], () => {
        // A reader that excludes less accepts more: compare the excluded schemas the other way round.
        const sub = ctx.sub();
        sub.compare(subNode((u as typeof o).schema), subNode(o.schema));
        // Confluent also reports NOT_TYPE_NARROWED for an unchanged `not`; we stay silent then, so
        // an untouched schema shows no difference (same verdict: the type is compatible anyway).
        if (!sub.isCompatible()) ctx.add('NOT_TYPE_EXTENDED');
        else if (sub.diffs.length > 0) ctx.add('NOT_TYPE_NARROWED');
      });
    case 'object':
      return compareObject(ctx, o, u as typeof o);
    case 'array':
      return compareArray(ctx, o, u as typeof o);
    default:
      return;
  }
}

function compareEnum(ctx: Ctx, original: unknown[], update: unknown[]): void {
  const o = new Set(original.map(canonical));
  const u = new Set(update.map(canonical));
  const uHasAllO = [...o].every((v) => u.has(v));
  const oHasAllU = [...u].every((v) => o.has(v));
  if (uHasAllO && oHasAllU) return;
  ctx.add(uHasAllO ? 'ENUM_ARRAY_EXTENDED' : oHasAllU ? 'ENUM_ARRAY_NARROWED' : 'ENUM_ARRAY_CHANGED', 'enum');
}

function uniqueSubs(node: CombinedNode): SchemaNode[] {
  const seen = new Set<string>();
  const out: SchemaNode[] = [];
  for (const s of subsOf(node)) {
    const key = keyOf(s);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(s);
    }
  }
  return out;
}

function compareCriteria(ctx: Ctx, o: CombinedNode, u: CombinedNode): DifferenceType | undefined {
  if (o.criterion === u.criterion) return undefined;
  const single = (n: CombinedNode) => n.subs.length === 1;
  const type: DifferenceType =
    u.criterion === 'anyOf' || (single(o) && single(u)) || (single(o) && u.criterion === 'oneOf') || (single(u) && o.criterion === 'allOf')
      ? 'COMBINED_TYPE_EXTENDED'
      : 'COMBINED_TYPE_CHANGED';
  ctx.add(type);
  return type;
}

function compareCombined(ctx: Ctx, o: CombinedNode, u: CombinedNode): void {
  if (compareCriteria(ctx, o, u) === 'COMBINED_TYPE_CHANGED') return;
  const os = uniqueSubs(o);
  const us = uniqueSubs(u);
  if (os.length < us.length) ctx.add(u.criterion === 'allOf' ? 'PRODUCT_TYPE_EXTENDED' : 'SUM_TYPE_EXTENDED');
  else if (os.length > us.length) ctx.add(o.criterion === 'allOf' ? 'PRODUCT_TYPE_NARROWED' : 'SUM_TYPE_NARROWED');

  // Which writer subschema can each reader subschema take over? Then pair them up, as many as possible.
  const edges: DiffList[][] = os.map(() => us.map((): DiffList => []));
  const ok: boolean[][] = os.map(() => us.map(() => false));
  const exact: boolean[][] = os.map(() => us.map(() => false));
  os.forEach((os_i, i) =>
    ctx.within([o.criterion, String(i)], () => {
      us.forEach((us_j, j) => {
        const sub = ctx.sub();
        sub.compare(os_i, us_j);
        if (sub.isCompatible()) {
          ok[i][j] = true;
          exact[i][j] = sub.diffs.length === 0;
          edges[i][j] = sub.diffs;
        }
      });
    }),
  );
  const match = maximumMatching(ok, exact, us.length);
  let matched = 0;
  match.forEach((i, j) => {
    if (i >= 0) {
      matched++;
      ctx.addAll(edges[i][j]);
    }
  });
  if (matched >= Math.min(os.length, us.length)) return;
  const explained = o.synthetic && u.synthetic ? explainParts(ctx, os, us, match, o.criterion) : undefined;
  if (explained) ctx.addAll(explained);
  else ctx.add('COMBINED_TYPE_SUBSCHEMAS_CHANGED');
}

/**
 * Confluent reports a failed pairing as COMBINED_TYPE_SUBSCHEMAS_CHANGED. When the allOf is one
 * the loader made (`type: string` + `enum`), the user wrote no allOf: name the real change instead
 * (ENUM_ARRAY_NARROWED, MAX_LENGTH_DECREASED, …) by comparing the unmatched parts of the same kind.
 * Used only when that explanation is itself incompatible, so the verdict stays Confluent's.
 */
function explainParts(ctx: Ctx, os: SchemaNode[], us: SchemaNode[], match: number[], criterion: string): DiffList | undefined {
  const matchedO = new Set(match.filter((i) => i >= 0));
  const sub = ctx.sub();
  os.forEach((part, i) => {
    if (matchedO.has(i)) return;
    const j = us.findIndex((p, jj) => match[jj] < 0 && p.kind === part.kind);
    if (j >= 0) sub.within([criterion, String(i)], () => sub.compare(part, us[j]));
  });
  return sub.isCompatible() ? undefined : sub.diffs;
}

/**
 * Maximum bipartite matching (augmenting paths); returns, for each right vertex, its left partner or -1.
 * Pairs without any difference are matched first, so a subschema keeps an identical partner when it
 * has one: otherwise `anyOf: [X, true]` against itself could pair X with `true` and `true` with X,
 * and report SUM_TYPE_EXTENDED for a schema compared with itself. Augmenting over the other
 * compatible pairs afterwards never unmatches a vertex, so the matching stays maximum.
 */
function maximumMatching(ok: boolean[][], exact: boolean[][], rightSize: number): number[] {
  const partner = new Array<number>(rightSize).fill(-1);
  const tryLeft = (edges: boolean[][], i: number, seen: boolean[]): boolean => {
    for (let j = 0; j < rightSize; j++) {
      if (!edges[i][j] || seen[j]) continue;
      seen[j] = true;
      if (partner[j] < 0 || tryLeft(edges, partner[j], seen)) {
        partner[j] = i;
        return true;
      }
    }
    return false;
  };
  const matched = new Array<boolean>(ok.length).fill(false);
  for (const edges of [exact, ok])
    for (let i = 0; i < ok.length; i++) if (!matched[i]) matched[i] = tryLeft(edges, i, new Array<boolean>(rightSize).fill(false));
  return partner;
}
