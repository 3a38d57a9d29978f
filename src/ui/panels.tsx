import { useEffect } from 'react';
import { writePreference } from '../store/persistence/preferences';
import { useEditor, useEditorStore } from '../store/context';
import { PANELS, type EditorState, type Panel } from '../store/store';
import { IconPanelBottom, IconPanelLeft, IconPanelRight } from './Icons';

const LABELS: Record<Panel, string> = { palette: 'palette', inspector: 'inspector', dock: 'events and problems' };
export const PANEL_KEYS: Record<Panel, string> = { palette: 'Alt+1', inspector: 'Alt+2', dock: 'Alt+3' };
const ICONS = { palette: IconPanelLeft, inspector: IconPanelRight, dock: IconPanelBottom };
const selectCollapsed = (s: EditorState) => s.collapsed;

/** Folds a panel away or brings it back; the same button sits on the panel and on its rail. */
export function PanelToggle({ panel }: { panel: Panel }) {
  const store = useEditorStore();
  const collapsed = useEditor((s) => s.collapsed[panel]);
  const Icon = ICONS[panel];
  const label = `${collapsed ? 'Show' : 'Hide'} ${LABELS[panel]}`;
  return (
    <button type="button" className="btn btn-ghost btn-icon panel-toggle" aria-label={label} aria-expanded={!collapsed}
      title={`${label} (${PANEL_KEYS[panel]})`} onClick={() => store.getState().togglePanel(panel)}>
      <Icon />
    </button>
  );
}

/** Remembers which panels are folded, per browser. */
export function useRememberPanels() {
  const collapsed = useEditor(selectCollapsed);
  useEffect(() => {
    for (const panel of PANELS) writePreference(`panel:${panel}`, collapsed[panel] ? 'collapsed' : null);
  }, [collapsed]);
}
