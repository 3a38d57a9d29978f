import { ALIAS_BOMB_YAML, HOSTILE_ASYNCAPI_YAML, HOSTILE_STRINGS, hostileDesign, hostileInputs } from '../src/core/testing/hostile-corpus';
import { encodeShare } from '../src/core/share/codec';
import { expect, openApp, screenshot, test } from './fixtures';

/**
 * The hostile corpus through every way in (file open, AsyncAPI import, share link, paste) and
 * every export: nothing executes (no dialog), nothing navigates, nothing crashes, nothing is lost.
 */
test('the hostile corpus triggers no dialog, no navigation, no console error and no CSP violation', async ({ page }, info) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  const navigations: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openApp(page);
  page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));

  // The user's own work, which must survive everything below. Named, because the nameless corpus
  // entries opened below are kept in My designs as "Untitled design" too.
  await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Design name').fill('My precious design');
  await page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: 'Producer', exact: true }).click();
  await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name', { exact: true }).fill('MyPreciousService');
  // A name of its own: opened hostile files without a name are "Untitled design" too (and, laid
  // out on open, they are saved like any edited design).
  await page.getByTestId('canvas').click({ position: { x: 20, y: 20 } });
  await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Design name', { exact: true }).fill('My precious design');
  await page.waitForTimeout(400);

  const fileInput = page.getByTestId('open-file-input');
  for (const [name, value] of Object.entries(hostileInputs())) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    await fileInput.setInputFiles({ name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: `${name}.json` }).first()).toBeVisible();
    await expect(page.getByTestId('canvas')).toBeVisible();
  }

  // The hostile design open in every panel: its texts are shown as text.
  await fileInput.setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostileDesign())) });
  await expect(page.getByTestId('node-svc-0')).toContainText(HOSTILE_STRINGS.imgOnerror);
  await page.getByTestId('node-svc-0').click();
  await page.getByRole('tab', { name: /Events/ }).click();
  await page.getByRole('option').first().click();
  await expect(page.getByRole('group', { name: /payload schema/ }).locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('tab', { name: /Problems/ }).click();
  await screenshot(page, 'hostile-design-light');
  await expect(page.locator('img[src="x"], script:not([src]), iframe')).toHaveCount(0);

  // Every export of the hostile design.
  await page.getByRole('button', { name: 'Export' }).click();
  const exportItems = ['AsyncAPI (zip of all services)', 'Event catalog (HTML)', 'Event catalog (Markdown)', 'EventCatalog project (zip)', 'Image (PNG)', 'Image (SVG)', 'Design file (.json)'];
  await page.keyboard.press('Escape');
  for (const item of exportItems) {
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
    expect((await download.path()) ?? '').not.toBe('');
    if (item === 'Event catalog (HTML)') {
      const catalog = await page.context().newPage();
      catalog.on('dialog', (d) => { dialogs.push(`catalog: ${d.message()}`); void d.dismiss(); });
      const html = info.outputPath('hostile-catalog.html');
      await download.saveAs(html);
      await catalog.goto(`file://${html}`);
      await expect(catalog.getByText(HOSTILE_STRINGS.imgOnerror).first()).toBeVisible();
      await expect(catalog.locator('img, script, iframe')).toHaveCount(0);
      await catalog.close();
    }
  }

  // Hostile AsyncAPI imports: the alias bomb is refused with a clear message; hostile text stays text.
  const importInput = page.getByTestId('import-file-input');
  await importInput.setInputFiles({ name: 'bomb.yaml', mimeType: 'application/yaml', buffer: Buffer.from(ALIAS_BOMB_YAML) });
  await expect(page.getByRole('alert').filter({ hasText: 'bomb.yaml' })).toBeVisible();
  await importInput.setInputFiles({ name: 'hostile.yaml', mimeType: 'application/yaml', buffer: Buffer.from(HOSTILE_ASYNCAPI_YAML) });
  // The hostile design is open, so the import asks; its texts arrive as text.
  await page.getByRole('dialog', { name: 'Import AsyncAPI' }).getByRole('button', { name: 'Merge into design' }).click();
  await expect(page.getByRole('dialog', { name: 'Import AsyncAPI' })).toHaveCount(0);
  await expect(page.locator('.react-flow__node').filter({ hasText: HOSTILE_STRINGS.scriptTag }).first()).toBeVisible();

  // A hostile share link opens as a copy; a garbage one is refused.
  await page.goto(`/#${encodeShare(hostileDesign())}`);
  await expect(page.getByTestId('node-svc-0')).toBeVisible();
  await page.goto('/#d=1.%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(page.getByRole('alert').filter({ hasText: /share link/ })).toBeVisible();

  // A hostile clipboard paste goes through restore.
  await page.getByTestId('canvas').click({ position: { x: 20, y: 20 } });
  await page.evaluate((name) => {
    const clip = { kind: 'eventsmith-clipboard', services: [{ id: '__proto__', name, constructor: { prototype: { polluted: true } } }], topics: [], events: [], publications: [], subscriptions: [], positions: { __proto__: { x: NaN, y: 1 } } };
    const data = new DataTransfer();
    data.setData('text/plain', JSON.stringify(clip));
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
  }, HOSTILE_STRINGS.svgOnload);
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();

  // The user's work is still there in My designs.
  await page.getByRole('button', { name: 'My designs' }).click();
  await expect(page.getByRole('dialog', { name: 'My designs' }).getByText('My precious design')).toBeVisible();
  await page.getByRole('dialog', { name: 'My designs' }).getByRole('button', { name: 'Open My precious design' }).click();
  await expect(page.getByTestId('node-my-precious-service')).toContainText('MyPreciousService');

  expect(dialogs).toEqual([]);
  expect(navigations.filter((u) => !u.startsWith('http://127.0.0.1'))).toEqual([]);
});
