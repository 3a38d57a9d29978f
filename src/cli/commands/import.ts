// `eventsmith import <asyncapi files…> -o design.json`: AsyncAPI 2.x/3.x → a design file.
import type { Command } from '../command';
import { loadAsyncApiFiles } from '../inputs';
import { parseArgs, UsageError } from '../io';
import { withReferencedFiles } from '../referenced-files';
import { USAGE } from './usage';

export const importCommand: Command = {
  name: 'import',
  ...USAGE.import,
  run(argv, io) {
    const { positionals, options } = parseArgs(argv, ['-o', '--output', '--root']);
    const root = typeof options['--root'] === 'string' ? options['--root'] : '.';
    const out = options['-o'] ?? options['--output'];
    if (typeof out !== 'string' || out === '') throw new UsageError('-o <design.json> is required (where to write the design)');
    if (positionals.length === 0) throw new UsageError('give the AsyncAPI files to import');
    // Relative $refs are read from disk (inside --root), as every AsyncAPI tool does.
    const { file, warnings } = loadAsyncApiFiles(withReferencedFiles(positionals.map((path) => ({ path, text: io.readText(path) })), io, root));
    for (const w of warnings) io.stderr(`warning: ${w}\n`);
    io.writeText(out, JSON.stringify(file, null, 2) + '\n');
    const d = file.design;
    io.stdout(`Wrote ${out}: ${d.services.length} services, ${d.topics.length} topics, ${d.events.length} events\n`);
    return 0;
  },
};
