import * as c from '../../core/model/commands';
import type { Service } from '../../core/model/types';
import { CheckField, TextField } from '../forms';
import { useEdit } from './use-edit';
import { KeptSection } from './KeptSection';
import { AdvancedId } from './AdvancedId';
import { useEditorStore } from '../../store/context';

export function ServiceInspector({ service }: { service: Service }) {
  const edit = useEdit();
  const store = useEditorStore();
  const set = (patch: Partial<Service>, field: string) => edit((d) => c.updateService(d, service.id, patch), `${service.id}.${field}`);
  const opt = (v: string) => (v.trim() === '' ? undefined : v);
  return (
    <>
      <h2 className="inspector-heading"><span className="kind-chip kind-service">Service</span>{service.name}</h2>
      <TextField label="Name" value={service.name} required onChange={(v) => store.getState().renameElement(service.id, v)} />
      <TextField label="Description" value={service.description} multiline onChange={(v) => set({ description: opt(v) }, 'description')} />
      <div className="field-row">
        <TextField label="Owner" value={service.owner} placeholder="team" onChange={(v) => set({ owner: opt(v) }, 'owner')} />
        <TextField label="Domain" value={service.domain} placeholder="e.g. Sales" onChange={(v) => set({ domain: opt(v) }, 'domain')} />
      </div>
      <TextField label="Version" value={service.version} placeholder="1.0.0" onChange={(v) => set({ version: opt(v) }, 'version')} />
      <TextField label="Tags" value={service.tags?.join(', ')} placeholder="comma separated" onChange={(v) => {
        const tags = v.split(',').map((t) => t.trim()).filter(Boolean);
        set({ tags: tags.length ? tags : undefined }, 'tags');
      }} />
      <CheckField label="Owns state (has its own database)" checked={!!service.ownsState} onChange={(on) => set({ ownsState: on || undefined }, 'ownsState')}
        hint="A service that owns state should publish through a transactional outbox." />
      <KeptSection kept={service.kept} onRemove={() => set({ kept: undefined }, 'kept')} />
      <AdvancedId id={service.id} follows={!!service.idFollowsName} />
    </>
  );
}
