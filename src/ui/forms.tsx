import { useEffect, useId, useState, type ReactNode } from 'react';

/**
 * Form fields that edit the design directly: every change is a store command. Text fields keep
 * a local draft only while focused, so typing is smooth and undo restores what the design holds.
 */
export function Field({ label, children, hint }: { label: string; children: (id: string) => ReactNode; hint?: ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint && <div className="field-hint">{hint}</div>}
    </div>
  );
}

export function TextField({ label, value, onChange, placeholder, multiline, hint, required, mono }: {
  label: string; value: string | undefined; onChange: (value: string) => void; placeholder?: string; multiline?: boolean; hint?: ReactNode; required?: boolean; mono?: boolean;
}) {
  const [draft, setDraft] = useState(value ?? '');
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setDraft(value ?? '');
  }, [value, focused]);
  const commit = (next: string) => {
    setDraft(next);
    if (required && next.trim() === '') return;
    onChange(next);
  };
  return (
    <Field label={label} hint={hint}>
      {(id) =>
        multiline ? (
          <textarea id={id} value={draft} placeholder={placeholder} rows={3} className={mono ? 'mono' : undefined}
            onFocus={() => setFocused(true)} onBlur={() => { setFocused(false); setDraft(value ?? ''); }} onChange={(e) => commit(e.target.value)} />
        ) : (
          <input id={id} type="text" value={draft} placeholder={placeholder} className={mono ? 'mono' : undefined} aria-invalid={required && draft.trim() === ''}
            onFocus={() => setFocused(true)} onBlur={() => { setFocused(false); setDraft(value ?? ''); }} onChange={(e) => commit(e.target.value)} />
        )
      }
    </Field>
  );
}

export function NumberField({ label, value, onChange, min, placeholder, hint }: {
  label: string; value: number | undefined; onChange: (value: number | undefined) => void; min?: number; placeholder?: string; hint?: ReactNode;
}) {
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  useEffect(() => setDraft(value === undefined ? '' : String(value)), [value]);
  return (
    <Field label={label} hint={hint}>
      {(id) => (
        <input id={id} type="number" inputMode="numeric" min={min} value={draft} placeholder={placeholder}
          onChange={(e) => {
            setDraft(e.target.value);
            if (e.target.value.trim() === '') return onChange(undefined);
            const n = Number(e.target.value);
            if (Number.isFinite(n) && (min === undefined || n >= min)) onChange(Math.floor(n));
          }} />
      )}
    </Field>
  );
}

export function SelectField<T extends string>({ label, value, options, onChange, hint }: {
  label: string; value: T | undefined; options: readonly { value: T | ''; label: string }[]; onChange: (value: T | undefined) => void; hint?: ReactNode;
}) {
  return (
    <Field label={label} hint={hint}>
      {(id) => (
        <select id={id} value={value ?? ''} onChange={(e) => onChange((e.target.value || undefined) as T | undefined)}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </Field>
  );
}

export function CheckField({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: ReactNode }) {
  const id = useId();
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {hint && <div className="field-hint">{hint}</div>}
    </div>
  );
}

export function CheckList({ legend, items, selected, onChange, empty }: {
  legend: string; items: { id: string; label: string }[]; selected: readonly string[]; onChange: (ids: string[]) => void; empty?: ReactNode;
}) {
  return (
    <fieldset className="field checklist">
      <legend>{legend}</legend>
      {items.length === 0 && <div className="field-hint">{empty}</div>}
      {items.map((item) => (
        <CheckField key={item.id} label={item.label} checked={selected.includes(item.id)}
          onChange={(on) => onChange(on ? [...selected, item.id] : selected.filter((id) => id !== item.id))} />
      ))}
    </fieldset>
  );
}
