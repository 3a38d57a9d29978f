// A page older than the app on its server: the page stayed open while Eventsmith on the server
// was updated, so the lazy parts of its build it has not loaded yet are gone from the server. With
// the service worker, a page of the previous build still gets them from that build's cache; without
// it (or two updates later), the part says it could not be loaded and offers a reload, instead of
// React unmounting the whole app (a blank page). The server is `eventsmith serve` on a copy of the
// build under test, so "updating" it can change files.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { removeDir, startServe, tempDir, type ServeProcess } from '../src/cli/serve/testing/serve-process';
import { node } from './canvas-helpers';
import { openOrderSaga } from './examples';
import { expect, test } from './fixtures';

let app: string;
let data: string;
let serve: ServeProcess;

test.beforeEach(async () => {
  app = tempDir('e2e-app');
  data = tempDir('e2e-data');
  cpSync(resolve(process.env.E2E_OUT || 'dist'), app, { recursive: true });
  serve = await startServe({ dataDir: data, appDir: app, port: 0 });
});

test.afterEach(async ({ page }) => {
  // Closed first: a page left open would go on asking the stopped server (errors in its console).
  await page.close();
  await serve.stop();
  removeDir(app);
  removeDir(data);
});

/** The build's file of a lazy part: `assets/<Name>-<hash>.js`. */
function chunk(name: string): string {
  const file = readdirSync(join(app, 'assets')).find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
  if (!file) throw new Error(`no ${name} chunk in the build`);
  return `assets/${file}`;
}

/**
 * The server gets a new build: a new service worker version whose precache lacks `gone`, and those
 * files gone from the server (a real new build has them under other hashed names).
 */
function deploy(version: string, gone: string[]) {
  const sw = join(app, 'sw.js');
  const text = readFileSync(sw, 'utf8');
  const precache = JSON.parse(/const PRECACHE = (\[.*?\]);/.exec(text)![1]) as string[];
  writeFileSync(sw, text
    .replace(/const PRECACHE = \[.*?\];/, `const PRECACHE = ${JSON.stringify(precache.filter((f) => !gone.includes(f)))};`)
    .replace(/const VERSION = "[^"]*";/, `const VERSION = ${JSON.stringify(version)};`));
  for (const file of gone) rmSync(join(app, file));
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

async function openSchema(page: Page, event: RegExp) {
  await page.getByRole('tab', { name: /Events/ }).click();
  await page.getByRole('option', { name: event }).click();
}

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a page of the previous build still loads its lazy parts after the server was updated', async ({ page }) => {
    test.setTimeout(120_000);
    // A cache of a build before this one, made before the worker installs: the first update
    // deletes it (only the newest earlier build's cache is kept).
    await page.addInitScript(() => void caches.open('eventsmith-ancient'));
    await page.goto(serve.baseUrl);
    await expect(page.getByTestId('canvas')).toBeVisible();
    await openOrderSaga(page);
    await expect(node(page, 'order-service')).toBeVisible();
    // Installed (the whole build cached) and in control of this page.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const [ancient, first] = await cacheNames(page);
    expect(ancient).toBe('eventsmith-ancient');

    // The schema editor's part has not been loaded by this page yet; the new build has no such file.
    deploy('second-build', [chunk('SchemaSection')]);
    // What the browser does on its own when another tab opens the app, or a day later.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    // The new worker took over; the previous build's cache stays for this page, older ones go.
    await expect.poll(() => cacheNames(page), { timeout: 30_000 }).toEqual([first, 'eventsmith-second-build']);

    await openSchema(page, /OrderPlaced/);
    const schema = page.getByRole('group', { name: 'OrderPlaced payload schema' });
    await expect(schema.locator('.view-lines')).toContainText('"type"', { timeout: 20_000 });
    await expect(page.locator('.part-unavailable')).toHaveCount(0);
  });
});

test.describe('without it', () => {
  test.use({ serviceWorkers: 'block' });

  test('a lazy part gone from the server says so and offers a reload, and the app stays', async ({ page, guard }) => {
    test.setTimeout(60_000);
    // The browser reports the missing files; the page must not add errors of its own.
    guard.allowConsole.push(/Failed to load resource: the server responded with a status of 404/, /Failed to fetch dynamically imported module/);
    await page.goto(serve.baseUrl);
    await expect(page.getByTestId('canvas')).toBeVisible();
    await openOrderSaga(page);
    await expect(node(page, 'order-service')).toBeVisible();

    const preview = chunk('AsyncApiPreview');
    const kept = readFileSync(join(app, preview));
    rmSync(join(app, preview));
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'AsyncAPI preview…' }).click();
    const notice = page.getByRole('alertdialog', { name: 'The AsyncAPI preview could not be loaded' });
    await expect(notice).toContainText('this page is older than Eventsmith on its server');
    await page.screenshot({ path: 'e2e-screenshots/stale-page-notice.png' });
    // The rest of the app is still there and works.
    await page.keyboard.press('Escape');
    await expect(notice).toHaveCount(0);
    await expect(node(page, 'order-service')).toBeVisible();

    // The server's new build has the part (under its own name; here, the same one): a reload gets
    // it, and the design is still there.
    writeFileSync(join(app, preview), kept);
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'AsyncAPI preview…' }).click();
    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(node(page, 'order-service')).toBeVisible();
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'AsyncAPI preview…' }).click();
    await expect(page.getByRole('dialog', { name: 'AsyncAPI 3.0 preview' })).toBeVisible();
  });
});
