import { useEffect } from 'react';
import type { Node, ReactFlowInstance } from '@xyflow/react';
import { useEditor, useEditorStore } from '../../store/context';
import type { EditorState } from '../../store/store';
import './live.css';

const selectPeers = (s: EditorState) => s.room?.peers ?? [];
/** Pointer positions sent at most this often (awareness goes to everyone in the room). */
const CURSOR_EVERY_MS = 50;

/**
 * Other people on the canvas, in flow coordinates (so they stay on the right spot however each
 * person pans and zooms): their pointer with their name, and a ring in their colour around each
 * node they have selected or are renaming. Also sends this person's pointer.
 */
// Given the canvas's nodes and flow rather than importing React Flow's hooks: this chunk then
// shares nothing new with the initial JavaScript.
export default function PeerLayer({ nodes, flow }: { nodes: Node[]; flow: Pick<ReactFlowInstance, 'screenToFlowPosition'> }) {
  const store = useEditorStore();
  const peers = useEditor(selectPeers);

  useEffect(() => {
    const canvas = document.querySelector<HTMLElement>('[data-testid="canvas"]');
    if (!canvas) return;
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest: { x: number; y: number } | null = null;
    const send = () => {
      last = Date.now();
      timer = undefined;
      store.getState().roomControl?.setCursor(latest);
    };
    const move = (e: PointerEvent) => {
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      latest = { x: Math.round(p.x), y: Math.round(p.y) };
      const wait = CURSOR_EVERY_MS - (Date.now() - last);
      if (wait <= 0) send();
      else timer ??= setTimeout(send, wait);
    };
    const leave = () => {
      clearTimeout(timer);
      timer = undefined;
      latest = null;
      send();
    };
    canvas.addEventListener('pointermove', move);
    canvas.addEventListener('pointerleave', leave);
    return () => {
      canvas.removeEventListener('pointermove', move);
      canvas.removeEventListener('pointerleave', leave);
      clearTimeout(timer);
    };
  }, [flow, store]);

  const byId = new Map(nodes.map((n) => [n.id, n]));
  return (
    <>
      {peers.flatMap((peer) => peer.selection.map((id) => {
        const node = byId.get(id);
        if (!node?.measured?.width || !node.measured.height) return null;
        return (
          <div key={`${peer.clientId}-${id}`} className={`peer-ring peer-c${peer.colour}`} data-testid="peer-ring"
            style={{ transform: `translate(${node.position.x - 5}px, ${node.position.y - 5}px)`, width: node.measured.width + 10, height: node.measured.height + 10 }}>
            <span className="peer-ring-name">{peer.name}</span>
          </div>
        );
      }))}
      {peers.filter((p) => p.cursor).map((peer) => (
        <div key={peer.clientId} className={`peer-cursor peer-c${peer.colour}`} data-testid="peer-cursor" style={{ transform: `translate(${peer.cursor!.x}px, ${peer.cursor!.y}px)` }}>
          <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true"><path d="M1 1l5.5 13 2-5.5L14 6.5z" /></svg>
          <span className="peer-cursor-name">{peer.name}{peer.view ? ' (view only)' : ''}</span>
        </div>
      ))}
    </>
  );
}
