const LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

export function SeverityIcon({ severity }: { severity: 'error' | 'warning' | 'info' }) {
  return (
    <span className={`sev sev-${severity}`} role="img" aria-label={LABEL[severity]}>
      {severity === 'error' ? (
        <svg viewBox="0 0 16 16" width="14" height="14"><circle cx="8" cy="8" r="7" fill="currentColor" /><path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" /></svg>
      ) : severity === 'warning' ? (
        <svg viewBox="0 0 16 16" width="14" height="14"><path d="M8 1.5l7 13H1z" fill="currentColor" /><path d="M8 6v4M8 12v.5" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" /></svg>
      ) : (
        <svg viewBox="0 0 16 16" width="14" height="14"><circle cx="8" cy="8" r="7" fill="currentColor" /><path d="M8 7v4.5M8 4.5v.5" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" /></svg>
      )}
    </span>
  );
}
