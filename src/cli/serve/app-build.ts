// Where the production build is, and making it when it is missing (the one command must work on
// a fresh checkout). The package root is found from this file, bundled or not.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'eventsmith') return dir;
      } catch {
        // not ours: keep looking
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the eventsmith package directory');
    dir = up;
  }
}

/** Builds the app into `outDir` with Vite; returns an error message or null. */
export function buildApp(root: string, outDir: string, say: (line: string) => void): string | null {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite)) return `no production build in ${outDir} and Vite is not installed to make one: run npm install, then npm run build`;
  say(`Building the app into ${outDir} (once; npm run build refreshes it)…\n`);
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  return r.status === 0 ? null : `the app build failed (vite exited with ${r.status ?? r.signal})`;
}
