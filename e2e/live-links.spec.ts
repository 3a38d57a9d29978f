// Live sessions from `eventsmith serve --host 0.0.0.0`, opened at 127.0.0.1 as the person running
// the workshop does on their own computer: the room's links carry the computer's network address
// (127.0.0.1 opens only on that computer), the dialog says why, and a guest joins with a link. On
// a computer with several networks the starter picks the one the workshop is on.
import { networkInterfaces } from 'node:os';
import { expect, test } from '@playwright/test';
import { addNode, canvasNames, expectNoProblems, join, liveServerForFile, person, startRoom } from './live-helpers';

const [lanName, lan] = Object.entries(networkInterfaces())
  .flatMap(([name, list]) => (list ?? []).filter((a) => !a.internal && a.family === 'IPv4').map((a) => [name, a.address]))[0] ?? [];

const live = liveServerForFile({ host: '0.0.0.0' });

test('a room started on 127.0.0.1 gets links on the network address, and a guest joins with one', async ({ browser }) => {
  test.skip(!lan, 'this machine has no network address besides loopback');
  test.setTimeout(120_000);
  const ada = await person(browser, 'Ada');
  const bob = await person(browser, 'Bob');
  const page = new URL(live.serve.baseUrl);
  expect(page.hostname).toBe('127.0.0.1');
  const links = await startRoom(ada, live.serve.baseUrl);
  for (const link of [links.edit, links.view]) expect(new URL(link).host).toBe(`${lan}:${page.port}`);

  await ada.page.getByTestId('room-bar').getByRole('button', { name: 'Invite' }).click();
  await expect(ada.page.getByTestId('link-host-note')).toContainText(`The links use ${lan}:${page.port}`);
  await ada.page.screenshot({ path: 'e2e-screenshots/live-links-dialog.png' });
  await ada.page.getByRole('dialog').locator('.modal-foot').getByRole('button', { name: 'Close', exact: true }).click();

  await addNode(ada, 'Producer', 'Alpha');
  await join(bob, links.edit);
  await expect.poll(() => canvasNames(bob.page)).toEqual(['Alpha']);
  await addNode(bob, 'Consumer', 'Beta');
  await expect.poll(() => canvasNames(ada.page)).toEqual(['Alpha', 'Beta']);
  expectNoProblems(ada, bob);
});

test('on a computer with several networks the starter picks the address in the links, and the next room keeps it', async ({ browser }) => {
  test.skip(!lan, 'this machine has no network address besides loopback');
  test.setTimeout(120_000);
  const ada = await person(browser, 'Ada');
  const bob = await person(browser, 'Bob');
  const { port } = new URL(live.serve.baseUrl);
  const real = `${lan}:${port}`;
  const bridge = `198.51.100.7:${port}`;
  // This machine is on one network only: the server's answer gets a second address, a container
  // bridge's as a laptop running Docker has (from the documentation range: it leads nowhere).
  await ada.page.route('**/api/rooms', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { networkOrigins: string[]; networkNames: string[] };
    await route.fulfill({ response, json: { ...body, networkOrigins: [...body.networkOrigins, `http://${bridge}`], networkNames: [...body.networkNames, 'docker0'] } });
  });
  const first = await startRoom(ada, live.serve.baseUrl);
  expect(new URL(first.edit).host).toBe(real);

  const invite = async () => ada.page.getByTestId('room-bar').getByRole('button', { name: 'Invite' }).click();
  const choice = ada.page.getByLabel('Address in the links');
  await invite();
  await expect(choice.locator('option')).toHaveText([`${real} (${lanName})`, `${bridge} (docker0)`]);
  await expect(choice).toHaveValue(`http://${real}`);
  const qr = ada.page.getByRole('img', { name: 'QR code of the edit link' });
  const qrBefore = await qr.innerHTML();
  await choice.focus();
  await ada.page.keyboard.press('ArrowDown');
  await expect(ada.page.getByTestId('edit-link')).toHaveValue(first.edit.replace(real, bridge));
  await expect(ada.page.getByTestId('view-link')).toHaveValue(first.view.replace(real, bridge));
  await expect.poll(() => qr.innerHTML()).not.toBe(qrBefore);
  await expect(ada.page.getByTestId('link-host-note')).toContainText(`The links use ${bridge}`);
  await ada.page.screenshot({ path: 'e2e-screenshots/live-links-choice.png' });
  await ada.page.setViewportSize({ width: 1024, height: 700 });
  await choice.scrollIntoViewIfNeeded();
  await ada.page.screenshot({ path: 'e2e-screenshots/live-links-choice-1024.png' });
  await ada.page.setViewportSize({ width: 1440, height: 900 });

  // The next room starts on the address picked last.
  await ada.page.getByRole('dialog').getByRole('button', { name: 'Leave session' }).click();
  const second = await startRoom(ada, live.serve.baseUrl);
  expect(new URL(second.edit).host).toBe(bridge);
  expect(new URL(second.edit).searchParams.get('room')).not.toBe(new URL(first.edit).searchParams.get('room'));

  // Back on the real network, with the keyboard again, and a guest joins with that link.
  await invite();
  await choice.focus();
  await ada.page.keyboard.press('ArrowUp');
  await expect(ada.page.getByTestId('edit-link')).toHaveValue(second.edit.replace(bridge, real));
  const edit = await ada.page.getByTestId('edit-link').inputValue();
  await ada.page.getByRole('dialog').locator('.modal-foot').getByRole('button', { name: 'Close', exact: true }).click();
  await addNode(ada, 'Producer', 'Gamma');
  await join(bob, edit);
  await expect.poll(() => canvasNames(bob.page)).toEqual(['Gamma']);
  expectNoProblems(ada, bob);
});

