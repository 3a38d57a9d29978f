// `eventsmith export asyncapi <files…> -o <dir> [--format yaml|json]`: one document per service.
import { exportAsyncApi, toJson, toYaml } from '../../core/asyncapi/export/index';
import type { ExitCode } from '../command';
import { loadSystem } from '../inputs';
import { oneOf, parseArgs, UsageError, type CliIO } from '../io';
import { writeOutputFolder } from '../output-dir';


export function exportAsyncApiCommand(argv: string[], io: CliIO): ExitCode {
  const { positionals, options } = parseArgs(argv, ['-o', '--output', '--format'], ['--force']);
  const out = options['-o'] ?? options['--output'];
  if (typeof out !== 'string' || out === '') throw new UsageError('-o <dir> is required (where to write the documents)');
  const format = oneOf(options['--format'], ['yaml', 'json'] as const, '--format', 'yaml');
  const { design } = loadSystem(positionals, io);
  const { documents, warnings } = exportAsyncApi(design);
  for (const w of warnings) io.stderr(`warning: ${w}\n`);
  const write = format === 'yaml' ? toYaml : toJson;
  writeOutputFolder(io, out, documents.map((d) => ({ path: `${d.fileBase}.${format}`, content: write(d.document) })), options['--force'] === true);
  io.stdout(`Wrote ${documents.length} AsyncAPI 3.0.0 document${documents.length === 1 ? '' : 's'} (${format}) to ${out}\n`);
  return 0;
}
