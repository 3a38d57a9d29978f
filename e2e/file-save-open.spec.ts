import { readFileSync } from 'node:fs';
import { expectNodeCount, node } from './canvas-helpers';
import { expect, openApp, test } from './fixtures';

test('save a design to a file and open it again as a new design', async ({ page }, info) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('menuitem', { name: /Order saga/ }).click();
  await expect(node(page, 'order-service')).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save' }).click()]);
  const path = info.outputPath('saved.eventsmith.json');
  await download.saveAs(path);
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  expect(saved.format).toBe('eventsmith-design');
  expect(saved.design.services).toHaveLength(3);

  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expectNodeCount(page, 0);
  await page.getByTestId('open-file-input').setInputFiles(path);
  await expectNodeCount(page, 9);
  await expect(page.getByTestId('design-name')).toHaveText('Order saga');

  // A broken file gets a clear message and the current design stays.
  await page.getByTestId('open-file-input').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "eventsmith-design", "design": ') });
  await expect(page.getByRole('alert')).toContainText('Could not open broken.json');
  await expectNodeCount(page, 9);
});
