import type { Page } from '@playwright/test';

/** Opens the Order saga example: from "Examples", or from "More" where the toolbar is narrow. */
export async function openOrderSaga(page: Page) {
  const examples = page.getByRole('button', { name: 'Examples' });
  if (await examples.isVisible()) {
    await examples.click();
    await page.getByRole('menuitem', { name: /Order saga/ }).click();
  } else {
    await page.getByRole('button', { name: 'More' }).click();
    await page.getByRole('menuitem', { name: /Order saga/ }).click();
  }
}
