import { describe, expect, it } from 'vitest';
import { bumpVersion, suggestBump } from './bump';
import { CompatInputError } from './types';

const S = JSON.stringify;
const base = { type: 'object', properties: { id: { type: 'string' }, note: { type: 'string', maxLength: 10 } }, required: ['id'] };

describe('suggestBump', () => {
  it.each([
    ['patch: formatting only', S(base), JSON.stringify(base, null, 4), 'patch'],
    ['patch: description only', S(base), S({ ...base, description: 'An order was placed' }), 'patch'],
    ['minor: optional field added', S(base), S({ ...base, properties: { ...base.properties, coupon: { type: 'string' } } }), 'minor'],
    ['minor: a limit eased', S(base), S({ ...base, properties: { ...base.properties, note: { type: 'string', maxLength: 20 } } }), 'minor'],
    ['minor: default changed', S(base), S({ ...base, properties: { ...base.properties, id: { type: 'string', default: 'x' } } }), 'minor'],
    ['major: required field added', S(base), S({ ...base, properties: { ...base.properties, coupon: { type: 'string' } }, required: ['id', 'coupon'] }), 'major'],
    ['major: type changed', S(base), S({ ...base, properties: { ...base.properties, id: { type: 'integer' } } }), 'major'],
  ])('%s', (_name, before, after, kind) => {
    expect(suggestBump(before, after)).toBe(kind);
  });

  it('follows the event settings: an open-model addition is major under STRICT', () => {
    const after = S({ ...base, properties: { ...base.properties, coupon: { type: 'string' } } });
    expect(suggestBump(S(base), after, { mode: 'BACKWARD', policy: 'STRICT' })).toBe('major');
  });
});

describe('bumpVersion', () => {
  it.each([
    ['1.4.2', 'major', '2.0.0'],
    ['1.4.2', 'minor', '1.5.0'],
    ['1.4.2', 'patch', '1.4.3'],
    ['v1', 'minor', '1.1.0'],
    ['2.0', 'patch', '2.0.1'],
    ['1.0.0-rc.1+build', 'patch', '1.0.1'],
  ] as const)('%s + %s = %s', (version, kind, expected) => {
    expect(bumpVersion(version, kind)).toBe(expected);
  });
  it('rejects what is not a version', () => {
    expect(() => bumpVersion('latest', 'major')).toThrow(CompatInputError);
  });
});
