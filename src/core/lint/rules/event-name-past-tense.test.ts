import { describe, expect, it } from 'vitest';
import { at, design, reported, run } from '../../testing/lint-design';
import { eventNamePastTense as rule } from './event-name-past-tense';

const one = (name: string, kind: 'event' | 'command' | 'query' = 'event') => reported(rule, design({ events: [[name, { kind }]] }));
const command = (name: string, verb: string, fact: string, exists = false) =>
  `"${name}" starts with the command verb "${verb}": name the fact that happened, e.g. "${fact}"${exists ? ' (an event of that name already exists)' : ''}`;

describe('event-name-past-tense', () => {
  // [name, the verb it starts with, fact form the quick fix proposes]
  const imperative: [string, string, string][] = [
    ['PlaceOrder', 'place', 'OrderPlaced'], ['CreateUser', 'create', 'UserCreated'], ['SendEmail', 'send', 'EmailSent'],
    ['ProcessPayment', 'process', 'PaymentProcessed'], ['UpdateInventory', 'update', 'InventoryUpdated'], ['ReserveStock', 'reserve', 'StockReserved'],
    ['CancelOrder', 'cancel', 'OrderCancelled'], ['PayInvoice', 'pay', 'InvoicePaid'], ['ShipItem', 'ship', 'ItemShipped'], ['BuyTicket', 'buy', 'TicketBought'],
    ['WriteReview', 'write', 'ReviewWritten'], ['BeginShift', 'begin', 'ShiftBegun'], ['StopTimer', 'stop', 'TimerStopped'], ['PlanRoute', 'plan', 'RoutePlanned'],
    ['ApplyDiscount', 'apply', 'DiscountApplied'], ['SubmitClaim', 'submit', 'ClaimSubmitted'], ['TransferFunds', 'transfer', 'FundsTransferred'],
    ['ResetPassword', 'reset', 'PasswordReset'], ['SignUpUser', 'sign', 'UserSignedUp'], ['LoginUser', 'login', 'UserLoggedIn'], ['SendSMS', 'send', 'SMSSent'],
    ['order.place', 'place', 'order.placed'], ['place_order', 'place', 'order_placed'], ['place-order', 'place', 'order-placed'],
    ['placeOrder', 'place', 'orderPlaced'], ['PLACE_ORDER', 'place', 'ORDER_PLACED'], ['user.create', 'create', 'user.created'], ['order_refund', 'refund', 'order_refunded'],
    ['com.acme.orders.PlaceOrder', 'place', 'com.acme.orders.OrderPlaced'], ['PlaceOrderV2', 'place', 'OrderPlacedV2'], ['user.sign.up', 'sign', 'user.signed.up'],
    // Real case (the Streetlights tutorial): the command is "dim", not "light" ("dimLit").
    ['dimLight', 'dim', 'lightDimmed'], ['DimLight', 'dim', 'LightDimmed'],
  ];
  it.each(imperative)('%s is a command (verb %s): error, fix proposes %s', (name, verb, fact) => {
    expect(one(name)).toEqual([{
      ruleId: 'event-name-past-tense', severity: 'error', target: at.event(name), message: command(name, verb, fact), fix: `Rename to ${fact}`,
    }]);
    const d = design({ events: [name] });
    const fixed = run(rule, d)[0].fix!.apply(d);
    expect(fixed.events[0]).toMatchObject({ id: name, name: fact });
  });

  it.each(['OrderStatus', 'Heartbeat', 'StockLevel', 'OrderItem', 'CustomerOrder', 'OrderRefund', 'order.status',
    // A noun that is also a verb, last: a thing, not a command (real case: "streetLight" was "…e.g. streetLit").
    'streetLight', 'street_light', 'StreetLight', 'trafficLight', 'error.log', 'payment_plan'])('%s has no past-tense verb: warning, no fix', (name) => {
    expect(one(name)).toEqual([{
      ruleId: 'event-name-past-tense', severity: 'warning', target: at.event(name),
      message: `"${name}" holds no past-tense verb: say what happened (e.g. "…Changed", "…Created")`,
    }]);
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

  it('offers no fix when the fact name is already taken, whatever its case', () => {
    expect(reported(rule, design({ events: ['PlaceOrder', 'orderplaced'] }))).toEqual([{
      ruleId: 'event-name-past-tense', severity: 'error', target: at.event('PlaceOrder'), message: command('PlaceOrder', 'place', 'OrderPlaced', true),
    }]);
  });
});
