import { ASYNCAPI_PROTOCOLS, protocolLabel } from '../../core/asyncapi/kept-summary';
import { PROTOCOL_OF_BROKER, type Broker } from '../../core/model/types';
import { SelectField, TextField } from '../forms';

/** The AsyncAPI protocol (and its version) of a topic or server; empty = the one the broker implies. */
export function ProtocolFields({ broker, protocol, protocolVersion, onChange }: {
  broker: Broker; protocol: string | undefined; protocolVersion: string | undefined;
  onChange: (patch: { protocol?: string; protocolVersion?: string }, field: string) => void;
}) {
  const implied = PROTOCOL_OF_BROKER[broker];
  const known: string[] = [...ASYNCAPI_PROTOCOLS];
  if (protocol && !known.includes(protocol)) known.unshift(protocol);
  const options = [{ value: '', label: implied ? `as the broker (${protocolLabel(implied)})` : 'none' }, ...known.map((p) => ({ value: p, label: `${protocolLabel(p)} (${p})` }))];
  return (
    <div className="field-row">
      <SelectField label="Protocol" value={protocol} options={options} onChange={(v) => onChange({ protocol: v }, 'protocol')} />
      <TextField label="Protocol version" value={protocolVersion} mono placeholder="e.g. 3.1.1" onChange={(v) => onChange({ protocolVersion: v.trim() === '' ? undefined : v }, 'protocolVersion')} />
    </div>
  );
}
