import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { node } from './canvas-helpers';
import { expect, openApp, test } from './fixtures';

const saga = JSON.parse(readFileSync('examples/order-saga.json', 'utf8')) as { design: { events: { id: string; name: string; schema: string }[]; services: { id: string; name: string }[] } };
const HOSTILE = '<img src=x onerror=alert(1)>';

interface JsonSchema { properties?: Record<string, JsonSchema>; items?: JsonSchema; required?: string[] }

/** Field paths as a reader expects them: `a.b` for objects, `a[].b` inside arrays. */
function fieldPaths(schema: JsonSchema, prefix = ''): { path: string; required: boolean }[] {
  const out: { path: string; required: boolean }[] = [];
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    const path = prefix + name;
    out.push({ path, required: (schema.required ?? []).includes(name) });
    if (sub.properties) out.push(...fieldPaths(sub, `${path}.`));
    if (sub.items?.properties) out.push(...fieldPaths(sub.items, `${path}[].`));
  }
  return out;
}

async function exportMenu(page: Page, item: string) {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

let downloads = 0;

async function download(page: Page, item: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), exportMenu(page, item)]);
  // Saved under its own name: file:// pages take their type from the extension.
  const path = test.info().outputPath(`${downloads++}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path, bytes: readFileSync(path) };
}

/** Opens a downloaded catalog from file:// in its own page, recording dialogs and errors. */
async function openCatalog(page: Page, path: string) {
  const cat = await page.context().newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  cat.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  cat.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  cat.on('pageerror', (e) => errors.push(e.message));
  cat.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) errors.push(`request: ${r.url()}`); });
  await cat.goto(pathToFileURL(path).href);
  return { cat, dialogs, errors };
}

test('the HTML catalog of the order saga lists every event with its schema; hostile names render as text', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('menuitem', { name: /Order saga/ }).click();
  await expect(node(page, 'order-service')).toBeVisible();

  const html = await download(page, 'Event catalog (HTML)');
  expect(html.name).toBe('Order-saga-catalog.html');
  console.log(`catalog: HTML ${html.bytes.length} bytes`);
  const { cat, dialogs, errors } = await openCatalog(page, html.path);
  await expect(cat.getByRole('heading', { level: 1 })).toHaveText('Order saga');
  const events = saga.design.events;
  expect(events).toHaveLength(3);
  for (const event of events) {
    const article = cat.locator(`article#event-${event.id}`);
    await expect(article.getByRole('heading', { level: 3 })).toHaveText(event.name);
    // The index links to it, and every schema field is listed, required ones marked.
    await expect(cat.locator(`a[href="#event-${event.id}"]`).first()).toBeVisible();
    const rows = article.locator('table.fields tbody tr');
    const expected = fieldPaths(JSON.parse(event.schema));
    expect(expected.length).toBeGreaterThan(5);
    const listed = await rows.evaluateAll((trs) => trs.map((tr) => ({ path: tr.querySelector('code')?.textContent ?? '', required: tr.textContent?.includes('required') ?? false })));
    expect(listed.map((r) => r.path).sort()).toEqual(expected.map((f) => f.path).sort());
    for (const f of expected) expect(listed.find((r) => r.path === f.path)?.required, `${event.name} ${f.path} required`).toBe(f.required);
  }
  // Services and the flow diagram (inline SVG, no external assets).
  for (const s of saga.design.services) await expect(cat.locator(`#service-${s.id} h3`)).toHaveText(s.name);
  await expect(cat.locator('#flow svg')).toBeVisible();
  await cat.screenshot({ path: 'e2e-screenshots/catalog-html-light.png' });
  await cat.locator('article#event-order-placed').evaluate((el) => el.scrollIntoView());
  await cat.screenshot({ path: 'e2e-screenshots/catalog-html-events-light.png' });
  expect(errors).toEqual([]);
  expect(dialogs).toEqual([]);
  await cat.close();

  // A hostile name on a service and on an event.
  await node(page, 'order-service').click();
  const serviceName = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name', { exact: true });
  await serviceName.fill(HOSTILE);
  await serviceName.blur();
  await expect(node(page, 'order-service')).toContainText(HOSTILE);
  await page.getByRole('tab', { name: /Events/ }).click();
  await page.getByRole('listbox', { name: 'Event types' }).getByText('OrderPlaced', { exact: true }).click();
  const eventName = page.getByLabel('Event name');
  await eventName.fill(HOSTILE);
  await eventName.blur();
  await expect(page.getByRole('listbox', { name: 'Event types' })).toContainText(HOSTILE);

  const hostile = await download(page, 'Event catalog (HTML)');
  const opened = await openCatalog(page, hostile.path);
  await expect(opened.cat.locator('#service-order-service h3')).toHaveText(HOSTILE);
  await expect(opened.cat.locator('article#event-order-placed h3')).toHaveText(HOSTILE);
  await expect(opened.cat.locator('img')).toHaveCount(0);
  expect(await opened.cat.getByText(HOSTILE, { exact: true }).count()).toBeGreaterThanOrEqual(2);
  await opened.cat.waitForTimeout(300);
  await opened.cat.screenshot({ path: 'e2e-screenshots/catalog-html-hostile-light.png' });
  expect(opened.dialogs).toEqual([]);
  expect(opened.errors).toEqual([]);
  await opened.cat.close();

  // The Markdown catalog and the EventCatalog project carry the same events.
  const md = await download(page, 'Event catalog (Markdown)');
  expect(md.name).toMatch(/catalog\.md$/);
  for (const name of ['StockReserved', 'PaymentConfirmed']) expect(md.bytes.toString()).toContain(name);
  expect(md.bytes.toString()).not.toContain(HOSTILE);
  const project = await download(page, 'EventCatalog project (zip)');
  const zip = await JSZip.loadAsync(project.bytes);
  const mdx = Object.keys(zip.files).filter((n) => n.endsWith('index.mdx'));
  console.log(`catalog: EventCatalog zip ${project.bytes.length} bytes, ${Object.keys(zip.files).length} entries, ${mdx.length} index.mdx`);
  expect(mdx.filter((n) => /\/services\/[^/]+\/index\.mdx$/.test(n))).toHaveLength(3);
  expect(mdx.filter((n) => /\/events\/[^/]+\/index\.mdx$/.test(n))).toHaveLength(3);
});

test('the canvas exports as PNG and SVG images', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('menuitem', { name: /Order saga/ }).click();
  await expect(node(page, 'order-service')).toBeVisible();

  const png = await download(page, 'Image (PNG)');
  expect(png.name).toBe('Order-saga.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.bytes.readUInt32BE(16);
  const height = png.bytes.readUInt32BE(20);
  console.log(`catalog: PNG ${png.bytes.length} bytes, ${width}×${height}`);
  expect(png.bytes.length).toBeGreaterThan(10_000);
  expect(width).toBeGreaterThan(400);
  expect(height).toBeGreaterThan(200);

  const svg = await download(page, 'Image (SVG)');
  expect(svg.name).toBe('Order-saga.svg');
  const text = svg.bytes.toString('utf8');
  console.log(`catalog: SVG ${svg.bytes.length} bytes`);
  expect(text.trimStart().startsWith('<svg')).toBe(true);
  for (const name of ['OrderService', 'InventoryService', 'PaymentService', 'orders']) expect(text).toContain(name);

  // Both images open in a browser: render them side by side for a look.
  const view = await page.context().newPage();
  await view.setContent(`<body style="margin:0;background:#888"><img id="png" style="width:720px" src="data:image/png;base64,${png.bytes.toString('base64')}"><img id="svg" style="width:720px" src="data:image/svg+xml;base64,${svg.bytes.toString('base64')}"></body>`);
  for (const id of ['png', 'svg']) await expect.poll(() => view.locator(`#${id}`).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await view.screenshot({ path: 'e2e-screenshots/canvas-images-light.png' });
  // Every edge is painted in the image (a stroke of its own, no stylesheet needed).
  const edges = await page.locator('.react-flow__edge').count();
  expect(edges).toBeGreaterThanOrEqual(9);
  const painted = await view.evaluate((svgText) => {
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    return [...doc.querySelectorAll<SVGPathElement>('path[data-edge]')].filter((p) => p.getAttribute('stroke') && p.getAttribute('stroke') !== 'none' && p.getAttribute('fill') === 'none').length;
  }, text);
  expect(painted).toBe(edges);
  await view.close();
});
