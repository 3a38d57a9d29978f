import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A failure the user can act on: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {}

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readText: (path: string) => string;
  writeText: (path: string, content: string | Uint8Array) => void;
}

export const nodeIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readText: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  },
  writeText: (path, content) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  },
};

/** Splits argv into positionals and `--flag value` / `-o value` options. */
export function parseArgs(argv: string[], valueFlags: string[], boolFlags: string[] = []) {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('-') && arg !== '-') {
      const [flag, inline] = arg.split('=', 2);
      if (valueFlags.includes(flag)) {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new UsageError(`${flag} needs a value`);
        options[flag] = value;
      } else if (boolFlags.includes(flag)) {
        options[flag] = true;
      } else {
        throw new UsageError(`unknown option ${flag}`);
      }
    } else {
      positionals.push(arg);
    }
  }
  return { positionals, options };
}

export function oneOf<T extends string>(value: string | true | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}`);
}
