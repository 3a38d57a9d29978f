import { describe, expect, it } from 'vitest';
import { at, design, reported } from '../../testing/lint-design';
import { eventNameBusiness as rule } from './event-name-business';

const one = (name: string, kind: 'event' | 'command' = 'event') => reported(rule, design({ events: [[name, { kind }]] }));
const storageVerb = (verb: string) => `"${verb}" is a storage or plumbing operation, not something that happened in the business`;
const storageNoun = (noun: string) => `"${noun}" is a storage detail, not a business thing`;
const generic = (words: string) => `"${words}" could be anything: name the business thing that changed`;

describe('event-name-business', () => {
  // [name, why it is technical]
  const technical: [string, string][] = [
    ['RowInserted', storageVerb('inserted')], ['RecordUpdated', generic('record')], ['DataChanged', generic('data')],
    ['EntityCreated', storageNoun('entity')], ['CacheInvalidated', storageVerb('invalidated')], ['TableUpdated', storageNoun('table')],
    ['customer_row_inserted', storageVerb('inserted')], ['orders.db.upserted', storageVerb('upserted')], ['CustomerRowChanged', storageNoun('row')],
    ['StateChanged', generic('state')], ['Created', 'it names no business thing at all'],
  ];
  it.each(technical)('%s is a technical name', (name, reason) => {
    expect(one(name)).toEqual([{
      ruleId: 'event-name-business', severity: 'warning', target: at.event(name), message: `"${name}" is a technical name: ${reason}`,
    }]);
  });
  it.each(['OrderPlaced', 'ItemShipped', 'CustomerRegistered', 'OrderStateChanged', 'PriceChanged', 'AuditEntryRecorded', 'UserUpdated'])('%s is clean', (name) => {
    expect(one(name)).toEqual([]);
  });
  it('does not judge commands', () => {
    expect(one('RowInserted', 'command')).toEqual([]);
  });
});
