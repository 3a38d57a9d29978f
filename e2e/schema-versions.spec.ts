import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openApp, screenshot, test, timed } from './fixtures';

// A taller window so the Events dock shows the versions section and its diff together.
test.use({ viewport: { width: 1440, height: 1100 } });

function orderPlacedSchemaLines(): string[] {
  const file = JSON.parse(readFileSync('examples/order-saga.json', 'utf8'));
  return file.design.events.find((e: { name: string }) => e.name === 'OrderPlaced').schema.split('\n');
}

/** Moves the cursor to the end of a (short, unwrapped) line with Monaco's Go to Line, as a person would. */
async function endOfLine(page: Page, lineNumber: number) {
  await page.keyboard.press('Control+g');
  await page.keyboard.type(String(lineNumber));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
}

test('v2 of OrderPlaced with a required field breaks its consumer until the field is optional', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('menuitem', { name: /Order saga/ }).click();
  await expect(page.getByTestId('design-name')).toHaveText('Order saga');

  await page.getByRole('tab', { name: /Events/ }).click();
  const orderPlaced = page.getByRole('option', { name: /OrderPlaced/ });
  await orderPlaced.click();
  await timed('payload editor ready', () => expect(page.getByRole('group', { name: 'OrderPlaced payload schema' }).locator('.monaco-editor')).toBeVisible({ timeout: 20_000 }));

  // The example starts clean: no finding on the event or on the InventoryService subscription.
  const subscriptionEdge = page.getByTestId('edge-label-inventory-service-consumes-orders');
  await expect(orderPlaced.getByTestId('lint-badge')).toHaveCount(0);
  await expect(subscriptionEdge.locator('.dot')).toHaveCount(0);

  // New version: with no earlier version there is nothing to compare, so minor is preselected.
  const versions = page.getByRole('region', { name: 'Versions' });
  await versions.getByRole('button', { name: 'New version' }).click();
  const form = versions.getByRole('form', { name: 'New version' });
  await expect(form.getByRole('radio', { name: /Minor/ })).toBeChecked();
  await expect(form.getByRole('radio', { name: /Major/ })).not.toBeChecked();
  await form.getByRole('button', { name: 'Create version' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Event details' }).getByLabel('Version', { exact: true })).toHaveValue('1.1.0');
  const history = versions.getByRole('list', { name: 'Version history' });
  await expect(history.getByRole('listitem')).toHaveText([/1\.0\.0\s*frozen/, /1\.1\.0\s*editing/]);
  await expect(orderPlaced).toContainText('v1.1.0');
  await expect(versions.getByTestId('verdict-BACKWARD')).toContainText('compatible');

  // Add a REQUIRED discountCode in Monaco: BACKWARD breaks, live.
  const lines = orderPlacedSchemaLines();
  const propertiesLine = lines.indexOf('  "properties": {') + 1;
  const lastRequiredLine = lines.lastIndexOf('    "total"') + 1;
  expect(propertiesLine).toBeGreaterThan(0);
  expect(lastRequiredLine).toBeGreaterThan(propertiesLine);
  // Required list first, so the properties insertion above it does not shift its line number.
  await page.getByRole('group', { name: 'OrderPlaced payload schema' }).locator('.view-lines').click();
  await endOfLine(page, lastRequiredLine);
  await page.keyboard.insertText(',');
  await page.keyboard.press('Escape');
  await page.keyboard.insertText('\n"discountCode"');
  await page.keyboard.press('Escape');
  await endOfLine(page, propertiesLine);
  await page.keyboard.press('Escape');
  await page.keyboard.insertText('\n"discountCode": { "type": "string", "description": "Promotion applied at checkout." },');
  await page.keyboard.press('Escape');

  const backward = versions.getByTestId('verdict-BACKWARD');
  await expect(backward).toContainText('1 breaking change');
  await expect(versions.getByRole('list', { name: 'BACKWARD breaking changes' })).toContainText('#/properties/discountCode');
  await expect(versions.getByRole('list', { name: 'BACKWARD breaking changes' })).toContainText(/optional/i);
  // Adding a field never stops old consumers reading new events (open content model).
  await expect(versions.getByTestId('verdict-FORWARD')).toContainText('compatible');
  await expect(versions.getByTestId('verdict-FULL')).toContainText('breaking change');
  await expect(versions.getByRole('status').filter({ hasText: 'Changes since 1.0.0' })).toContainText('major');

  // The finding on the event (list badge) and on its consumer's subscription (edge dot).
  await expect(orderPlaced.getByTestId('lint-badge')).toHaveAttribute('aria-label', /discountCode/);
  await expect(subscriptionEdge.locator('.dot-error')).toHaveCount(1);

  // The diff between the frozen 1.0.0 and the version being edited shows the new field.
  const diff = versions.getByRole('group', { name: 'OrderPlaced schema diff' });
  await expect(versions.getByLabel('Compare from version')).toHaveValue('0');
  await expect(versions.getByLabel('Compare to version')).toHaveValue('1');
  await expect(diff.locator('.monaco-diff-editor')).toBeVisible({ timeout: 20_000 });
  // The new version's text, with the added lines marked as inserted.
  await expect(diff.locator('.editor.modified .view-lines[role="presentation"]')).toContainText('discountCode');
  await expect(diff.locator('.editor.modified .line-insert').first()).toBeVisible();
  // A tall window for the pictures, so the dock shows the verdicts and the diff together.
  await page.setViewportSize({ width: 1440, height: 1900 });
  await versions.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'schema-versions-light');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(diff.locator('.monaco-editor.vs-dark').first()).toBeVisible();
  await screenshot(page, 'schema-versions-dark');
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await page.setViewportSize({ width: 1440, height: 1100 });

  // The Problems panel names both targets: the event and the InventoryService subscription.
  await page.getByRole('tab', { name: /Problems/ }).click();
  const problems = page.getByRole('region', { name: /Errors/ });
  const onEvent = problems.getByRole('listitem').filter({ hasText: '"OrderPlaced" 1.1.0 is not BACKWARD LENIENT compatible' });
  await expect(onEvent).toHaveCount(1);
  await expect(onEvent).toContainText('schema-breaking-change');
  const onSubscription = problems.getByRole('listitem').filter({ hasText: '"InventoryService" would break on "OrderPlaced"' });
  await expect(onSubscription).toHaveCount(1);
  await expect(onSubscription).toContainText('subscription');
  await expect(onSubscription).toContainText('discountCode');

  // Apply the quick fix from the versions section: the field becomes optional and everything clears.
  await page.getByRole('tab', { name: /Events/ }).click();
  await versions.getByRole('button', { name: 'Make discountCode optional' }).click();
  await expect(versions.getByTestId('verdict-BACKWARD')).toContainText('compatible');
  await expect(versions.getByTestId('verdict-BACKWARD')).not.toContainText('breaking');
  await expect(versions.getByTestId('verdict-FULL')).toContainText('compatible');
  await expect(versions.getByRole('status').filter({ hasText: 'Changes since 1.0.0' })).toContainText('minor');
  await expect(orderPlaced.getByTestId('lint-badge')).toHaveCount(0);
  await expect(subscriptionEdge.locator('.dot')).toHaveCount(0);
  await page.getByRole('tab', { name: /Problems/ }).click();
  await expect(page.getByText('No problems.')).toBeVisible();
  // The editor shows the fixed text: discountCode is still declared, no longer required.
  await page.getByRole('tab', { name: /Events/ }).click();
  await expect(page.getByRole('group', { name: 'OrderPlaced payload schema' }).locator('.view-lines')).toContainText('discountCode');

  // Undo brings the breaking change back, in one step.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(versions.getByTestId('verdict-BACKWARD')).toContainText('1 breaking change');
});
