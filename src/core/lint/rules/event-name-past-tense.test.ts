import { describe, expect, it } from 'vitest';
import { design, run } from '../../testing/lint-design';
import { eventNamePastTense as rule } from './event-name-past-tense';

const one = (name: string, kind: 'event' | 'command' | 'query' = 'event') => run(rule, design({ events: [[name, { kind }]] }));

describe('event-name-past-tense', () => {
  // [name, fact form the quick fix proposes]
  const imperative: [string, string][] = [
    ['PlaceOrder', 'OrderPlaced'], ['CreateUser', 'UserCreated'], ['SendEmail', 'EmailSent'],
    ['ProcessPayment', 'PaymentProcessed'], ['UpdateInventory', 'InventoryUpdated'], ['ReserveStock', 'StockReserved'],
    ['CancelOrder', 'OrderCancelled'], ['PayInvoice', 'InvoicePaid'], ['ShipItem', 'ItemShipped'], ['BuyTicket', 'TicketBought'],
    ['WriteReview', 'ReviewWritten'], ['BeginShift', 'ShiftBegun'], ['StopTimer', 'TimerStopped'], ['PlanRoute', 'RoutePlanned'],
    ['ApplyDiscount', 'DiscountApplied'], ['SubmitClaim', 'ClaimSubmitted'], ['TransferFunds', 'FundsTransferred'],
    ['ResetPassword', 'PasswordReset'], ['SignUpUser', 'UserSignedUp'], ['LoginUser', 'UserLoggedIn'], ['SendSMS', 'SMSSent'],
    ['order.place', 'order.placed'], ['place_order', 'order_placed'], ['place-order', 'order-placed'],
    ['placeOrder', 'orderPlaced'], ['PLACE_ORDER', 'ORDER_PLACED'], ['user.create', 'user.created'], ['order_refund', 'order_refunded'],
    ['com.acme.orders.PlaceOrder', 'com.acme.orders.OrderPlaced'], ['PlaceOrderV2', 'OrderPlacedV2'], ['user.sign.up', 'user.signed.up'],
  ];
  it.each(imperative)('%s is a command: error, fix proposes %s', (name, fact) => {
    const [f] = one(name);
    expect(f.severity).toBe('error');
    expect(f.message).toContain(`"${fact}"`);
    const fixed = f.fix!.apply(design({ events: [name] }));
    expect(fixed.events[0]).toMatchObject({ id: name, name: fact });
  });

  it.each(['OrderStatus', 'Heartbeat', 'StockLevel', 'OrderItem', 'CustomerOrder', 'OrderRefund', 'order.status'])('%s has no past-tense verb: warning, no fix', (name) => {
    const [f] = one(name);
    expect(f.severity).toBe('warning');
    expect(f.fix).toBeUndefined();
  });

  it.each([
    'OrderPlaced', 'PaymentFailed', 'StockReserved', 'UserSignedUp', 'ItemShipped', 'InvoicePaid', 'OrderCancelled', 'OrderCanceled',
    'OrderShipped', 'PaymentRefunded', 'UserLoggedIn', 'ItemsRestocked', 'EmailSent', 'CartAbandoned', 'AccountClosed', 'PriceChanged',
    'OrderRejected', 'PasswordReset', 'PriceCut', 'DealWon', 'MatchFound', 'TicketBought', 'order.placed', 'order_placed', 'orderPlaced',
    'ORDER_PLACED', 'UserOnboarded', 'LimitExceeded', 'TermsAgreed', 'SendEmailFailed', 'OrderPlacedV2', 'com.acme.orders.OrderPlaced',
  ])('%s is a fact: clean', (name) => {
    expect(one(name)).toEqual([]);
  });

  it('leaves commands, queries and query-shaped names to their own rules', () => {
    expect(one('PlaceOrder', 'command')).toEqual([]);
    expect(one('GetUser', 'query')).toEqual([]);
    expect(one('GetUser')).toEqual([]); // event-not-query reports it
    expect(one('PriceQuoteRequest')).toEqual([]);
  });

  it('renames only the name: the id and every reference stay', () => {
    const d = design({ pubs: [['orders', 't', ['PlaceOrder']]], subs: [['t', 'billing', { eventIds: ['PlaceOrder'] }]] });
    const [f] = run(rule, d);
    const fixed = f.fix!.apply(d);
    expect(fixed.events.find((e) => e.id === 'PlaceOrder')!.name).toBe('OrderPlaced');
    expect(fixed.publications[0].eventIds).toEqual(['PlaceOrder']);
    expect(d.events[0].name).toBe('PlaceOrder'); // the original design is untouched
    expect(run(rule, fixed)).toEqual([]);
  });

  it('offers no fix when the fact name is already taken', () => {
    const [f] = run(rule, design({ events: ['PlaceOrder', 'OrderPlaced'] }));
    expect(f.fix).toBeUndefined();
    expect(f.message).toContain('already exists');
  });
});
