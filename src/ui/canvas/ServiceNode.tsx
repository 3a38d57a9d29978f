import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useEditor } from '../../store/context';
import { indexOf } from '../design-index';
import { NodeBadge } from './NodeBadge';
import { InlineName } from './InlineName';
import { NodeText } from './NodeText';
import { boxesOf } from '../layout/node-boxes';

function ServiceNodeView({ id, selected }: NodeProps) {
  const service = useEditor((s) => indexOf(s.design).services.get(id));
  const box = useEditor((s) => boxesOf(s.design).get(id));
  const down = useEditor((s) => s.design.layout.direction === 'DOWN');
  const renaming = useEditor((s) => s.inlineEdit?.kind === 'node' && s.inlineEdit.id === id);
  if (!service || !box) return null;
  return (
    <div className={`node node-service${selected ? ' is-selected' : ''}`} style={{ width: box.width, height: box.height }} data-testid={`node-${id}`}>
      <Handle type="target" position={down ? Position.Top : Position.Left} id="in" aria-label={`Connect a topic into ${service.name}`} />
      <div className="node-icon" aria-hidden="true">
        <svg viewBox="0 0 20 20" width="18" height="18"><rect x="3" y="4" width="14" height="12" rx="3" fill="none" stroke="currentColor" strokeWidth="1.6" /><path d="M6 8h8M6 11h5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" /></svg>
      </div>
      <NodeText box={box} editor={renaming ? <InlineName id={id} name={service.name} /> : undefined} />
      <NodeBadge targetId={id} />
      <Handle type="source" position={down ? Position.Bottom : Position.Right} id="out" aria-label={`Connect ${service.name} to a topic`} />
    </div>
  );
}

export const ServiceNode = memo(ServiceNodeView);
