import * as c from '../../core/model/commands';
import type { Subscription } from '../../core/model/types';
import { useEditor } from '../../store/context';
import { CheckField, CheckList, NumberField, SelectField, TextField } from '../forms';
import { indexOf } from '../design-index';
import { useEdit } from './use-edit';
import { KeptSection } from './KeptSection';
import { AdvancedId } from './AdvancedId';

export function SubscriptionInspector({ subscription }: { subscription: Subscription }) {
  const edit = useEdit();
  const design = useEditor((s) => s.design);
  const index = indexOf(design);
  const service = index.services.get(subscription.serviceId);
  const topic = index.topics.get(subscription.topicId);
  const set = (patch: Partial<Subscription>, field: string) => edit((d) => c.updateSubscription(d, subscription.id, patch), `${subscription.id}.${field}`);
  const opt = (v: string) => (v.trim() === '' ? undefined : v);
  const onTopic = new Set((index.publicationsByTopic.get(subscription.topicId) ?? []).flatMap((p) => p.eventIds));
  const deadLetters = design.topics.filter((t) => t.kind === 'dead-letter');
  return (
    <>
      <h2 className="inspector-heading"><span className="kind-chip kind-edge">Subscription</span>{topic?.name} → {service?.name}</h2>
      <CheckField label="Handles every event on the topic" checked={!subscription.eventIds} onChange={(all) => set({ eventIds: all ? undefined : [...onTopic] }, 'eventIds')} />
      {subscription.eventIds && (
        <CheckList legend="Events handled" items={design.events.map((e) => ({ id: e.id, label: onTopic.has(e.id) ? e.name : `${e.name} (not published here)` }))}
          selected={subscription.eventIds} onChange={(ids) => set({ eventIds: ids }, 'eventIds')} />
      )}
      <TextField label="Consumer group" value={subscription.consumerGroup} mono onChange={(v) => set({ consumerGroup: opt(v) }, 'consumerGroup')} />
      <TextField label="Idempotency key" value={subscription.idempotencyKey} mono placeholder="e.g. eventId"
        hint="A field of every handled event; the consumer deduplicates on it." onChange={(v) => set({ idempotencyKey: opt(v) }, 'idempotencyKey')} />
      <SelectField label="Dead-letter topic" value={subscription.deadLetterTopicId}
        options={[{ value: '', label: 'none' }, ...deadLetters.map((t) => ({ value: t.id, label: t.name }))]}
        hint={deadLetters.length === 0 ? 'Add a dead-letter topic from the palette first.' : undefined}
        onChange={(v) => set({ deadLetterTopicId: v }, 'deadLetterTopicId')} />
      <NumberField label="Max retries" value={subscription.maxRetries} min={0} onChange={(v) => set({ maxRetries: v }, 'maxRetries')} />
      <KeptSection kept={subscription.kept} onRemove={() => set({ kept: undefined }, 'kept')} />
      <AdvancedId id={subscription.id} follows={!!subscription.idFollowsName} />
    </>
  );
}
