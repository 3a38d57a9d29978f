import type { Locator, Page } from '@playwright/test';
import { node } from './canvas-helpers';
import { readDesignFile } from './design-file';
import { openOrderSaga } from './examples';
import { expect, openApp, test } from './fixtures';

/**
 * Every key reaches the editors: real key presses (never insertText or fill) into every kind of
 * Monaco editor and the inspector's fields, each time right after the canvas had focus with a
 * node selected — a Space, Backspace or Delete that leaked to the canvas would pan, or delete it.
 */
type Step = string | { press: string };

async function typeSteps(page: Page, steps: Step[]) {
  for (const step of steps) {
    if (typeof step === 'string') await page.keyboard.type(step);
    else await page.keyboard.press(step.press);
  }
}

/** Gives the canvas focus with a node selected, as a person does before turning to an editor. */
async function focusCanvas(page: Page) {
  await node(page, 'order-service').click();
  await expect(node(page, 'order-service')).toHaveClass(/selected/);
}

/** Clears a Monaco editor with the keyboard and types into it. */
async function typeIntoMonaco(page: Page, lines: Locator, steps: Step[]) {
  await focusCanvas(page);
  await lines.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await typeSteps(page, steps);
}

// Monaco closes `{`, `[` and `"` as they are typed and types over the closer: the typed closers
// land on those. Escape closes the completion list before Enter, as a person would.
const SCHEMA: Step[] = [
  '{', { press: 'Enter' }, '"title": "to address",', { press: 'Escape' }, { press: 'Enter' },
  '"properties": {},', { press: 'Escape' }, { press: 'Enter' },
  '"type": "objecx', { press: 'Backspace' }, 't"', { press: 'Escape' },
];
const SCHEMA_TEXT = '{\n  "title": "to address",\n  "properties": {},\n  "type": "object"\n}';

const HEADERS: Step[] = ['{"type": "object", "required": ["trace id"]}', { press: 'Escape' }];
const HEADERS_TEXT = '{"type": "object", "required": ["trace id"]}';

const EXAMPLE: Step[] = [
  '{', { press: 'Enter' }, '"orderId": "o 1",', { press: 'Escape' }, { press: 'Enter' },
  '"note": "it\'s {fine}!', { press: 'Backspace' }, '"', { press: 'Escape' },
];
const EXAMPLE_TEXT = '{\n  "orderId": "o 1",\n  "note": "it\'s {fine}"\n}';

const DIFF: Step[] = ['{"type": "object", "title": "v two {x}"}', { press: 'Escape' }];
const DIFF_TEXT = '{"type": "object", "title": "v two {x}"}';

for (const size of [{ width: 1440, height: 900 }, { width: 1024, height: 700 }]) {
  test(`every key reaches the editors and fields after the canvas had focus, at ${size.width}×${size.height}`, async ({ page }, info) => {
    test.setTimeout(150_000); // four Monaco editors typed key by key on a shared 2-core machine
    await page.setViewportSize(size);
    await openApp(page);
    await openOrderSaga(page);
    await expect(node(page, 'order-service')).toBeVisible();
    const nodeCount = await page.locator('.react-flow__node').count();
    const viewport = page.locator('.react-flow__viewport');
    await focusCanvas(page);
    const transform = await viewport.getAttribute('style');

    // The inspector's fields: a one-line name and a multi-line description.
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await focusCanvas(page);
    await inspector.getByLabel('Name', { exact: true }).click();
    await page.keyboard.press('Control+a');
    await typeSteps(page, ['Order "to address" {v2}x', { press: 'Backspace' }, { press: 'Enter' }]);
    await expect(inspector.getByLabel('Name', { exact: true })).toHaveValue('Order "to address" {v2}');
    await focusCanvas(page);
    await inspector.getByLabel('Description', { exact: true }).click();
    await page.keyboard.press('Control+a');
    await typeSteps(page, ['Takes {orders} and "quotes"', { press: 'Enter' }, 'second line?', { press: 'Backspace' }, '.']);
    await expect(inspector.getByLabel('Description', { exact: true })).toHaveValue('Takes {orders} and "quotes"\nsecond line.');

    // Schema, headers schema and example editors of an event.
    await page.getByRole('tab', { name: /Events/ }).click();
    await page.getByRole('option', { name: /OrderPlaced/ }).click();
    const schema = page.getByRole('group', { name: 'OrderPlaced payload schema' });
    await expect(schema.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
    await typeIntoMonaco(page, schema.locator('.view-lines'), SCHEMA);
    await page.getByText('Headers schema', { exact: false }).first().click();
    await page.getByRole('button', { name: 'Add headers schema' }).click();
    const headers = page.getByRole('group', { name: 'OrderPlaced headers schema' });
    await expect(headers.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
    await typeIntoMonaco(page, headers.locator('.view-lines'), HEADERS);
    const example = page.getByRole('group', { name: 'OrderPlaced example 1' });
    await example.scrollIntoViewIfNeeded();
    await typeIntoMonaco(page, example.locator('.view-lines'), EXAMPLE);

    let design = await readDesignFile(page, info);
    let event = design.events.find((e: { name: string }) => e.name === 'OrderPlaced');
    expect(event.schema).toBe(SCHEMA_TEXT);
    expect(event.headersSchema).toBe(HEADERS_TEXT);
    expect(event.examples[0]).toBe(EXAMPLE_TEXT);

    // The version diff: the version being edited is typed into on its right side.
    const versions = page.getByRole('region', { name: 'Versions' });
    await versions.getByRole('button', { name: 'New version' }).click();
    await versions.getByRole('form', { name: 'New version' }).getByRole('button', { name: 'Create version' }).click();
    const diff = versions.getByRole('group', { name: 'OrderPlaced schema diff' });
    await expect(diff.locator('.monaco-diff-editor')).toBeVisible({ timeout: 20_000 });
    await diff.scrollIntoViewIfNeeded();
    await typeIntoMonaco(page, diff.locator('.editor.modified .view-lines'), DIFF);

    design = await readDesignFile(page, info);
    event = design.events.find((e: { name: string }) => e.name === 'OrderPlaced');
    expect(event.schema).toBe(DIFF_TEXT);
    expect(event.history[0].schema).toBe(SCHEMA_TEXT);
    const service = design.services.find((s: { id: string }) => s.id === 'order-service');
    expect(service.name).toBe('Order "to address" {v2}');
    expect(service.description).toBe('Takes {orders} and "quotes"\nsecond line.');

    // Nothing leaked to the canvas: no node deleted by a Backspace, no pan by a Space.
    await expect(page.locator('.react-flow__node')).toHaveCount(nodeCount);
    expect(await viewport.getAttribute('style')).toBe(transform);
  });
}
