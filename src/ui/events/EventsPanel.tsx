import { useEffect, useRef, type CSSProperties } from 'react';
import * as c from '../../core/model/commands';
import type { EventType } from '../../core/model/types';
import { useEditor, useEditorStore } from '../../store/context';
import type { EditorState } from '../../store/store';
import { NodeBadge } from '../canvas/NodeBadge';
import { lazyPart } from '../lazy-part';
import { useViewOnly } from '../live/view-only';
import { useScrollView, visibleRows } from '../visible-rows';

// Shown once an event is selected: a lazy chunk, fetched after the first paint.
const EventDetail = lazyPart('The event detail', () => import('./EventDetail').then((m) => m.EventDetail));

const selectEvents = (s: EditorState) => s.design.events;
const selectSelected = (s: EditorState) => s.selectedEventId;

function EventRow({ event: e, selected, style }: { event: EventType; selected: boolean; style?: CSSProperties }) {
  const store = useEditorStore();
  // Others in a live room with this event open: a ring in the first one's colour, and their names.
  const peers = useEditor((s) => s.room?.peers.filter((p) => p.event === e.id).map((p) => `${p.colour} ${p.name}`).join('\n') ?? '');
  const [first] = peers.split(' ');
  return (
    <div role="option" aria-selected={selected} tabIndex={0} className={`event-row${selected ? ' is-selected' : ''}${peers ? ` peer-editing peer-c${first}` : ''}`} style={style}
      onClick={() => store.getState().selectEvent(e.id)}
      onKeyDown={(k) => (k.key === 'Enter' || k.key === ' ') && (k.preventDefault(), store.getState().selectEvent(e.id))}>
      <span className={`kind-dot kind-${e.kind}`} aria-hidden="true" />
      <span className="event-name" title={`${e.name} v${e.version}`}>{e.name}</span>
      <span className="event-version">v{e.version}</span>
      {peers && <span className="event-peers">{peers.split('\n').map((p, i) => <span key={i} className={`event-peer peer-c${p.slice(0, p.indexOf(' '))}`} title={p.slice(p.indexOf(' ') + 1)}>{p.charAt(p.indexOf(' ') + 1).toUpperCase()}</span>)}</span>}
      <NodeBadge targetId={e.id} />
    </div>
  );
}

/** Past this many events only the rows in view are in the page (13,000 rows with their badges took seconds to mount). */
const WINDOW_FROM = 300;
const ROW_HEIGHT = 37;

/** The same rows, windowed: fixed height, rendered only around the list's scroll position; the selected one is scrolled into view. */
function WindowedEventRows({ events, selectedId }: { events: readonly EventType[]; selectedId: string | null }) {
  const body = useRef<HTMLDivElement>(null);
  const view = useScrollView(body, 'parent');
  useEffect(() => {
    const el = body.current?.parentElement;
    const index = selectedId === null ? -1 : events.findIndex((e) => e.id === selectedId);
    if (!el || !body.current || index < 0) return;
    const offset = body.current.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop;
    const top = offset + index * ROW_HEIGHT;
    if (top < el.scrollTop + offset || top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = Math.max(0, top - el.clientHeight / 2);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the selection changes, not on every edit
  }, [selectedId]);
  const { first, last } = visibleRows(view, ROW_HEIGHT, events.length);
  return (
    <div ref={body} style={{ height: events.length * ROW_HEIGHT, position: 'relative' }} data-testid="events-windowed">
      {events.slice(first, last).map((e, i) => (
        <EventRow key={e.id} event={e} selected={e.id === selectedId}
          style={{ position: 'absolute', top: (first + i) * ROW_HEIGHT, left: 0, right: 0, height: ROW_HEIGHT, boxSizing: 'border-box' }} />
      ))}
    </div>
  );
}

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
        {events.length > WINDOW_FROM ? <WindowedEventRows events={events} selectedId={selectedId} /> : events.map((e) => <EventRow key={e.id} event={e} selected={e.id === selectedId} />)}
      </div>
      <fieldset className="event-detail plain-fieldset" disabled={viewOnly}>
        {/* Keyed by place, not id: the id follows the name while it is typed. */}
        {selected ? <EventDetail key={events.indexOf(selected)} event={selected} /> : <p className="muted pad">Select an event to edit its details and schema.</p>}
      </fieldset>
    </div>
  );
}
