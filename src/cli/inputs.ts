import { ImportError, importAsyncApi, type ImportInput, type ImportResult } from '../core/asyncapi/import/index';
import { restoreDesign, RestoreError } from '../core/model/restore';
import type { DesignFile } from '../core/model/types';
import { stripBom, UsageError, type CliIO } from './io';
import { withReferencedFiles } from './referenced-files';

/**
 * Reads the inputs of lint/export/share: one design file, or AsyncAPI documents that together
 * form one system. Anything unusable becomes a UsageError naming the file (exit 2).
 */
export function loadSystem(paths: string[], io: CliIO): DesignFile {
  if (paths.length === 0) throw new UsageError('no input files given');
  const texts = paths.map((path) => ({ path, text: stripBom(io.readText(path)) }));
  const designs = texts.filter((t) => looksLikeDesignFile(t.text));
  if (designs.length === texts.length) {
    if (designs.length > 1) throw new UsageError('give one design file at a time');
    const { file, repairs } = restoreDesignText(designs[0].path, designs[0].text);
    // What restore changed (a cut description, a renamed id) is said, not done silently.
    for (const r of repairs) io.stderr(`warning: ${designs[0].path}: repaired: ${r}\n`);
    return file;
  }
  if (designs.length > 0) throw new UsageError(`${designs[0].path}: a design file cannot be mixed with AsyncAPI documents`);
  return loadAsyncApi(withReferencedFiles(texts, io, '.'), io);
}

function looksLikeDesignFile(text: string): boolean {
  return /^\s*\{/.test(text) && text.includes('"eventsmith-design"');
}

/** A design file's text (a UTF-8 BOM is fine) → the restored design and restore's repairs. */
function restoreDesignText(path: string, text: string): { file: DesignFile; repairs: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(stripBom(text));
  } catch (e) {
    throw new UsageError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  try {
    const { file, repairs } = restoreDesign(data);
    return { file, repairs };
  } catch (e) {
    if (e instanceof RestoreError) throw new UsageError(`${path}: ${e.message}`);
    throw e;
  }
}

/** AsyncAPI documents (and the fragments they `$ref`) → one design; warnings for the caller to show. */
export function loadAsyncApiFiles(texts: ImportInput[]): ImportResult {
  try {
    return importAsyncApi(texts);
  } catch (e) {
    if (e instanceof ImportError) throw new UsageError(e.message);
    throw e;
  }
}

function loadAsyncApi(texts: ImportInput[], io: CliIO): DesignFile {
  const { file, warnings } = loadAsyncApiFiles(texts);
  for (const w of warnings) io.stderr(`warning: ${w}\n`);
  return file;
}
