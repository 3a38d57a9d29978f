// Issue 16: a system drawn from the palette and renamed by typing exports under its names —
// file names, channel, operation and message ids, EventCatalog folders — never the palette's
// `producer`, `topic-2` or `something-happened`, and with no summary or owner the user did not write.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { load as parseYaml } from 'js-yaml';
import { connect, dragFromPalette, node } from './canvas-helpers';
import { expect, openApp, test } from './fixtures';

const DEFAULT_IDS = /\b(producer|consumer|topic(-\d+)?|something-happened(-?\d+)?)\b/;
const INVENTED = /The event |The service |The kafka topic|a service of the|publishes to|consumes from|unassigned|No description/i;

/** The name field a palette node opens with: focused, its text selected; typing replaces it. */
async function typeNodeName(page: Page, name: string) {
  const field = page.getByTestId('canvas').getByRole('textbox', { name: 'Name', exact: true });
  await expect(field).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
}

async function downloadZip(page: Page, item: string) {
  await page.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files: Record<string, string> = {};
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) files[name] = await entry.async('string');
  return files;
}

const frontmatter = (mdx: string) => parseYaml(mdx.split(/^---$/m)[1]) as Record<string, unknown>;

test('names drawn and typed become the ids, files and folders of the exports, with nothing made up', async ({ page }) => {
  test.setTimeout(180_000); // three downloads and a dozen typed names on a shared 2-core machine
  await openApp(page);
  await dragFromPalette(page, 'Producer', 160, 200);
  await typeNodeName(page, 'CheckoutService');
  await dragFromPalette(page, 'Topic', 440, 200);
  await typeNodeName(page, 'orders');
  await dragFromPalette(page, 'Consumer', 720, 200);
  await typeNodeName(page, 'BillingService');

  // The ids followed the names as they were typed.
  await expect(node(page, 'checkout-service')).toContainText('CheckoutService');
  await expect(node(page, 'orders')).toContainText('orders');
  await expect(node(page, 'billing-service')).toContainText('BillingService');
  await connect(page, 'checkout-service', 'orders');
  await connect(page, 'orders', 'billing-service');

  // A new event, renamed by typing in its name field.
  await page.getByRole('tab', { name: /Events/ }).click();
  await page.getByRole('button', { name: 'New event' }).click();
  const eventName = page.getByLabel('Event name');
  await eventName.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('OrderPlaced');
  await page.keyboard.press('Tab');
  // Its id, under Advanced, followed.
  const detail = page.getByRole('region', { name: 'Event details' });
  await detail.getByText('Advanced').click();
  await expect(detail.getByLabel('Id', { exact: true })).toHaveValue('order-placed');
  await expect(detail.getByText('Follows the name. Editing it pins it.')).toBeVisible();

  // Put it on the arrow by typing its name there.
  await page.getByTestId('edge-label-checkout-service-publishes-orders').dblclick();
  await expect(page.getByRole('combobox', { name: 'Event' })).toBeFocused();
  await page.keyboard.type('OrderPlaced');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('edge-label-checkout-service-publishes-orders')).toHaveText('OrderPlaced');

  // AsyncAPI: one file per service, named after it; channels, operations and messages read like the design.
  const asyncapi = await downloadZip(page, 'AsyncAPI (zip of all services)');
  expect(Object.keys(asyncapi).sort()).toEqual(['billing-service.yaml', 'checkout-service.yaml']);
  const checkout = parseYaml(asyncapi['checkout-service.yaml']) as Record<string, any>;
  const billing = parseYaml(asyncapi['billing-service.yaml']) as Record<string, any>;
  expect(Object.keys(checkout.channels)).toEqual(['orders']);
  expect(Object.keys(checkout.operations)).toEqual(['checkout-service-publishes-orders']);
  expect(Object.keys(billing.operations)).toEqual(['billing-service-consumes-orders']);
  expect(Object.keys(checkout.components.messages)).toEqual(['OrderPlaced']);
  expect(checkout.components.messages.OrderPlaced['x-eventsmith-id']).toBe('order-placed');
  expect(checkout.info).not.toHaveProperty('description');
  expect(checkout.components.messages.OrderPlaced).not.toHaveProperty('title');
  expect(checkout.components.messages.OrderPlaced).not.toHaveProperty('summary');
  expect(checkout.operations['checkout-service-publishes-orders']).not.toHaveProperty('summary');
  for (const [name, text] of Object.entries(asyncapi)) {
    expect(text, name).not.toMatch(DEFAULT_IDS);
    expect(text, name).not.toMatch(INVENTED);
  }

  // EventCatalog: folders named after the design's names; no summary, owner or team made up.
  const catalog = await downloadZip(page, 'EventCatalog project (zip)');
  await expect(page.getByRole('status').filter({ hasText: '2 services and 1 event have no owner, and the design has none' })).toBeVisible();
  const paths = Object.keys(catalog);
  expect(paths.some((p) => /^domains\/[^/]+\/services\/checkout-service\/events\/order-placed\/index\.mdx$/.test(p))).toBe(true);
  expect(paths.some((p) => /^domains\/[^/]+\/services\/billing-service\/index\.mdx$/.test(p))).toBe(true);
  expect(paths).toContain('channels/orders/index.mdx');
  expect(paths.filter((p) => p.startsWith('teams/'))).toEqual([]);
  for (const [path, text] of Object.entries(catalog)) {
    expect(path).not.toMatch(DEFAULT_IDS);
    if (!path.endsWith('.mdx')) continue;
    const fm = frontmatter(text);
    expect(fm, path).not.toHaveProperty('summary');
    expect(fm, path).not.toHaveProperty('owners');
    expect(String(fm.id), path).not.toMatch(DEFAULT_IDS);
    // The page itself, before the lint findings (whose rule ids, such as consumer-dead-letter, are ours to name).
    const body = text.split('## Open design findings')[0];
    expect(body, path).not.toMatch(INVENTED);
    expect(body, path).not.toMatch(DEFAULT_IDS);
  }

  // With a design owner, what has no owner of its own is listed under it, and the notice says so.
  await page.getByTestId('canvas').click({ position: { x: 600, y: 40 } }); // empty canvas: the design's settings
  const owner = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Owner', { exact: true });
  await owner.click();
  await page.keyboard.type('Sales');
  await page.keyboard.press('Tab');
  const owned = await downloadZip(page, 'EventCatalog project (zip)');
  await expect(page.getByRole('status').filter({ hasText: "2 services and 1 event have no owner: they will be listed under the design's owner, Sales." })).toBeVisible();
  const event = Object.entries(owned).find(([p]) => p.endsWith('/events/order-placed/index.mdx'))!;
  expect(frontmatter(event[1]).owners).toEqual(['sales']);
  expect(frontmatter(event[1])).not.toHaveProperty('summary');
  expect(Object.keys(owned).filter((p) => p.startsWith('teams/'))).toEqual(['teams/sales.mdx']);
});
