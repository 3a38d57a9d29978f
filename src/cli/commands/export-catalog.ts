// `eventsmith export catalog <files…> -o <dir> [--format html|markdown|eventcatalog]`
import { exportAsyncApi } from '../../core/asyncapi/export/index';
import { catalogHtml, catalogMarkdown, eventCatalogProject, ownerNote, type CatalogFile } from '../../core/catalog/index';
import { lintDesign, openFindings } from '../../core/lint/engine';
import { drawingFor } from '../../core/layout/drawing-for';
import { createElk } from '../../core/layout/elk-layout';
import { layoutDesign } from '../../core/layout/layout-design';
import type { Design } from '../../core/model/types';
import type { ExitCode } from '../command';
import { loadSystem } from '../inputs';
import { oneOf, parseArgs, UsageError, type CliIO } from '../io';
import { writeOutputFolder } from '../output-dir';
import { startValidation } from '../validate';

/** The flow diagram as the app draws it: laid out by the engine when nodes have no position, else routed around them. */
async function diagramOf(design: Design) {
  const elk = await createElk();
  if ([...design.services, ...design.topics].some((n) => !design.layout.nodes[n.id])) return (await layoutDesign(elk, design)).drawing;
  return drawingFor(elk, design);
}

export const CATALOG_FORMATS = ['html', 'markdown', 'eventcatalog'] as const;

export async function exportCatalog(argv: string[], io: CliIO): Promise<ExitCode> {
  const { positionals, options } = parseArgs(argv, ['-o', '--output', '--format'], ['--force']);
  const out = options['-o'] ?? options['--output'];
  if (typeof out !== 'string' || out === '') throw new UsageError('-o <dir> is required (where to write the catalog)');
  const format = oneOf(options['--format'], CATALOG_FORMATS, '--format', 'html');
  const { design } = loadSystem(positionals, io);
  // Validated as `eventsmith lint` does, so the catalog's counts are lint's and each example shows its verdict.
  const validator = startValidation();
  let validation;
  try {
    validation = await validator.validate(design);
  } finally {
    validator.dispose();
  }
  const findings = openFindings(lintDesign(design, { validation }));

  let files: CatalogFile[];
  if (format === 'eventcatalog') {
    const asyncapi = exportAsyncApi(design);
    for (const w of asyncapi.warnings) io.stderr(`warning: ${w}\n`);
    files = eventCatalogProject(design, { findings, asyncapi, validation });
    const note = ownerNote(design);
    if (note) io.stderr(`note: ${note}\n`);
  } else {
    files = format === 'html' ? catalogHtml(design, { findings, drawing: await diagramOf(design), validation }) : catalogMarkdown(design, { findings, validation });
  }
  writeOutputFolder(io, out, files, options['--force'] === true);
  io.stdout(`Wrote ${files.length} file${files.length === 1 ? '' : 's'} (${format}) to ${out}\n`);
  return 0;
}
