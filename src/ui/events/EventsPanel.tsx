import * as c from '../../core/model/commands';
import { useEditor, useEditorStore } from '../../store/context';
import type { EditorState } from '../../store/store';
import { NodeBadge } from '../canvas/NodeBadge';
import { lazyPart } from '../lazy-part';
import { useViewOnly } from '../live/view-only';

// Shown once an event is selected: a lazy chunk, fetched after the first paint.
const EventDetail = lazyPart(() => import('./EventDetail').then((m) => m.EventDetail));

const selectEvents = (s: EditorState) => s.design.events;
const selectSelected = (s: EditorState) => s.selectedEventId;

export function EventsPanel() {
  const viewOnly = useViewOnly();
  const events = useEditor(selectEvents);
  const selectedId = useEditor(selectSelected);
  const store = useEditorStore();
  const selected = events.find((e) => e.id === selectedId) ?? null;

  const create = () => {
    const state = store.getState();
    const r = c.addEvent(state.design);
    state.commit(r.design);
    state.selectEvent(r.id);
  };

  return (
    <div className="events-panel">
      <div className="events-list" role="listbox" aria-label="Event types">
        <div className="events-list-head">
          <span className="panel-title">Events <span className="count">{events.length}</span></span>
          <button type="button" className="btn btn-small btn-primary" onClick={create} disabled={viewOnly}>New event</button>
        </div>
        {events.length === 0 && <p className="muted small pad">No event types yet. Create one, then pick it on a publication.</p>}
        {events.map((e) => (
          <div key={e.id} role="option" aria-selected={e.id === selectedId} tabIndex={0} className={`event-row${e.id === selectedId ? ' is-selected' : ''}`}
            onClick={() => store.getState().selectEvent(e.id)}
            onKeyDown={(k) => (k.key === 'Enter' || k.key === ' ') && (k.preventDefault(), store.getState().selectEvent(e.id))}>
            <span className={`kind-dot kind-${e.kind}`} aria-hidden="true" />
            <span className="event-name">{e.name}</span>
            <span className="event-version">v{e.version}</span>
            <NodeBadge targetId={e.id} />
          </div>
        ))}
      </div>
      <fieldset className="event-detail plain-fieldset" disabled={viewOnly}>
        {/* Keyed by place, not id: the id follows the name while it is typed. */}
        {selected ? <EventDetail key={events.indexOf(selected)} event={selected} /> : <p className="muted pad">Select an event to edit its details and schema.</p>}
      </fieldset>
    </div>
  );
}
