import { useCallback, useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useEditor, useEditorStore } from '../store/context';
import type { EditorState } from '../store/store';
import { Banners } from './Banners';
import { Canvas } from './canvas/Canvas';
import { Dock } from './Dock';
import { Inspector } from './inspector/Inspector';
import { Notices } from './Notices';
import { Palette } from './Palette';
import { useShortcuts } from './shortcuts';
import { Toolbar } from './Toolbar';
import { useValidationWorker } from './validation/use-validation';
import { writePreference } from '../store/persistence/preferences';

const selectTheme = (s: EditorState) => s.theme;
const selectDocId = (s: EditorState) => s.docId;
const selectExpanded = (s: EditorState) => s.dockExpanded;

export function App() {
  const store = useEditorStore();
  const theme = useEditor(selectTheme);
  const docId = useEditor(selectDocId);
  const dockExpanded = useEditor(selectExpanded);
  const openFile = useCallback(() => document.querySelector<HTMLInputElement>('[data-testid="open-file-input"]')?.click(), []);
  useShortcuts(store, openFile);
  useValidationWorker(store);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    writePreference('theme', theme);
  }, [theme]);
  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar />
        <Banners />
        <main className="workspace">
          <Palette />
          <div className={`center${dockExpanded ? ' dock-expanded' : ''}`}>
            <Canvas key={docId} />
            <Dock />
          </div>
          <Inspector />
        </main>
        <Notices />
      </div>
    </ReactFlowProvider>
  );
}
