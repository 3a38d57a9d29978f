// What a catalog says under each example: the app's own verdict ("matches the schema", "schema
// invalid: examples not checked"), never a match the validator did not find.
import type { EventType } from '../model/types';
import { schemaFacts } from '../schema';
import type { ValidationResults } from '../validate/types';
import { exampleVerdicts, SCHEMA_INVALID_VERDICT, verdictLabel } from '../validate/verdict';

/**
 * One label per example, or undefined where nothing may be said (no result for the latest text,
 * or a format that is not validated). Without validation results only an unreadable schema is
 * known, and then no example is checked.
 */
export function exampleLabels(event: EventType, validation: ValidationResults | undefined): (string | undefined)[] {
  const examples = event.examples ?? [];
  if (!validation) {
    const unreadable = event.schemaFormat === 'json-schema' && !event.rawSchemaFormat && !schemaFacts(event.schema).ok;
    return examples.map(() => (unreadable ? SCHEMA_INVALID_VERDICT : undefined));
  }
  return exampleVerdicts(event, validation[event.id]).map((v) => {
    if (v.kind === 'pending' || v.kind === 'not-json-schema') return undefined;
    if (v.kind === 'problems') return `${verdictLabel(v)}: ${v.issues.map((i) => i.message).join('; ')}`;
    return verdictLabel(v);
  });
}
