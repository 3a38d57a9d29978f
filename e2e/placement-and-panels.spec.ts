import type { Page } from '@playwright/test';
import { node } from './canvas-helpers';
import { readDesignFile } from './design-file';
import { expect, openApp, screenshot, test } from './fixtures';

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The node boxes as drawn (screen pixels; the view is fitted first so every node is on screen). */
async function nodeBoxes(page: Page): Promise<Box[]> {
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await page.waitForTimeout(400); // the fit animates for 300 ms
  return page.locator('.react-flow__node .node').evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }));
}

function expectNoOverlap(boxes: Box[]) {
  const pairs = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlap(a, b)).map((b) => [a, b]));
  expect(pairs, 'overlapping node boxes').toEqual([]);
}

test('ten Topic clicks, the dead-letter fix and a paste: no two node boxes overlap', async ({ page }) => {
  await openApp(page);
  const topic = page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: 'Topic', exact: true });
  for (let i = 0; i < 10; i++) await topic.click();
  await page.keyboard.press('Escape'); // leave the last name as it is
  await expect(page.locator('.react-flow__node')).toHaveCount(10);
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await page.waitForTimeout(400);

  // A consumer of the last topic, made by dropping a connection on empty canvas.
  const from = node(page, 'topic-10').locator('.react-flow__handle.source');
  const box = (await from.boundingBox())!;
  await page.mouse.move(box.x + 5, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 10, { steps: 6 });
  await page.mouse.move(box.x + 240, box.y + 20, { steps: 6 });
  await page.mouse.up();
  await expect(page.getByTestId('canvas').getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
  await page.keyboard.type('Shipping');
  await page.keyboard.press('Enter');
  // A new element's id follows its name: the consumer named Shipping is `shipping`.
  await expect(node(page, 'shipping')).toContainText('Shipping');

  // The dead-letter quick fix puts the topic beside its consumer.
  await page.getByRole('tab', { name: /Problems/ }).click();
  await page.locator('.problem').filter({ hasText: 'consumer-dead-letter' }).locator('.btn-primary').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(12);

  // Copy the consumer and paste it: the copy lands in free space.
  await node(page, 'shipping').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(page.locator('.react-flow__node')).toHaveCount(13);
  await screenshot(page, 'placement-light');

  expectNoOverlap(await nodeBoxes(page));
  // And in the design file: the dead-letter topic is next to its consumer.
  const design = await readDesignFile(page, test.info());
  const consumer = design.layout.nodes.shipping;
  const dlq = design.topics.find((t: { kind: string }) => t.kind === 'dead-letter');
  const at = design.layout.nodes[dlq.id];
  expect(Math.hypot(at.x - consumer.x, at.y - consumer.y)).toBeLessThan(400);
});

test('fold every panel away, present, and connect two nodes with the keyboard alone', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('menuitem', { name: /Order saga/ }).click();
  await expect(node(page, 'order-service')).toBeVisible();

  // Buttons fold the panels; the canvas grows.
  const canvas = page.getByTestId('canvas');
  const before = (await canvas.boundingBox())!;
  await page.getByRole('button', { name: 'Hide palette' }).click();
  await page.getByRole('button', { name: 'Hide inspector' }).click();
  await page.getByRole('button', { name: 'Hide events and problems' }).click();
  await expect(page.getByRole('navigation', { name: 'Palette' })).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toHaveCount(0);
  await expect(page.getByRole('tabpanel')).toHaveCount(0);
  const after = (await canvas.boundingBox())!;
  expect(after.width).toBeGreaterThan(before.width + 400);
  expect(after.height).toBeGreaterThan(before.height + 150);
  await screenshot(page, 'panels-folded-light');

  // Remembered per browser: a reload keeps them folded.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Show palette' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toHaveCount(0);
  // Shortcuts bring them back.
  await page.keyboard.press('Alt+1');
  await page.keyboard.press('Alt+2');
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('navigation', { name: 'Palette' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
  await expect(page.getByRole('tabpanel')).toBeVisible();

  // Presentation mode: only the canvas; Escape leaves.
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('toolbar', { name: 'Main toolbar' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Leave presentation/ })).toBeVisible();
  await screenshot(page, 'presentation-light');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('toolbar', { name: 'Main toolbar' })).toBeVisible();

  // Keyboard only: Tab to a node, Ctrl+K, type, Enter.
  await page.getByRole('button', { name: 'Fit view', exact: true }).focus();
  let focusedNode: string | null = null;
  for (let i = 0; i < 60 && focusedNode !== 'payment-service'; i++) {
    await page.keyboard.press('Tab');
    focusedNode = await page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id') ?? null);
  }
  expect(focusedNode).toBe('payment-service');
  await page.keyboard.press('Enter'); // selects the focused node (and opens its name)
  await page.keyboard.press('Escape'); // keep the name
  await page.keyboard.press('Control+k');
  const search = page.getByRole('combobox', { name: 'Connect to' });
  await expect(search).toBeFocused();
  await page.keyboard.type('orders');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('edge-label-payment-service-publishes-orders')).toBeVisible();
  await screenshot(page, 'keyboard-connected-light');

  // The shortcut sheet.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Connect the selected node');
  await page.keyboard.press('Escape');

  // Deleting the selected node leaves focus on a neighbour, not on the page. (Tabbing panned the
  // view to the focused node; fit it again so orders is on screen to click.)
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await node(page, 'orders').click();
  await page.keyboard.press('Delete');
  await expect(node(page, 'orders')).toHaveCount(0);
  // Focus moves on the next frame, after the deleted node has gone: wait for it, not for the count.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id') ?? null))
    .not.toBeNull();
});
