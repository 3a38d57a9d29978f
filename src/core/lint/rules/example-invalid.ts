import { parseSchemaText } from '../../schema';
import { validationKey } from '../../validate/key';
import { eventTarget } from '../targets';
import type { RawFinding, Rule } from '../types';

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
      examples.forEach((text, i) => {
        const label = `Example ${i + 1} of "${event.name}"`;
        if (text.trim() === '') {
          findings.push({ target: eventTarget(event), message: `${label} is empty` });
          return;
        }
        const parsed = parseSchemaText(text);
        if (!parsed.ok) {
          findings.push({ target: eventTarget(event), message: `${label} is not valid JSON: ${parsed.error.replace(/^Invalid JSON: /, '')}` });
          return;
        }
        for (const issue of result?.examples[i] ?? []) {
          if (issue.code === 'invalid-json') continue;
          findings.push({ target: eventTarget(event), message: `${label} does not match the schema: ${issue.message}` });
        }
      });
    }
    return findings;
  },
};
