// Live-session journeys: a real `eventsmith serve` on a free loopback port serving the production
// build under test, browser contexts as the people in the room, and the guard every journey has
// (CSP violations, console and page errors) per page.
import { resolve } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Locator, type Page, type TestInfo } from '@playwright/test';
import { readDesignFile } from './design-file';
import { removeDir, startServe, tempDir, type ServeProcess } from '../src/cli/serve/testing/serve-process';

export interface LiveServer {
  serve: ServeProcess;
  stop: () => Promise<void>;
}

async function startLiveServer(options: { secret?: string; host?: string }): Promise<LiveServer> {
  const dataDir = tempDir('e2e-data');
  const serve = await startServe({ dataDir, appDir: resolve(process.env.E2E_OUT || 'dist'), port: 0, secret: options.secret, host: options.host });
  return {
    serve,
    stop: async () => {
      await serve.stop();
      removeDir(dataDir);
    },
  };
}

/**
 * The live server of a journey file: started before its first journey, stopped (its data folder
 * removed) after its last. Call at the top of the file.
 */
export function liveServerForFile(options: { secret?: string; host?: string } = {}): { readonly serve: ServeProcess } {
  let live: LiveServer | undefined;
  test.beforeAll(async () => {
    live = await startLiveServer(options);
  });
  test.afterAll(async () => {
    await live?.stop();
  });
  return {
    get serve() {
      if (!live) throw new Error('the live server has not started');
      return live.serve;
    },
  };
}

export interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
  problems: string[];
  /** Console errors expected for a while (a WebSocket that cannot connect while offline). */
  allow: RegExp[];
}

/**
 * A person in their own browser context. Service workers are blocked unless asked for: the worker
 * precaches the whole build (~8 MB) in every fresh context, which only the offline journey needs.
 */
export async function person(browser: Browser, name: string, viewport = { width: 1440, height: 900 }, serviceWorkers: 'allow' | 'block' = 'block'): Promise<Person> {
  const context = await browser.newContext({ viewport, serviceWorkers });
  const page = await context.newPage();
  const p: Person = { name, context, page, problems: [], allow: [] };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`));
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !p.allow.some((r) => r.test(msg.text()))) p.problems.push(`${name}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => p.problems.push(`${name}: page error: ${err.message}`));
  return p;
}

export function expectNoProblems(...people: Person[]) {
  expect(people.flatMap((p) => p.problems), 'console errors, page errors and CSP violations').toEqual([]);
}

export const palette = (page: Page, item: 'Producer' | 'Topic' | 'Consumer') =>
  page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: item, exact: true });
export const inlineName = (page: Page) => page.getByTestId('canvas').getByRole('textbox', { name: 'Name', exact: true });

/** Starts a room from the current design, as the person who runs the workshop; returns its links. */
export async function startRoom(p: Person, base: string, prepare?: (page: Page) => Promise<void>): Promise<{ edit: string; view: string }> {
  await p.page.goto(base);
  await expect(p.page.getByTestId('canvas')).toBeVisible();
  await prepare?.(p.page);
  await p.page.getByRole('button', { name: 'Live session' }).click();
  const name = p.page.getByLabel('Your name (shown to the others)');
  await name.click();
  await p.page.keyboard.type(p.name);
  await p.page.getByRole('button', { name: 'Start live session' }).click();
  const edit = await p.page.getByTestId('edit-link').inputValue({ timeout: 20_000 });
  const view = await p.page.getByTestId('view-link').inputValue();
  await p.page.getByRole('dialog').locator('.modal-foot').getByRole('button', { name: 'Close', exact: true }).click();
  await expect(p.page.getByTestId('room-bar')).toHaveAttribute('data-status', 'connected', { timeout: 20_000 });
  return { edit, view };
}

/** Opens a room link and gives oneself a name. */
export async function join(p: Person, link: string) {
  await p.page.goto(link);
  await expect(p.page.getByTestId('room-bar')).toHaveAttribute('data-status', 'connected', { timeout: 20_000 });
  await p.page.getByTestId('room-bar').getByRole('button').last().click();
  const field = p.page.getByRole('dialog').getByLabel('Your name', { exact: true });
  await field.click();
  await p.page.keyboard.press('Control+a');
  await p.page.keyboard.type(p.name);
  await p.page.waitForTimeout(400); // the name is sent 300 ms after the last key
  await p.page.getByRole('dialog').locator('.modal-foot').getByRole('button', { name: 'Close', exact: true }).click();
}

/** Adds a node from the palette and names it by typing (the name field opens by itself). */
export async function addNode(p: Person, item: 'Producer' | 'Topic' | 'Consumer', name: string) {
  await palette(p.page, item).click();
  await expect(inlineName(p.page)).toBeFocused();
  await p.page.keyboard.type(name);
  await p.page.keyboard.press('Enter');
}

/** Renames a node through the inspector, typing as a person does. */
export async function renameNode(p: Person, from: string, to: string) {
  await nodeByName(p.page, from).click();
  // A topic's name is its address.
  const field = p.page.getByRole('complementary', { name: 'Inspector' }).getByLabel(/^Name( \(address\))?$/);
  await field.click();
  await p.page.keyboard.press('Control+a');
  await p.page.keyboard.type(to);
  await p.page.keyboard.press('Tab');
}

export function nodeByName(page: Page, name: string): Locator {
  return page.locator('.react-flow__node').filter({ has: page.locator('.node-title .sr-only').getByText(name, { exact: true }) }).first();
}

/** The design as this person's app holds it (the saved file), without the viewport (each person's own). */
export async function designOf(p: Person, info: TestInfo) {
  const design = await readDesignFile(p.page, info, p.name);
  delete design.layout.viewport;
  return design;
}

/** The names on the canvas, sorted. */
export async function canvasNames(page: Page): Promise<string[]> {
  return page.locator('.react-flow__node .node-title .sr-only').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()).sort());
}
