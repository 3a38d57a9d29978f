import { useEffect } from 'react';
import { useEditor, useEditorStore } from '../store/context';
import type { EditorState, Notice } from '../store/store';

const selectNotices = (s: EditorState) => s.notices;

/** Short-lived messages (refused connections, applied fixes, failed opens). */
export function Notices() {
  const notices = useEditor(selectNotices);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => <NoticeItem key={n.id} notice={n} />)}
    </div>
  );
}

function NoticeItem({ notice }: { notice: Notice }) {
  const store = useEditorStore();
  useEffect(() => {
    const t = setTimeout(() => store.getState().dismissNotice(notice.id), notice.kind === 'error' ? 9000 : 4000);
    return () => clearTimeout(t);
  }, [notice, store]);
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.message}</span>
      <button type="button" className="btn btn-ghost btn-small" aria-label="Dismiss" onClick={() => store.getState().dismissNotice(notice.id)}>×</button>
    </div>
  );
}
