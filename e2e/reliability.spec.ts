import { readFileSync } from 'node:fs';
import { dragFromPalette, expectNodeCount, node } from './canvas-helpers';
import { expect, openApp, screenshot, test } from './fixtures';

test('20 reloads, each within 100 ms of an edit, keep every edit', async ({ page }) => {
  await openApp(page);
  await dragFromPalette(page, 'Producer', 200, 200);
  const inspectorName = () => page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name', { exact: true });
  let id = 'producer';
  for (let i = 1; i <= 20; i++) {
    await node(page, id).click();
    // Typed as a person types: a click into the field, select all, the keys.
    await inspectorName().click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(`Service${i}`);
    await page.waitForTimeout(i % 4 === 0 ? 90 : i % 2 === 0 ? 30 : 0);
    await page.reload();
    id = `service${i}`; // the id follows the name
    await expect(node(page, id)).toContainText(`Service${i}`);
  }
});

test('two pages on the same design: edits in both are kept, none lost silently', async ({ page, context }) => {
  await openApp(page);
  await dragFromPalette(page, 'Producer', 200, 200);
  await expect(node(page, 'producer')).toBeVisible();
  // The second page opens the last saved design: wait until autosave has stored this one.
  await expect.poll(() => savedServiceNames(page)).toContain('Producer');

  const second = await context.newPage();
  await second.goto('/');
  await expect(node(second, 'producer')).toBeVisible();

  await page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: 'Topic', exact: true }).click();
  await expect(node(second, 'topic')).toBeVisible();
  await second.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: 'Consumer', exact: true }).click();
  await expect(node(page, 'consumer')).toBeVisible();
  await expectNodeCount(page, 3);
  await expectNodeCount(second, 3);

  await expect.poll(() => savedServiceNames(page)).toContain('Consumer');
  await second.close();
  await page.reload();
  await expectNodeCount(page, 3);
});

test('a storage quota error shows a banner whose download keeps the work', async ({ page }, info) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if ((window as unknown as { failQuota?: boolean }).failQuota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await openApp(page);
  await page.evaluate(() => ((window as unknown as { failQuota?: boolean }).failQuota = true));
  await dragFromPalette(page, 'Producer', 200, 200);
  const banner = page.getByRole('alert').filter({ hasText: 'storage is full' });
  await expect(banner).toBeVisible();
  await screenshot(page, 'quota-banner-light');
  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Download design file' }).click()]);
  const path = info.outputPath('rescued.json');
  await download.saveAs(path);
  const file = JSON.parse(readFileSync(path, 'utf8'));
  expect(file.design.services.map((s: { name: string }) => s.name)).toEqual(['Producer']);

  await page.evaluate(() => ((window as unknown as { failQuota?: boolean }).failQuota = false));
  await page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: 'Topic', exact: true }).click();
  await expect(banner).toHaveCount(0);
});

/** Service names of every design stored in IndexedDB (what a reload or a new tab would open). */
async function savedServiceNames(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => new Promise<string[]>((resolve) => {
    const req = indexedDB.open('eventsmith');
    // Not created yet: do not create it here (that would be an empty database the app must repair).
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('designs')) return db.close(), resolve([]);
      const all = db.transaction('designs').objectStore('designs').getAll();
      all.onsuccess = () => {
        db.close();
        resolve((all.result as { file: { design: { services: { name: string }[] } } }[]).flatMap((r) => r.file.design.services.map((s) => s.name)));
      };
      all.onerror = () => (db.close(), resolve([]));
    };
    req.onerror = () => resolve([]);
  }));
}
