import * as c from '../../core/model/commands';
import { newServer } from '../../core/model/factories';
import { useEditorStore } from '../../store/context';
import { BROKERS, type Design, type Server } from '../../core/model/types';
import { SelectField, TextField } from '../forms';
import { LintSettings } from './LintSettings';
import { useEdit } from './use-edit';
import { KeptSection } from './KeptSection';
import { ProtocolFields } from './ProtocolFields';

export function DesignInspector({ design }: { design: Design }) {
  const edit = useEdit();
  const store = useEditorStore();
  const servers = design.servers ?? [];
  const setServers = (next: Server[]) => edit((d) => c.updateDesignInfo(d, { servers: next.length ? next : undefined }), 'servers');
  const patchServer = (id: string, patch: Partial<Server>, field: string) =>
    edit((d) => c.updateDesignInfo(d, {
      // Optional fields set to nothing are absent, as everywhere in a design.
      servers: (d.servers ?? []).map((s) => (s.id === id ? (Object.fromEntries(Object.entries({ ...s, ...patch }).filter(([, v]) => v !== undefined)) as unknown as Server) : s)),
    }), `server.${id}.${field}`);
  return (
    <>
      <h2 className="inspector-heading"><span className="kind-chip kind-design">Design</span>{design.name}</h2>
      <TextField label="Design name" value={design.name} required onChange={(v) => edit((d) => c.updateDesignInfo(d, { name: v }), 'design.name')} />
      <TextField label="Description" value={design.description} multiline onChange={(v) => edit((d) => c.updateDesignInfo(d, { description: v.trim() ? v : undefined }), 'design.description')} />
      <TextField label="Version" value={design.version} required onChange={(v) => edit((d) => c.updateDesignInfo(d, { version: v }), 'design.version')} />
      <TextField label="Owner" value={design.owner} placeholder="team" hint="Exports list what has no owner of its own under the design's owner."
        onChange={(v) => edit((d) => c.updateDesignInfo(d, { owner: v.trim() ? v : undefined }), 'design.owner')} />
      <fieldset className="field">
        <legend>Broker hosts (for AsyncAPI servers)</legend>
        {servers.map((s, i) => (
          // Keyed by place: the id follows the host while it is typed.
          <div key={i} className="server-row">
            <SelectField label="Broker" value={s.broker} options={BROKERS.map((b) => ({ value: b, label: b }))} onChange={(v) => patchServer(s.id, { broker: v ?? 'generic' }, 'broker')} />
            <TextField label="Host" value={s.host} mono required onChange={(v) => store.getState().renameElement(s.id, v)} />
            <button type="button" className="btn btn-ghost btn-small" onClick={() => setServers(servers.filter((x) => x.id !== s.id))} aria-label={`Remove server ${s.host}`}>Remove</button>
            <ProtocolFields broker={s.broker} protocol={s.protocol} protocolVersion={s.protocolVersion} onChange={(patch, field) => patchServer(s.id, patch, field)} />
            <KeptSection kept={s.kept} onRemove={() => patchServer(s.id, { kept: undefined }, 'kept')} />
          </div>
        ))}
        <button type="button" className="btn btn-small" onClick={() => setServers([...servers, newServer(design)])}>Add server</button>
      </fieldset>
      <LintSettings design={design} />
      <p className="muted small">Select a node or an edge on the canvas to edit it. Shift-click or drag a box with Shift to select several.</p>
    </>
  );
}
