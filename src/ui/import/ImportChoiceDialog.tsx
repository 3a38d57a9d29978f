import type { Design } from '../../core/model/types';
import { Modal } from '../dialogs/Modal';

/** Importing into a design that is not empty: replace it or merge into it. */
export function ImportChoiceDialog({ pending, onCancel, onChoose }: {
  pending: { design: Design; names: string[] };
  onCancel: () => void;
  onChoose: (mode: 'replace' | 'merge') => void;
}) {
  return (
    <Modal title="Import AsyncAPI" onClose={onCancel} footer={<>
      <button type="button" className="btn" onClick={onCancel}>Cancel</button>
      <button type="button" className="btn" onClick={() => onChoose('replace')}>Replace design</button>
      <button type="button" className="btn btn-primary" onClick={() => onChoose('merge')}>Merge into design</button>
    </>}>
      <p>{pending.names.join(', ')}: {pending.design.services.length} services, {pending.design.topics.length} topics, {pending.design.events.length} events.</p>
      <p className="muted">Merge adds what is new to the current design (same names are the same thing). Replace opens the import as the current design; you can undo either.</p>
    </Modal>
  );
}
