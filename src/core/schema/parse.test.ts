import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-error-offset';
import { lineColumn, parseSchemaText } from './parse';

describe('parseSchemaText', () => {
  it('returns the value of valid JSON', () => {
    expect(parseSchemaText('{"a": [1, true, null, "x"]}')).toEqual({ ok: true, value: { a: [1, true, null, 'x'] } });
  });

  it.each([
    ['{\n  "a": 1,\n}', 3, 1],
    ['{"a": }', 1, 7],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['{"a": [1, 2', 1, 12],
    ['{"a": tru}', 1, 7],
    ['{} x', 1, 4],
    ['{"a": "x\ny"}', 1, 9],
    ['{"a": 01}', 1, 8],
  ])('locates the error in %j at line %i column %i', (text, line, column) => {
    const r = parseSchemaText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect({ line: r.line, column: r.column }).toEqual({ line, column });
    expect(r.error).toMatch(new RegExp(`^Invalid JSON: .+ \\(line ${line}, column ${column}\\)$`));
    expect(r.error).not.toMatch(/is not valid JSON|position/);
  });

  it('says an empty schema is empty', () => {
    expect(parseSchemaText('  \n')).toMatchObject({ ok: false, error: 'The schema is empty' });
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const t of ['1', '-0.5e+3', '"\\u00e9\\n"', '[]', '{"a":{"b":[{}]}}', ' true ', '"a\\"b"']) {
      expect(jsonErrorOffset(t)).toBe(-1);
    }
    for (const t of ['01', '-', '"\\x"', '[1,]', '{"a" 1}', '{,}', 'nul', '"abc', '1.', '[', '']) {
      expect(() => JSON.parse(t)).toThrow();
      expect(jsonErrorOffset(t)).toBeGreaterThanOrEqual(0);
    }
  });

  it('computes 1-based line and column', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});
