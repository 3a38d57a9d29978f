import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface MenuItem { label: string; onSelect: () => void; hint?: string; disabled?: boolean }

/** A button that opens a list of actions; keyboard: arrows move, Enter picks, Escape closes. */
export function Menu({ label, items, icon, title }: { label: string; items: MenuItem[]; icon?: ReactNode; title?: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => ref.current && !ref.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener('mousedown', close);
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  const onKeyDown = (e: React.KeyboardEvent) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') { setOpen(false); ref.current?.querySelector<HTMLElement>('button')?.focus(); }
    else if (e.key === 'ArrowDown') { e.preventDefault(); items[(i + 1) % items.length]?.focus(); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); items[(i - 1 + items.length) % items.length]?.focus(); }
  };
  return (
    <div className="menu" ref={ref} onKeyDown={onKeyDown}>
      <button type="button" className="btn btn-toolbar" aria-haspopup="menu" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)} title={title}>
        {icon}<span>{label}</span><span className="caret" aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="menu-list" role="menu" id={id} aria-label={label}>
          {items.map((item) => (
            <button key={item.label} type="button" role="menuitem" className="menu-item" disabled={item.disabled}
              onClick={() => { setOpen(false); item.onSelect(); }}>
              <span>{item.label}</span>
              {item.hint && <span className="menu-hint">{item.hint}</span>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
