import * as c from '../../core/model/commands';
import type { Publication } from '../../core/model/types';
import { useEditor } from '../../store/context';
import { CheckField, CheckList } from '../forms';
import { indexOf } from '../design-index';
import { useEdit } from './use-edit';
import { KeptSection } from './KeptSection';
import { AdvancedId } from './AdvancedId';

export function PublicationInspector({ publication }: { publication: Publication }) {
  const edit = useEdit();
  const design = useEditor((s) => s.design);
  const index = indexOf(design);
  const service = index.services.get(publication.serviceId);
  const topic = index.topics.get(publication.topicId);
  const set = (patch: Partial<Publication>, field: string) => edit((d) => c.updatePublication(d, publication.id, patch), `${publication.id}.${field}`);
  const ownSubs = (index.subscriptionsByService.get(publication.serviceId) ?? []).map((s) => ({
    id: s.id, label: `when it consumes ${index.topics.get(s.topicId)?.name ?? s.topicId}`,
  }));
  return (
    <>
      <h2 className="inspector-heading"><span className="kind-chip kind-edge">Publication</span>{service?.name} → {topic?.name}</h2>
      <CheckList legend="Events published" items={design.events.map((e) => ({ id: e.id, label: e.name }))} selected={publication.eventIds}
        empty="No events yet: create one in the Events panel." onChange={(ids) => set({ eventIds: ids }, 'eventIds')} />
      <CheckField label="Published via a transactional outbox" checked={!!publication.viaOutbox} onChange={(on) => set({ viaOutbox: on || undefined }, 'viaOutbox')} />
      <CheckList legend="Triggered by" items={ownSubs} selected={publication.triggeredBy ?? []}
        empty={`${service?.name ?? 'This service'} consumes nothing: it publishes on an outside request or a schedule.`}
        onChange={(ids) => set({ triggeredBy: ids }, 'triggeredBy')} />
      <KeptSection kept={publication.kept} onRemove={() => set({ kept: undefined }, 'kept')} />
      <AdvancedId id={publication.id} follows={!!publication.idFollowsName} />
    </>
  );
}
