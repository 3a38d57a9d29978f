import { expect, type Page } from '@playwright/test';

/**
 * Replaces the text of the Monaco editor labelled `label` the way a person types it. Give one
 * line: Monaco auto-closes brackets, and over several lines the closers it added stay behind.
 */
export async function typeInEditor(page: Page, label: string, text: string) {
  const editor = page.getByRole('group', { name: label });
  await expect(editor.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

export function errorMarkers(page: Page, label: string) {
  return page.getByRole('group', { name: label }).locator('.squiggly-error');
}
