// Live sessions on the production build served by a real `eventsmith serve`: people in one room
// edit at the same time and end with identical designs; a view-only person sees every edit within
// a second and can change nothing; a person on a LAN address (not a secure context) joins too.
// It asserts time (within a second), so it runs in the timed project; the room's other journeys
// (live-undo, live-offline, live-presence) assert none and run beside the rest.
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { connect } from './canvas-helpers';
import {
  addNode, canvasNames, designOf, expectNoProblems, join, liveServerForFile, nodeByName, person, renameNode, startRoom, type Person,
} from './live-helpers';

test.describe.configure({ mode: 'serial' });
test.use({ actionTimeout: 15_000 });

const live = liveServerForFile();
const extraBrowsers: Browser[] = [];
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

test.afterAll(async () => {
  for (const b of extraBrowsers) await b.close();
});

async function launch(extraArgs: string[]): Promise<Browser> {
  const b = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || undefined, args: [...CHROMIUM_ARGS, ...extraArgs] });
  extraBrowsers.push(b);
  return b;
}

const idOf = async (page: Page, name: string) => ((await nodeByName(page, name).locator('[data-testid^="node-"]').getAttribute('data-testid')) ?? '').slice('node-'.length);

/** Drags a node by (dx, dy) screen pixels, in small steps as a hand would. */
async function moveNode(p: Person, name: string, dx: number, dy: number) {
  const box = (await nodeByName(p.page, name).boundingBox())!;
  const x = box.x + 20;
  const y = box.y + box.height / 2;
  await p.page.mouse.move(x, y);
  await p.page.mouse.down();
  await p.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
  await p.page.mouse.move(x + dx, y + dy, { steps: 5 });
  await p.page.mouse.up();
}

/** Puts the caret at the end of line `line` of the event's payload schema editor. */
async function caretAtLineEnd(p: Person, event: string, line: number) {
  await p.page.getByRole('tab', { name: /Events/ }).click();
  await p.page.getByRole('option').filter({ hasText: event }).click();
  const editor = p.page.getByRole('group', { name: `${event} payload schema` });
  await expect(editor.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
  await editor.locator('.view-lines').click();
  await p.page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i++) await p.page.keyboard.press('ArrowDown');
  await p.page.keyboard.press('End');
}

const withinASecond = { timeout: 1000 };

test('two people edit one room at once, a viewer sees every edit live, a guest on a LAN address joins', async ({ browser }, info) => {
  test.setTimeout(240_000);
  const ada = await person(browser, 'Ada');
  const bob = await person(browser, 'Bob');
  const vic = await person(browser, 'Vic');
  const links = await startRoom(ada, live.serve.baseUrl);
  expect(links.view).toContain('view=1');
  await join(bob, links.edit);
  await join(vic, links.view);
  await expect(vic.page.getByTestId('room-bar')).toContainText('View only');
  const viewerSees = (names: string[]) => expect.poll(() => canvasNames(vic.page), withinASecond).toEqual([...names].sort());

  // Add: each person adds and names a node; everyone sees both.
  await addNode(ada, 'Producer', 'OrderService');
  await viewerSees(['OrderService']);
  await expect.poll(() => canvasNames(bob.page)).toEqual(['OrderService']);
  await addNode(bob, 'Consumer', 'BillingService');
  await viewerSees(['BillingService', 'OrderService']);
  await addNode(ada, 'Topic', 'orders');
  await viewerSees(['BillingService', 'OrderService', 'orders']);
  await expect.poll(() => canvasNames(bob.page)).toEqual(['BillingService', 'OrderService', 'orders']);

  // Move: both drag their own node at the same time.
  await Promise.all([moveNode(ada, 'OrderService', -260, -120), moveNode(bob, 'BillingService', 260, 120)]);
  // Connect: producer → topic by Ada, topic → consumer by Bob.
  await connect(ada.page, await idOf(ada.page, 'OrderService'), await idOf(ada.page, 'orders'));
  await expect(vic.page.locator('.react-flow__edge')).toHaveCount(1, withinASecond);
  await expect.poll(() => bob.page.locator('.react-flow__edge').count()).toBe(1);
  await connect(bob.page, await idOf(bob.page, 'orders'), await idOf(bob.page, 'BillingService'));
  await expect(vic.page.locator('.react-flow__edge')).toHaveCount(2, withinASecond);

  // Rename at the same time: Bob renames Ada's producer while Ada renames the topic.
  await Promise.all([renameNode(bob, 'OrderService', 'CheckoutService'), renameNode(ada, 'orders', 'order-events')]);
  await viewerSees(['BillingService', 'CheckoutService', 'order-events']);

  // Attach events: Ada names the event on the publication's arrow.
  await expect.poll(() => ada.page.locator('[data-testid^="edge-label-"]').count()).toBe(2);
  const pubLabel = ada.page.locator('[data-testid^="edge-label-"][data-testid*="-publishes-"]');
  await pubLabel.dblclick();
  await expect(ada.page.getByRole('combobox', { name: 'Event' })).toBeFocused();
  await ada.page.keyboard.type('OrderPlaced');
  await ada.page.keyboard.press('Enter');
  await ada.page.keyboard.press('Escape');
  await expect(vic.page.locator('[data-testid^="edge-label-"][data-testid*="-publishes-"]')).toHaveText('OrderPlaced', withinASecond);

  // Delete: Ada adds a node, Bob deletes it.
  await addNode(ada, 'Consumer', 'Scratch');
  await viewerSees(['BillingService', 'CheckoutService', 'Scratch', 'order-events']);
  await expect.poll(() => canvasNames(bob.page)).toContain('Scratch');
  await nodeByName(bob.page, 'Scratch').click();
  await bob.page.keyboard.press('Delete');
  await viewerSees(['BillingService', 'CheckoutService', 'order-events']);

  // Type in the same schema at the same time, on different lines.
  await expect.poll(() => bob.page.getByRole('tab', { name: /Events/ }).innerText()).toContain('1');
  await caretAtLineEnd(ada, 'OrderPlaced', 4);
  await caretAtLineEnd(bob, 'OrderPlaced', 6);
  await Promise.all([ada.page.keyboard.type(' adaWasHere', { delay: 40 }), bob.page.keyboard.type(' bobWasHere', { delay: 40 })]);
  const schemaOf = (p: Person) => p.page.getByRole('group', { name: 'OrderPlaced payload schema' }).locator('.view-lines');
  for (const p of [ada, bob]) {
    await expect(schemaOf(p)).toContainText('adaWasHere');
    await expect(schemaOf(p)).toContainText('bobWasHere');
  }
  // Each sees the other's caret in the schema (y-monaco), in their colour with their name, a ring
  // on the editor their caret is in, and on the event's row.
  const adaSchema = ada.page.getByRole('group', { name: 'OrderPlaced payload schema' });
  await expect(adaSchema.locator('.yRemoteSelectionHead')).toHaveCount(1);
  expect(await adaSchema.locator('.yRemoteSelectionHead').evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"Bob"');
  await expect(adaSchema.getByTestId('editor-peers')).toHaveText('Bob');
  await expect(bob.page.getByRole('group', { name: 'OrderPlaced payload schema' }).getByTestId('editor-peers')).toHaveText('Ada');
  await expect(ada.page.getByRole('option').filter({ hasText: 'OrderPlaced' }).getByTitle('Bob')).toHaveText('B');
  // Ctrl+Z in the editor takes back Ada's typing only (the room's undo, not Monaco's, which would
  // also hold Bob's), Ctrl+Shift+Z brings it back.
  await ada.page.keyboard.press('Control+z');
  for (const p of [ada, bob]) {
    await expect(schemaOf(p)).not.toContainText('adaWasHere');
    await expect(schemaOf(p)).toContainText('bobWasHere');
  }
  await ada.page.keyboard.press('Control+Shift+z');
  for (const p of [ada, bob]) await expect(schemaOf(p)).toContainText('adaWasHere');

  // Afterwards all three designs are identical.
  await ada.page.waitForTimeout(500);
  const [a, b, v] = [await designOf(ada, info), await designOf(bob, info), await designOf(vic, info)];
  expect(b).toEqual(a);
  expect(v).toEqual(a);
  expect(a.events[0].schema).toContain('adaWasHere');
  expect(a.events[0].schema).toContain('bobWasHere');
  expect(a.services.map((s: { name: string }) => s.name).sort()).toEqual(['BillingService', 'CheckoutService']);

  // The viewer cannot change anything: controls are disabled, keys do nothing.
  await expect(vic.page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: 'Producer', exact: true })).toBeDisabled();
  await nodeByName(vic.page, 'BillingService').click();
  await expect(vic.page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name', { exact: true })).toBeDisabled();
  await vic.page.keyboard.press('Delete');
  await nodeByName(vic.page, 'BillingService').dblclick();
  await expect(vic.page.getByTestId('canvas').getByRole('textbox', { name: 'Name', exact: true })).toHaveCount(0);
  await caretAtLineEnd(vic, 'OrderPlaced', 2);
  await vic.page.keyboard.type('viewerTyped');
  await vic.page.waitForTimeout(500);
  expect(await designOf(vic, info)).toEqual(a);
  expect(await designOf(ada, info)).toEqual(a);

  // A guest on a LAN address: not a secure context (no clipboard API, no randomUUID).
  const lanBrowser = await launch(['--host-resolver-rules=MAP eventsmith-lan.test 127.0.0.1']);
  const lan = await person(lanBrowser, 'Lee');
  const lanLink = links.edit.replace('127.0.0.1', 'eventsmith-lan.test');
  await join(lan, lanLink);
  expect(await lan.page.evaluate(() => ({ secure: window.isSecureContext, uuid: typeof crypto.randomUUID, clipboard: typeof navigator.clipboard }))).toEqual({ secure: false, uuid: 'undefined', clipboard: 'undefined' });
  await expect.poll(() => canvasNames(lan.page)).toEqual(['BillingService', 'CheckoutService', 'order-events']);
  await addNode(lan, 'Producer', 'LanService');
  await viewerSees(['BillingService', 'CheckoutService', 'LanService', 'order-events']);
  await expect.poll(() => canvasNames(ada.page)).toContain('LanService');
  // Copying the link works without the clipboard API (or leaves it selected for Ctrl+C).
  await lan.page.getByTestId('room-bar').getByRole('button').last().click();
  await lan.page.getByRole('dialog').getByRole('button', { name: 'Copy' }).click();
  await expect(lan.page.getByRole('dialog').getByText(/^Copied$|press Ctrl\+C/)).toBeVisible();
  await lan.page.keyboard.press('Escape');

  expectNoProblems(ada, bob, vic, lan);
});
