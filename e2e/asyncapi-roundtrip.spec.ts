import { readFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import JSZip from 'jszip';
import { dragFromPalette, expectNodeCount, node, renameSelected } from './canvas-helpers';
import { expect, openApp, screenshot, test, timed } from './fixtures';

interface Named { id: string; name: string }
interface SavedDesign {
  services: Named[];
  topics: (Named & { kind?: string })[];
  events: Named[];
  publications: { serviceId: string; topicId: string; eventIds: string[] }[];
  subscriptions: { serviceId: string; topicId: string; deadLetterTopicId?: string }[];
}

/** The current design, as the user's own "Save" writes it. */
async function savedDesign(page: Page, info: TestInfo, name: string): Promise<SavedDesign> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save' }).click()]);
  const path = info.outputPath(name);
  await download.saveAs(path);
  return JSON.parse(readFileSync(path, 'utf8')).design;
}

/** The system as names: what must survive design → AsyncAPI → design. */
function systemOf(d: SavedDesign) {
  const svc = new Map(d.services.map((s) => [s.id, s.name]));
  const top = new Map(d.topics.map((t) => [t.id, t.name]));
  const ev = new Map(d.events.map((e) => [e.id, e.name]));
  return {
    services: [...svc.values()].sort(),
    topics: d.topics.map((t) => `${t.name} (${t.kind ?? 'stream'})`).sort(),
    events: [...ev.values()].sort(),
    publications: d.publications.map((p) => `${svc.get(p.serviceId)} → ${top.get(p.topicId)}: ${p.eventIds.map((e) => ev.get(e)).sort().join(',')}`).sort(),
    subscriptions: d.subscriptions.map((s) => `${top.get(s.topicId)} → ${svc.get(s.serviceId)} (dlq ${s.deadLetterTopicId ? top.get(s.deadLetterTopicId) : 'none'})`).sort(),
  };
}

async function exportMenu(page: Page, item: string) {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** No two nodes overlap (an import is laid out, not stacked) and all are inside the visible canvas. */
async function expectLaidOutInView(page: Page) {
  // The view fits the import with a short animation: wait until the nodes stop moving.
  await expect.poll(async () => {
    const first = await page.locator('.react-flow__node').first().boundingBox();
    await page.waitForTimeout(150);
    const again = await page.locator('.react-flow__node').first().boundingBox();
    return JSON.stringify(first) === JSON.stringify(again);
  }).toBe(true);
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  const boxes = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { id: e.getAttribute('data-testid'), x: r.x, y: r.y, w: r.width, h: r.height };
  }));
  const overlaps: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) overlaps.push(`${a.id} × ${b.id}`);
    }
  expect(overlaps, 'overlapping nodes').toEqual([]);
  const outside = boxes.filter((b) => b.x < canvas.x || b.y < canvas.y || b.x + b.w > canvas.x + canvas.width || b.y + b.h > canvas.y + canvas.height).map((b) => b.id);
  expect(outside, 'nodes outside the visible canvas').toEqual([]);
}

test('export the order saga as AsyncAPI, import the files into an empty design, get the same system', async ({ page }, info) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('menuitem', { name: /Order saga/ }).click();
  await expectNodeCount(page, 9);
  const original = systemOf(await savedDesign(page, info, 'original.json'));
  const originalEdges = await page.locator('.react-flow__edge').count();
  expect(originalEdges).toBeGreaterThanOrEqual(original.publications.length + original.subscriptions.length);
  expect(original.topics.filter((t) => t.endsWith('(dead-letter)'))).toHaveLength(3);

  // The zip: one YAML document per service.
  const [zipDownload] = await timed('asyncapi: export zip', () =>
    Promise.all([page.waitForEvent('download'), exportMenu(page, 'AsyncAPI (zip of all services)')]));
  expect(zipDownload.suggestedFilename()).toMatch(/asyncapi\.zip$/);
  const zip = await JSZip.loadAsync(readFileSync(await zipDownload.path()));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort();
  console.log(`asyncapi: zip holds ${names.join(', ')}`);
  expect(names).toHaveLength(3);
  const files = await Promise.all(names.map(async (name) => ({ name, mimeType: 'application/yaml', buffer: Buffer.from(await zip.files[name].async('string')) })));
  for (const f of files) expect(f.buffer.toString()).toMatch(/^asyncapi: 3\.0\.0$/m);

  // The preview: the same documents, read-only, each downloadable.
  await exportMenu(page, 'AsyncAPI preview…');
  const preview = page.getByRole('dialog', { name: 'AsyncAPI 3.0 preview' });
  await expect(preview.getByRole('tab')).toHaveCount(3);
  const firstTab = preview.getByRole('tab').first();
  const firstName = (await firstTab.textContent())!;
  expect(names).toContain(firstName);
  const editor = preview.getByRole('group', { name: `AsyncAPI document ${firstName}` });
  await expect(editor.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
  await expect(editor.locator('.view-lines')).toContainText('asyncapi: 3.0.0');
  const before = await editor.locator('.view-lines').innerText();
  await editor.locator('.view-lines').click();
  await page.keyboard.type('XYZ');
  await page.keyboard.press('Enter');
  await expect(editor.locator('.view-lines')).not.toContainText('XYZ');
  expect(await editor.locator('.view-lines').innerText()).toBe(before);
  await screenshot(page, 'asyncapi-preview-light');
  const [one] = await Promise.all([page.waitForEvent('download'), preview.getByRole('button', { name: `Download ${firstName}` }).click()]);
  expect(one.suggestedFilename()).toBe(firstName);
  expect(readFileSync(await one.path(), 'utf8')).toBe(files.find((f) => f.name === firstName)!.buffer.toString());
  // Another service's document is one click away.
  const secondName = (await preview.getByRole('tab').nth(1).textContent())!;
  await preview.getByRole('tab').nth(1).click();
  await expect(preview.getByRole('group', { name: `AsyncAPI document ${secondName}` }).locator('.view-lines')).toContainText('asyncapi: 3.0.0');
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);

  // An empty design takes the import directly; nodes are laid out automatically.
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expectNodeCount(page, 0);
  await timed('asyncapi: import 3 files into an empty design', async () => {
    await page.getByTestId('import-file-input').setInputFiles(files);
    await expectNodeCount(page, 9);
  });
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 services, 6 topics and 3 events' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expectLaidOutInView(page);
  await screenshot(page, 'asyncapi-imported-light');
  const imported = systemOf(await savedDesign(page, info, 'imported.json'));
  expect(imported).toEqual(original);
  await expect(page.locator('.react-flow__edge')).toHaveCount(originalEdges);

  // A non-empty design asks: merge of the same system adds nothing, replace swaps it (undoable).
  await page.getByTestId('import-file-input').setInputFiles(files);
  const ask = page.getByRole('dialog', { name: 'Import AsyncAPI' });
  await expect(ask).toContainText('3 services, 6 topics, 3 events');
  await ask.getByRole('button', { name: 'Merge into design' }).click();
  await expect(ask).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Merged: everything in the import was already in the design.' })).toBeVisible();
  await expectNodeCount(page, 9);
  expect(systemOf(await savedDesign(page, info, 'merged.json'))).toEqual(original);

  // Broken files: a clear message naming the file, and the design is untouched.
  const broken = [
    { name: 'broken.yaml', mimeType: 'application/yaml', buffer: Buffer.from('asyncapi: 3.0.0\ninfo: [unclosed\n  title: x\n') },
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') },
    { name: 'future.yaml', mimeType: 'application/yaml', buffer: Buffer.from('asyncapi: 9.0.0\ninfo:\n  title: Future\n  version: 1.0.0\n') },
  ];
  for (const bad of broken) {
    await page.getByTestId('import-file-input').setInputFiles(bad);
    const alert = page.getByRole('alert').filter({ hasText: bad.name });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Your current design is unchanged');
    console.log(`asyncapi: ${bad.name} → "${(await alert.textContent())?.replace(/×$/, '').trim()}"`);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expectNodeCount(page, 9);
    if (bad === broken[0]) await screenshot(page, 'asyncapi-broken-import-light');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
  }
  expect(systemOf(await savedDesign(page, info, 'after-broken.json'))).toEqual(original);
});

test('AsyncAPI files dropped onto the canvas import too', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('menuitem', { name: /Order saga/ }).click();
  await expectNodeCount(page, 9);
  const [zipDownload] = await Promise.all([page.waitForEvent('download'), exportMenu(page, 'AsyncAPI (zip of all services)')]);
  const zip = await JSZip.loadAsync(readFileSync(await zipDownload.path()));
  const docs = await Promise.all(Object.keys(zip.files).sort().map(async (name) => ({ name, text: await zip.files[name].async('string') })));

  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expectNodeCount(page, 0);
  const transfer = await page.evaluateHandle((items) => {
    const dt = new DataTransfer();
    for (const { name, text } of items) dt.items.add(new File([text], name, { type: 'application/yaml' }));
    return dt;
  }, docs);
  const canvas = page.getByTestId('canvas');
  await canvas.dispatchEvent('dragover', { dataTransfer: transfer });
  await canvas.dispatchEvent('drop', { dataTransfer: transfer });
  await expectNodeCount(page, 9);
  for (const id of ['order-service', 'inventory-service', 'payment-service', 'orders', 'inventory', 'payments']) await expect(node(page, id)).toBeVisible();
  await expectLaidOutInView(page);
});

test('importing into a design with work in it asks; merge adds beside it, replace swaps it, both undo', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('menuitem', { name: /Order saga/ }).click();
  await expectNodeCount(page, 9);
  const [zipDownload] = await Promise.all([page.waitForEvent('download'), exportMenu(page, 'AsyncAPI (zip of all services)')]);
  const zip = await JSZip.loadAsync(readFileSync(await zipDownload.path()));
  const files = await Promise.all(Object.keys(zip.files).sort().map(async (name) => ({ name, mimeType: 'application/yaml', buffer: Buffer.from(await zip.files[name].async('string')) })));

  await page.getByRole('button', { name: 'New', exact: true }).click();
  await dragFromPalette(page, 'Producer', 200, 200);
  await renameSelected(page, 'Name', 'BillingService');
  await expectNodeCount(page, 1);

  await page.getByTestId('import-file-input').setInputFiles(files);
  const ask = page.getByRole('dialog', { name: 'Import AsyncAPI' });
  await expect(ask).toContainText('inventory-service.yaml, order-service.yaml, payment-service.yaml');
  await ask.getByRole('button', { name: 'Merge into design' }).click();
  await expectNodeCount(page, 10);
  await expect(page.getByRole('status').filter({ hasText: 'Merged: added 3 services, 6 topics and 3 events' })).toBeVisible();
  await expect(node(page, 'billing-service')).toContainText('BillingService');
  await expectLaidOutInView(page);
  await screenshot(page, 'asyncapi-merged-light');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expectNodeCount(page, 1);
  await page.getByTestId('import-file-input').setInputFiles(files);
  await ask.getByRole('button', { name: 'Replace design' }).click();
  await expectNodeCount(page, 9);
  await expect(node(page, 'billing-service')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectNodeCount(page, 1);
  await expect(node(page, 'billing-service')).toContainText('BillingService');

  // Cancel changes nothing.
  await page.getByTestId('import-file-input').setInputFiles(files);
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toHaveCount(0);
  await expectNodeCount(page, 1);
});
