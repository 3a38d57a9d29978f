import { useEffect, useMemo } from 'react';
import * as c from '../../core/model/commands';
import type { EventType } from '../../core/model/types';
import { DEFAULT_EVENT_EXAMPLE, DEFAULT_EVENT_SCHEMA } from '../../core/model/factories';
import type { ValidationIssue } from '../../core/validate/types';
import { exampleVerdicts, verdictLabel, type ExampleVerdict } from '../../core/validate/verdict';
import { useEditor } from '../../store/context';
import CodeEditor, { type EditorMarker } from '../monaco/CodeEditor';
import type { PlainFinding, TextSpot } from '../../core/lint/types';
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
  const findings = useEditor((s) => s.findings);
  const schemaMarkers = useMemo(() => markersOf(findings, event.id, 'schema'), [findings, event.id]);
  const headersMarkers = useMemo(() => markersOf(findings, event.id, 'headersSchema'), [findings, event.id]);
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
  // A result for an earlier text is pending; an invalid schema checks no example (never "matches").
  const verdicts = exampleVerdicts(event, validation);
  return (
    <section className="schema-section" aria-label="Schema and examples">
      <div className="schema-head">
        <h3>Payload schema <span className="muted small">({event.schemaFormat}{isJsonSchema ? ', draft-07' : ''})</span></h3>
        {validation?.timedOut && <span className="pill pill-warning" role="status">Validation timed out</span>}
      </div>
      <CodeEditor path={`event-${event.id}/payload${isJsonSchema ? '.schema.json' : event.schemaFormat === 'avro' ? '.avsc.json' : '.proto'}`}
        value={event.schema} language={languageOf(event)} ariaLabel={`${event.name} payload schema`} markers={schemaMarkers} onChange={(v) => set({ schema: v }, 'schema')}
        shared={{ event: event.id, field: 'schema' }} />
      <IssueList title="Schema problems" issues={isJsonSchema ? validation?.schema ?? [] : []} />

      <details className="headers-schema" open={event.headersSchema !== undefined}>
        <summary>Headers schema {event.headersSchema ? '' : <span className="muted small">(optional)</span>}</summary>
        {event.headersSchema === undefined ? (
          <button type="button" className="btn btn-small" onClick={() => set({ headersSchema: '{\n  "type": "object",\n  "properties": {}\n}' }, 'headersSchema')}>Add headers schema</button>
        ) : (
          <>
            <CodeEditor path={`event-${event.id}/headers.schema.json`} value={event.headersSchema} language="json" height={140}
              ariaLabel={`${event.name} headers schema`} markers={headersMarkers} onChange={(v) => set({ headersSchema: v }, 'headersSchema')}
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
              <VerdictPill verdict={verdicts[i]} />
              <button type="button" className="btn btn-ghost btn-small" aria-label={`Remove example ${i + 1}`}
                onClick={() => set({ examples: examples.filter((_, j) => j !== i).length ? examples.filter((_, j) => j !== i) : undefined }, 'examples.remove')}>Remove</button>
            </div>
            <CodeEditor path={`example-${event.id}-${i}.json`} value={text} language="json" height={150} ariaLabel={`${event.name} example ${i + 1}`}
              onChange={(v) => set({ examples: examples.map((e, j) => (j === i ? v : e)) }, `examples.${i}`)}
              shared={{ event: event.id, field: 'examples', index: i }} />
            <IssueList title={`Example ${i + 1} problems`} issues={verdicts[i]?.kind === 'problems' ? verdicts[i].issues : []} />
          </div>
        ))}
      </div>
    </section>
  );
}

/** Open findings that point at characters of one of the event's texts (a duplicate key), as editor markers. */
function markersOf(findings: readonly PlainFinding[], eventId: string, text: TextSpot['text']): EditorMarker[] {
  const out: EditorMarker[] = [];
  for (const f of findings) {
    if (f.spot?.text === text && f.target.kind === 'event' && f.target.id === eventId && !f.suppressed) out.push({ offset: f.spot.offset, length: f.spot.length, message: f.message });
  }
  return out;
}

const PILL: Record<ExampleVerdict['kind'], string> = {
  'not-json-schema': 'pill', pending: 'pill', 'schema-invalid': 'pill pill-warning', unchecked: 'pill pill-warning', matches: 'pill pill-ok', problems: 'pill pill-error',
};

function VerdictPill({ verdict }: { verdict: ExampleVerdict }) {
  return <span className={PILL[verdict.kind]} data-verdict={verdict.kind}>{verdictLabel(verdict)}</span>;
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
