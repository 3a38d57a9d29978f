import * as c from '../../core/model/commands';
import { BROKERS, type Topic } from '../../core/model/types';
import { CheckField, NumberField, SelectField, TextField } from '../forms';
import { useEdit } from './use-edit';
import { KeptSection } from './KeptSection';
import { AdvancedId } from './AdvancedId';
import { useEditorStore } from '../../store/context';
import { ProtocolFields } from './ProtocolFields';
import { PROTOCOL_OF_BROKER } from '../../core/model/types';

const BROKER_OPTIONS = BROKERS.map((b) => ({ value: b, label: b }));

export function TopicInspector({ topic }: { topic: Topic }) {
  const edit = useEdit();
  const store = useEditorStore();
  const set = (patch: Partial<Topic>, field: string) => edit((d) => c.updateTopic(d, topic.id, patch), `${topic.id}.${field}`);
  const opt = (v: string) => (v.trim() === '' ? undefined : v);
  const retentionMode = topic.retention === undefined ? '' : topic.retention === 'infinite' ? 'infinite' : 'days';
  return (
    <>
      <h2 className="inspector-heading"><span className={`kind-chip kind-${topic.kind === 'dead-letter' ? 'dlq' : 'topic'}`}>{topic.kind === 'dead-letter' ? 'Dead-letter topic' : 'Topic'}</span>{topic.name}</h2>
      <TextField label="Name (address)" value={topic.name} required mono onChange={(v) => store.getState().renameElement(topic.id, v)} />
      <TextField label="Description" value={topic.description} multiline onChange={(v) => set({ description: opt(v) }, 'description')} />
      <div className="field-row">
        <SelectField label="Broker" value={topic.broker} options={BROKER_OPTIONS} onChange={(v) => {
          // A protocol that only said what the old broker implied follows the broker.
          const broker = v ?? 'generic';
          set({ broker, ...(topic.protocol === PROTOCOL_OF_BROKER[topic.broker] ? { protocol: PROTOCOL_OF_BROKER[broker] } : {}) }, 'broker');
        }} />
        <SelectField label="Kind" value={topic.kind} options={[{ value: 'stream', label: 'stream' }, { value: 'dead-letter', label: 'dead-letter' }]} onChange={(v) => set({ kind: v ?? 'stream' }, 'kind')} />
      </div>
      <ProtocolFields broker={topic.broker} protocol={topic.protocol} protocolVersion={topic.protocolVersion} onChange={set} />
      <div className="field-row">
        <NumberField label="Partitions" value={topic.partitions} min={1} onChange={(v) => set({ partitions: v }, 'partitions')} />
        <TextField label="Partition key" value={topic.partitionKey} mono placeholder="e.g. orderId" onChange={(v) => set({ partitionKey: opt(v) }, 'partitionKey')} />
      </div>
      <div className="field-row">
        <SelectField label="Retention" value={retentionMode} options={[{ value: '', label: 'broker default' }, { value: 'days', label: 'days' }, { value: 'infinite', label: 'infinite' }]}
          onChange={(v) => set({ retention: v === 'infinite' ? 'infinite' : v === 'days' ? { days: 7 } : undefined }, 'retention')} />
        {retentionMode === 'days' && typeof topic.retention === 'object' && (
          <NumberField label="Retention days" value={topic.retention.days} min={1} onChange={(v) => set({ retention: { days: v ?? 7 } }, 'retentionDays')} />
        )}
      </div>
      <CheckField label="Compacted (keeps the latest value per key)" checked={!!topic.compacted} onChange={(on) => set({ compacted: on || undefined }, 'compacted')} />
      <CheckField label="Replayed (consumers rebuild state from it)" checked={!!topic.replayed} onChange={(on) => set({ replayed: on || undefined }, 'replayed')} />
      <CheckField label="External (its other side is outside this design)" checked={!!topic.external} onChange={(on) => set({ external: on ? true : undefined }, 'external')} />
      {topic.kind === 'dead-letter' && (
        <NumberField label="Depth alert threshold" value={topic.depthAlert?.threshold} min={1} placeholder="messages"
          hint="Alert when this many messages wait in the dead-letter topic."
          onChange={(v) => set({ depthAlert: v === undefined ? undefined : { threshold: v } }, 'depthAlert')} />
      )}
      <KeptSection kept={topic.kept} onRemove={() => set({ kept: undefined }, 'kept')} />
      <AdvancedId id={topic.id} follows={!!topic.idFollowsName} />
    </>
  );
}
