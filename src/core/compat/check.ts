import { Budget, DEFAULT_BUDGET, type BudgetLimits } from './budget';
import type { Diff } from './context';
import { diffSchemas } from './diff';
import { COMPATIBLE_LENIENT, COMPATIBLE_STRICT } from './differences';
import { explain, jsonPath } from './explain';
import { SchemaLoader } from './loader';
import type { SchemaNode } from './nodes';
import {
  CompatInputError, DEFAULT_COMPAT,
  type CompatDirection, type CompatIssue, type CompatPolicy, type CompatResult, type CompatSettings, type PreviousSchema,
} from './types';

/** Parses schema text; `what` names it in the error ("the new schema", "version 1.0.0"). */
export function parseSchema(text: string, what: string): SchemaNode {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new CompatInputError(`${what} is not JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'boolean' && (typeof value !== 'object' || value === null || Array.isArray(value)))
    throw new CompatInputError(`${what} is not a JSON Schema (expected an object or a boolean)`);
  const loader = new SchemaLoader(value);
  try {
    loader.checkRefs();
  } catch (e) {
    if (e instanceof CompatInputError) throw new CompatInputError(`${what}: ${e.message}`);
    throw e;
  }
  return loader.node(value);
}

// Lint runs on every keystroke: parsed schemas and verdicts are kept by text. Keys are the texts
// themselves (never concatenated): a string's hash is computed once and cached by the engine, so a
// lookup for an unchanged design costs a few map probes however long the schemas are.
const LIMIT = 500;
const parsed = new Map<string, SchemaNode | CompatInputError>();

interface Trie { result?: CompatResult | CompatInputError; next: Map<string, Trie> }
let verdicts: Trie = { next: new Map() };
let verdictCount = 0;

function remember<V>(map: Map<string, V>, key: string, make: () => V): V {
  const hit = map.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  if (map.size >= LIMIT) map.clear();
  map.set(key, value);
  return value;
}

function verdictSlot(keys: readonly string[]): Trie {
  let node = verdicts;
  for (const k of keys) {
    let child = node.next.get(k);
    if (!child) node.next.set(k, (child = { next: new Map() }));
    node = child;
  }
  return node;
}

function schemaOf(text: string, what: string): SchemaNode {
  const result = remember(parsed, text, () => {
    try {
      return parseSchema(text, 'schema');
    } catch (e) {
      if (e instanceof CompatInputError) return e;
      throw e;
    }
  });
  if (result instanceof CompatInputError) throw new CompatInputError(what + result.message.slice('schema'.length));
  return result;
}

/** Reader-side differences of one check: `writer` wrote the data, `reader` reads it. */
export function differences(writer: SchemaNode, reader: SchemaNode, policy: CompatPolicy, budget: Budget = new Budget()): Diff[] {
  return diffSchemas(policy === 'STRICT' ? COMPATIBLE_STRICT : COMPATIBLE_LENIENT, writer, reader, budget);
}

export function isCompatibleDiff(diff: Diff, policy: CompatPolicy): boolean {
  return (policy === 'STRICT' ? COMPATIBLE_STRICT : COMPATIBLE_LENIENT).has(diff.type);
}

function normalizePrevious(previous: PreviousSchema | readonly PreviousSchema[]): { label: string; schema: string }[] {
  const list = Array.isArray(previous) ? previous : [previous as PreviousSchema];
  return list.map((p, i) => (typeof p === 'string' ? { label: `#${i + 1}`, schema: p } : { label: p.version, schema: p.schema }));
}

/**
 * Confluent Schema Registry's verdict for registering `next` after `previous` (oldest first).
 * BACKWARD: the new schema reads data written with the latest earlier one; FORWARD: the latest
 * earlier one reads data written with the new; FULL: both; *_TRANSITIVE: against every earlier
 * version, not only the latest. NONE accepts anything. Unlike the registry, which stops at the
 * first failing version, every failing version is reported (each issue says which in `against`).
 * Throws CompatInputError when a text is not a usable schema.
 */
export function checkCompatibility(
  previous: PreviousSchema | readonly PreviousSchema[],
  next: string,
  settings: CompatSettings = DEFAULT_COMPAT,
  limits: BudgetLimits = DEFAULT_BUDGET,
): CompatResult {
  const versions = normalizePrevious(previous);
  const slot = verdictSlot([settings.mode, settings.policy, `${limits.steps}/${limits.ms}`, next, ...versions.flatMap((v) => [v.label, v.schema])]);
  if (!slot.result) {
    if (verdictCount >= LIMIT) {
      verdicts = { next: new Map() };
      verdictCount = 0;
      return checkCompatibility(previous, next, settings, limits);
    }
    verdictCount++;
    try {
      slot.result = compute(versions, next, settings, new Budget(limits));
    } catch (e) {
      if (!(e instanceof CompatInputError)) throw e;
      slot.result = e;
    }
  }
  if (slot.result instanceof CompatInputError) throw slot.result;
  return slot.result;
}

function compute(versions: { label: string; schema: string }[], next: string, { mode, policy }: CompatSettings, budget: Budget): CompatResult {
  const reader = schemaOf(next, 'the new schema');
  const earlier = versions.map((v) => ({ ...v, node: schemaOf(v.schema, v.label.startsWith('#') ? `earlier schema ${v.label}` : `version ${v.label}`) }));
  if (mode === 'NONE' || earlier.length === 0) return Object.freeze({ compatible: true, issues: Object.freeze([]) as unknown as CompatIssue[] });
  const against = mode.endsWith('_TRANSITIVE') ? [...earlier].reverse() : [earlier[earlier.length - 1]];
  const directions: CompatDirection[] = mode.startsWith('BACKWARD') ? ['backward'] : mode.startsWith('FORWARD') ? ['forward'] : ['backward', 'forward'];
  const issues: CompatIssue[] = [];
  for (const version of against) {
    const name = version.label.startsWith('#') ? (earlier.length === 1 ? 'the earlier version' : `earlier version ${version.label}`) : `version ${version.label}`;
    for (const direction of directions) {
      const diffs = direction === 'backward' ? differences(version.node, reader, policy, budget) : differences(reader, version.node, policy, budget);
      for (const d of diffs) {
        if (isCompatibleDiff(d, policy)) continue;
        issues.push({ type: d.type, path: jsonPath(d.path), direction, against: version.label, ...explain(d, { direction, policy, earlier: name }) });
      }
    }
  }
  // Shared by every caller through the memo: frozen so nobody edits a cached verdict.
  return Object.freeze({ compatible: issues.length === 0, issues: Object.freeze(issues.map((i) => Object.freeze(i))) as CompatIssue[] });
}
