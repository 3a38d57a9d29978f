// Live sessions from `eventsmith serve --host 0.0.0.0`, opened at 127.0.0.1 as the person running
// the workshop does on their own computer: the room's links carry the computer's network address
// (127.0.0.1 opens only on that computer), the dialog says why, and a guest joins with a link.
import { networkInterfaces } from 'node:os';
import { expect, test } from '@playwright/test';
import { addNode, canvasNames, expectNoProblems, join, liveServerForFile, person, startRoom } from './live-helpers';

const lan = Object.values(networkInterfaces()).flat().find((a) => a && !a.internal && a.family === 'IPv4')?.address;

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
