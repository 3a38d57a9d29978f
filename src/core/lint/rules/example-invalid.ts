import { parseSchemaText } from '../../schema';
import type { EventType } from '../../model/types';
import { validationKey } from '../../validate/key';
import { eventTarget } from '../targets';
import type { RawFinding, Rule } from '../types';

// Parse errors per example, per event object (immutable): JSON.parse runs once per edit, not per lint.
const parseMemo = new WeakMap<EventType, (string | undefined)[]>();

function parseErrors(event: EventType): (string | undefined)[] {
  let errors = parseMemo.get(event);
  if (!errors) {
    errors = (event.examples ?? []).map((text) => {
      if (text.trim() === '') return 'is empty';
      const parsed = parseSchemaText(text);
      return parsed.ok ? undefined : `is not valid JSON: ${parsed.error.replace(/^Invalid JSON: /, '')}`;
    });
    parseMemo.set(event, errors);
  }
  return errors;
}

export const exampleInvalid: Rule = {
  id: 'example-invalid',
  defaultSeverity: 'error',
  title: 'Examples match their schema',
  rationale:
    'Examples are what people copy: into tests, into documentation, into the first version of a consumer. ' +
    'An example that does not match its schema teaches the wrong contract, and usually means the schema or the example drifted.',
  check({ design, validation }) {
    const findings: RawFinding[] = [];
    for (const event of design.events) {
      const examples = event.examples ?? [];
      const reported = validation?.[event.id];
      // A result computed for an earlier text of the event is stale: wait for the fresh one.
      const result = reported && reported.key === validationKey(event) ? reported : undefined;
      if (examples.length === 0) continue;
      const errors = parseErrors(event);
      examples.forEach((_, i) => {
        const label = `Example ${i + 1} of "${event.name}"`;
        const error = errors[i];
        if (error) {
          findings.push({ target: eventTarget(event), message: `${label} ${error}` });
          return;
        }
        // One example, one finding listing all its mismatches: five findings for one example read as five problems.
        const mismatches = (result?.examples[i] ?? []).filter((issue) => issue.code !== 'invalid-json').map((issue) => issue.message);
        if (mismatches.length) findings.push({ target: eventTarget(event), message: `${label} does not match the schema: ${mismatches.join('; ')}` });
      });
    }
    return findings;
  },
};
