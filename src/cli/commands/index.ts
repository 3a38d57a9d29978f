import type { Command } from '../command';

/** Every CLI command, in the order `eventsmith --help` lists them. One file per command. */
export const commands: Command[] = [];
