import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useEditor } from '../../store/context';
import { indexOf } from '../design-index';
import { NodeBadge } from './NodeBadge';

const BROKER_LABEL: Record<string, string> = {
  kafka: 'Kafka', rabbitmq: 'RabbitMQ', sqs: 'SQS', sns: 'SNS', nats: 'NATS', 'redis-streams': 'Redis Streams', eventbridge: 'EventBridge', generic: 'Broker',
};

function TopicNodeView({ id, selected }: NodeProps) {
  const topic = useEditor((s) => indexOf(s.design).topics.get(id));
  if (!topic) return null;
  const dead = topic.kind === 'dead-letter';
  return (
    <div className={`node node-topic${dead ? ' node-dlq' : ''}${selected ? ' is-selected' : ''}`} data-testid={`node-${id}`}>
      <Handle type="target" position={Position.Left} id="in" aria-label={`Connect a service into ${topic.name}`} />
      <div className="node-icon" aria-hidden="true">
        {dead ? (
          <svg viewBox="0 0 20 20" width="18" height="18"><path d="M4 5h12l-1.2 11H5.2z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" /><path d="M8 9l4 4M12 9l-4 4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" /></svg>
        ) : (
          <svg viewBox="0 0 20 20" width="18" height="18"><ellipse cx="10" cy="5" rx="6" ry="2.4" fill="none" stroke="currentColor" strokeWidth="1.6" /><path d="M4 5v10c0 1.3 2.7 2.4 6 2.4s6-1.1 6-2.4V5M4 10c0 1.3 2.7 2.4 6 2.4s6-1.1 6-2.4" fill="none" stroke="currentColor" strokeWidth="1.6" /></svg>
        )}
      </div>
      <div className="node-text">
        <div className="node-title" title={topic.name}>{topic.name}</div>
        <div className="node-sub">{dead ? 'Dead-letter · ' : ''}{BROKER_LABEL[topic.broker] ?? topic.broker}{topic.partitions ? ` · ${topic.partitions} partitions` : ''}</div>
      </div>
      <NodeBadge targetId={id} />
      <Handle type="source" position={Position.Right} id="out" aria-label={`Connect ${topic.name} to a consumer`} />
    </div>
  );
}

export const TopicNode = memo(TopicNodeView);
