import { useRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { emptyDesign } from '../core/model/factories';
import { useEditor, useEditorStore } from '../store/context';
import type { EditorState } from '../store/store';
import { openAsNewEntry, openDesignFiles, openExample, saveDesignFile } from './actions/design-actions';
import { runAutoLayout } from './actions/layout-lazy';
import { LayoutMenu } from './layout/LayoutMenu';
import { IconFit, IconFolder, IconLayout, IconMoon, IconNew, IconOpen, IconPresent, IconRedo, IconSave, IconSun, IconUndo } from './Icons';
import { useLint } from './lint-view';
import { Menu } from './Menu';
import { lazyPart } from './lazy-part';
import { ErrorBoundary } from './ErrorBoundary';
import { SeverityIcon } from './SeverityIcon';
import { ExportMenu } from './export/ExportMenu';
import { ImportButton } from './import/ImportButton';
import { ShareButton } from './share/ShareButton';
import { LiveButton } from './live/LiveButton';

const MyDesignsDialog = lazyPart('My designs', () => import('./dialogs/MyDesignsDialog').then((m) => m.MyDesignsDialog));

// In a live room undo and redo are one's own edits only (the room keeps that history).
const selectCanUndo = (s: EditorState) => (s.room ? s.room.canUndo : s.history.past.length > 0);
const selectCanRedo = (s: EditorState) => (s.room ? s.room.canRedo : s.history.future.length > 0);
const selectTheme = (s: EditorState) => s.theme;
const selectName = (s: EditorState) => s.design.name;

export function Toolbar() {
  const store = useEditorStore();
  const canUndo = useEditor(selectCanUndo);
  const canRedo = useEditor(selectCanRedo);
  const theme = useEditor(selectTheme);
  const name = useEditor(selectName);
  const lint = useLint();
  const flow = useReactFlow();
  const fileInput = useRef<HTMLInputElement>(null);
  const [showDesigns, setShowDesigns] = useState(false);
  const st = () => store.getState();

  return (
    <header className="toolbar" role="toolbar" aria-label="Main toolbar">
      <div className="brand">
        <svg viewBox="0 0 32 32" width="26" height="26" aria-hidden="true"><rect width="32" height="32" rx="8" fill="var(--accent)" /><circle cx="9" cy="16" r="4" fill="#fff" /><rect x="14" y="12" width="9" height="8" rx="4" fill="#a5f3fc" /><circle cx="27" cy="16" r="3" fill="#fff" /></svg>
        <span className="brand-name">Eventsmith</span>
        <span className="design-name" title={name} data-testid="design-name">{name}</span>
      </div>
      <div className="toolbar-group">
        <button type="button" className="btn btn-toolbar compact" onClick={() => openAsNewEntry(st(), emptyDesign())} aria-label="New" title="New design"><IconNew /><span>New</span></button>
        <button type="button" className="btn btn-toolbar compact" onClick={() => fileInput.current?.click()} aria-label="Open" title="Open a design file (Ctrl+O)"><IconOpen /><span>Open</span></button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden data-testid="open-file-input"
          onChange={(e) => { if (e.target.files) void openDesignFiles(st(), e.target.files); e.target.value = ''; }} />
        <button type="button" className="btn btn-toolbar compact" onClick={() => saveDesignFile(st())} aria-label="Save" title="Save as a design file (Ctrl+S)"><IconSave /><span>Save</span></button>
        <ImportButton />
        <ExportMenu />
        <ShareButton />
        <LiveButton />
      </div>
      <div className="toolbar-group">
        <button type="button" className="btn btn-toolbar btn-icon" onClick={() => st().undo()} disabled={!canUndo} aria-label="Undo" title="Undo (Ctrl+Z)"><IconUndo /></button>
        <button type="button" className="btn btn-toolbar btn-icon" onClick={() => st().redo()} disabled={!canRedo} aria-label="Redo" title="Redo (Ctrl+Shift+Z)"><IconRedo /></button>
        <button type="button" className="btn btn-toolbar compact toolbar-wide-only" onClick={() => void runAutoLayout(st(), { after: () => flow.fitView({ padding: 0.15, duration: 300 }) }).catch((e: Error) => st().notify('error', `Layout failed: ${e.message}`))} aria-label="Auto-layout" title="Auto-layout (Ctrl+Shift+L)"><IconLayout /><span>Auto-layout</span></button>
        <div className="toolbar-wide-only"><LayoutMenu /></div>
        <button type="button" className="btn btn-toolbar btn-icon toolbar-wide-only" onClick={() => flow.fitView({ padding: 0.2, duration: 300 })} aria-label="Fit view" title="Fit view"><IconFit /></button>
      </div>
      <div className="toolbar-group toolbar-right">
        <button type="button" className="btn btn-toolbar problems-count" onClick={() => st().setDockTab('problems')} aria-label={`Problems: ${lint.counts.error} errors, ${lint.counts.warning} warnings, ${lint.counts.info} infos`} title="Show problems">
          <SeverityIcon severity="error" /><span data-testid="count-error">{lint.counts.error}</span>
          <SeverityIcon severity="warning" /><span data-testid="count-warning">{lint.counts.warning}</span>
          <SeverityIcon severity="info" /><span data-testid="count-info">{lint.counts.info}</span>
        </button>
        {/* Below 1280 px these move into "More" so the toolbar never wraps (a 1024 px projector). */}
        <div className="toolbar-secondary">
          <Menu label="Examples" items={[{ label: 'Order saga', hint: 'choreography of 3 services', onSelect: () => void openExample(st(), 'order-saga') }]} />
          <button type="button" className="btn btn-toolbar compact" onClick={() => setShowDesigns(true)} aria-label="My designs" title="My designs"><IconFolder /><span>My designs</span></button>
          <button type="button" className="btn btn-toolbar btn-icon" onClick={() => st().setPresenting(true)} aria-label="Present" title="Presentation mode (Alt+P, Escape leaves)"><IconPresent /></button>
          <button type="button" className="btn btn-toolbar btn-icon" onClick={() => st().showDialog('shortcuts')} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">?</button>
          <button type="button" className="btn btn-toolbar btn-icon" onClick={() => st().setTheme(theme === 'dark' ? 'light' : 'dark')}
            aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'} title="Toggle theme">{theme === 'dark' ? <IconSun /> : <IconMoon />}</button>
        </div>
        <div className="toolbar-more">
          <Menu label="More" title="More actions" items={[
            { label: 'Auto-layout', hint: 'Ctrl+Shift+L', onSelect: () => void runAutoLayout(st(), { after: () => flow.fitView({ padding: 0.2, duration: 300 }) }) },
            { label: 'Fit view', onSelect: () => void flow.fitView({ padding: 0.2, duration: 300 }) },
            { label: 'Example: Order saga', hint: '3 services', onSelect: () => void openExample(st(), 'order-saga') },
            { label: 'My designs', onSelect: () => setShowDesigns(true) },
            { label: 'Present', hint: 'Alt+P', onSelect: () => st().setPresenting(true) },
            { label: 'Keyboard shortcuts', hint: '?', onSelect: () => st().showDialog('shortcuts') },
            { label: theme === 'dark' ? 'Light theme' : 'Dark theme', onSelect: () => st().setTheme(theme === 'dark' ? 'light' : 'dark') },
          ]} />
        </div>
      </div>
      {showDesigns && <ErrorBoundary what="My designs" onClose={() => setShowDesigns(false)}><MyDesignsDialog onClose={() => setShowDesigns(false)} /></ErrorBoundary>}
    </header>
  );
}
