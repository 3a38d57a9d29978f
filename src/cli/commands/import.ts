// `eventsmith import <asyncapi files…> -o design.json`: AsyncAPI 2.x/3.x → a design file.
import type { Command } from '../command';
import { loadAsyncApiFiles } from '../inputs';
import { parseArgs, UsageError } from '../io';

export const importCommand: Command = {
  name: 'import',
  usage: 'import <asyncapi files…> -o design.json',
  summary: 'turn AsyncAPI 2.x/3.x documents (several form one system) into a design file',
  run(argv, io) {
    const { positionals, options } = parseArgs(argv, ['-o', '--output']);
    const out = options['-o'] ?? options['--output'];
    if (typeof out !== 'string' || out === '') throw new UsageError('-o <design.json> is required (where to write the design)');
    if (positionals.length === 0) throw new UsageError('give the AsyncAPI files to import');
    const { file, warnings } = loadAsyncApiFiles(positionals.map((path) => ({ path, text: io.readText(path) })));
    for (const w of warnings) io.stderr(`warning: ${w}\n`);
    io.writeText(out, JSON.stringify(file, null, 2) + '\n');
    const d = file.design;
    io.stdout(`Wrote ${out}: ${d.services.length} services, ${d.topics.length} topics, ${d.events.length} events\n`);
    return 0;
  },
};
