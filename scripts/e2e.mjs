// Runs the Playwright journeys against the production build. Finds a Chromium by itself:
// Debian's /usr/bin/chromium (installed with apt-get when running as root on Debian), else
// Playwright's own browser; says clearly what to do when none can be had.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function playwrightBrowser() {
  try {
    const path = execFileSync(process.execPath, ['-e', "console.log(require('playwright-core').chromium.executablePath())"], { encoding: 'utf8' }).trim();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('e2e: installing Debian chromium with apt-get (about 30 s)…');
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }) : update;
    if (install.status === 0 && existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  }
  return playwrightBrowser();
}

const chromium = findChromium();
if (!chromium) {
  console.error([
    'e2e: no Chromium found.',
    '  On Debian/Ubuntu: sudo apt-get install -y chromium',
    '  Elsewhere: npx playwright install chromium',
    '  Or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  ].join('\n'));
  process.exit(1);
}
console.log(`e2e: using ${chromium}`);

// E2E_OUT and E2E_PORT let several runs share a machine without sharing a build or a port.
const outDir = process.env.E2E_OUT || 'dist';
const port = process.env.E2E_PORT || '4173';
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const budget = spawnSync(process.execPath, ['scripts/size-budget.mjs', outDir], { stdio: 'inherit' });
if (budget.status !== 0) process.exit(budget.status ?? 1);

// A run of named journeys runs just those: the timed project's dependency on the whole
// 'journeys' project (see playwright.config.ts) only orders the full suite.
const named = process.argv.slice(2).some((a) => !a.startsWith('-'));
const args = ['playwright', 'test', ...(named ? ['--no-deps'] : []), ...process.argv.slice(2)];
const run = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium, E2E_OUT: outDir, E2E_PORT: port } });
process.exit(run.status ?? 1);
