// YAML or JSON text → data, safe against hostile input: a size cap, YAML's alias cap (a
// "billion laughs" document expands aliases exponentially) and a nesting cap.
import { parse } from 'yaml';
import { ImportError } from './errors';

export const TEXT_LIMITS = {
  /** Characters per file. */
  maxChars: 10_000_000,
  /** Alias uses per YAML file; more means expansion, not reuse. */
  maxAliases: 1000,
  /** Nesting of objects and arrays. */
  maxDepth: 256,
};

/** Deepest nesting of objects/arrays, measured without recursion (so no stack overflow). */
function tooDeep(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  const seen = new Set<object>();
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    if (depth > limit) return true;
    seen.add(node);
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Nesting of `[`/`{` in the raw text: checked first because parsers recurse on it. */
function flowDepthOver(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return false;
}

export function parseText(path: string, text: string): unknown {
  if (text.length > TEXT_LIMITS.maxChars) throw new ImportError(`${path}: the file is too large (over ${TEXT_LIMITS.maxChars / 1_000_000} million characters)`);
  if (text.trim() === '') throw new ImportError(`${path}: the file is empty`);
  // Brackets inside strings count too; a real document never comes close to the cap.
  if (flowDepthOver(text, TEXT_LIMITS.maxDepth)) throw new ImportError(`${path}: nested more than ${TEXT_LIMITS.maxDepth} levels deep`);
  let data: unknown;
  const trimmed = text.trimStart();
  try {
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      try {
        data = JSON.parse(text);
      } catch {
        data = parseYaml(text);
      }
    } else data = parseYaml(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof RangeError) throw new ImportError(`${path}: nested too deeply to read`);
    if (/alias/i.test(message) && /excessive|resource/i.test(message))
      throw new ImportError(`${path}: too many YAML aliases (a document that expands exponentially, an "alias bomb")`);
    throw new ImportError(`${path}: not valid YAML or JSON (${message.split('\n')[0]})`);
  }
  if (tooDeep(data, TEXT_LIMITS.maxDepth)) throw new ImportError(`${path}: nested more than ${TEXT_LIMITS.maxDepth} levels deep`);
  return data;
}

function parseYaml(text: string): unknown {
  // `merge` reads `<<:` keys, common in hand-written AsyncAPI; errors are thrown, not collected.
  return parse(text, { maxAliasCount: TEXT_LIMITS.maxAliases, merge: true, prettyErrors: false, uniqueKeys: false });
}
