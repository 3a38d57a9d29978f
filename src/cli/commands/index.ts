import type { Command } from '../command';
import { USAGE } from './usage';

/**
 * A command whose code loads only when it runs: the bundle splits each command into its own
 * chunks, so `--help` loads none of them and `lint` does not load export, compat, share or serve.
 */
function lazy(name: keyof typeof USAGE, load: () => Promise<Command>): Command {
  return { name, ...USAGE[name], run: async (argv, io) => (await load()).run(argv, io) };
}

/** Every CLI command, in the order `eventsmith --help` lists them. One file per command. */
export const commands: Command[] = [
  lazy('lint', () => import('./lint').then((m) => m.lintCommand)),
  lazy('compat', () => import('./compat').then((m) => m.compatCommand)),
  lazy('share', () => import('./share').then((m) => m.shareCommand)),
  lazy('unshare', () => import('./unshare').then((m) => m.unshareCommand)),
  lazy('import', () => import('./import').then((m) => m.importCommand)),
  lazy('export', () => import('./export').then((m) => m.exportCommand)),
  lazy('serve', () => import('./serve').then((m) => m.serveCommand)),
];
