import { describe, expect, it } from 'vitest';
import { at, design, reported } from '../../testing/lint-design';
import { eventNotQuery as rule } from './event-not-query';

const one = (name: string, kind: 'event' | 'command' | 'query' = 'event') => reported(rule, design({ events: [[name, { kind }]] }));

describe('event-not-query', () => {
  it.each(['GetUser', 'FetchPrices', 'get_customer_details', 'order.lookup', 'PriceQuoteRequest', 'InventoryQuery', 'findAvailableSlots', 'IsUserActive', 'ListOrders', 'StockCheckResponse'])(
    '%s is a query in disguise',
    (name) => {
      expect(one(name)).toEqual([{
        ruleId: 'event-not-query', severity: 'warning', target: at.event(name),
        message: `"${name}" is named as a query or request: use a synchronous call, or mark the message as a query`,
      }]);
    },
  );
  it.each(['UserFetched', 'PaymentRequested', 'MatchFound', 'OrderPlaced', 'SearchPerformed', 'QuoteRequestApproved', 'CustomerRegistered'])('%s is clean', (name) => {
    expect(one(name)).toEqual([]);
  });
  it('does not judge messages that are declared queries or commands', () => {
    expect(one('GetUser', 'query')).toEqual([]);
    expect(one('GetUser', 'command')).toEqual([]);
  });
});
