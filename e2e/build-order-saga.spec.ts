import { connect, dragFromPalette, expectNodeCount, node, renameSelected } from './canvas-helpers';
import { expect, openApp, screenshot, test } from './fixtures';

test('build the order saga by dragging from the palette and connecting handles', async ({ page, guard }) => {
  await openApp(page);
  await expect(page.getByRole('note')).toContainText('Start your design');
  await screenshot(page, 'empty-light');

  await dragFromPalette(page, 'Producer', 160, 200);
  await expect(node(page, 'producer')).toBeVisible();
  await renameSelected(page, 'Name', 'OrderService');
  await dragFromPalette(page, 'Topic', 420, 200);
  await renameSelected(page, 'Name (address)', 'orders');
  await dragFromPalette(page, 'Consumer', 680, 200);
  await renameSelected(page, 'Name', 'InventoryService');
  await dragFromPalette(page, 'Topic', 940, 200);
  await renameSelected(page, 'Name (address)', 'inventory');
  await dragFromPalette(page, 'Dead-letter topic', 680, 380);
  await expectNodeCount(page, 5);

  // Ids follow the names (issue 16): the renamed nodes are found by their names' slugs.
  await connect(page, 'order-service', 'orders');
  await connect(page, 'orders', 'inventory-service');
  await connect(page, 'inventory-service', 'inventory');
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);

  // An invalid connection is refused with a visible hint.
  await connect(page, 'order-service', 'inventory-service');
  await expect(page.getByRole('alert')).toContainText('Services talk through topics');
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);

  // Create the event and put it on the publication: the edge shows what it carries.
  await page.getByRole('tab', { name: /Events/ }).click();
  await page.getByRole('button', { name: 'New event' }).click();
  const name = page.getByLabel('Event name');
  await name.fill('OrderPlaced');
  await name.blur();
  await page.getByTestId('edge-label-order-service-publishes-orders').click();
  await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('OrderPlaced').check();
  await expect(page.getByTestId(/edge-label-/).filter({ hasText: 'OrderPlaced' }).first()).toBeVisible();
  await expect(node(page, 'order-service')).toContainText('OrderService');
  await expect(node(page, 'inventory-service')).toContainText('Producer · Consumer');
  await screenshot(page, 'built-saga-light');

  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await screenshot(page, 'built-saga-dark');
  expect(guard.cspViolations).toEqual([]);
});

test('the order saga example opens from the toolbar as a new design', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('menuitem', { name: /Order saga/ }).click();
  await expect(node(page, 'order-service')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(9);
  await expect(page.getByTestId('design-name')).toHaveText('Order saga');
  await screenshot(page, 'order-saga-light');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await screenshot(page, 'order-saga-dark');
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
});
