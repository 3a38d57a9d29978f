import { readFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';

/** The design as the app saves it: clicks Save and reads the downloaded design file. */
export async function readDesignFile(page: Page, info: TestInfo, name = 'design') {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save', exact: true }).click()]);
  const path = info.outputPath(`${name}-${Date.now()}.eventsmith.json`);
  await download.saveAs(path);
  return JSON.parse(readFileSync(path, 'utf8')).design;
}
