import { expect, openApp, screenshot, test, timed } from './fixtures';
import { errorMarkers, typeInEditor } from './monaco-helpers';

test('schema and examples are validated as you type, and fixing them clears the errors', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: /Events/ }).click();
  await page.getByRole('button', { name: 'New event' }).click();
  const nameField = page.getByLabel('Event name');
  await nameField.fill('OrderPlaced');
  await nameField.blur();
  await page.getByRole('button', { name: 'Expand panel' }).click();
  await timed('Monaco ready after selecting an event', () => expect(page.getByRole('group', { name: 'OrderPlaced payload schema' }).locator('.monaco-editor')).toBeVisible({ timeout: 20_000 }));

  // An invalid schema: "strin" is not a JSON Schema type.
  await typeInEditor(page, 'OrderPlaced payload schema', '{ "type": "object", "properties": { "orderId": { "type": "strin" } }, "required": ["orderId"] }');
  await expect(errorMarkers(page, 'OrderPlaced payload schema').first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Schema problems' })).toContainText('/properties/orderId/type');

  // Fix it: the marker and the problem clear.
  await typeInEditor(page, 'OrderPlaced payload schema', '{ "type": "object", "properties": { "orderId": { "type": "string" }, "total": { "type": "number", "minimum": 0 } }, "required": ["orderId"] }');
  await expect(page.getByRole('list', { name: 'Schema problems' })).toHaveCount(0);
  await expect(errorMarkers(page, 'OrderPlaced payload schema')).toHaveCount(0);

  // An example that does not match: the failing path and reason are shown.
  await page.getByRole('button', { name: 'Add example' }).click();
  await typeInEditor(page, 'OrderPlaced example 1', '{ "total": -5 }');
  const problems = page.getByRole('list', { name: 'Example 1 problems' });
  await expect(problems).toContainText("must have required property 'orderId'");
  await expect(problems).toContainText('/total');
  await screenshot(page, 'schema-errors-light');

  await typeInEditor(page, 'OrderPlaced example 1', '{ "orderId": "ord-1", "total": 12.5 }');
  await expect(problems).toHaveCount(0);
  await expect(page.getByText('matches the schema')).toBeVisible();
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await screenshot(page, 'schema-valid-dark');
  await page.getByRole('button', { name: 'Shrink panel' }).click();
});

test('a hostile pattern times out in the worker and the page stays responsive', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Producer', exact: true }).click();
  await page.getByRole('tab', { name: /Events/ }).click();
  await page.getByRole('button', { name: 'New event' }).click();
  await typeInEditor(page, 'SomethingHappened payload schema', '{ "type": "string", "pattern": "^(a|a)*$" }');
  await page.getByRole('button', { name: 'Add example' }).click();
  await typeInEditor(page, 'SomethingHappened example 1', JSON.stringify('a'.repeat(40) + '!'));
  await expect(page.getByRole('status').filter({ hasText: 'Validation timed out' })).toBeVisible();

  // The main thread still answers: a click on the canvas selects within a second.
  const started = Date.now();
  await page.getByTestId('node-producer').click({ timeout: 1000 });
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name', { exact: true })).toHaveValue('Producer', { timeout: 1000 });
  console.log(`timing: canvas click answered in ${Date.now() - started} ms during a hostile validation`);

  // After the restart the worker validates again.
  await typeInEditor(page, 'SomethingHappened payload schema', '{ "type": "string", "maxLength": 3 }');
  await expect(page.getByRole('list', { name: 'Example 1 problems' })).toContainText('must NOT have more than 3 characters');
});
