import { Suspense, useMemo, useState } from 'react';
import { lazyOrNotice } from '../lazy-or-notice';
import * as c from '../../core/model/commands';
import { EVENT_KINDS, SCHEMA_FORMATS, type EventType } from '../../core/model/types';
import { useEditor, useEditorStore } from '../../store/context';
import type { EditorState } from '../../store/store';
import { SelectField, TextField } from '../forms';
import { useEdit } from '../inspector/use-edit';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import { KeptSection } from '../inspector/KeptSection';
import { AdvancedId } from '../inspector/AdvancedId';

const SchemaSection = lazyOrNotice('The schema editor', () => import('./SchemaSection'));
const VersionsSection = lazyOrNotice('The schema versions', () => import('./VersionsSection'));

const selectDesign = (s: EditorState) => s.design;

/** The selected event's details, schema and versions (the right side of the Events panel). */
export function EventDetail({ event }: { event: EventType }) {
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
        <TextField label="Event name" value={event.name} required onChange={(v) => store.getState().renameElement(event.id, v)} />
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
        <AdvancedId id={event.id} follows={!!event.idFollowsName} />
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
