// Validation with ajv: each schema against the draft-07 meta-schema, each example against its
// schema. ajv compiles validators with `new Function`, so in the browser this runs only inside
// the validation worker; Node (CLI, tests) calls it directly.

import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Design } from '../model/types';
import { schemaDraft } from '../schema/facts';
import { parseSchemaText } from '../schema/parse';
import { isObject } from '../schema/pointer';
import { emptyValidation } from './empty';
import type { ValidationInput } from './key';
import { toIssues } from './messages';
import { patternIssues } from './patterns';
import type { EventValidation, ValidationIssue, ValidationResults } from './types';

export type AjvFactory = () => Ajv;

/** A draft-07 ajv with formats. `validateSchema: false`: we run the meta-schema ourselves, first. */
export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, logger: false, addUsedSchema: false, validateSchema: false });
  addFormats(ajv);
  return ajv;
}

let shared: Ajv | undefined;
/** One instance per process: building one compiles the meta-schema (15–30 ms). */
export function sharedAjv(): Ajv {
  shared ??= createAjv();
  return shared;
}

interface CheckedSchema { issues: ValidationIssue[]; validate?: ValidateFunction; compiled: boolean }

function checkSchemaText(ajv: Ajv, text: string, compile: boolean): CheckedSchema {
  const parsed = parseSchemaText(text);
  if (!parsed.ok) return { issues: [{ path: '', message: parsed.error, code: 'invalid-json' }], compiled: compile };
  const value = parsed.value;
  if (!isObject(value) && typeof value !== 'boolean') {
    return { issues: [{ path: '', message: '(root) must be a JSON Schema object or boolean', code: 'meta-schema' }], compiled: compile };
  }
  const issues: ValidationIssue[] = [];
  let schema: Record<string, unknown> | boolean = value;
  if (isObject(value)) {
    const { draft, declaredSchema } = schemaDraft(value);
    if (draft === 'other') {
      issues.push({
        path: '/$schema',
        message: `$schema names ${declaredSchema === undefined ? 'no valid draft' : `"${declaredSchema}"`}: Eventsmith checks JSON Schemas as draft-07`,
        code: 'other-draft',
      });
    }
    // Checked as draft-07 whatever it names (ajv would not know another draft's meta-schema).
    const { $schema: _ignored, ...rest } = value;
    schema = rest;
  }
  if (!ajv.validateSchema(schema)) {
    issues.push(...toIssues(ajv.errors, 'meta-schema', true), ...patternIssues(schema));
    return { issues, compiled: compile };
  }
  const badPatterns = patternIssues(schema);
  if (badPatterns.length > 0) return { issues: [...issues, ...badPatterns], compiled: compile };
  if (!compile) return { issues, compiled: false };
  try {
    return { issues, validate: ajv.compile(schema), compiled: true };
  } catch (e) {
    issues.push({ path: '', message: e instanceof Error ? e.message : String(e), code: 'compile' });
    return { issues, compiled: true };
  } finally {
    // Compiled schemas are cached by object: drop it, or a long-lived worker grows forever.
    if (typeof schema === 'object') ajv.removeSchema(schema);
  }
}

/** Schemas checked per ajv, by text: a design repeats schemas (versions, copies), each is checked and compiled once. */
const checked = new WeakMap<Ajv, Map<string, CheckedSchema>>();
const MAX_CHECKED = 500;
const MAX_CHECKED_LENGTH = 100_000;

function checkSchema(ajv: Ajv, text: string, compile: boolean): CheckedSchema {
  let known = checked.get(ajv);
  if (!known) checked.set(ajv, (known = new Map()));
  const hit = known.get(text);
  if (hit && (hit.compiled || !compile)) {
    known.delete(text);
    known.set(text, hit); // most recently used last
    return { ...hit, issues: hit.issues.map((i) => ({ ...i })) };
  }
  const result = checkSchemaText(ajv, text, compile);
  if (text.length <= MAX_CHECKED_LENGTH) {
    known.set(text, { ...result, issues: result.issues.map((i) => ({ ...i })) });
    if (known.size > MAX_CHECKED) known.delete(known.keys().next().value as string);
  }
  return result;
}

/**
 * A validator is compiled only when something needs it: examples to check, or references that
 * only compiling resolves (an unresolvable `$ref` is an error even with no example). Every schema
 * is still checked against the meta-schema, by the one shared validator ajv keeps for it.
 */
function needsValidator(event: ValidationInput): boolean {
  return (event.examples?.length ?? 0) > 0 || event.schema.includes('"$ref"') || event.schema.includes('"$id"');
}

function checkExample(validate: ValidateFunction | undefined, text: string): ValidationIssue[] {
  if (text.trim() === '') return [{ path: '', message: 'The example is empty', code: 'invalid-json' }];
  const parsed = parseSchemaText(text);
  if (!parsed.ok) return [{ path: '', message: parsed.error, code: 'invalid-json' }];
  if (!validate || validate(parsed.value)) return [];
  return toIssues(validate.errors, 'mismatch', false);
}

/**
 * Validates one event's schema, headers schema and examples. JSON Schema only: Avro and
 * Protobuf events get empty results. Never throws (a failure is reported in `error`).
 * A hostile `pattern` can make this run for ever: in the browser it runs under the worker's
 * time budget (client.ts).
 */
export function validateEvent(event: ValidationInput, ajvFactory: AjvFactory = sharedAjv): EventValidation {
  const result = emptyValidation(event);
  if (event.schemaFormat !== 'json-schema') return result;
  try {
    const ajv = ajvFactory();
    const payload = checkSchema(ajv, event.schema, needsValidator(event));
    result.schema = payload.issues;
    if (event.headersSchema !== undefined && event.headersSchema.trim() !== '') {
      result.headers = checkSchema(ajv, event.headersSchema, false).issues;
    }
    result.examples = (event.examples ?? []).map((text) => checkExample(payload.validate, text));
  } catch (e) {
    result.error = `Validation failed: ${e instanceof Error ? e.message : String(e)}`;
  }
  return result;
}

/** Every event of a design, keyed by event id (the CLI's way; the app goes through the worker). */
export function validateDesign(design: Pick<Design, 'events'>, ajvFactory: AjvFactory = sharedAjv): ValidationResults {
  const results: ValidationResults = {};
  for (const event of design.events) results[event.id] = validateEvent(event, ajvFactory);
  return results;
}
