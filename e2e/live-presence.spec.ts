// Live sessions: three people in a room see each other (names, colours, cursors, selection rings,
// carets in the schema editor, the view-only person), screenshotted in both themes at 1440×900 and
// 1024×700 (on a real `eventsmith serve`).
import { expect, test } from '@playwright/test';
import { node } from './canvas-helpers';
import { openOrderSaga } from './examples';
import { expectNoProblems, join, liveServerForFile, person, startRoom, type Person } from './live-helpers';

test.describe.configure({ mode: 'serial' });
test.use({ actionTimeout: 15_000 });

const live = liveServerForFile();

test('three people in a room: presence, cursors, rings and the view-only person, in both themes at two sizes', async ({ browser }) => {
  test.setTimeout(180_000);
  const ada = await person(browser, 'Ada');
  const bob = await person(browser, 'Bob');
  const vic = await person(browser, 'Vic');
  const links = await startRoom(ada, live.serve.baseUrl, async (page) => {
    await openOrderSaga(page);
    await expect(node(page, 'order-service')).toBeVisible();
  });
  await join(bob, links.edit);
  await join(vic, links.view);
  await expect(ada.page.getByRole('list', { name: 'Who is here' }).getByRole('listitem')).toHaveCount(2);
  await expect(ada.page.getByRole('list', { name: 'Who is here' })).toContainText('view only');
  // Three people, three colours (whoever came later and drew a taken one moves to a free one).
  const coloursSeenBy = (p: Person) => p.page.getByRole('list', { name: 'Who is here' }).getByRole('listitem')
    .evaluateAll((els) => els.map((e) => [...e.classList].find((c) => /^peer-c\d$/.test(c))));
  for (const p of [ada, bob, vic]) await expect.poll(async () => new Set(await coloursSeenBy(p)).size).toBe(2);

  // Bob has the payment service selected, Vic (watching) the inventory service; both point at the canvas.
  await node(bob.page, 'payment-service').click();
  await node(vic.page, 'inventory-service').click();
  await node(ada.page, 'order-service').click();
  // Bob selects a word in OrderPlaced's schema; Ada has the same event open: his selection, caret
  // and name in her editor, a ring on it and on the event's row.
  for (const p of [ada, bob]) {
    await p.page.getByRole('tab', { name: /Events/ }).click();
    await p.page.getByRole('option', { name: /OrderPlaced/ }).click();
    await expect(p.page.getByRole('group', { name: 'OrderPlaced payload schema' }).locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
  }
  await bob.page.getByRole('group', { name: 'OrderPlaced payload schema' }).locator('.view-lines').click();
  await bob.page.keyboard.press('Control+Home');
  for (let i = 0; i < 3; i++) await bob.page.keyboard.press('ArrowDown');
  await bob.page.keyboard.press('End');
  await bob.page.keyboard.press('Shift+Control+ArrowLeft');
  await bob.page.keyboard.press('Shift+Control+ArrowLeft');
  await expect(ada.page.getByRole('group', { name: 'OrderPlaced payload schema' }).locator('.yRemoteSelectionHead')).toHaveCount(1);
  await expect(ada.page.getByRole('group', { name: 'OrderPlaced payload schema' }).getByTestId('editor-peers')).toHaveText('Bob');
  const pointAt = async (p: Person, id: string, dx: number, dy: number) => {
    const box = (await node(p.page, id).boundingBox())!;
    await p.page.mouse.move(box.x + box.width + dx - 10, box.y + box.height + dy - 10, { steps: 4 });
  };
  const scene = async () => {
    await pointAt(bob, 'payment-service', 30, 20);
    await pointAt(vic, 'orders', 40, 30);
    await expect(ada.page.getByTestId('peer-cursor')).toHaveCount(2);
    await expect(ada.page.getByTestId('peer-ring')).toHaveCount(2);
    await ada.page.waitForTimeout(300);
  };
  const shoot = async (p: Person, name: string) => {
    await p.page.waitForTimeout(250);
    await p.page.screenshot({ path: `e2e-screenshots/${name}.png` });
  };

  await scene();
  await shoot(ada, 'live-room-light-1440');
  await shoot(vic, 'live-room-viewer-light-1440');
  await ada.page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await scene();
  await shoot(ada, 'live-room-dark-1440');
  await ada.page.setViewportSize({ width: 1024, height: 700 });
  await ada.page.getByRole('button', { name: 'Fit view' }).or(ada.page.locator('.react-flow__controls-fitview')).first().click();
  await scene();
  await shoot(ada, 'live-room-dark-1024');
  await ada.page.getByRole('button', { name: 'More' }).click();
  await ada.page.getByRole('menuitem', { name: 'Light theme' }).click();
  await scene();
  await shoot(ada, 'live-room-light-1024');
  await vic.page.setViewportSize({ width: 1024, height: 700 });
  await shoot(vic, 'live-room-viewer-light-1024');
  expectNoProblems(ada, bob, vic);
});
