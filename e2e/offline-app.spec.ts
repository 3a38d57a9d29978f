// The production build's service worker: once the app has been opened, it opens again without a
// network — the page, its code and its lazy parts (the order saga's schema in Monaco) come from the
// worker's cache; the design from IndexedDB.
import { node } from './canvas-helpers';
import { openOrderSaga } from './examples';
import { expect, openApp, test } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('the app, opened once, opens again offline from its service worker, lazy parts included', async ({ page, context }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await openOrderSaga(page);
  await expect(node(page, 'order-service')).toBeVisible();
  // The worker's install waits for the whole build to be cached.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(node(page, 'order-service')).toBeVisible();
  // Monaco was never loaded on this page: it comes from the precache.
  await page.getByRole('tab', { name: /Events/ }).click();
  await page.getByRole('option', { name: /OrderPlaced/ }).click();
  const schema = page.getByRole('group', { name: 'OrderPlaced payload schema' });
  await expect(schema.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
  await expect(schema.locator('.view-lines')).toContainText('"type"');
  await context.setOffline(false);
});
