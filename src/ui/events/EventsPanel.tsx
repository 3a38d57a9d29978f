import { lazy, Suspense, useMemo, useState } from 'react';
import * as c from '../../core/model/commands';
import { EVENT_KINDS, SCHEMA_FORMATS, type EventType } from '../../core/model/types';
import { useEditor, useEditorStore } from '../../store/context';
import type { EditorState } from '../../store/store';
import { SelectField, TextField } from '../forms';
import { useEdit } from '../inspector/use-edit';
import { NodeBadge } from '../canvas/NodeBadge';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import { KeptSection } from '../inspector/KeptSection';

const SchemaSection = lazy(() => import('./SchemaSection'));
const VersionsSection = lazy(() => import('./VersionsSection'));

const selectEvents = (s: EditorState) => s.design.events;
const selectSelected = (s: EditorState) => s.selectedEventId;
const selectDesign = (s: EditorState) => s.design;

export function EventsPanel() {
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
          <button type="button" className="btn btn-small btn-primary" onClick={create}>New event</button>
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
      <div className="event-detail">
        {selected ? <EventDetail key={selected.id} event={selected} /> : <p className="muted pad">Select an event to edit its details and schema.</p>}
      </div>
    </div>
  );
}

function EventDetail({ event }: { event: EventType }) {
  const edit = useEdit();
  const store = useEditorStore();
  const design = useEditor(selectDesign);
  const usage = useMemo(() => c.eventUsage(design, event.id), [design, event.id]);
  const [confirming, setConfirming] = useState(false);
  const set = (patch: Partial<EventType>, field: string) => edit((d) => c.updateEvent(d, event.id, patch), `${event.id}.${field}`);
  const opt = (v: string) => (v.trim() === '' ? undefined : v);
  const used = usage.publications.length + usage.subscriptions.length;
  const remove = () => {
    const state = store.getState();
    state.commit(c.removeEntities(state.design, [event.id]));
    state.selectEvent(null);
    setConfirming(false);
  };
  return (
    <div className="event-detail-grid">
      <section className="event-meta" aria-label="Event details">
        <TextField label="Event name" value={event.name} required onChange={(v) => set({ name: v }, 'name')} />
        <div className="field-row">
          <SelectField label="Kind" value={event.kind} options={EVENT_KINDS.map((k) => ({ value: k, label: k }))} onChange={(v) => set({ kind: v ?? 'event' }, 'kind')} />
          <TextField label="Version" value={event.version} required onChange={(v) => set({ version: v }, 'version')} />
        </div>
        <TextField label="Owner" value={event.owner} onChange={(v) => set({ owner: opt(v) }, 'owner')} />
        <TextField label="Description" value={event.description} multiline onChange={(v) => set({ description: opt(v) }, 'description')} />
        <SelectField label="Schema format" value={event.schemaFormat} options={SCHEMA_FORMATS.map((f) => ({ value: f, label: f }))} onChange={(v) => set({ schemaFormat: v ?? 'json-schema' }, 'schemaFormat')} />
        <div className="field-row">
          <TextField label="Id field" value={event.idField} mono placeholder="eventId" onChange={(v) => set({ idField: opt(v) }, 'idField')} />
          <TextField label="Correlation field" value={event.correlationField} mono placeholder="orderId" onChange={(v) => set({ correlationField: opt(v) }, 'correlationField')} />
        </div>
        <KeptSection kept={event.kept} onRemove={() => set({ kept: undefined }, 'kept')} />
        <p className="muted small">Used by {usage.publications.length} publication(s) and {usage.subscriptions.length} subscription(s).</p>
        <button type="button" className="btn btn-danger btn-small" onClick={() => (used ? setConfirming(true) : remove())}>Delete event</button>
        {confirming && (
          <ConfirmDialog title={`Delete ${event.name}?`} confirmLabel="Delete event" onCancel={() => setConfirming(false)} onConfirm={remove}>
            It is used by {usage.publications.length} publication(s) and {usage.subscriptions.length} subscription(s); it will be removed from them. You can undo this.
          </ConfirmDialog>
        )}
      </section>
      <Suspense fallback={<div className="editor-loading">Loading schema editor…</div>}>
        <SchemaSection event={event} />
      </Suspense>
      <Suspense fallback={<div className="editor-loading" style={{ gridColumn: '1 / -1' }}>Loading versions…</div>}>
        <VersionsSection event={event} />
      </Suspense>
    </div>
  );
}
