import { useMemo, useState, type KeyboardEvent } from 'react';
import { useEditorStore } from '../../store/context';
import { connectNodes } from '../canvas/canvas-actions';
import { focusNode } from '../canvas/InlineName';
import { Modal } from '../dialogs/Modal';

/**
 * "Connect to…": the selected node to another, by keyboard. A service lists topics (it publishes
 * to the one picked), a topic lists services (the one picked consumes it). Type to filter, arrows
 * to move, Enter to connect.
 */
export default function ConnectDialog() {
  const store = useEditorStore();
  const state = store.getState();
  const fromId = state.selection.nodes[0];
  const design = state.design;
  const fromService = design.services.find((s) => s.id === fromId);
  const fromTopic = design.topics.find((t) => t.id === fromId);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const candidates = useMemo(() => {
    const pool = fromService ? design.topics : fromTopic ? design.services : [];
    const q = query.trim().toLowerCase();
    return pool.filter((n) => n.id !== fromId && (!q || n.name.toLowerCase().includes(q)));
  }, [design, fromId, fromService, fromTopic, query]);
  const close = () => store.getState().showDialog(null);
  const pick = (id: string) => {
    const s = store.getState();
    const edge = fromService ? connectNodes(s, fromId, id) : connectNodes(s, id, fromId);
    close();
    if (edge) {
      s.select({ nodes: [id], edges: [] });
      focusNode(id);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); setActive((i) => Math.min(i + 1, candidates.length - 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((i) => Math.max(i - 1, 0)); }
    else if (e.key === 'Enter' && candidates[active]) { e.preventDefault(); pick(candidates[active].id); }
  };
  const name = fromService?.name ?? fromTopic?.name ?? '';
  return (
    <Modal title={`Connect ${name} to…`} onClose={close}>
      {!fromService && !fromTopic ? <p className="muted">Select one node first.</p> : (
        <>
          <input className="connect-search" aria-label="Connect to" role="combobox" aria-expanded="true" aria-controls="connect-options"
            aria-activedescendant={candidates[active] ? `connect-${candidates[active].id}` : undefined} placeholder={fromService ? 'Topic name…' : 'Service name…'}
            value={query} onChange={(e) => { setQuery(e.target.value); setActive(0); }} onKeyDown={onKeyDown} />
          <ul className="connect-options" role="listbox" id="connect-options" aria-label={fromService ? 'Topics' : 'Services'}>
            {candidates.map((n, i) => (
              <li key={n.id} id={`connect-${n.id}`} role="option" aria-selected={i === active} className={i === active ? 'is-active' : undefined}
                onMouseDown={(e) => { e.preventDefault(); pick(n.id); }}>
                {n.name} <span className="muted small">{fromService ? `${name} publishes to it` : `consumes ${name}`}</span>
              </li>
            ))}
            {candidates.length === 0 && <li className="muted">{fromService ? 'No topic' : 'No service'} matches.</li>}
          </ul>
        </>
      )}
    </Modal>
  );
}
