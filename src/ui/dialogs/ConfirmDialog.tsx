import type { ReactNode } from 'react';
import { Modal } from './Modal';

export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel }: {
  title: string; children: ReactNode; confirmLabel: string; onConfirm: () => void; onCancel: () => void;
}) {
  return (
    <Modal title={title} onClose={onCancel} footer={<>
      <button type="button" className="btn" onClick={onCancel}>Cancel</button>
      <button type="button" className="btn btn-danger" onClick={onConfirm}>{confirmLabel}</button>
    </>}>
      <p>{children}</p>
    </Modal>
  );
}
