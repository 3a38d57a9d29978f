// Starts real `eventsmith serve` processes for tests and benchmarks: loopback only, a free port,
// a temporary data directory and a minimal app build (an index.html with a policy, as a
// production build has); stopped by the caller, and killed on exit whatever happens.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../../bin/eventsmith.mjs', import.meta.url));
export const FIXTURE_CSP = "default-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const p of running) p.kill('SIGKILL');
});

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `eventsmith-${prefix}-`));
}

/** A directory that looks like a production build: index.html with a CSP, and one asset. */
export function fixtureApp(): string {
  const dir = tempDir('app');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head>\n    <meta http-equiv="Content-Security-Policy" content="${FIXTURE_CSP}" />\n<title>Eventsmith</title></head><body><div id="root"></div></body></html>\n`);
  writeFileSync(join(dir, 'assets', 'app-1234.js'), 'console.log("app");\n');
  return dir;
}

export interface ServeOptions {
  dataDir: string;
  appDir: string;
  port?: number;
  redis?: string;
  secret?: string;
  host?: string;
}

export interface ServeProcess {
  baseUrl: string;
  port: number;
  pid: number;
  output: () => string;
  /** Sends `signal` and waits for the process to end; resolves with its exit code (null if killed). */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

export async function startServe(options: ServeOptions, timeoutMs = 60_000): Promise<ServeProcess> {
  const args = [BIN, 'serve', '--host', options.host ?? '127.0.0.1', '--port', String(options.port ?? 0), '--data', options.dataDir, '--app', options.appDir];
  if (options.redis) args.push('--redis', options.redis);
  if (options.secret) args.push('--token', options.secret);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => {
    running.delete(child);
    resolve(code);
  }));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`eventsmith serve did not start within ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const check = () => {
      const m = /Local:\s+http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) done(null, Number(m[1]));
    };
    const done = (error: Error | null, value?: number) => {
      clearTimeout(timer);
      child.stdout!.off('data', check);
      if (error) reject(error);
      else resolve(value!);
    };
    child.stdout!.on('data', check);
    void exited.then((code) => done(new Error(`eventsmith serve exited with ${code} before starting:\n${out}`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    port,
    pid: child.pid!,
    output: () => out,
    stop: (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Resident memory of a process in MB (Linux /proc), or null elsewhere. */
export function residentMB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** CPU time a process has used so far, in seconds (Linux /proc, 100 ticks a second), or null. */
export function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
