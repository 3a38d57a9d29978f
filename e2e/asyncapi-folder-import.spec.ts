// Importing a multi-file AsyncAPI system the way it sits on disk (issue 17): the specification's
// social-media example (five services and common/) as a folder, and as several picked files that
// are all called asyncapi.yaml; a file left out gets an error naming the file that refers to it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectNodeCount } from './canvas-helpers';
import { expect, openApp, sharedFolder, test } from './fixtures';

const socialMedia = sharedFolder('corpus/asyncapi-spec-examples/3.0.0/social-media');
const SERVICES = ['backend', 'comments-service', 'frontend', 'notification-service', 'public-api'];
const IMPORTED = 'Imported 5 services, 4 topics and 4 events';

test('a folder, same-named files and a missing file', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expectNodeCount(page, 0);

  // The whole folder, picked: its layout resolves ../common/*.
  await page.getByTestId('import-folder-input').setInputFiles(socialMedia);
  await expect(page.getByRole('status').filter({ hasText: IMPORTED })).toBeVisible();
  await expectNodeCount(page, 9);

  // What the documents said beyond the design is shown with its element, read-only, and can go.
  const changed = page.locator('.node-topic', { hasText: 'changed' });
  await expect(changed).toContainText('MQTT');
  await changed.click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByLabel('Protocol', { exact: true })).toHaveValue('mqtt');
  const kept = inspector.getByRole('region', { name: 'Kept from import' });
  await expect(kept).toContainText('Kept from import: parameters, 1 server.');
  await kept.getByRole('button', { name: 'Remove' }).click();
  await expect(kept).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(inspector.getByRole('region', { name: 'Kept from import' })).toBeVisible();

  // Five files named asyncapi.yaml and the common files, picked without their folders.
  const picked = [...SERVICES.map((s) => join(socialMedia, s, 'asyncapi.yaml')), ...readdirSync(join(socialMedia, 'common')).map((f) => join(socialMedia, 'common', f))];
  await page.getByTestId('import-file-input').setInputFiles(picked);
  const ask = page.getByRole('dialog', { name: 'Import AsyncAPI' });
  await expect(ask).toContainText('asyncapi (5).yaml');
  await expect(ask).toContainText('5 services, 4 topics, 4 events');
  await ask.getByRole('button', { name: 'Replace design' }).click();
  await expect(page.getByRole('status').filter({ hasText: IMPORTED }).last()).toBeVisible();
  await expectNodeCount(page, 9);

  // The backend without common/: the error names the file and the reference.
  await page.getByTestId('import-file-input').setInputFiles(join(socialMedia, 'backend', 'asyncapi.yaml'));
  const alert = page.getByRole('alert').filter({ hasText: 'names a file that was not given' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('asyncapi.yaml: $ref "../common/');
  await expect(alert).toContainText('Your current design is unchanged');
  await expectNodeCount(page, 9);
});
