import { defineConfig } from '@playwright/test';

const executablePath = process.env.CHROMIUM_PATH || undefined;
const port = process.env.E2E_PORT || '4173';
const outDir = process.env.E2E_OUT || 'dist';

// Journeys that assert time on the page (no main-thread task over 500 ms, a viewer seeing an edit
// within a second) run after all the others, one at a time: on a 2-core CI machine a second
// browser working beside them stretches every task they measure.
const TIMED = ['hostile-designs.spec.ts', 'two-tab-conflict.spec.ts', 'live-room.spec.ts'];

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: process.env.E2E_RESULTS || 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath,
      // Chromium's own background traffic is refused on a closed network; keep it quiet.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    // The production build's service worker precaches the whole build (~8 MB) in every fresh
    // context; only the journeys about it (offline-app, the offline person of live-room) allow it.
    serviceWorkers: 'block',
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'journeys', testIgnore: TIMED },
    { name: 'timed', testMatch: TIMED, dependencies: ['journeys'], workers: 1 },
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
