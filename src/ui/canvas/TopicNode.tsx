import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useEditor } from '../../store/context';
import { sizeNode, topicSubtitle } from '../../core/layout/node-size';
import { indexOf } from '../design-index';
import { InlineName } from './InlineName';
import { NodeBadge } from './NodeBadge';


function TopicNodeView({ id, selected }: NodeProps) {
  const topic = useEditor((s) => indexOf(s.design).topics.get(id));
  const renaming = useEditor((s) => s.inlineEdit?.kind === 'node' && s.inlineEdit.id === id);
  if (!topic) return null;
  const dead = topic.kind === 'dead-letter';
  const sub = topicSubtitle(topic);
  const box = sizeNode(dead ? 'dead-letter' : 'topic', topic.name, sub); // the box layout and placement plan with
  return (
    <div style={{ width: box.width, height: box.height }} className={`node node-topic${dead ? ' node-dlq' : ''}${selected ? ' is-selected' : ''}`} data-testid={`node-${id}`}>
      <Handle type="target" position={Position.Left} id="in" aria-label={`Connect a service into ${topic.name}`} />
      <div className="node-icon" aria-hidden="true">
        {dead ? (
          <svg viewBox="0 0 20 20" width="18" height="18"><path d="M4 5h12l-1.2 11H5.2z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" /><path d="M8 9l4 4M12 9l-4 4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" /></svg>
        ) : (
          <svg viewBox="0 0 20 20" width="18" height="18"><ellipse cx="10" cy="5" rx="6" ry="2.4" fill="none" stroke="currentColor" strokeWidth="1.6" /><path d="M4 5v10c0 1.3 2.7 2.4 6 2.4s6-1.1 6-2.4V5M4 10c0 1.3 2.7 2.4 6 2.4s6-1.1 6-2.4" fill="none" stroke="currentColor" strokeWidth="1.6" /></svg>
        )}
      </div>
      <div className="node-text">
        {renaming ? <InlineName id={id} name={topic.name} /> : <div className={`node-title lines-${box.lines.length}`} title={topic.name}>{box.lines.join('\n')}</div>}
        <div className="node-sub">{box.sub}</div>
      </div>
      <NodeBadge targetId={id} />
      <Handle type="source" position={Position.Right} id="out" aria-label={`Connect ${topic.name} to a consumer`} />
    </div>
  );
}

export const TopicNode = memo(TopicNodeView);
