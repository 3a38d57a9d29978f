// The schema section of a catalog entry: pretty text plus the field table from the schema facts.
import type { EventType } from '../model/types';
import { schemaFacts } from '../schema/facts';
import type { FieldFact } from '../schema/types';

export interface SchemaView {
  /** The text to show: pretty-printed when it parses, else exactly as typed. */
  text: string;
  /** Code-fence language. */
  language: 'json' | 'protobuf' | 'text';
  formatLabel: string;
  ok: boolean;
  error?: string;
  fields: FieldFact[];
  truncated: boolean;
}

const FORMAT_LABEL = { 'json-schema': 'JSON Schema', avro: 'Avro', protobuf: 'Protobuf' } as const;

export function schemaView(event: EventType): SchemaView {
  const facts = schemaFacts(event.schema, event.schemaFormat);
  const formatLabel = event.rawSchemaFormat ?? FORMAT_LABEL[event.schemaFormat];
  let text = event.schema;
  if (facts.ok && facts.parsed !== undefined && event.schemaFormat !== 'protobuf') text = prettyJson(facts.parsed) ?? event.schema;
  const language = event.schemaFormat === 'protobuf' ? 'protobuf' : facts.ok ? 'json' : 'text';
  return { text, language, formatLabel, ok: facts.ok, error: facts.error, fields: facts.fields, truncated: facts.truncated ?? false };
}

export function typeLabel(field: FieldFact): string {
  const t = Array.isArray(field.type) ? field.type.join(' | ') : field.type ?? 'any';
  return field.format ? `${t} (${field.format})` : t;
}

/**
 * JSON pretty-printed, or undefined when it nests too deeply for JSON.stringify (a schema 20,000
 * levels deep overflows its stack): the caller then shows the text as typed.
 */
export function prettyJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return undefined;
  }
}

/** Example payloads pretty-printed when they are JSON, else as typed. */
export function prettyExample(example: string): string {
  try {
    return JSON.stringify(JSON.parse(example), null, 2);
  } catch {
    return example;
  }
}
