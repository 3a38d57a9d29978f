// A private Redis for tests: Debian's redis-server on a free loopback port with a temporary
// directory, nothing saved. Found like e2e finds Chromium: REDIS_SERVER, then redis-server on the
// PATH, then (as root on Debian) installed with apt-get; otherwise the error says what to do.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tempDir, removeDir } from './serve-process';

export function findRedisServer(): string {
  if (process.env.REDIS_SERVER && existsSync(process.env.REDIS_SERVER)) return process.env.REDIS_SERVER;
  const onPath = () => {
    try {
      return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim() || null;
    } catch {
      return null;
    }
  };
  const found = onPath();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    process.stderr.write('live tests: installing Debian redis-server with apt-get…\n');
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'redis-server'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }) : update;
    const after = install.status === 0 ? onPath() : null;
    if (after) return after;
  }
  throw new Error([
    'The live-session tests with Redis need redis-server, and none was found.',
    '  On Debian/Ubuntu: sudo apt-get install -y redis-server',
    '  On macOS: brew install redis',
    '  Or point REDIS_SERVER at a redis-server binary.',
  ].join('\n'));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface TestRedis {
  url: string;
  stop: () => Promise<void>;
}

export async function startRedis(timeoutMs = 30_000): Promise<TestRedis> {
  const binary = findRedisServer();
  let lastError: Error | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const dir = tempDir('redis');
    const child: ChildProcess = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--protected-mode', 'yes'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const kill = () => child.kill('SIGKILL');
    process.once('exit', kill);
    let out = '';
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`redis-server did not start within ${timeoutMs} ms:\n${out}`)), timeoutMs);
        const onData = (d: Buffer) => {
          out += d;
          if (/Ready to accept connections/i.test(out)) {
            clearTimeout(timer);
            resolve();
          }
        };
        child.stdout!.on('data', onData);
        child.stderr!.on('data', onData);
        child.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`redis-server exited with ${code}:\n${out}`));
        });
      });
    } catch (e) {
      lastError = e as Error;
      kill();
      removeDir(dir);
      continue;
    }
    return {
      url: `redis://127.0.0.1:${port}`,
      stop: () =>
        new Promise<void>((resolve) => {
          process.off('exit', kill);
          if (child.exitCode !== null) {
            removeDir(dir);
            resolve();
            return;
          }
          child.once('exit', () => {
            removeDir(dir);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    };
  }
  throw lastError ?? new Error('redis-server did not start');
}
