// `eventsmith serve [--port 4321] [--host 127.0.0.1] [--data ./eventsmith-data] [--redis URL] [--token SECRET] [--app DIR]`:
// a workshop server, the app and live rooms on one origin (src/cli/serve/).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command, ExitCode } from '../command';
import { parseArgs, UsageError } from '../io';
import { openableAddresses } from '../serve/addresses';
import { buildApp, packageRoot } from '../serve/app-build';
import { USAGE } from './usage';

export const DEFAULT_PORT = 4321;

export const serveCommand: Command = {
  name: 'serve',
  ...USAGE.serve,
  async run(argv, io) {
    const { positionals, options } = parseArgs(argv, ['--port', '--host', '--data', '--redis', '--token', '--app']);
    if (positionals.length) throw new UsageError(`unexpected ${JSON.stringify(positionals[0])}`);
    const port = options['--port'] === undefined ? DEFAULT_PORT : Number(options['--port']);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a port number (0 picks a free one)');
    const host = typeof options['--host'] === 'string' ? options['--host'] : '127.0.0.1';
    if (!/^[A-Za-z0-9.:-]{1,253}$/.test(host)) throw new UsageError('--host must be an address or a host name');
    const dataDir = resolve(typeof options['--data'] === 'string' ? options['--data'] : 'eventsmith-data');
    const secret = typeof options['--token'] === 'string' ? options['--token'] : undefined;
    if (secret !== undefined && secret.length < 8) throw new UsageError('--token must be at least 8 characters');
    const redisUrl = typeof options['--redis'] === 'string' ? options['--redis'] : undefined;
    if (redisUrl !== undefined && !/^rediss?:\/\//.test(redisUrl)) throw new UsageError('--redis must be a redis:// or rediss:// URL');

    let appDir: string;
    if (typeof options['--app'] === 'string') appDir = resolve(options['--app']);
    else {
      const root = packageRoot();
      appDir = join(root, 'dist');
      if (!existsSync(join(appDir, 'index.html'))) {
        const failed = buildApp(root, appDir, io.stderr);
        if (failed) throw new UsageError(failed);
      }
    }

    // Loaded here, not at start-up: the server stack (Hocuspocus, Yjs, SQLite, Redis) is most of
    // the CLI bundle, and the other commands never need it.
    const { startLiveServer } = await import('../serve/server');
    let server;
    try {
      server = await startLiveServer({ port, host, dataDir, appDir, redisUrl, secret, log: (line) => io.stderr(`eventsmith serve: ${line}\n`) });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'EADDRINUSE') throw new UsageError(`port ${port} on ${host} is already in use (try --port)`);
      if (err.code === 'EACCES' || err.code === 'EADDRNOTAVAIL') throw new UsageError(`cannot listen on ${host}:${port} (${err.code})`);
      throw new UsageError(err.message);
    }
    const { local, network } = openableAddresses(host, server.port);
    const lines = ['Eventsmith workshop server', `  Local:    ${local}`];
    for (const address of network) lines.push(`  Network:  ${address.url} (${address.name})`);
    if (!network.length && host !== '0.0.0.0' && host !== '::') lines.push('  (only this machine can connect; --host 0.0.0.0 opens it to the network)');
    lines.push(`  Rooms:    ${dataDir}`);
    if (redisUrl) lines.push(`  Redis:    ${new URL(redisUrl).host} (rooms shared with the other servers using it)`);
    if (secret !== undefined) lines.push('  Secret:   required to create and join rooms (--token)');
    lines.push('Stop with Ctrl+C.', '');
    io.stdout(lines.join('\n'));

    return new Promise<ExitCode>((done) => {
      const stop = (signal: string) => {
        io.stderr(`eventsmith serve: ${signal}: storing rooms and stopping…\n`);
        process.off('SIGINT', onInt).off('SIGTERM', onTerm);
        void server.close().then(() => {
          io.stderr('eventsmith serve: stopped\n');
          // Whatever a library left open must not keep a stopped server alive.
          setTimeout(() => process.exit(0), 2000).unref();
          done(0);
        });
      };
      const onInt = () => stop('SIGINT');
      const onTerm = () => stop('SIGTERM');
      process.on('SIGINT', onInt).on('SIGTERM', onTerm);
    });
  },
};
