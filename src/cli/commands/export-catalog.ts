// `eventsmith export catalog <files…> -o <dir> [--format html|markdown|eventcatalog]`
import { exportAsyncApi } from '../../core/asyncapi/export/index';
import { catalogHtml, catalogMarkdown, eventCatalogProject, type CatalogFile } from '../../core/catalog/index';
import { lintDesign, openFindings } from '../../core/lint/engine';
import type { ExitCode } from '../command';
import { loadSystem } from '../inputs';
import { oneOf, parseArgs, UsageError, type CliIO } from '../io';
import { writeOutputFolder } from '../output-dir';

export const CATALOG_FORMATS = ['html', 'markdown', 'eventcatalog'] as const;
export const EXPORT_CATALOG_USAGE = 'export catalog <files…> -o <dir> [--format html|markdown|eventcatalog] [--force]';

export function exportCatalog(argv: string[], io: CliIO): ExitCode {
  const { positionals, options } = parseArgs(argv, ['-o', '--output', '--format'], ['--force']);
  const out = options['-o'] ?? options['--output'];
  if (typeof out !== 'string' || out === '') throw new UsageError('-o <dir> is required (where to write the catalog)');
  const format = oneOf(options['--format'], CATALOG_FORMATS, '--format', 'html');
  const { design } = loadSystem(positionals, io);
  const findings = openFindings(lintDesign(design));

  let files: CatalogFile[];
  if (format === 'eventcatalog') {
    const asyncapi = exportAsyncApi(design);
    for (const w of asyncapi.warnings) io.stderr(`warning: ${w}\n`);
    files = eventCatalogProject(design, { findings, asyncapi });
  } else {
    files = format === 'html' ? catalogHtml(design, { findings }) : catalogMarkdown(design, { findings });
  }
  writeOutputFolder(io, out, files, options['--force'] === true);
  io.stdout(`Wrote ${files.length} file${files.length === 1 ? '' : 's'} (${format}) to ${out}\n`);
  return 0;
}
