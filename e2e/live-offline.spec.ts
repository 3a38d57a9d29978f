// Live sessions: a person who loses the network keeps editing, reloads the page offline (served by
// the app's service worker, the room's design from IndexedDB), and both people's edits merge when
// the network returns (on a real `eventsmith serve`).
import { expect, test } from '@playwright/test';
import { addNode, canvasNames, designOf, expectNoProblems, join, liveServerForFile, person, renameNode, startRoom } from './live-helpers';

test.describe.configure({ mode: 'serial' });
test.use({ actionTimeout: 15_000 });

const live = liveServerForFile();

test('a person who loses the network keeps editing, reloads offline (the page served by the service worker), and both sets of edits merge when it returns', async ({ browser }, info) => {
  test.setTimeout(120_000);
  const ada = await person(browser, 'Ada');
  const links = await startRoom(ada, live.serve.baseUrl);
  await addNode(ada, 'Producer', 'Before');

  const olga = await person(browser, 'Olga', undefined, 'allow');
  // The network going away also ends the open WebSocket (Chromium's offline mode leaves it open).
  let offline = false;
  let sockets: { close: () => Promise<void> }[] = [];
  await olga.context.routeWebSocket(/\/collab/, (ws) => {
    if (offline) return void ws.close();
    ws.connectToServer();
    sockets.push(ws);
  });
  await join(olga, links.edit);
  await expect.poll(() => canvasNames(olga.page)).toEqual(['Before']);
  // The app's service worker is active: it has precached the build (its install waits for that).
  await olga.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  offline = true;
  olga.allow.push(/WebSocket connection to .* failed/, /ERR_INTERNET_DISCONNECTED/, /Failed to load resource/);
  await olga.context.setOffline(true);
  for (const s of sockets) await s.close();
  sockets = [];
  await expect(olga.page.getByTestId('room-bar')).toHaveAttribute('data-status', 'offline');
  await expect(olga.page.getByTestId('room-bar')).toContainText('Connection lost');
  // Offline for the worker too: a file it has not cached cannot be fetched.
  expect(await olga.page.evaluate(() => fetch('./favicon.svg?not-cached').then((r) => r.status, () => 'failed'))).toBe('failed');

  await Promise.all([addNode(ada, 'Consumer', 'OnlineEdit'), addNode(olga, 'Consumer', 'OfflineEdit')]);
  await expect.poll(() => canvasNames(olga.page)).toEqual(['Before', 'OfflineEdit']);
  // Reloaded while offline: the page and its code come from the service worker's cache, the
  // room's design (the offline edit included) from IndexedDB.
  const reloaded = await olga.page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect.poll(() => canvasNames(olga.page), { timeout: 20_000 }).toEqual(['Before', 'OfflineEdit']);
  await expect(olga.page.getByTestId('room-bar')).toHaveAttribute('data-status', 'offline');
  await renameNode(olga, 'Before', 'RenamedOffline');

  offline = false;
  await olga.context.setOffline(false);
  await expect(olga.page.getByTestId('room-bar')).toHaveAttribute('data-status', 'connected', { timeout: 20_000 });
  await expect(olga.page.getByTestId('room-bar')).toContainText('Back online');
  const all = ['OfflineEdit', 'OnlineEdit', 'RenamedOffline'];
  await expect.poll(() => canvasNames(olga.page)).toEqual(all);
  await expect.poll(() => canvasNames(ada.page)).toEqual(all);
  await ada.page.waitForTimeout(300);
  expect(await designOf(olga, info)).toEqual(await designOf(ada, info));
  expectNoProblems(ada, olga);
});
