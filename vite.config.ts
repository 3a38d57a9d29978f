import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { transformSync } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { precacheOf } from './src/ui/offline/precache';

/**
 * The Content-Security-Policy of PRODUCT.md §8, put into the built index.html only: the dev
 * server needs inline scripts for hot reload, and workers get their own policy from their own
 * response (ajv compiles code, so it runs in a worker).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'", // Monaco and React Flow set inline styles
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'eventsmith-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

/**
 * The service worker (src/ui/offline/service-worker.ts) of the production build, written as
 * sw.js once the build is on disk, with the build's own file list and a version derived from
 * every file's content. About sixty lines of our own rather than vite-plugin-pwa/Workbox: the
 * policy is three rules (precache the hashed build, network-first page, never the live
 * endpoints), and Workbox would bring its build tool chain and a runtime to keep up with.
 */
function serviceWorker(): Plugin {
  let outDir = 'dist';
  let root = '.';
  return {
    name: 'eventsmith-service-worker',
    apply: 'build',
    configResolved: (config) => {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: () => {
      const files: { path: string; digest: string }[] = [];
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          const full = join(dir, entry.name);
          if (entry.isDirectory()) walk(full);
          else files.push({ path: relative(outDir, full).split(sep).join('/'), digest: createHash('sha256').update(readFileSync(full)).digest('hex') });
        }
      };
      walk(outDir);
      const worker = transformSync(readFileSync(resolve(root, 'src/ui/offline/service-worker.ts'), 'utf8'), { loader: 'ts', target: 'es2022', minify: true }).code;
      writeFileSync(join(outDir, 'sw.js'), precacheOf(files).source(worker));
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), serviceWorker()],
  base: './',
  resolve: {
    alias: [
      // y-monaco imports Monaco's API by its pre-0.50 path, which monaco-editor's exports map no
      // longer resolves; it is the same module the package's entry re-exports (one Monaco).
      { find: /^monaco-editor\/esm\/vs\/editor\/editor\.api\.js$/, replacement: 'monaco-editor/editor/editor.api.js' },
    ],
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 5000,
    // Fonts and icons as files, not data: URIs, so nothing depends on a looser CSP.
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
