import type { Page } from '@playwright/test';
import { node } from './canvas-helpers';
import { readDesignFile } from './design-file';
import { expect, openApp, screenshot, test } from './fixtures';
import { UserActions } from './user-actions';

const inCanvas = async (page: Page, x: number, y: number) => {
  const box = (await page.getByTestId('canvas').boundingBox())!;
  return { x: box.x + x, y: box.y + y };
};
const nameField = (page: Page) => page.getByTestId('canvas').getByRole('textbox', { name: 'Name', exact: true });
const handle = (page: Page, id: string, side: 'source' | 'target') => node(page, id).locator(`.react-flow__handle.${side}`);

test('the checkout system is built from an empty design in at most 15 actions', async ({ page }, info) => {
  await openApp(page);
  const act = new UserActions(page);

  // A node added from the palette opens with its name ready for typing.
  await act.click(page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: 'Producer', exact: true }), 'Producer in the palette');
  await expect(nameField(page)).toBeFocused();
  await act.typeName('CheckoutService');

  // Dropping a connection on empty canvas creates the node that fits, connected, name open.
  await act.drag(handle(page, 'checkout-service', 'source'), await inCanvas(page, 700, 245), 'from CheckoutService to empty canvas');
  await expect(nameField(page)).toBeFocused();
  await act.typeName('orders');
  await act.drag(handle(page, 'orders', 'source'), await inCanvas(page, 720, 90), 'from orders to empty canvas');
  await expect(nameField(page)).toBeFocused();
  await act.typeName('ShippingService');
  await act.drag(handle(page, 'orders', 'source'), await inCanvas(page, 720, 400), 'from orders to empty canvas');
  await expect(nameField(page)).toBeFocused();
  await act.typeName('BillingService');
  await act.drag(handle(page, 'billing-service', 'source'), await inCanvas(page, 300, 420), 'from BillingService to empty canvas');
  await expect(nameField(page)).toBeFocused();
  await act.typeName('payments');

  // Events on the arrow: a new name creates the event type and attaches it.
  await act.doubleClick(page.getByTestId('edge-label-checkout-service-publishes-orders'), 'the CheckoutService → orders arrow');
  await expect(page.getByRole('combobox', { name: 'Event' })).toBeFocused();
  await act.typeName('OrderPlaced');
  await act.doubleClick(page.getByTestId('edge-label-billing-service-publishes-payments'), 'the BillingService → payments arrow');
  await expect(page.getByRole('combobox', { name: 'Event' })).toBeFocused();
  await act.typeName('PaymentCaptured');
  await page.keyboard.press('Escape'); // not counted: closing the field the next action would close anyway

  console.log(`actions: ${act.count} (was 32)\n${act.log.join('\n')}`);
  expect(act.count).toBeLessThanOrEqual(15);

  // Subscriptions read as the events actually carried, not "all events".
  await expect(page.getByTestId('edge-label-shipping-service-consumes-orders')).toHaveText('OrderPlaced');
  await expect(page.getByTestId('edge-label-billing-service-consumes-orders')).toHaveText('OrderPlaced');
  await screenshot(page, 'checkout-built-light');

  const design = await readDesignFile(page, info);
  const names = (list: { id: string; name: string }[]) => Object.fromEntries(list.map((x) => [x.id, x.name]));
  const byId = { ...names(design.services), ...names(design.topics), ...names(design.events) };
  expect(design.services.map((s: { name: string }) => s.name).sort()).toEqual(['BillingService', 'CheckoutService', 'ShippingService']);
  expect(design.topics.map((t: { name: string }) => t.name).sort()).toEqual(['orders', 'payments']);
  expect(design.events.map((e: { name: string }) => e.name).sort()).toEqual(['OrderPlaced', 'PaymentCaptured']);
  const pubs = design.publications.map((p: { serviceId: string; topicId: string; eventIds: string[] }) => `${byId[p.serviceId]} → ${byId[p.topicId]}: ${p.eventIds.map((e) => byId[e]).join(', ')}`);
  expect(pubs.sort()).toEqual(['BillingService → payments: PaymentCaptured', 'CheckoutService → orders: OrderPlaced']);
  const subs = design.subscriptions.map((s: { serviceId: string; topicId: string; eventIds?: string[] }) => `${byId[s.topicId]} → ${byId[s.serviceId]}: ${s.eventIds ? s.eventIds.map((e) => byId[e]).join(', ') : 'all'}`);
  expect(subs.sort()).toEqual(['orders → BillingService: all', 'orders → ShippingService: all']);
});
