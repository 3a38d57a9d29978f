// Registers the service worker (offline/service-worker.ts) of a production build served over
// http(s). Where the browser offers none (plain http on a LAN address is not a secure context,
// and service workers need one) the app works exactly as before, online.
//
// Installing it downloads and stores the whole build (~8.5 MB, 150-odd files). Registered at
// `load`, that ran while a first visit drew its design, and made the first render of a large one
// 1.5-2x slower on a 2-core machine. So it waits until the page has loaded, painted a frame after
// that and gone idle: the precache runs while people look at their design, not before they see it.

/** How long an idle moment is waited for: a page that never goes idle still gets its worker. */
const IDLE_TIMEOUT_MS = 5000;

function whenSettled(run: () => void): void {
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS }) : setTimeout(run, 1000));
  // Two frames: the first callback runs before that frame's paint, the second after it. A tab
  // opened in the background paints nothing (and runs no frame callbacks): it waits for idle only.
  const afterPaint = () => (document.hidden ? idle() : requestAnimationFrame(() => requestAnimationFrame(idle)));
  if (document.readyState === 'complete') afterPaint();
  else window.addEventListener('load', afterPaint, { once: true });
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !/^https?:$/.test(location.protocol) || !('serviceWorker' in navigator)) return;
  whenSettled(() => void navigator.serviceWorker.register('./sw.js').catch(() => undefined));
}
