import { expect, type Page } from '@playwright/test';

/** Drags a palette item onto the canvas at (x, y) relative to the canvas's top-left corner. */
export async function dragFromPalette(page: Page, item: 'Producer' | 'Topic' | 'Consumer' | 'Dead-letter topic', x: number, y: number) {
  const source = page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: item, exact: true });
  await source.dragTo(page.getByTestId('canvas'), { targetPosition: { x, y } });
}

export function node(page: Page, id: string) {
  return page.getByTestId(`node-${id}`);
}

/** Drags from one node's output handle to another node's input handle, as a person would. */
export async function connect(page: Page, fromId: string, toId: string) {
  const from = node(page, fromId).locator('.react-flow__handle.source');
  const to = node(page, toId).locator('.react-flow__handle.target');
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error(`handles of ${fromId} or ${toId} not visible`);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
}

/** Renames the selected node through the inspector. */
export async function renameSelected(page: Page, label: 'Name' | 'Name (address)', value: string) {
  const field = page.getByRole('complementary', { name: 'Inspector' }).getByLabel(label, { exact: true });
  await field.fill(value);
  await field.blur();
}

export async function expectNodeCount(page: Page, n: number) {
  await expect(page.locator('.react-flow__node')).toHaveCount(n);
}
