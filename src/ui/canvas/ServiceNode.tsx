import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useEditor } from '../../store/context';
import { sizeNode } from '../../core/layout/node-size';
import { indexOf } from '../design-index';
import { InlineName } from './InlineName';
import { NodeBadge } from './NodeBadge';

function ServiceNodeView({ id, selected }: NodeProps) {
  const service = useEditor((s) => indexOf(s.design).services.get(id));
  const renaming = useEditor((s) => s.inlineEdit?.kind === 'node' && s.inlineEdit.id === id);
  const roles = useEditor((s) => {
    const index = indexOf(s.design);
    const pubs = index.publicationsByService.get(id)?.length ?? 0;
    const subs = index.subscriptionsByService.get(id)?.length ?? 0;
    return pubs && subs ? 'Producer · Consumer' : pubs ? 'Producer' : subs ? 'Consumer' : 'Service';
  });
  if (!service) return null;
  const box = sizeNode('service', service.name, roles); // the box layout and placement plan with
  return (
    <div style={{ width: box.width, height: box.height }} className={`node node-service${selected ? ' is-selected' : ''}`} data-testid={`node-${id}`}>
      <Handle type="target" position={Position.Left} id="in" aria-label={`Connect a topic into ${service.name}`} />
      <div className="node-icon" aria-hidden="true">
        <svg viewBox="0 0 20 20" width="18" height="18"><rect x="3" y="4" width="14" height="12" rx="3" fill="none" stroke="currentColor" strokeWidth="1.6" /><path d="M6 8h8M6 11h5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" /></svg>
      </div>
      <div className="node-text">
        {renaming ? <InlineName id={id} name={service.name} /> : <div className={`node-title lines-${box.lines.length}`} title={service.name}>{box.lines.join('\n')}</div>}
        <div className="node-sub">{roles}</div>
      </div>
      <NodeBadge targetId={id} />
      <Handle type="source" position={Position.Right} id="out" aria-label={`Connect ${service.name} to a topic`} />
    </div>
  );
}

export const ServiceNode = memo(ServiceNodeView);
