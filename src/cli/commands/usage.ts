// What `eventsmith --help` says about each command, apart from the commands themselves: the help
// and the choice of a command load only this, and the one command asked for is loaded after
// (commands/index.ts), so `--help` or `lint` does not load the export, compat or share code.

export const DEFAULT_BASE_URL = 'http://localhost:5173/';
export const EXPORT_ASYNCAPI_USAGE = 'export asyncapi <files…> -o <dir> [--format yaml|json] [--force]';
export const EXPORT_CATALOG_USAGE = 'export catalog <files…> -o <dir> [--format html|markdown|eventcatalog] [--force]';

export interface Usage { usage: string; summary: string }

export const USAGE = {
  lint: {
    usage: 'lint <files…> [--format text|json|sarif] [--profile sketch|review|production]',
    summary: 'Lint a design (or AsyncAPI documents) for event-driven design mistakes; exit 1 on errors.',
  },
  compat: {
    usage: 'compat <old schema…> <new schema> [--mode BACKWARD|FORWARD|FULL|…_TRANSITIVE|NONE] [--policy LENIENT|STRICT] [--format text|json]',
    summary: "JSON Schema compatibility by Confluent Schema Registry's rules (earlier files oldest first); exit 1 when incompatible",
  },
  share: {
    usage: 'share <design file> [--base-url URL]',
    summary: `print a link that carries the whole design (default base ${DEFAULT_BASE_URL})`,
  },
  unshare: {
    usage: "unshare <'link or fragment' | file | -> [-o design.json]",
    summary: 'decode a share link (given as is, in a file, or on standard input with -) into a design file',
  },
  import: {
    usage: 'import <asyncapi files…> -o design.json [--root DIR]',
    summary: 'turn AsyncAPI 2.x/3.x documents (several form one system) into a design file',
  },
  export: {
    usage: [EXPORT_ASYNCAPI_USAGE, EXPORT_CATALOG_USAGE].join('\n  '),
    summary: 'write AsyncAPI 3.0 documents (one per service) or the event catalog',
  },
  serve: {
    usage: 'serve [--port 4321] [--host 127.0.0.1] [--data ./eventsmith-data] [--redis redis://HOST:PORT] [--token SECRET] [--app DIR]',
    summary: 'run a workshop server: the app plus live rooms everyone edits together (Ctrl+C stops it)',
  },
} satisfies Record<string, Usage>;
