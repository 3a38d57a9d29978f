import { lineColumn, parseSchemaText, remoteRefs, schemaFacts, type RemoteRef, type SchemaFacts } from '../../schema';
import { eventFacts } from '../facts';
import type { EventType } from '../../model/types';
import { validationKey } from '../../validate/key';
import type { ValidationIssue } from '../../validate/types';
import { eventTarget } from '../targets';
import type { RawFinding, Rule } from '../types';

const FORMAT_NAME = { 'json-schema': 'JSON Schema', avro: 'Avro schema', protobuf: 'Protobuf schema' } as const;

const where = (text: string, offset: number): string => {
  const { line, column } = lineColumn(text, offset);
  return `line ${line}, column ${column}`;
};

/** A key written twice: JSON.parse (and so every tool) keeps the last one and drops the first silently. */
function duplicateKeyProblems(event: EventType, text: string, facts: SchemaFacts, which: 'schema' | 'headers schema'): RawFinding[] {
  return (facts.duplicateKeys ?? []).map((d) => ({
    target: eventTarget(event),
    severity: 'error' as const,
    path: d.pointer,
    spot: { text: which === 'schema' ? 'schema' as const : 'headersSchema' as const, offset: d.offset, length: d.length },
    message: `The ${which} of "${event.name}" has the key "${d.key}" twice in one object (${where(text, d.offset)}; first at ${where(text, d.firstOffset)}): JSON keeps only the last one, so the first is silently ignored`,
  }));
}

function textProblems(event: EventType, text: string, which: 'schema' | 'headers schema', format: EventType['schemaFormat']): RawFinding[] {
  const facts = which === 'schema' ? eventFacts(event) : schemaFacts(text, format);
  const target = eventTarget(event);
  const duplicates = duplicateKeyProblems(event, text, facts, which);
  if (!facts.ok) return [{ target, severity: 'error', path: '', message: `The ${which} of "${event.name}" is not a valid ${FORMAT_NAME[format]}: ${facts.error}` }, ...duplicates];
  // Reading its fields ran out of budget: never read as fine; the other checks carry on.
  const tooComplex: RawFinding[] = facts.tooComplex === undefined ? [] : [{
    target, severity: 'error', path: '',
    message: `The ${which} of "${event.name}" is too complex to check: reading its fields stopped after ${facts.tooComplex}, so the checks that read its fields are incomplete`,
  }];
  if (format === 'json-schema' && facts.draft === 'other') {
    return [{
      target, severity: 'warning', path: '/$schema',
      message: `The ${which} of "${event.name}" names ${facts.declaredSchema ? `"${facts.declaredSchema}"` : 'another draft'}: Eventsmith and AsyncAPI 3.0 use JSON Schema draft-07`,
    }, ...duplicates, ...tooComplex];
  }
  return [...duplicates, ...tooComplex];
}

// Remote references per schema text: parsed once per text, not on every lint.
const remoteMemo = new Map<string, RemoteRef[]>();
const MAX_MEMO = 200;

function remoteOf(text: string): RemoteRef[] {
  if (!text.includes('"$ref"')) return [];
  let refs = remoteMemo.get(text);
  if (!refs) {
    const parsed = parseSchemaText(text);
    refs = parsed.ok ? remoteRefs(parsed.value) : [];
    if (remoteMemo.size >= MAX_MEMO) remoteMemo.delete(remoteMemo.keys().next().value as string);
    remoteMemo.set(text, refs);
  }
  return refs;
}

/**
 * A schema that refers to the network is neither valid nor invalid here: Eventsmith never fetches
 * another host, so what the reference names (and the examples against it) is unchecked. Said as a
 * warning, never passed in silence nor reported as a broken schema.
 */
function remoteProblems(event: EventType, refs: RemoteRef[], which: 'schema' | 'headers schema'): RawFinding[] {
  if (refs.length === 0) return [];
  const names = [...new Set(refs.map((r) => r.ref))];
  const listed = names.slice(0, 3).join(', ') + (names.length > 3 ? ` and ${names.length - 3} more` : '');
  const examples = which === 'schema' && (event.examples?.length ?? 0) > 0 ? ', nor its examples against it' : '';
  return [{
    target: eventTarget(event), severity: 'warning', path: refs[0].path,
    message: `The ${which} of "${event.name}" refers to ${listed}: remote schema not checked offline (Eventsmith never fetches other hosts${examples})`,
  }];
}

function validatorProblems(event: EventType, issues: readonly ValidationIssue[], which: 'schema' | 'headers schema', remote: RemoteRef[] = []): RawFinding[] {
  // JSON and draft problems are found above without ajv; the validator adds meta-schema and $ref errors.
  // ajv cannot resolve a remote reference: that is the warning above, not a broken schema.
  return issues
    .filter((i) => i.code !== 'invalid-json' && i.code !== 'other-draft')
    .filter((i) => !(i.code === 'compile' && remote.some((r) => i.message.includes(r.ref))))
    .map((i) => ({ target: eventTarget(event), severity: 'error' as const, path: i.path, message: `The ${which} of "${event.name}" is not a valid draft-07 schema: ${i.message}` }));
}

export const schemaInvalid: Rule = {
  id: 'schema-invalid',
  defaultSeverity: 'error',
  title: 'Schemas are valid',
  rationale:
    'The schema is the contract between a producer and every consumer, and the source of generated code, documentation and validation. ' +
    'A schema that does not parse, or that breaks the JSON Schema meta-schema, validates nothing and exports as nothing. ' +
    'Eventsmith and AsyncAPI 3.0 use draft-07; a schema naming another draft may be read differently by each tool that sees it. ' +
    'A key written twice in one object (two "required" arrays) is kept only once by every JSON reader, the last one, so the first is lost without a word. ' +
    'A schema that refers to another host (a registry, a URL) cannot be checked here: Eventsmith works offline and never fetches it, so that is said as a warning.',
  check({ design, validation }) {
    const findings: RawFinding[] = [];
    for (const event of design.events) {
      if (event.rawSchemaFormat) continue;
      findings.push(...textProblems(event, event.schema, 'schema', event.schemaFormat));
      const remote = event.schemaFormat === 'protobuf' ? [] : remoteOf(event.schema);
      findings.push(...remoteProblems(event, remote, 'schema'));
      const hasHeaders = event.headersSchema !== undefined && event.headersSchema.trim() !== '';
      const remoteHeaders = hasHeaders ? remoteOf(event.headersSchema!) : [];
      if (hasHeaders) findings.push(...textProblems(event, event.headersSchema!, 'headers schema', 'json-schema'), ...remoteProblems(event, remoteHeaders, 'headers schema'));
      const result = validation?.[event.id];
      // A result computed for an earlier text of the event is stale: wait for the fresh one.
      if (!result || result.key !== validationKey(event)) continue;
      // A check that could not finish is never a pass: it is an error until the schema is fixed.
      if (result.timedOut)
        findings.push({ target: eventTarget(event), severity: 'error', message: `The schema of "${event.name}" is too complex to check: validating it ran out of time (a pattern that backtracks, or $refs that multiply), so its examples are unchecked` });
      if (result.error)
        findings.push({ target: eventTarget(event), severity: 'error', message: `The schema of "${event.name}" could not be checked (${result.error}), so it and its examples are unchecked` });
      if (event.schemaFormat === 'json-schema') findings.push(...validatorProblems(event, result.schema, 'schema', remote));
      findings.push(...validatorProblems(event, result.headers, 'headers schema', remoteHeaders));
    }
    return findings;
  },
};
