import { describe, expect, it } from 'vitest';
import { duplicateKeys, MAX_DUPLICATE_KEYS } from './duplicate-keys';

// [case, text, expected duplicates as `pointer @ text at offset` (first at)]
const rows: [string, string, string[]][] = [
  ['no duplicates', '{"type": "object", "required": ["a"]}', []],
  ['the issue\'s case: "required" twice at the root', '{"type":"object","required":["a"],"required":["b"]}', ['/required @ "required" (first at 17)']],
  ['nested in a property', '{"properties":{"a":{"type":"string","type":"number"}}}', ['/properties/a/type @ "type" (first at 20)']],
  ['same key in two different objects is fine', '{"a":{"x":1},"b":{"x":2}}', []],
  ['inside an array item', '{"allOf":[{"x":1},{"y":1,"y":2}]}', ['/allOf/1/y @ "y" (first at 19)']],
  ['three times: two duplicates, both pointing at the first', '{"k":1,"k":2,"k":3}', ['/k @ "k" (first at 1)', '/k @ "k" (first at 1)']],
  ['escaped key equal to a plain one', '{"a":1,"\\u0061":2}', ['/a @ "\\u0061" (first at 1)']],
  ['pointer tokens escaped (~ and /)', '{"a/b":{"c~d":1,"c~d":2}}', ['/a~1b/c~0d @ "c~d" (first at 8)']],
  ['a key-like string value is not a key', '{"a":"a","b":"a"}', []],
  ['strings with quotes, braces and commas inside', '{"a":"x\\",}{","a":"y"}', ['/a @ "a" (first at 1)']],
  ['after a nested array the object continues', '{"a":[1,[2,3]],"b":{},"a":0}', ['/a @ "a" (first at 1)']],
  ['whitespace and newlines', '{\n  "required": [],\n  "required": ["x"]\n}', ['/required @ "required" (first at 4)']],
  ['not an object at all', '[1, "a", {"a": 1}]', []],
  ['empty key twice', '{"":1,"":2}', ['/ @ "" (first at 1)']],
];

describe('duplicateKeys', () => {
  it.each(rows)('%s', (_, text, expected) => {
    expect(JSON.parse(text)).toBeDefined(); // every row is valid JSON: duplicates are legal syntax
    const found = duplicateKeys(text).map((d) => `${d.pointer} @ ${text.slice(d.offset, d.offset + d.length)} (first at ${d.firstOffset})`);
    expect(found).toEqual(expected);
  });

  it('lists at most MAX_DUPLICATE_KEYS', () => {
    const text = `{${Array.from({ length: MAX_DUPLICATE_KEYS + 10 }, (_, i) => `"k":${i}`).join(',')}}`;
    expect(duplicateKeys(text)).toHaveLength(MAX_DUPLICATE_KEYS);
  });

  it('survives deep nesting without recursion', () => {
    const depth = 20_000;
    const text = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    expect(duplicateKeys(text)).toEqual([]);
  });
});
