import * as c from '../../core/model/commands';
import { uniqueId } from '../../core/model/ids';
import { allIds } from '../../core/model/queries';
import { BROKERS, type Design, type Server } from '../../core/model/types';
import { SelectField, TextField } from '../forms';
import { LintSettings } from './LintSettings';
import { useEdit } from './use-edit';
import { KeptSection } from './KeptSection';
import { ProtocolFields } from './ProtocolFields';

export function DesignInspector({ design }: { design: Design }) {
  const edit = useEdit();
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
      <fieldset className="field">
        <legend>Broker hosts (for AsyncAPI servers)</legend>
        {servers.map((s) => (
          <div key={s.id} className="server-row">
            <SelectField label="Broker" value={s.broker} options={BROKERS.map((b) => ({ value: b, label: b }))} onChange={(v) => patchServer(s.id, { broker: v ?? 'generic' }, 'broker')} />
            <TextField label="Host" value={s.host} mono required onChange={(v) => patchServer(s.id, { host: v }, 'host')} />
            <button type="button" className="btn btn-ghost btn-small" onClick={() => setServers(servers.filter((x) => x.id !== s.id))} aria-label={`Remove server ${s.host}`}>Remove</button>
            <ProtocolFields broker={s.broker} protocol={s.protocol} protocolVersion={s.protocolVersion} onChange={(patch, field) => patchServer(s.id, patch, field)} />
            <KeptSection kept={s.kept} onRemove={() => patchServer(s.id, { kept: undefined }, 'kept')} />
          </div>
        ))}
        <button type="button" className="btn btn-small" onClick={() => setServers([...servers, { id: uniqueId('server', allIds(design)), broker: 'kafka', host: 'localhost:9092' }])}>Add server</button>
      </fieldset>
      <LintSettings design={design} />
      <p className="muted small">Select a node or an edge on the canvas to edit it. Shift-click or drag a box with Shift to select several.</p>
    </>
  );
}
