// AsyncAPI 2.x / 3.x documents (YAML or JSON, several at once) → one design (PRODUCT.md §4, §4.1).
// Pure: the files are given as text; `$ref`s resolve only among them.
import { toFile } from '../../model/factories';
import { restoreDesign, RestoreError } from '../../model/restore';
import type { DesignFile } from '../../model/types';
import { buildDesign } from './build';
import { ImportError } from './errors';
import { parseText } from './parse-text';
import type { RawDoc } from './raw';
import { readV2 } from './read-v2';
import { readV3 } from './read-v3';
import { isObj, normalizePath, Resolver } from './refs';

export { ImportError } from './errors';

export interface ImportInput {
  path: string;
  text: string;
  /** What parseText(path, text) returned, when the caller has already parsed it (the CLI does, to follow `$ref`s): not parsed twice. */
  parsed?: { data: unknown };
}
export interface ImportResult { file: DesignFile; warnings: string[] }

/** A 2,000-node design exports one document per service; the cap is on the total size too. */
export const MAX_FILES = 5000;
export const MAX_TOTAL_CHARS = 100_000_000;

export function importAsyncApi(files: ImportInput[]): ImportResult {
  if (files.length === 0) throw new ImportError('no files given');
  if (files.length > MAX_FILES) throw new ImportError(`too many files (${files.length}; at most ${MAX_FILES})`);
  const total = files.reduce((n, f) => n + f.text.length, 0);
  if (total > MAX_TOTAL_CHARS) throw new ImportError(`the files are too large together (${Math.round(total / 1e6)} million characters; at most ${MAX_TOTAL_CHARS / 1e6} million)`);
  const parsed = files.map((f) => ({ path: normalizePath(f.path), data: f.parsed ? f.parsed.data : parseText(f.path, f.text) }));
  const resolver = new Resolver(parsed);
  const docs: RawDoc[] = [];
  // Documents are read in path order, not in the order they were given (a folder's listing, a
  // picker's selection, the command line): the same files give the same ids whatever their order.
  const byPath = [...parsed].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path, data } of byPath) {
    if (!isObj(data) || data.asyncapi === undefined) continue; // a fragment: only a $ref target
    const version = String(data.asyncapi);
    if (/^2\.\d+\.\d+/.test(version)) docs.push(readV2(path, data, resolver));
    else if (/^3\.\d+\.\d+/.test(version)) docs.push(readV3(path, data, resolver));
    else throw new ImportError(`${path}: AsyncAPI ${version} is not supported (Eventsmith reads 2.x and 3.x)`);
  }
  if (docs.length === 0) {
    const names = files.map((f) => f.path).join(', ');
    throw new ImportError(`${names}: not an AsyncAPI document (no "asyncapi:" version field)`);
  }
  const warnings: string[] = [];
  const design = buildDesign(docs, resolver, warnings);
  for (const ref of [...resolver.remoteSchemaRefs].sort()) warnings.push(`a schema refers to ${ref}; kept as a reference, not fetched`);
  try {
    const { file, repairs } = restoreDesign(toFile(design));
    return { file, warnings: [...warnings, ...repairs] };
  } catch (e) {
    if (e instanceof RestoreError) throw new ImportError(`${docs[0].path}: ${e.message}`);
    throw e;
  }
}
