import { describe, expect, it } from 'vitest';
import { addProperty } from './edit';
import { hasFieldPath, schemaFacts } from './facts';

describe('addProperty', () => {
  it('adds to the root properties, keeping 2-space pretty printing and the trailing newline', () => {
    const text = '{\n  "type": "object",\n  "properties": {\n    "a": { "type": "string" }\n  }\n}\n';
    const out = addProperty(text, 'eventId', { type: 'string', format: 'uuid' }, { required: true });
    expect(out).toBe(
      '{\n  "type": "object",\n  "properties": {\n    "a": {\n      "type": "string"\n    },\n    "eventId": {\n      "type": "string",\n      "format": "uuid"\n    }\n  },\n  "required": [\n    "eventId"\n  ]\n}\n',
    );
    expect(hasFieldPath(schemaFacts(out!, 'json-schema'), 'eventId')).toBe(true);
  });

  it('keeps a one-line text on one line and 4-space or tab indentation as it was', () => {
    expect(addProperty('{"type":"object"}', 'x', {})).toBe('{"type":"object","properties":{"x":{}}}');
    expect(addProperty('{\n    "properties": {}\n}', 'x', true)).toBe('{\n    "properties": {\n        "x": true\n    }\n}');
    expect(addProperty('{\n\t"required": ["a"]\n}', 'x', {}, { required: true })).toBe('{\n\t"type": "object",\n\t"required": [\n\t\t"a",\n\t\t"x"\n\t],\n\t"properties": {\n\t\t"x": {}\n\t}\n}');
  });

  it('replaces an existing property and does not duplicate required', () => {
    const out = addProperty('{"properties":{"id":{"type":"integer"}},"required":["id"]}', 'id', { type: 'string' }, { required: true });
    expect(JSON.parse(out!)).toEqual({ properties: { id: { type: 'string' } }, required: ['id'] });
  });

  it('returns null for invalid JSON, a non-object or malformed properties', () => {
    expect(addProperty('{', 'x', {})).toBeNull();
    expect(addProperty('[]', 'x', {})).toBeNull();
    expect(addProperty('true', 'x', {})).toBeNull();
    expect(addProperty('{"properties": []}', 'x', {})).toBeNull();
  });

  it('adds __proto__ as a key, not a prototype', () => {
    const out = addProperty('{"properties":{}}', '__proto__', { type: 'string' });
    expect(out).toBe('{"properties":{"__proto__":{"type":"string"}}}');
  });
});
