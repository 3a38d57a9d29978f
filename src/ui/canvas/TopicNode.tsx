import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useEditor } from '../../store/context';
import { indexOf } from '../design-index';
import { NodeBadge } from './NodeBadge';
import { InlineName } from './InlineName';
import { NodeText } from './NodeText';
import { boxesOf } from '../layout/node-boxes';

function TopicNodeView({ id, selected }: NodeProps) {
  const topic = useEditor((s) => indexOf(s.design).topics.get(id));
  const box = useEditor((s) => boxesOf(s.design).get(id));
  const down = useEditor((s) => s.design.layout.direction === 'DOWN');
  const renaming = useEditor((s) => s.inlineEdit?.kind === 'node' && s.inlineEdit.id === id);
  if (!topic || !box) return null;
  const dead = topic.kind === 'dead-letter';
  return (
    <div className={`node node-topic${dead ? ' node-dlq' : ''}${selected ? ' is-selected' : ''}`} style={{ width: box.width, height: box.height }} data-testid={`node-${id}`}>
      <Handle type="target" position={down ? Position.Top : Position.Left} id="in" aria-label={`Connect a service into ${topic.name}`} />
      <div className="node-icon" aria-hidden="true">
        {dead ? (
          <svg viewBox="0 0 20 20" width="18" height="18"><path d="M4 5h12l-1.2 11H5.2z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" /><path d="M8 9l4 4M12 9l-4 4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" /></svg>
        ) : (
          <svg viewBox="0 0 20 20" width="18" height="18"><ellipse cx="10" cy="5" rx="6" ry="2.4" fill="none" stroke="currentColor" strokeWidth="1.6" /><path d="M4 5v10c0 1.3 2.7 2.4 6 2.4s6-1.1 6-2.4V5M4 10c0 1.3 2.7 2.4 6 2.4s6-1.1 6-2.4" fill="none" stroke="currentColor" strokeWidth="1.6" /></svg>
        )}
      </div>
      <NodeText box={box} editor={renaming ? <InlineName id={id} name={topic.name} /> : undefined} />
      <NodeBadge targetId={id} />
      <Handle type="source" position={down ? Position.Bottom : Position.Right} id="out" aria-label={`Connect ${topic.name} to a consumer`} />
    </div>
  );
}

export const TopicNode = memo(TopicNodeView);
