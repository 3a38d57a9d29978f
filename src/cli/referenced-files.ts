// Relative `$ref`s of AsyncAPI documents, read from disk as the official parser reads them, but
// only inside one root directory (`--root`, default the current directory): a reference that
// leaves it, an absolute path or a file: URL is refused with one line naming it. Network URLs are
// never fetched (the importer keeps or refuses them itself).
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import { MAX_FILES } from '../core/asyncapi/import/index';
import { parseText } from '../core/asyncapi/import/parse-text';
import { UsageError, type CliIO } from './io';

const hasScheme = (ref: string) => /^[a-z][a-z0-9+.-]*:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref);

/**
 * Every `$ref` string in the data. `mayShare`: the data may hold one object in several places (a
 * YAML alias), so each object is visited once; without an alias the data is a tree and the walk
 * needs no set of visited objects (which cost three quarters of the walk on a 3.4 MB document).
 */
function refsIn(data: unknown, mayShare: boolean): string[] {
  const out: string[] = [];
  const seen = mayShare ? new Set<object>() : null;
  const stack: unknown[] = [data];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (seen) {
      if (seen.has(node)) continue;
      seen.add(node);
    }
    if (Array.isArray(node)) {
      for (const v of node) if (typeof v === 'object' && v !== null) stack.push(v);
      continue;
    }
    // Plain data from JSON.parse or js-yaml: for-in sees exactly its own keys, without a key array.
    for (const key in node) {
      const v = (node as Record<string, unknown>)[key];
      if (typeof v === 'object' && v !== null) stack.push(v);
      else if (key === '$ref' && typeof v === 'string') out.push(v);
    }
  }
  return out;
}

const decode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

type ReadFile = { path: string; text: string; parsed?: { data: unknown } };

/**
 * The given files plus every file their relative `$ref`s reach, by paths relative to `root`.
 * Each file that parsed carries its data (`parsed`), so the importer does not parse it again.
 */
export function withReferencedFiles(given: { path: string; text: string }[], io: CliIO, root: string): ReadFile[] {
  const base = resolve(root);
  const key = (absolute: string) => relative(base, absolute).split(sep).join(posix.sep);
  const inside = (absolute: string) => {
    const rel = relative(base, absolute);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  const files = new Map<string, ReadFile>();
  const queue: string[] = [];
  for (const f of given) {
    const absolute = resolve(f.path);
    const path = inside(absolute) ? key(absolute) : f.path;
    if (!files.has(path)) {
      files.set(path, { path, text: f.text });
      queue.push(path);
    }
  }
  while (queue.length) {
    const from = queue.shift()!;
    const file = files.get(from)!;
    let data: unknown;
    try {
      data = parseText(from, file.text);
    } catch {
      continue; // the importer says what is wrong with it
    }
    file.parsed = { data };
    // Only a YAML alias (`*name`) makes one object appear twice (parseText has already refused
    // cycles and aliases that expand too far).
    for (const ref of refsIn(data, file.text.includes('*'))) {
      const filePart = decode(ref.split('#')[0]);
      if (filePart === '' || (hasScheme(filePart) && !/^file:/i.test(filePart))) continue;
      if (/^file:/i.test(filePart) || isAbsolute(filePart) || /^[a-z]:[\\/]/i.test(filePart))
        throw new UsageError(`${from}: $ref "${ref}" is an absolute path; only relative references inside ${root} are read`);
      const target = resolve(base, posix.dirname(from), filePart);
      if (!inside(target)) throw new UsageError(`${from}: $ref "${ref}" leaves the root directory ${root} (give --root to read it)`);
      const path = key(target);
      if (files.has(path)) continue;
      if (files.size >= MAX_FILES) throw new UsageError(`${from}: the references reach more than ${MAX_FILES} files`);
      files.set(path, { path, text: io.readText(target) });
      queue.push(path);
    }
  }
  return [...files.values()];
}
