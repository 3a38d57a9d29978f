import { useEditor, useEditorStore } from '../store/context';
import type { EditorState } from '../store/store';
import { EventsPanel } from './events/EventsPanel';
import { useLint } from './lint-view';
import { PanelToggle } from './panels';
import { lazyPart } from './lazy-part';

// The Events tab is the one open at start; the Problems panel is a lazy chunk fetched after the first paint.
const ProblemsPanel = lazyPart('The problems panel', () => import('./problems/ProblemsPanel').then((m) => m.ProblemsPanel));

const selectTab = (s: EditorState) => s.dockTab;
const selectEventCount = (s: EditorState) => s.design.events.length;
const selectExpanded = (s: EditorState) => s.dockExpanded;
const selectCollapsed = (s: EditorState) => s.collapsed.dock;

/** The bottom dock: the Events panel (schemas) and the Problems panel (lint findings). */
export function Dock() {
  const tab = useEditor(selectTab);
  const events = useEditor(selectEventCount);
  const lint = useLint();
  const expanded = useEditor(selectExpanded);
  const collapsed = useEditor(selectCollapsed);
  const store = useEditorStore();
  const tabs = [
    { id: 'events' as const, label: 'Events', count: events },
    { id: 'problems' as const, label: 'Problems', count: lint.open.length },
  ];
  return (
    <section className="dock" aria-label="Events and problems">
      <div className="dock-tabs" role="tablist" aria-label="Panels">
        {tabs.map((t) => (
          <button key={t.id} type="button" role="tab" id={`tab-${t.id}`} aria-controls={`panel-${t.id}`} aria-selected={tab === t.id}
            className={`dock-tab${tab === t.id ? ' is-active' : ''}`} onClick={() => {
              const state = store.getState();
              state.setDockTab(t.id);
              if (state.collapsed.dock) state.togglePanel('dock'); // a folded dock opens on its tab
            }}>
            {t.label} <span className="count">{t.count}</span>
          </button>
        ))}
        {!collapsed && <button type="button" className="btn btn-ghost btn-small dock-toggle" onClick={() => store.getState().toggleDock()}
          aria-pressed={expanded} aria-label={expanded ? 'Shrink panel' : 'Expand panel'} title={expanded ? 'Give the canvas its space back' : 'More room for schemas and problems'}>
          {expanded ? '▾ Shrink' : '▴ Expand'}
        </button>}
        <span className={collapsed ? 'dock-toggle' : undefined}><PanelToggle panel="dock" /></span>
      </div>
      {!collapsed && (
        <div className="dock-body" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {tab === 'events' ? <EventsPanel /> : <ProblemsPanel />}
        </div>
      )}
    </section>
  );
}
