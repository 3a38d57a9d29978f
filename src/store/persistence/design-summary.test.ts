// Junk in IndexedDB (issue 14): every stored record becomes a row of My designs; one that cannot
// be read is marked so, never thrown, and never hides the others.
import { describe, expect, it } from 'vitest';
import { restoreDesign } from '../../core/model/restore';
import { hostileDesign } from '../../core/testing/hostile-corpus';
import { sortSummaries, summarizeRecord } from './design-summary';

const good = { docId: 'a', name: 'Orders', updatedAt: 1_700_000_000_000, file: restoreDesign(hostileDesign()).file };

describe('My designs rows from stored records', () => {
  it('a good record is readable, with its name, date and node count', () => {
    expect(summarizeRecord(good, 'a')).toEqual({ key: 'a', docId: 'a', name: 'Orders', updatedAt: 1_700_000_000_000, nodes: 5 });
  });

  it.each([
    ['a name that is an object', { ...good, name: { evil: true } }, /name is not text/],
    ['an updatedAt that is not a date', { ...good, updatedAt: 'yesterday' }, undefined],
    ['an updatedAt out of Date range', { ...good, updatedAt: 1e300 }, undefined],
    ['no design', { ...good, file: 'nope' }, /holds no design/],
    ['a docId that is not its key', { ...good, docId: 42 }, /id is damaged/],
    ['null', null, /is null/],
    ['a string', 'junk', /is a string/],
    ['a list', [1, 2], /is a list/],
  ])('%s: listed, never thrown', (_, record, unreadable) => {
    const row = summarizeRecord(record, 'a');
    expect(typeof row.name).toBe('string');
    expect(row.updatedAt === null || Number.isFinite(new Date(row.updatedAt).getTime())).toBe(true);
    if (unreadable) expect(row.unreadable).toMatch(unreadable);
    else expect(row.updatedAt).toBeNull();
  });

  it('a key that is not text (a number, an array) is kept for delete and shown as text', () => {
    const row = summarizeRecord({ ...good, docId: 7 }, 7);
    expect(row).toMatchObject({ key: 7, docId: '7', unreadable: expect.stringContaining('id is damaged') });
    expect(summarizeRecord(good, ['x', 1]).docId).toBe('["x",1]');
  });

  it('sorts newest first, undated last', () => {
    const rows = [summarizeRecord({ ...good, updatedAt: 'x' }, 'z'), summarizeRecord(good, 'a'), summarizeRecord({ ...good, docId: 'b', updatedAt: 2e12 }, 'b')];
    expect(sortSummaries(rows).map((r) => r.docId)).toEqual(['b', 'a', 'z']);
  });
});
