import type { Page } from '@playwright/test';
import { node } from './canvas-helpers';
import { openOrderSaga } from './examples';
import { expect, openApp, screenshot, test } from './fixtures';

// Pictures of every state issue 15 added, in both themes, at a laptop and a projector size.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function orderSaga(page: Page) {
  await openApp(page);
  await openOrderSaga(page);
  await expect(node(page, 'order-service')).toBeVisible();
}

for (const size of [{ width: 1440, height: 900 }, { width: 1024, height: 700 }]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`workshop states, ${theme}, ${size.width}×${size.height}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(size);
      await page.addInitScript((t) => localStorage.setItem('eventsmith:theme', t), theme);
      const tag = `${theme}-${size.width}`;
      await orderSaga(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await screenshot(page, `ws-toolbar-${tag}`);

      await node(page, 'payment-service').dblclick();
      await expect(page.getByTestId('canvas').getByRole('textbox', { name: 'Name' })).toBeFocused();
      await screenshot(page, `ws-inline-rename-${tag}`);
      await page.keyboard.press('Escape');

      // Labels are not drawn when zoomed far out (1024 px fits the saga small): the arrow itself takes the double-click.
      await page.locator('.react-flow__edge[data-id="order-service-publishes-orders"] .react-flow__edge-interaction').dblclick({ force: true });
      await page.keyboard.type('Order');
      await screenshot(page, `ws-edge-events-${tag}`);
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Share', exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
      await screenshot(page, `ws-share-copied-${tag}`);

      await node(page, 'payment-service').click();
      await page.keyboard.press('Control+k');
      await page.keyboard.type('o');
      await screenshot(page, `ws-connect-${tag}`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('?');
      await screenshot(page, `ws-shortcuts-${tag}`);
      await page.keyboard.press('Escape');

      if (size.width < 1280) {
        await page.getByRole('button', { name: 'More' }).click();
        await screenshot(page, `ws-more-menu-${tag}`);
        await page.keyboard.press('Escape');
      }

      await page.getByRole('tab', { name: /Events/ }).click();
      await page.getByRole('option', { name: /OrderPlaced/ }).click();
      await expect(page.getByRole('group', { name: 'OrderPlaced payload schema' }).locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
      const width = (await page.getByRole('group', { name: 'OrderPlaced payload schema' }).boundingBox())!.width;
      expect(width).toBeGreaterThanOrEqual(320);
      await screenshot(page, `ws-schema-editor-${tag}`);

      await page.keyboard.press('Alt+1');
      await page.keyboard.press('Alt+2');
      await page.keyboard.press('Alt+3');
      await screenshot(page, `ws-panels-folded-${tag}`);
      await page.keyboard.press('Alt+1');
      await page.keyboard.press('Alt+2');
      await page.keyboard.press('Alt+3');

      await page.keyboard.press('Alt+p');
      await page.waitForTimeout(500);
      await screenshot(page, `ws-presentation-${tag}`);
      await page.keyboard.press('Escape');
    });
  }
}
