// Issue 16: the default schema template's starting example is valid against it (with ajv, as the
// app and the CLI validate), and a new event with it has no example finding.
import { describe, expect, it } from 'vitest';
import { DEFAULT_EVENT_EXAMPLE, DEFAULT_EVENT_SCHEMA, newEvent } from '../model/factories';
import { emptyDesign } from '../model/factories';
import { validateEvent } from './validate-event';

describe('default schema template', () => {
  it('its starting example matches it', () => {
    const event = { ...newEvent(emptyDesign('T')), examples: [DEFAULT_EVENT_EXAMPLE] };
    expect(event.schema).toBe(DEFAULT_EVENT_SCHEMA);
    const result = validateEvent(event);
    expect(result.schema).toEqual([]);
    expect(result.examples).toEqual([[]]);
  });

  it('an empty object would not (the reason for the starting example)', () => {
    const event = { ...newEvent(emptyDesign('T')), examples: ['{}'] };
    expect(validateEvent(event).examples[0].length).toBeGreaterThan(0);
  });
});
