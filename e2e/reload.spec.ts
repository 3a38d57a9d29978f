import { dragFromPalette, expectNodeCount, node } from './canvas-helpers';
import { expect, openApp, test } from './fixtures';

test('an edit made right before a reload is there after it', async ({ page }) => {
  await openApp(page);
  await dragFromPalette(page, 'Producer', 200, 200);
  await node(page, 'producer').click();
  const name = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name', { exact: true });
  await name.fill('Checkout');
  await page.reload(); // no wait: the autosave timer has not fired yet
  await expect(node(page, 'checkout')).toContainText('Checkout'); // the id follows the name

  for (let i = 0; i < 3; i++) {
    await dragFromPalette(page, 'Topic', 300 + i * 180, 400);
    await page.reload();
    await expectNodeCount(page, 2 + i);
  }
});
