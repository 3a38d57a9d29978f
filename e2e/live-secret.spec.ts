// A workshop server started with a secret (`eventsmith serve --token`): the person who starts a room
// and everyone who opens its link type the secret in the app; a wrong one is said so in the dialog,
// the right one is remembered for the tab, so a reload rejoins without asking again.
import { expect, test } from '@playwright/test';
import { addNode, expectNoProblems, liveServerForFile, nodeByName, person } from './live-helpers';

test.describe.configure({ mode: 'serial' });
test.use({ actionTimeout: 15_000 });

const SECRET = 'a long workshop secret';
const live = liveServerForFile({ secret: SECRET });

test('starting and joining a room on a server with a secret: asked for, checked, remembered for the tab', async ({ browser }) => {
  const ada = await person(browser, 'Ada');
  const bob = await person(browser, 'Bob');
  try {
    // Ada starts the room: the dialog asks for the secret; a wrong one is refused with the server's reason
    // (the browser logs the refused request).
    ada.allow.push(/status of 401 \(Unauthorized\)/);
    await ada.page.goto(live.serve.baseUrl);
    await expect(ada.page.getByTestId('canvas')).toBeVisible();
    await ada.page.getByRole('button', { name: 'Live session' }).click();
    await ada.page.getByLabel('Your name (shown to the others)').click();
    await ada.page.keyboard.type('Ada');
    const adaSecret = ada.page.getByLabel(/^Workshop secret/);
    await adaSecret.click();
    await ada.page.keyboard.type('not the secret');
    await ada.page.getByRole('button', { name: 'Start live session' }).click();
    await expect(ada.page.getByRole('dialog').getByRole('alert')).toContainText('needs its secret');
    await adaSecret.click();
    await ada.page.keyboard.press('Control+a');
    await ada.page.keyboard.type(SECRET);
    await ada.page.keyboard.press('Enter');
    const edit = await ada.page.getByTestId('edit-link').inputValue({ timeout: 20_000 });
    expect(edit).not.toContain(encodeURIComponent(SECRET)); // the link does not carry the secret
    await ada.page.getByRole('dialog').locator('.modal-foot').getByRole('button', { name: 'Close', exact: true }).click();
    await expect(ada.page.getByTestId('room-bar')).toHaveAttribute('data-status', 'connected', { timeout: 20_000 });

    // Bob opens the link: asked for the secret before anything joins; a typo is said so.
    await bob.page.goto(edit);
    const dialog = bob.page.getByRole('dialog', { name: 'Join the live session' });
    await expect(dialog).toBeVisible();
    await expect(bob.page.getByTestId('room-bar')).toHaveCount(0);
    await dialog.getByLabel('Your name (shown to the others)').click();
    await bob.page.keyboard.type('Bob');
    await dialog.getByLabel(/^Workshop secret/).click();
    await bob.page.keyboard.type('a long workshop secrte');
    await bob.page.keyboard.press('Enter');
    await expect(dialog.getByRole('alert')).toContainText('did not accept this secret');
    await dialog.getByLabel(/^Workshop secret/).click();
    await bob.page.keyboard.press('Control+a');
    await bob.page.keyboard.type(SECRET);
    await dialog.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(bob.page.getByTestId('room-bar')).toHaveAttribute('data-status', 'connected', { timeout: 20_000 });
    await expect(bob.page.getByTestId('room-bar').getByTitle('Ada', { exact: true })).toBeVisible();

    // Bob edits; Ada sees it. A reload rejoins with the secret this tab kept, without the dialog.
    await addNode(bob, 'Producer', 'SecretKeeper');
    await expect(nodeByName(ada.page, 'SecretKeeper')).toBeVisible({ timeout: 5_000 });
    await bob.page.reload();
    await expect(bob.page.getByTestId('room-bar')).toHaveAttribute('data-status', 'connected', { timeout: 20_000 });
    await expect(bob.page.getByRole('dialog', { name: 'Join the live session' })).toHaveCount(0);
    await expect(nodeByName(bob.page, 'SecretKeeper')).toBeVisible();
    expectNoProblems(ada, bob);
  } finally {
    await ada.context.close();
    await bob.context.close();
  }
});
