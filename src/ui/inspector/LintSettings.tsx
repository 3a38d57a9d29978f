import { useState } from 'react';
import type { Design } from '../../core/model/types';
import { useEditor } from '../../store/context';
import type { EditorState } from '../../store/store';
import { lazyPart } from '../lazy-part';

const selectReady = (s: EditorState) => s.lintReady;
// The table is shown only once the section is opened: a lazy chunk, fetched after the first paint.
const LintRulesTable = lazyPart('The lint rules', () => import('./LintRulesTable').then((m) => m.LintRulesTable));

/** Per-design rule settings: switch a rule off or re-grade it, with a reason; lift suppressions. */
export function LintSettings({ design }: { design: Design }) {
  useEditor(selectReady);
  const [open, setOpen] = useState(false);
  const settings = design.lint ?? {};
  const changed = Object.keys(settings.rules ?? {}).length;
  const suppressions = settings.suppressions ?? [];

  return (
    <details className="lint-settings" open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>Lint rules {changed > 0 && <span className="pill">{changed} changed</span>}{suppressions.length > 0 && <span className="pill">{suppressions.length} suppressed</span>}</summary>
      {open && <LintRulesTable design={design} />}
    </details>
  );
}
