import { dragFromPalette, expectNodeCount, node } from './canvas-helpers';
import { expect, openApp, screenshot, test } from './fixtures';

test('two designs in My designs: switch between them, rename, duplicate, delete', async ({ page }) => {
  await openApp(page);
  await dragFromPalette(page, 'Producer', 200, 200);
  // Clicking the empty canvas selects nothing: the inspector then edits the design itself.
  await page.getByTestId('canvas').click({ position: { x: 40, y: 40 } });
  await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Design name').fill('First design');

  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('menuitem', { name: /Order saga/ }).click();
  await expect(node(page, 'order-service')).toBeVisible();

  await page.getByRole('button', { name: 'My designs' }).click();
  const dialog = page.getByRole('dialog', { name: 'My designs' });
  await expect(dialog.getByRole('row')).toHaveCount(3); // header + two designs
  await screenshot(page, 'my-designs-light');
  await dialog.getByRole('button', { name: 'Open First design' }).click();
  await expect(page.getByTestId('design-name')).toHaveText('First design');
  await expectNodeCount(page, 1);

  await page.getByRole('button', { name: 'My designs' }).click();
  await dialog.getByRole('button', { name: 'Open Order saga' }).click();
  await expectNodeCount(page, 9);

  await page.getByRole('button', { name: 'My designs' }).click();
  await dialog.getByRole('button', { name: 'Rename First design' }).click();
  await dialog.getByLabel('New name').fill('Renamed design');
  await dialog.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(dialog.getByText('Renamed design')).toBeVisible();
  await dialog.getByRole('button', { name: 'Duplicate Renamed design' }).click();
  await expect(dialog.getByText('Renamed design (copy)')).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete Renamed design (copy)' }).click();
  await page.getByRole('dialog', { name: /Delete/ }).getByRole('button', { name: 'Delete design' }).click();
  await expect(dialog.getByRole('row')).toHaveCount(3);

  // Everything survives a reload.
  await page.reload();
  await expectNodeCount(page, 9);
  await page.getByRole('button', { name: 'My designs' }).click();
  await expect(dialog.getByText('Renamed design')).toBeVisible();
});
