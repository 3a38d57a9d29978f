// Exports write into a folder the user names, which may already hold their own files. Each export
// leaves a manifest of the files it wrote; the next export into the folder removes the files the
// manifest lists that it no longer writes (a renamed service), and refuses to overwrite any file
// no manifest lists (a hand-written package.json) unless --force.
import { join } from 'node:path';
import { UsageError, type CliIO } from './io';

export const MANIFEST = '.eventsmith-manifest.json';

interface Manifest { generator: 'eventsmith'; files: string[] }

/** A manifest path is ours only if it stays inside the folder: no absolute path, no `..`. */
function insideFolder(path: string): boolean {
  return path !== '' && !/^([A-Za-z]:)?[\\/]/.test(path) && !path.split(/[\\/]/).some((s) => s === '..' || s === '' || s === '.') && !path.includes('\u0000');
}

function readManifest(io: CliIO, dir: string): string[] {
  const path = join(dir, MANIFEST);
  if (!io.exists?.(path)) return [];
  let data: Partial<Manifest>;
  try {
    data = JSON.parse(io.readText(path)) as Partial<Manifest>;
  } catch {
    throw new UsageError(`${path} is not an Eventsmith manifest; remove it or pick another folder`);
  }
  if (data?.generator !== 'eventsmith' || !Array.isArray(data.files)) throw new UsageError(`${path} is not an Eventsmith manifest; remove it or pick another folder`);
  return data.files.filter((f): f is string => typeof f === 'string' && insideFolder(f));
}

export interface OutputFile { path: string; content: string | Uint8Array }

/** Writes `files` (paths relative, `/`-separated) into `dir` under the manifest rules above. */
export function writeOutputFolder(io: CliIO, dir: string, files: readonly OutputFile[], force: boolean): { removed: string[] } {
  const previous = readManifest(io, dir);
  const listed = new Set(previous);
  const full = (p: string) => join(dir, ...p.split('/'));
  if (!force) {
    const foreign = files.filter((f) => !listed.has(f.path) && io.exists?.(full(f.path))).map((f) => f.path);
    if (foreign.length)
      throw new UsageError(`${dir} already holds ${foreign.length === 1 ? 'a file' : `${foreign.length} files`} this export did not write (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}); use --force to overwrite, or pick an empty folder`);
  }
  for (const f of files) io.writeText(full(f.path), f.content);
  const now = new Set(files.map((f) => f.path));
  const removed = previous.filter((p) => !now.has(p) && io.exists?.(full(p)));
  for (const p of removed) io.remove?.(full(p));
  const manifest: Manifest = { generator: 'eventsmith', files: [...now].sort() };
  io.writeText(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return { removed };
}
