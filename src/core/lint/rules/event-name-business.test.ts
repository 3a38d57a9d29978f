import { describe, expect, it } from 'vitest';
import { design, run } from '../../testing/lint-design';
import { eventNameBusiness as rule } from './event-name-business';

const one = (name: string) => run(rule, design({ events: [name] }));

describe('event-name-business', () => {
  it.each(['RowInserted', 'RecordUpdated', 'DataChanged', 'EntityCreated', 'CacheInvalidated', 'TableUpdated', 'customer_row_inserted', 'orders.db.upserted', 'StateChanged', 'Created'])(
    '%s is a technical name',
    (name) => {
      const [f] = one(name);
      expect(f.severity).toBe('warning');
      expect(f.message).toContain('technical name');
    },
  );
  it.each(['OrderPlaced', 'ItemShipped', 'CustomerRegistered', 'OrderStateChanged', 'PriceChanged', 'AuditEntryRecorded', 'UserUpdated'])('%s is clean', (name) => {
    expect(one(name)).toEqual([]);
  });
});
