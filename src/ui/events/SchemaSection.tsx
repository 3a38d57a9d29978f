import { useEffect, useMemo } from 'react';
import * as c from '../../core/model/commands';
import type { EventType } from '../../core/model/types';
import { DEFAULT_EVENT_EXAMPLE, DEFAULT_EVENT_SCHEMA } from '../../core/model/factories';
import type { ValidationIssue } from '../../core/validate/types';
import { useEditor } from '../../store/context';
import CodeEditor from '../monaco/CodeEditor';
import { configureJsonSchemas } from '../monaco/setup';
import { useEdit } from '../inspector/use-edit';

const EXAMPLE_TEMPLATE = '{\n  \n}';

function languageOf(event: EventType): string {
  return event.schemaFormat === 'protobuf' ? 'protobuf' : 'json';
}

/** Schema and example editors of one event: lazily loaded with Monaco. */
export default function SchemaSection({ event }: { event: EventType }) {
  const edit = useEdit();
  const validation = useEditor((s) => s.validation[event.id]);
  const set = (patch: Partial<EventType>, field: string) => edit((d) => c.updateEvent(d, event.id, patch), `${event.id}.${field}`);
  const isJsonSchema = event.schemaFormat === 'json-schema';
  const parsedSchema = useMemo(() => {
    try {
      const value = JSON.parse(event.schema);
      return value && typeof value === 'object' ? value : null;
    } catch {
      return null; // invalid text is kept as typed; examples keep the last association
    }
  }, [event.schema]);

  useEffect(() => {
    if (isJsonSchema && parsedSchema) configureJsonSchemas([{ fileMatch: `*example-${event.id}-*`, schema: parsedSchema }]);
    else configureJsonSchemas([]);
  }, [isJsonSchema, parsedSchema, event.id]);

  const examples = event.examples ?? [];
  const stale = validation && validation.key !== undefined ? false : true;
  return (
    <section className="schema-section" aria-label="Schema and examples">
      <div className="schema-head">
        <h3>Payload schema <span className="muted small">({event.schemaFormat}{isJsonSchema ? ', draft-07' : ''})</span></h3>
        {validation?.timedOut && <span className="pill pill-warning" role="status">Validation timed out</span>}
      </div>
      <CodeEditor path={`event-${event.id}/payload${isJsonSchema ? '.schema.json' : event.schemaFormat === 'avro' ? '.avsc.json' : '.proto'}`}
        value={event.schema} language={languageOf(event)} ariaLabel={`${event.name} payload schema`} onChange={(v) => set({ schema: v }, 'schema')}
        shared={{ event: event.id, field: 'schema' }} />
      <IssueList title="Schema problems" issues={isJsonSchema ? validation?.schema ?? [] : []} />

      <details className="headers-schema" open={event.headersSchema !== undefined}>
        <summary>Headers schema {event.headersSchema ? '' : <span className="muted small">(optional)</span>}</summary>
        {event.headersSchema === undefined ? (
          <button type="button" className="btn btn-small" onClick={() => set({ headersSchema: '{\n  "type": "object",\n  "properties": {}\n}' }, 'headersSchema')}>Add headers schema</button>
        ) : (
          <>
            <CodeEditor path={`event-${event.id}/headers.schema.json`} value={event.headersSchema} language="json" height={140}
              ariaLabel={`${event.name} headers schema`} onChange={(v) => set({ headersSchema: v }, 'headersSchema')}
              shared={{ event: event.id, field: 'headersSchema' }} />
            <IssueList title="Headers schema problems" issues={validation?.headers ?? []} />
            <button type="button" className="btn btn-ghost btn-small" onClick={() => set({ headersSchema: undefined }, 'headersSchema')}>Remove headers schema</button>
          </>
        )}
      </details>

      <div className="examples">
        <div className="schema-head">
          <h3>Examples <span className="count">{examples.length}</span></h3>
          <button type="button" className="btn btn-small" onClick={() => set({ examples: [...examples, event.schema === DEFAULT_EVENT_SCHEMA ? DEFAULT_EVENT_EXAMPLE : EXAMPLE_TEMPLATE] }, 'examples.add')}>Add example</button>
        </div>
        {examples.map((text, i) => (
          <div key={i} className="example">
            <div className="example-head">
              <span>Example {i + 1}</span>
              <ExampleVerdict issues={validation?.examples?.[i]} pending={stale} applicable={isJsonSchema} />
              <button type="button" className="btn btn-ghost btn-small" aria-label={`Remove example ${i + 1}`}
                onClick={() => set({ examples: examples.filter((_, j) => j !== i).length ? examples.filter((_, j) => j !== i) : undefined }, 'examples.remove')}>Remove</button>
            </div>
            <CodeEditor path={`example-${event.id}-${i}.json`} value={text} language="json" height={150} ariaLabel={`${event.name} example ${i + 1}`}
              onChange={(v) => set({ examples: examples.map((e, j) => (j === i ? v : e)) }, `examples.${i}`)}
              shared={{ event: event.id, field: 'examples', index: i }} />
            <IssueList title={`Example ${i + 1} problems`} issues={validation?.examples?.[i] ?? []} />
          </div>
        ))}
      </div>
    </section>
  );
}

function ExampleVerdict({ issues, pending, applicable }: { issues?: ValidationIssue[]; pending: boolean; applicable: boolean }) {
  if (!applicable) return <span className="pill">not validated ({'format'} is not JSON Schema)</span>;
  if (pending || !issues) return <span className="pill">checking…</span>;
  return issues.length === 0 ? <span className="pill pill-ok">matches the schema</span> : <span className="pill pill-error">{issues.length} problem{issues.length > 1 ? 's' : ''}</span>;
}

function IssueList({ title, issues }: { title: string; issues: ValidationIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul className="issue-list" aria-label={title}>
      {issues.map((issue, i) => (
        <li key={i}><code>{issue.path || '/'}</code> {issue.message}</li>
      ))}
    </ul>
  );
}
