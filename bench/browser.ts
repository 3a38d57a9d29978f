// The production build served by `vite preview`, and a headless Chromium to drive it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// BENCH_PORT / BENCH_OUT let two benches (or a bench and someone's e2e) run side by side.
export const PORT = Number(process.env.BENCH_PORT) || 4174;
export const OUT_DIR = process.env.BENCH_OUT || 'dist';
export const ORIGIN = `http://127.0.0.1:${PORT}`;

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** `vite build` once; returns an error message, or null when the build is ready. */
export function buildApp(): string | null {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', OUT_DIR], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status === 0) return null;
  // Strip colours and stack frames: keep the lines that say what is wrong.
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.replace(/\u001b\[[0-9;]*m/g, '').split('\n')
    .filter((l) => l.trim() && !/^\s+at /.test(l)).slice(0, 6).join(' | ');
  return `vite build failed (${r.status}): ${output}`;
}

export async function startPreview(): Promise<ChildProcess> {
  const child = spawn('npx', ['vite', 'preview', '--outDir', OUT_DIR, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'], detached: true, // its own process group, so stopPreview ends npx and vite together
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited: ${output.trim().split('\n').slice(-3).join(' | ')}`);
    try {
      const res = await fetch(`${ORIGIN}/`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stopPreview(child);
  throw new Error(`vite preview did not answer on ${ORIGIN} within 30 s`);
}

export function stopPreview(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const own = chromium.executablePath();
  return existsSync(own) ? own : undefined;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('no Chromium: install Debian\'s chromium (apt-get install chromium), run `npx playwright install chromium`, or set CHROMIUM_PATH');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
