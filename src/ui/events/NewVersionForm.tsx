import { useId, useState } from 'react';
import { CompatInputError, bumpVersion, type BumpKind } from '../../core/compat';
import * as c from '../../core/model/commands';
import type { EventType } from '../../core/model/types';
import { useEdit } from '../inspector/use-edit';

const BUMPS: { kind: BumpKind; title: string; meaning: string }[] = [
  { kind: 'major', title: 'Major', meaning: 'breaking: consumers must upgrade first' },
  { kind: 'minor', title: 'Minor', meaning: 'compatible: fields added or limits eased' },
  { kind: 'patch', title: 'Patch', meaning: 'descriptions or formatting only' },
];

function tryBump(version: string, kind: BumpKind): string | null {
  try {
    return bumpVersion(version, kind);
  } catch (e) {
    if (e instanceof CompatInputError) return null;
    throw e;
  }
}

/**
 * Freezes the current schema under its version into `history` and continues editing under the
 * bumped version: one undoable edit.
 */
export function NewVersionForm({ event, suggestion, onDone }: { event: EventType; suggestion: BumpKind | null; onDone: () => void }) {
  const edit = useEdit();
  const legendId = useId();
  const history = event.history ?? [];
  // `suggestion` comes from the lint worker and may arrive after the form opens: it is the choice
  // until the user picks one.
  const [picked, setKind] = useState<BumpKind | null>(null);
  const kind = picked ?? suggestion ?? 'minor';
  const taken = new Set([...history.map((h) => h.version), event.version]);
  const options = BUMPS.map((b) => ({ ...b, version: tryBump(event.version, b.kind) }));
  const chosen = options.find((o) => o.kind === kind)!;
  const blocked = !chosen.version || taken.has(chosen.version);

  const create = () => {
    if (blocked || !chosen.version) return;
    const next = chosen.version;
    edit((d) => {
      const e = d.events.find((x) => x.id === event.id);
      return e ? c.updateEvent(d, e.id, { history: [...(e.history ?? []), { version: e.version, schema: e.schema }], version: next }) : d;
    });
    onDone();
  };

  if (options.every((o) => !o.version))
    return (
      <div className="new-version" role="group" aria-label="New version">
        <p className="alert alert-warning small">“{event.version}” is not a semantic version (like 1.2.3): set the Version field first, then create the new version.</p>
        <button type="button" className="btn btn-small" onClick={onDone}>Cancel</button>
      </div>
    );

  return (
    <form className="new-version" aria-label="New version" onSubmit={(e) => { e.preventDefault(); create(); }}>
      <p className="small">
        Freezes <strong>{event.name} {event.version}</strong> as it is now; you go on editing the new version, checked against it.
      </p>
      <fieldset className="bump-choice" aria-labelledby={legendId}>
        <legend id={legendId}>Version bump</legend>
        {options.map((o) => (
          <label key={o.kind} className={`bump-option${kind === o.kind ? ' is-chosen' : ''}${!o.version || taken.has(o.version) ? ' is-disabled' : ''}`}>
            <input type="radio" name={`bump-${event.id}`} value={o.kind} checked={kind === o.kind} disabled={!o.version || taken.has(o.version)}
              onChange={() => setKind(o.kind)} />
            <span className="bump-title">{o.title}</span>
            <span className="bump-version mono">{o.version ?? '—'}</span>
            {suggestion === o.kind && <span className="pill pill-accent">suggested</span>}
            <span className="bump-meaning muted small">{o.version && taken.has(o.version) ? `${o.version} already exists` : o.meaning}</span>
          </label>
        ))}
      </fieldset>
      {suggestion && (
        <p className="muted small">Suggested from what changed between {history[history.length - 1].version} and the schema you are freezing.</p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-small btn-primary" disabled={blocked}>Create version {chosen.version && !blocked ? chosen.version : ''}</button>
        <button type="button" className="btn btn-small btn-ghost" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
