import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/base.css';
import './styles/app.css';
import './styles/canvas.css';
import { startAutosave } from '../store/autosave';
import { readPreference } from '../store/persistence/preferences';
import { openInitialDesign } from '../store/boot';
import { startTabSync } from '../store/tab-sync';
import { EditorProvider } from '../store/context';
import { PANELS, createEditorStore, type Theme } from '../store/store';
import { App } from './App';
import { AppErrorBoundary } from './AppErrorBoundary';
import { setAutosave } from './app-services';
import { openSharedLink } from './share/open-link';
import { startLint } from './lint-view';
import { preloadLazyParts } from './lazy-part';
import { registerServiceWorker } from './offline/register';

function preferredTheme(): Theme {
  const saved = readPreference('theme');
  if (saved === 'light' || saved === 'dark') return saved;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

async function start() {
  const initial = await openInitialDesign();
  const collapsed = Object.fromEntries(PANELS.map((p) => [p, readPreference(`panel:${p}`) === 'collapsed']));
  const store = createEditorStore({ ...initial, theme: preferredTheme(), collapsed });
  for (const problem of initial.problems) store.getState().notify('error', problem);
  if (initial.storageTrouble) store.getState().setStorageError(initial.problems.join(' '));
  setAutosave(startAutosave(store, undefined, undefined, initial.stamp));
  startTabSync(store);
  // Ask the browser not to evict My designs under storage pressure; a refusal changes nothing else.
  void navigator.storage?.persist?.().catch(() => false);
  document.documentElement.dataset.theme = store.getState().theme;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppErrorBoundary store={store}>
        <EditorProvider store={store}>
          <App />
        </EditorProvider>
      </AppErrorBoundary>
    </StrictMode>,
  );
  startLint(store);
  preloadLazyParts();
  registerServiceWorker();
  // A live-session link: the room's code loads only now.
  if (new URLSearchParams(window.location.search).has('room')) void import('./live/room-ui').then((m) => m.joinFromLink(store));
  await openSharedLink(store);
  window.addEventListener('hashchange', () => void openSharedLink(store));
}

void start();
