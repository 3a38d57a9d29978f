import { Suspense, useCallback, useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useEditor, useEditorStore } from '../store/context';
import type { EditorState } from '../store/store';
import { Banners } from './Banners';
import { Canvas } from './canvas/Canvas';
import { Dock } from './Dock';
import { Inspector } from './inspector/Inspector';
import { Notices } from './Notices';
import { Palette } from './Palette';
import { PanelToggle, useRememberPanels } from './panels';
import { lazyPart } from './lazy-part';
import { lazyOrNotice } from './lazy-or-notice';
import { useShortcuts } from './shortcuts';
import { Toolbar } from './Toolbar';
import { useValidationWorker } from './validation/use-validation';
import { useDrawingSync } from './layout/use-drawing';
import { writePreference } from '../store/persistence/preferences';

const selectTheme = (s: EditorState) => s.theme;
const selectDocId = (s: EditorState) => s.docId;
const selectExpanded = (s: EditorState) => s.dockExpanded;
const selectCollapsed = (s: EditorState) => s.collapsed;
const selectPresenting = (s: EditorState) => s.presenting;
const selectDialog = (s: EditorState) => s.dialog;
// Keyboard dialogs load when first asked for: the initial JavaScript stays within its budget.
const ShortcutSheet = lazyOrNotice('The keyboard shortcuts', () => import('./keyboard/ShortcutSheet'), { as: 'dialog', close: (store) => store.getState().showDialog(null) });
const ConnectDialog = lazyOrNotice('Connecting by keyboard', () => import('./keyboard/ConnectDialog'), { as: 'dialog', close: (store) => store.getState().showDialog(null) });
const PresentationBar = lazyPart('The presentation bar', () => import('./PresentationBar').then((m) => m.PresentationBar), { as: 'dialog', close: (store) => store.getState().setPresenting(false) });
// Live sessions: nothing of them is in the initial JavaScript.
const LiveDialog = lazyOrNotice('The live session', () => import('./live/room-ui').then((m) => ({ default: m.LiveDialog })), { as: 'dialog', close: (store) => store.getState().showLiveDialog(false) });
const RoomBar = lazyOrNotice('The live session', () => import('./live/room-ui').then((m) => ({ default: m.RoomBar })));
const selectLiveDialog = (s: EditorState) => s.liveDialog;
const selectInRoom = (s: EditorState) => s.room !== null;

export function App() {
  const store = useEditorStore();
  const theme = useEditor(selectTheme);
  const docId = useEditor(selectDocId);
  const dockExpanded = useEditor(selectExpanded);
  const collapsed = useEditor(selectCollapsed);
  const presenting = useEditor(selectPresenting);
  const dialog = useEditor(selectDialog);
  const liveDialog = useEditor(selectLiveDialog);
  const inRoom = useEditor(selectInRoom);
  useRememberPanels();
  const openFile = useCallback(() => document.querySelector<HTMLInputElement>('[data-testid="open-file-input"]')?.click(), []);
  useShortcuts(store, openFile);
  useValidationWorker(store);
  useDrawingSync(store);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    writePreference('theme', theme);
  }, [theme]);
  return (
    <ReactFlowProvider>
      <div className={`app${presenting ? ' presenting' : ''}`}>
        {!presenting && <Toolbar />}
        {!presenting && <Banners />}
        {!presenting && inRoom && <Suspense fallback={null}><RoomBar /></Suspense>}
        <main className={`workspace${collapsed.palette ? ' palette-collapsed' : ''}${collapsed.inspector ? ' inspector-collapsed' : ''}`}>
          {!presenting && (collapsed.palette ? <div className="rail rail-left"><PanelToggle panel="palette" /></div> : <Palette />)}
          <div className={`center${dockExpanded ? ' dock-expanded' : ''}${collapsed.dock ? ' dock-collapsed' : ''}`}>
            <Canvas key={docId} />
            {!presenting && <Dock />}
            <Notices />
          </div>
          {!presenting && (collapsed.inspector ? <div className="rail rail-right"><PanelToggle panel="inspector" /></div> : <Inspector />)}
        </main>
        {presenting && <PresentationBar />}
        <Suspense fallback={null}>
          {dialog === 'shortcuts' && <ShortcutSheet />}
          {dialog === 'connect' && <ConnectDialog />}
          {liveDialog && <LiveDialog />}
        </Suspense>
      </div>
    </ReactFlowProvider>
  );
}
