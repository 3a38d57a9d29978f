// What the service worker precaches and under which version, from the files of a build: pure, so
// the build step (vite.config.ts) and its test share it.

/**
 * Monaco's language workers the app never starts (monaco/setup.ts starts the editor and JSON
 * workers only): several megabytes nobody would use offline.
 */
const NEVER_LOADED = /^assets\/(?:ts|css|html)\.worker-[\w-]+\.js$/;

export interface BuildFile {
  /** Path relative to the build's root, with forward slashes. */
  path: string;
  /** A digest of the file's content. */
  digest: string;
}

/** The files to precache (the page itself is cached by the worker under its own key) and the cache version. */
export function precacheOf(files: BuildFile[]): { files: string[]; version: string; source: (worker: string) => string } {
  const kept = files
    .filter((f) => f.path !== 'index.html' && f.path !== 'sw.js' && !f.path.endsWith('.map') && !NEVER_LOADED.test(f.path))
    .map((f) => f.path)
    .sort();
  // Every file's content counts (index.html and the unhashed public files too): any change to the
  // build is a new version, and the new worker replaces the old cache.
  const version = fnv1a(files.map((f) => `${f.path}:${f.digest}`).sort().join('\n'));
  return {
    files: kept,
    version,
    source: (worker) => `const PRECACHE = ${JSON.stringify(kept)};\nconst VERSION = ${JSON.stringify(version)};\n${worker}`,
  };
}

/** A short, stable digest of a string (FNV-1a, 2 × 32 bits). */
function fnv1a(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}
