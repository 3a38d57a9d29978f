import type { Page } from '@playwright/test';
import { expectNodeCount, node } from './canvas-helpers';
import { expect, openApp, screenshot, test, timed } from './fixtures';

const SAGA_NODES = ['order-service', 'inventory-service', 'payment-service', 'orders', 'inventory', 'payments'];
const SAGA_NAMES = { 'order-service': 'OrderService', 'inventory-service': 'InventoryService', 'payment-service': 'PaymentService' };

/** The guard fixture watches only the first page; a page in another context gets the same watch. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) errors.push(`external request: ${req.url()}`);
  });
  return errors;
}

async function myDesignNames(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'My designs' }).click();
  const dialog = page.getByRole('dialog', { name: 'My designs' });
  await expect(dialog.getByRole('row').nth(1)).toBeVisible();
  const names = await dialog.locator('.design-title').allTextContents();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  return names.sort();
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('share the order saga: the link opens the same design in a fresh browser; broken links never hurt the work', async ({ page, browser }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('menuitem', { name: /Order saga/ }).click();
  await expectNodeCount(page, 9);

  // One click copies the link, with a visible confirmation.
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copiedLink = await page.evaluate(() => navigator.clipboard.readText());
  expect(copiedLink).toMatch(/#d=\d+\./);
  await page.evaluate(() => navigator.clipboard.writeText(''));

  // The dialog shows the link, its length, and copies it.
  await page.getByRole('button', { name: 'Share options' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this design' });
  const linkBox = dialog.getByLabel('Share link');
  await expect(linkBox).toHaveValue(/#d=\d+\./);
  const link = await linkBox.inputValue();
  const shown = await dialog.getByTestId('link-length').textContent();
  expect(Number(shown?.replace(/\D/g, ''))).toBe(link.length);
  expect(new URL(link).origin).toBe(new URL(page.url()).origin);
  console.log(`share: order saga link ${link.length} characters (fragment ${link.length - link.indexOf('#')})`);
  await screenshot(page, 'share-dialog-light');
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(copiedLink).toBe(link);
  // A link within the limit has no "send the file instead" warning.
  await expect(dialog.getByRole('button', { name: 'Download design file' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // A fresh browser (no My designs at all) opens the link and sees the same design.
  const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
  const other = await fresh.newPage();
  const otherErrors = watchErrors(other);
  await timed('share: open link in a fresh context', async () => {
    await other.goto(link);
    await expect(node(other, 'order-service')).toBeVisible();
  });
  await expectNodeCount(other, 9);
  for (const id of SAGA_NODES) await expect(node(other, id)).toBeVisible();
  for (const [id, name] of Object.entries(SAGA_NAMES)) await expect(node(other, id)).toContainText(name);
  await expect(other.getByTestId('design-name')).toHaveText('Order saga');
  const banner = other.getByRole('status').filter({ hasText: 'Opened from a link' });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Keep' })).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Discard' })).toBeVisible();
  // The fragment is cleared once opened: a reload shows the kept copy, not the link again.
  await expect.poll(() => new URL(other.url()).hash).toBe('');
  await screenshot(other, 'share-opened-fresh-light');
  await banner.getByRole('button', { name: 'Keep' }).click();
  await expect(banner).toHaveCount(0);
  await other.reload();
  await expectNodeCount(other, 9);
  expect(await myDesignNames(other)).toContain('Order saga');
  expect(otherErrors).toEqual([]);
  await fresh.close();

  // Discard in a browser that had nothing of its own: back to an empty design, no copy kept.
  const fresh2 = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
  const third = await fresh2.newPage();
  const thirdErrors = watchErrors(third);
  await third.goto(link);
  await expectNodeCount(third, 9);
  const banner3 = third.getByRole('status').filter({ hasText: 'Opened from a link' });
  await banner3.getByRole('button', { name: 'Discard' }).click();
  await expect(banner3).toHaveCount(0);
  await expectNodeCount(third, 0);
  expect(await myDesignNames(third)).not.toContain('Order saga');
  await third.reload();
  await expectNodeCount(third, 0);
  expect(thirdErrors).toEqual([]);
  await fresh2.close();

  // Back in the first browser: the user's own work, with an edit of their own.
  await page.getByTestId('canvas').click({ position: { x: 30, y: 30 } });
  const designName = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Design name');
  await designName.fill('My saga');
  await designName.blur();
  await expect(page.getByTestId('design-name')).toHaveText('My saga');

  // Broken links, arriving while the page is open: a clear message, and the work stays.
  const broken: [string, RegExp][] = [
    ['/#d=1.garbage', /share link is damaged/],
    ['/#d=9.xyz', /made by a newer Eventsmith/],
    ['/#d=nonsense', /share link is damaged/],
  ];
  for (const [hash, message] of broken) {
    await page.goto(hash);
    const alert = page.getByRole('alert').filter({ hasText: message });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Your current design is unchanged');
    console.log(`share: ${hash} → "${(await alert.textContent())?.replace(/×$/, '').trim()}"`);
    await expectNodeCount(page, 9);
    await expect(page.getByTestId('design-name')).toHaveText('My saga');
    if (hash === broken[0][0]) await screenshot(page, 'share-broken-link-light');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
  }

  // A broken link as the very first load of the page: the last design still opens.
  await page.goto('about:blank');
  await page.goto('/#d=1.AAAAAAAA');
  await expect(page.getByRole('alert').filter({ hasText: /share link is damaged/ })).toBeVisible();
  await expectNodeCount(page, 9);
  await expect(page.getByTestId('design-name')).toHaveText('My saga');
  await expect(page.getByRole('status').filter({ hasText: 'Opened from a link' })).toHaveCount(0);

  // A good link opened over the user's work is a new entry: My designs keeps "My saga".
  await page.goto(link);
  await expect(page.getByTestId('design-name')).toHaveText('Order saga');
  await expectNodeCount(page, 9);
  const here = page.getByRole('status').filter({ hasText: 'Opened from a link' });
  await expect(here).toBeVisible();
  expect(await myDesignNames(page)).toEqual(['My saga', 'Order saga']);
  // Discard goes back to the user's design and drops the copy.
  await here.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByTestId('design-name')).toHaveText('My saga');
  await expect(here).toHaveCount(0);
  expect(await myDesignNames(page)).toEqual(['My saga']);
  await page.reload();
  await expect(page.getByTestId('design-name')).toHaveText('My saga');
  await expectNodeCount(page, 9);
});
