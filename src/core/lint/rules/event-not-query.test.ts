import { describe, expect, it } from 'vitest';
import { design, run } from '../../testing/lint-design';
import { eventNotQuery as rule } from './event-not-query';

const one = (name: string, kind: 'event' | 'command' | 'query' = 'event') => run(rule, design({ events: [[name, { kind }]] }));

describe('event-not-query', () => {
  it.each(['GetUser', 'FetchPrices', 'get_customer_details', 'order.lookup', 'PriceQuoteRequest', 'InventoryQuery', 'findAvailableSlots', 'IsUserActive', 'ListOrders', 'StockCheckResponse'])(
    '%s is a query in disguise',
    (name) => {
      const [f] = one(name);
      expect(f.severity).toBe('warning');
      expect(f.message).toContain('synchronous call');
    },
  );
  it.each(['UserFetched', 'PaymentRequested', 'MatchFound', 'OrderPlaced', 'SearchPerformed', 'QuoteRequestApproved', 'CustomerRegistered'])('%s is clean', (name) => {
    expect(one(name)).toEqual([]);
  });
  it('does not judge messages that are declared queries', () => {
    expect(one('GetUser', 'query')).toEqual([]);
  });
});
