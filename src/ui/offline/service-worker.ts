// The app's service worker, in the production build only (vite.config.ts writes it as sw.js with
// the build's file list): the app opens, and a live room reloads, without a network.
//   - install: precaches the build (hashed file names, so a cached file never goes stale) and the page;
//   - the page (the scope's / and index.html, whatever the query): network first, so a new build or
//     the server's own page (eventsmith serve adds its WebSocket to the policy) wins when reachable,
//     and the last page fetched when not;
//   - everything else of the build: cache first (runtime-cached when under assets/);
//   - never: the live session's API and WebSocket, and anything of another origin;
//   - activate: open pages are taken over at once, and caches of other builds are deleted but the
//     previous build's: a page of that build, open when this one took over, still loads its lazy
//     parts (its hashed files are gone from the server once a new build is deployed).
// No imports: the file is transpiled on its own. The types below are the few it uses of the
// ServiceWorkerGlobalScope, which the app's DOM types do not declare.

declare const PRECACHE: string[];
declare const VERSION: string;

interface ExtendableEvent extends Event { waitUntil(work: Promise<unknown>): void }
interface FetchEvent extends ExtendableEvent { readonly request: Request; respondWith(response: Promise<Response>): void }
interface WorkerScope {
  readonly registration: { readonly scope: string };
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEvent) => void): void;
}

const sw = self as unknown as WorkerScope;
const PREFIX = 'eventsmith-';
const CACHE = `${PREFIX}${VERSION}`;
const scope = new URL(sw.registration.scope);
/** The page, kept under one key whatever its query (?room=…, #d=…). */
const PAGE = new URL('./', scope).href;
const pagePaths = new Set([scope.pathname, `${scope.pathname}index.html`]);
/** The server's live-session endpoints: its state, never the app's files. */
const LIVE = [`${scope.pathname}api/`, `${scope.pathname}collab`];
const ASSETS = `${scope.pathname}assets/`;

sw.addEventListener('install', (e) => {
  e.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll([new Request(PAGE, { cache: 'reload' }), ...PRECACHE.map((file) => new URL(file, scope).href)]);
    await sw.skipWaiting();
  })());
});

sw.addEventListener('activate', (e) => {
  e.waitUntil((async () => {
    // In the order they were made: the last of the others is the previous build's.
    const others = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
    for (const name of others.slice(0, -1)) await caches.delete(name);
    await sw.clients.claim();
  })());
});

async function pageFirstFromNetwork(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await (await caches.open(CACHE)).put(PAGE, response.clone());
    return response;
  } catch (error) {
    const kept = await caches.match(PAGE, { cacheName: CACHE, ignoreVary: true });
    if (kept) return kept;
    throw error;
  }
}

async function fileFirstFromCache(request: Request, url: URL): Promise<Response> {
  // ignoreVary: a host may answer with `Vary: Origin` (vite preview does), and a module script is
  // requested with an Origin the precache request did not send; the file is the same.
  const kept = await caches.match(request, { cacheName: CACHE, ignoreVary: true });
  if (kept) return kept;
  // A file of the previous build, for a page of it that is still open (hashed names: never stale).
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const earlier = await caches.match(request, { cacheName: name, ignoreVary: true });
    if (earlier) return earlier;
  }
  const response = await fetch(request);
  // Hashed names: what is fetched once is good for this build's lifetime.
  if (response.ok && response.type === 'basic' && url.pathname.startsWith(ASSETS)) await (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

sw.addEventListener('fetch', (e) => {
  const { request } = e;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  if (LIVE.some((path) => url.pathname.startsWith(path))) return;
  if (pagePaths.has(url.pathname)) e.respondWith(pageFirstFromNetwork(request));
  else if (request.mode !== 'navigate') e.respondWith(fileFirstFromCache(request, url));
});
