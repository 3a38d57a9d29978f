import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
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
