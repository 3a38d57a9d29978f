import { useEditor, useEditorStore } from '../../store/context';
import type { EditorState, Peer } from '../../store/store';
import './live.css';

const selectRoom = (s: EditorState) => s.room;

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '?') + (parts[1]?.[0] ?? '')).toUpperCase();
}

/** The live room under the toolbar: the connection (lost, back), view-only, and who is here. */
export default function RoomBar() {
  const store = useEditorStore();
  const room = useEditor(selectRoom);
  if (!room) return null;
  const status =
    room.status === 'offline' ? 'Connection lost — your edits are kept on this device and merge when it returns.'
    : room.reconnected ? 'Back online — edits made meanwhile are merged.'
    : room.status === 'connecting' ? 'Connecting to the room…'
    : 'Live';
  const kind = room.status === 'offline' ? 'room-offline' : room.reconnected ? 'room-back' : '';
  return (
    <div className={`banner room-bar ${kind}`} role="status" aria-label="Live session" data-testid="room-bar" data-status={room.status}>
      <span className="room-status"><span className={`live-dot${room.status === 'connected' ? ' is-on' : ''}`} aria-hidden="true" />{status}
        {room.access === 'view' && <strong className="view-only-tag">View only: you see every change live, and cannot change anything.</strong>}
      </span>
      <ul className="people" aria-label="Who is here">
        {room.peers.map((p) => <Person key={p.clientId} peer={p} />)}
      </ul>
      <button type="button" className="btn btn-small" onClick={() => store.getState().showLiveDialog(true)}>{room.links ? 'Invite' : 'Session'}</button>
    </div>
  );
}

function Person({ peer }: { peer: Peer }) {
  const label = `${peer.name}${peer.view ? ' (view only)' : ''}`;
  return (
    <li className={`person peer-c${peer.colour}${peer.view ? ' is-viewer' : ''}`} title={label}>
      <span className="avatar" aria-hidden="true">{initials(peer.name)}</span>
      <span className="person-name">{peer.name}</span>
      {peer.view && <span className="viewer-tag">view only</span>}
    </li>
  );
}
