import { useEffect, useId, useState } from 'react';
import type { Id } from '../../core/model/types';
import { useEditorStore } from '../../store/context';

/**
 * The element's id, folded under "Advanced": exports name files, channels and folders by it.
 * Applied on Enter or leaving the field (a half-typed id is not a rename); editing pins it; a
 * refusal (taken, malformed) says why and changes nothing.
 */
export function AdvancedId({ id, follows }: { id: Id; follows: boolean }) {
  const store = useEditorStore();
  const inputId = useId();
  const [draft, setDraft] = useState(id);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(id);
    setError(null);
  }, [id]);
  const apply = () => setError(draft === id ? null : store.getState().setElementId(id, draft));
  return (
    <details className="advanced">
      <summary>Advanced</summary>
      <div className="field">
        <label htmlFor={inputId}>Id</label>
        <input id={inputId} type="text" className="mono" value={draft} spellCheck={false} aria-invalid={!!error} aria-describedby={`${inputId}-hint`}
          onChange={(e) => setDraft(e.target.value)} onBlur={apply}
          onKeyDown={(e) => {
            if (e.key === 'Enter') { e.preventDefault(); apply(); }
            else if (e.key === 'Escape') { setDraft(id); setError(null); }
          }} />
        <div id={`${inputId}-hint`} className={error ? 'field-hint field-error' : 'field-hint'} role={error ? 'alert' : undefined}>
          {error ?? (follows ? 'Follows the name. Editing it pins it.' : 'Pinned: renaming keeps it.')}
        </div>
      </div>
    </details>
  );
}
