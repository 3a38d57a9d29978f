// Serves the production build. The page keeps the build's own Content-Security-Policy; the only
// change is that connect-src also names this server's WebSocket origin (ws:// and wss:// of the
// host the page was loaded from), so the page can reach the collaboration endpoint and nothing else.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { COLLAB_PATH, LIVE_META } from '../../core/live/protocol';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf',
  '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8', '.map': 'application/json', '.webmanifest': 'application/manifest+json',
};

const META_CSP = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/i;
/** A Host header we are willing to put into a policy: a name, an IPv4 or a bracketed IPv6, and a port. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
} as const;

export interface StaticApp {
  root: string;
  /** The build's policy, as written in its index.html. */
  csp: string;
  handle: (req: IncomingMessage, res: ServerResponse) => boolean;
}

/** The build's policy with this server's WebSocket origin added to connect-src. */
export function pagePolicy(csp: string, host: string): string {
  const ws = `ws://${host} wss://${host}`;
  const parts = csp.split(';').map((p) => p.trim()).filter(Boolean);
  const at = parts.findIndex((p) => p.split(/\s+/)[0] === 'connect-src');
  if (at >= 0) parts[at] = `${parts[at]} ${ws}`;
  else parts.push(`connect-src 'self' ${ws}`);
  return parts.join('; ');
}

/**
 * The page's headers. Cross-Origin-Opener-Policy only where the browser honours it (a loopback
 * address, or https in front): on plain http at a LAN address it is ignored, and Chromium says so
 * on the console of every page load.
 */
function pageHeaders(req: IncomingMessage, host: string): Record<string, string> {
  const hostname = host.replace(/:\d+$/, '').toLowerCase();
  const trustworthy = hostname === 'localhost' || hostname.endsWith('.localhost') || /^127\./.test(hostname) || hostname === '[::1]' || req.headers['x-forwarded-proto'] === 'https';
  if (trustworthy) return { ...SECURITY_HEADERS };
  const { 'Cross-Origin-Opener-Policy': _coop, ...rest } = SECURITY_HEADERS;
  return rest;
}

export function isServableHost(host: string | undefined): host is string {
  return typeof host === 'string' && host.length <= 261 && HOST.test(host);
}

export function staticApp(dir: string): StaticApp {
  const root = resolve(dir);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`no production build in ${root} (index.html missing)`);
  const index = readFileSync(indexFile, 'utf8');
  const match = META_CSP.exec(index);
  if (!match) throw new Error(`${indexFile} has no Content-Security-Policy: it is not a production build (npm run build)`);
  const csp = match[1];

  const sendIndex = (req: IncomingMessage, res: ServerResponse) => {
    const host = req.headers.host;
    if (!isServableHost(host)) {
      res.writeHead(400, { 'Content-Type': 'text/plain', ...SECURITY_HEADERS }).end('Bad Host header');
      return;
    }
    const policy = pagePolicy(csp, host);
    // The app learns from this tag that it is served by `eventsmith serve` (live sessions are
    // possible): no request needed, and the static build, without it, stays exactly as it is.
    const html = index.replace(META_CSP, `<meta http-equiv="Content-Security-Policy" content="${policy}" />\n    <meta name="${LIVE_META}" content="${COLLAB_PATH}" />`);
    res.writeHead(200, {
      'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache', ...pageHeaders(req, host),
      // The header adds what a <meta> policy cannot say: nobody may frame the page.
      'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
    });
    res.end(req.method === 'HEAD' ? undefined : html);
  };

  const handle = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return false;
    }
    if (path === '/' || path === '/index.html') {
      sendIndex(req, res);
      return true;
    }
    if (path.includes('\0')) return false;
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) return false;
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) return false;
      size = st.size;
    } catch {
      return false;
    }
    // Built assets carry a content hash in their names: cache them for good.
    const immutable = path.startsWith('/assets/');
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'Content-Length': size,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache', ...SECURITY_HEADERS,
    });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
    return true;
  };
  return { root, csp, handle };
}
