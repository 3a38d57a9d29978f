import { useEditorStore } from '../../store/context';
import { Modal } from '../dialogs/Modal';
import { SHORTCUTS } from './shortcut-list';

/** The `?` sheet: every shortcut, grouped. Loaded when first asked for. */
export default function ShortcutSheet() {
  const store = useEditorStore();
  const groups = [...new Set(SHORTCUTS.map((s) => s.group))];
  return (
    <Modal title="Keyboard shortcuts" onClose={() => store.getState().showDialog(null)}>
      {groups.map((group) => (
        <section key={group} className="shortcut-group" aria-label={group}>
          <h3>{group}</h3>
          <dl>
            {SHORTCUTS.filter((s) => s.group === group).map((s) => (
              <div key={s.keys} className="shortcut-row"><dt><kbd>{s.keys}</kbd></dt><dd>{s.does}</dd></div>
            ))}
          </dl>
        </section>
      ))}
    </Modal>
  );
}
