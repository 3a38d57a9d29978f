import { dragFromPalette, expectNodeCount, node } from './canvas-helpers';
import { expect, openApp, test } from './fixtures';

test('undo and redo cover adding, renaming, moving and deleting; a drag is one step', async ({ page }) => {
  await openApp(page);
  await dragFromPalette(page, 'Producer', 200, 200);
  await dragFromPalette(page, 'Topic', 500, 200);
  await expectNodeCount(page, 2);

  // Rename through the inspector: a burst of typing is one undo step.
  await node(page, 'producer').click();
  const name = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name', { exact: true });
  await name.fill('');
  await name.pressSequentially('Billing', { delay: 20 });
  await name.blur();
  // Its id follows the name (issue 16).
  await expect(node(page, 'billing')).toContainText('Billing');

  // Drag the node across the canvas in many mouse moves.
  const box = (await node(page, 'billing').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(box.x + box.width / 2 + i * 8, box.y + box.height / 2 + i * 6);
  await page.mouse.up();
  const moved = (await node(page, 'billing').boundingBox())!;
  expect(moved.x - box.x).toBeGreaterThan(100);

  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  await undo.click(); // the whole drag
  const back = (await node(page, 'billing').boundingBox())!;
  expect(Math.abs(back.x - box.x)).toBeLessThan(2);
  await undo.click(); // the rename
  await expect(node(page, 'producer')).toContainText('Producer');
  await redo.click();
  await expect(node(page, 'billing')).toContainText('Billing');

  // Delete with the keyboard, undo with Ctrl+Z, redo with Ctrl+Shift+Z.
  await node(page, 'topic').click();
  await page.keyboard.press('Delete');
  await expectNodeCount(page, 1);
  await page.keyboard.press('Control+z');
  await expectNodeCount(page, 1 + 1);
  await page.keyboard.press('Control+Shift+z');
  await expectNodeCount(page, 1);
  await page.keyboard.press('Control+z');

  // Copy and paste makes a second node; undo removes it in one step.
  await node(page, 'topic').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expectNodeCount(page, 3);
  await page.keyboard.press('Control+z');
  await expectNodeCount(page, 2);
});
