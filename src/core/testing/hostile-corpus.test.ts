import { describe, expect, it } from 'vitest';
import { parseDesignFileText, restoreDesign, RestoreError } from '../model/restore';
import { decodeShare, encodeShare } from '../share/codec';
import { ALIAS_BOMB_YAML, HOSTILE_STRINGS, hostileDesign, hostileInputs } from './hostile-corpus';

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

describe('hostile corpus', () => {
  it('the hostile design is valid as is: restore changes nothing, texts stay verbatim', () => {
    const r = restoreDesign(hostileDesign());
    expect(r.repairs).toEqual([]);
    expect(r.file).toEqual(hostileDesign());
    expect(JSON.stringify(r.file)).toContain(HOSTILE_STRINGS.imgOnerror);
  });

  it('the hostile design survives a share link byte for byte', () => {
    expect(decodeShare(encodeShare(hostileDesign())).file).toEqual(hostileDesign());
  });

  it.each(Object.entries(hostileInputs()))('%s: ends in a valid design or a clear RestoreError, and a share link of it round-trips', (_name, input) => {
    let result;
    try {
      result = typeof input === 'string' ? parseDesignFileText(input) : restoreDesign(input);
    } catch (e) {
      expect(e).toBeInstanceOf(RestoreError);
      return;
    } finally {
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(restoreDesign(result.file).repairs).toEqual([]);
    expect(decodeShare(encodeShare(result.file)).file).toEqual(result.file);
  });

  it('the alias bomb really is one: 9^9 leaves when expanded', () => {
    expect(ALIAS_BOMB_YAML.match(/\*[a-i]/g)).toHaveLength(72);
    expect(ALIAS_BOMB_YAML).toContain('&i');
  });
});
