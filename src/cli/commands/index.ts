import type { Command } from '../command';
import { lintCommand } from './lint';
import { compatCommand } from './compat';
import { shareCommand } from './share';
import { unshareCommand } from './unshare';
import { importCommand } from './import';
import { exportCommand } from './export';
import { serveCommand } from './serve';

/** Every CLI command, in the order `eventsmith --help` lists them. One file per command. */
export const commands: Command[] = [
  lintCommand,
  compatCommand,
  shareCommand,
  unshareCommand,
  importCommand,
  exportCommand,
  serveCommand,
];
