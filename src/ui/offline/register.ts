// Registers the service worker (offline/service-worker.ts) of a production build served over
// http(s). Where the browser offers none (plain http on a LAN address is not a secure context,
// and service workers need one) the app works exactly as before, online.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !/^https?:$/.test(location.protocol) || !('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
