import { test as base, expect, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every journey fails on a CSP violation, a console error, a page error, or a request that
 * leaves the machine. Tests that provoke an expected console error list it in `allowConsole`.
 */
export interface Guard { cspViolations: string[]; consoleErrors: string[]; externalRequests: string[]; allowConsole: RegExp[] }

export const test = base.extend<{ guard: Guard }>({
  guard: async ({ page }, use) => {
    const guard: Guard = { cspViolations: [], consoleErrors: [], externalRequests: [], allowConsole: [] };
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
      });
    });
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      if (text.startsWith('CSP violation') || text.includes('Content Security Policy')) guard.cspViolations.push(text);
      else guard.consoleErrors.push(text);
    });
    page.on('pageerror', (err) => guard.consoleErrors.push(`page error: ${err.message}`));
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) guard.externalRequests.push(req.url());
    });
    await use(guard);
    expect(guard.cspViolations, 'CSP violations').toEqual([]);
    expect(guard.externalRequests, 'requests leaving the machine').toEqual([]);
    expect(guard.consoleErrors.filter((t) => !guard.allowConsole.some((r) => r.test(t))), 'console errors').toEqual([]);
  },
});

export { expect };

/** Opens the app on a fresh profile and waits until the canvas is ready. */
export async function openApp(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.getByTestId('canvas')).toBeVisible();
}

export async function screenshot(page: Page, name: string) {
  await page.waitForTimeout(250); // let colour transitions (theme switch, hover) settle
  await page.screenshot({ path: `e2e-screenshots/${name}.png` });
}

/** Time from a promise start to its end, printed so runs can be compared (not asserted). */
export async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  console.log(`timing: ${label} ${(performance.now() - start).toFixed(0)} ms`);
  return result;
}

/**
 * A folder of ../shared (third-party files beside the repository, as CI has them), by absolute path.
 * A clone without it skips the calling journey (or the file's journeys, when called at the top) with
 * the folder named; under EVENTSMITH_REQUIRE_SHARED=1 (.ci/run) nothing is skipped, so the journey
 * fails on the missing file instead.
 */
export function sharedFolder(folder: string): string {
  const dir = join(process.cwd(), '../shared', folder);
  test.skip(!existsSync(dir) && process.env.EVENTSMITH_REQUIRE_SHARED !== '1', `needs ../shared/${folder} (missing: ${dir})`);
  return dir;
}
