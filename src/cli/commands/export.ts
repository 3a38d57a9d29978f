// `eventsmith export <kind> …`: one subcommand per export, each in its own file.
import type { Command, ExitCode } from '../command';
import { UsageError, type CliIO } from '../io';
import { exportAsyncApiCommand } from './export-asyncapi';
import { exportCatalog } from './export-catalog';
import { EXPORT_ASYNCAPI_USAGE, EXPORT_CATALOG_USAGE, USAGE } from './usage';

interface Subcommand { name: string; usage: string; run: (argv: string[], io: CliIO) => ExitCode | Promise<ExitCode> }

/** Add an export here (one line) with its file beside this one. */
const subcommands: Subcommand[] = [
  { name: 'asyncapi', usage: EXPORT_ASYNCAPI_USAGE, run: exportAsyncApiCommand },
  { name: 'catalog', usage: EXPORT_CATALOG_USAGE, run: exportCatalog },
];

export const exportCommand: Command = {
  name: 'export',
  ...USAGE.export,
  run(argv, io) {
    const [kind, ...rest] = argv;
    const sub = subcommands.find((s) => s.name === kind);
    if (!sub) throw new UsageError(`say what to export: ${subcommands.map((s) => s.name).join(' or ')} (e.g. ${subcommands[0].usage})`);
    return sub.run(rest, io);
  },
};
