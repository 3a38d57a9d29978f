import type { CliIO } from './io';

/** Exit codes of PRODUCT.md §7: 0 clean, 1 the check found problems, 2 unusable input or arguments. */
export type ExitCode = 0 | 1 | 2;

export interface Command {
  name: string;
  usage: string;
  summary: string;
  run: (argv: string[], io: CliIO) => Promise<ExitCode> | ExitCode;
}
