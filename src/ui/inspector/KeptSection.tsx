import { useState } from 'react';
import { keptSummary } from '../../core/asyncapi/kept-summary';
import type { Kept } from '../../core/model/types';

/**
 * "Kept from import: 3 bindings, 2 headers, security": what the AsyncAPI document said that the
 * design does not model, written back on export. Read-only; Remove drops it (one undoable edit).
 */
export function KeptSection({ kept, onRemove }: { kept: Kept | undefined; onRemove: () => void }) {
  const [open, setOpen] = useState(false);
  const parts = keptSummary(kept);
  if (!kept || parts.length === 0) return null;
  return (
    <section className="kept-section" aria-label="Kept from import">
      <p className="field-hint">
        <strong>Kept from import:</strong> {parts.join(', ')}.{' '}
        <button type="button" className="btn btn-small" aria-expanded={open} onClick={() => setOpen(!open)}>{open ? 'Hide' : 'Show'}</button>{' '}
        <button type="button" className="btn btn-small" onClick={onRemove} title="Export will no longer write what the imported document said here">Remove</button>
      </p>
      {open && <pre className="kept-json" tabIndex={0} aria-label="Kept AsyncAPI (read-only)">{JSON.stringify(kept, null, 2)}</pre>}
    </section>
  );
}
