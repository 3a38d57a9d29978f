// Live sessions: undo in a room takes back only one's own edits, with another person's edits
// interleaved, by button and by key (on a real `eventsmith serve`). No timing asserted: it runs
// beside the other journeys, not in the timed project.
import { expect, test } from '@playwright/test';
import { addNode, canvasNames, expectNoProblems, join, liveServerForFile, person, renameNode, startRoom } from './live-helpers';

test.describe.configure({ mode: 'serial' });
test.use({ actionTimeout: 15_000 });

const live = liveServerForFile();

test('undo takes back only one’s own last edit, with the other person’s edits interleaved', async ({ browser }) => {
  test.setTimeout(120_000);
  const ada = await person(browser, 'Ada');
  const bob = await person(browser, 'Bob');
  const links = await startRoom(ada, live.serve.baseUrl);
  await join(bob, links.edit);
  await addNode(ada, 'Producer', 'Alpha');
  await expect.poll(() => canvasNames(bob.page)).toEqual(['Alpha']);
  await addNode(bob, 'Consumer', 'Beta');
  await expect.poll(() => canvasNames(ada.page)).toEqual(['Alpha', 'Beta']);
  await renameNode(ada, 'Alpha', 'AlphaTwo');
  await expect.poll(() => canvasNames(bob.page)).toEqual(['AlphaTwo', 'Beta']);
  await renameNode(bob, 'Beta', 'BetaTwo');
  await expect.poll(() => canvasNames(ada.page)).toEqual(['AlphaTwo', 'BetaTwo']);

  // Ada's undo: her rename goes, Bob's later rename stays.
  await ada.page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => canvasNames(ada.page)).toEqual(['Alpha', 'BetaTwo']);
  await expect.poll(() => canvasNames(bob.page)).toEqual(['Alpha', 'BetaTwo']);
  // Bob's undo (keyboard): his rename goes, Ada's undone state stays.
  await bob.page.getByTestId('canvas').click({ position: { x: 30, y: 30 } });
  await bob.page.keyboard.press('Control+z');
  await expect.poll(() => canvasNames(bob.page)).toEqual(['Alpha', 'Beta']);
  await expect.poll(() => canvasNames(ada.page)).toEqual(['Alpha', 'Beta']);
  // Redo brings Ada's rename back only.
  await ada.page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => canvasNames(bob.page)).toEqual(['AlphaTwo', 'Beta']);
  expectNoProblems(ada, bob);
});
