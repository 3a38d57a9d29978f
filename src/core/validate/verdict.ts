// What may be said of one example: ajv-free, so the page, the catalogs and the CLI share it.
// "Matches the schema" is said only when an example was checked against a schema that compiled:
// a schema that is invalid (or a check that did not finish) checks nothing, and an example is
// never shown as matching it.

import type { SchemaFormat } from '../model/types';
import { isRemoteRef } from '../schema/remote-refs';
import { validationKey, type ValidationInput } from './key';
import type { EventValidation, ValidationIssue } from './types';

export type ExampleVerdict =
  /** Avro and Protobuf examples are not validated. */
  | { kind: 'not-json-schema'; format: SchemaFormat }
  /** No result yet, or one computed for an earlier text. */
  | { kind: 'pending' }
  /** The payload schema is invalid (JSON, meta-schema, unreadable pattern, unresolvable $ref): nothing was checked. */
  | { kind: 'schema-invalid' }
  /** The check ran out of time or failed: nothing is known. */
  | { kind: 'unchecked'; reason: string }
  | { kind: 'matches' }
  | { kind: 'problems'; issues: ValidationIssue[] };

export const SCHEMA_INVALID_VERDICT = 'schema invalid: examples not checked';

/** Whether the validator could check examples against this result's payload schema. */
export function schemaChecksExamples(result: Pick<EventValidation, 'schema' | 'timedOut' | 'error'>): boolean {
  // Another draft is only a warning: the schema is still checked as draft-07 and compiled.
  return !result.timedOut && !result.error && result.schema.every((i) => i.code === 'other-draft');
}

/** ajv's words for a `$ref` it could not resolve, and the reference. */
const MISSING_REF = /^can't resolve reference (\S+) from id /;

/**
 * The schema compiled but for references to other hosts (a registry URL): not invalid, just not
 * checkable here, since Eventsmith never fetches them (lint says so: schema-invalid's warning).
 */
function onlyRemoteMissing(result: Pick<EventValidation, 'schema'>): boolean {
  const missing = result.schema.filter((i) => i.code !== 'other-draft');
  return missing.length > 0 && missing.every((i) => i.code === 'compile' && isRemoteRef(MISSING_REF.exec(i.message)?.[1] ?? ''));
}

/** One verdict per example of the event, from its validation result (stale or missing = pending). */
export function exampleVerdicts(event: ValidationInput, result: EventValidation | undefined): ExampleVerdict[] {
  const examples = event.examples ?? [];
  if (event.schemaFormat !== 'json-schema') return examples.map(() => ({ kind: 'not-json-schema', format: event.schemaFormat }));
  if (!result || result.key !== validationKey(event)) return examples.map(() => ({ kind: 'pending' }));
  if (result.timedOut) return examples.map(() => ({ kind: 'unchecked', reason: 'validation timed out' }));
  if (result.error) return examples.map(() => ({ kind: 'unchecked', reason: 'the validator failed' }));
  if (onlyRemoteMissing(result)) return examples.map(() => ({ kind: 'unchecked', reason: 'remote schema not checked offline' }));
  const checked = schemaChecksExamples(result);
  return examples.map((_, i): ExampleVerdict => {
    const issues = result.examples[i];
    // An example that is not JSON is wrong whatever the schema says; anything else needs the schema.
    if (issues && issues.length > 0 && (checked || issues.some((x) => x.code === 'invalid-json'))) return { kind: 'problems', issues };
    if (!checked) return { kind: 'schema-invalid' };
    return issues ? (issues.length === 0 ? { kind: 'matches' } : { kind: 'problems', issues }) : { kind: 'pending' };
  });
}

/** The verdict as a short label (the catalogs and the app's pills say the same words). */
export function verdictLabel(v: ExampleVerdict): string {
  switch (v.kind) {
    case 'not-json-schema': return `not validated (${v.format === 'avro' ? 'Avro' : 'Protobuf'} is not JSON Schema)`;
    case 'pending': return 'checking…';
    case 'schema-invalid': return SCHEMA_INVALID_VERDICT;
    case 'unchecked': return `not checked: ${v.reason}`;
    case 'matches': return 'matches the schema';
    case 'problems': return `${v.issues.length} problem${v.issues.length > 1 ? 's' : ''}`;
  }
}
