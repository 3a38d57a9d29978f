import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A failure the user can act on: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {}

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readText: (path: string) => string;
  writeText: (path: string, content: string | Uint8Array) => void;
  /** All of standard input, for `-` in place of a file. */
  readStdin?: () => string;
  /** Whether a file exists (exports refuse to overwrite files they did not write). */
  exists?: (path: string) => boolean;
  /** Removes a file an earlier export wrote and this one no longer does. */
  remove?: (path: string) => void;
}

/** A UTF-8 byte order mark some editors put first: not part of the text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// C0 controls but tab and newline, DEL and C1 (CSI 0x9B): raw, they drive the terminal. Bidi
// overrides and line/paragraph separators too: they make a message read as something else.
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** Text safe to print: control characters from input files shown as `\u001b`, never sent raw. */
export function escapeControls(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export const nodeIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readText: (path) => {
    try {
      return stripBom(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  },
  writeText: (path, content) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  },
  readStdin: () => stripBom(readFileSync(0, 'utf8')),
  exists: (path) => existsSync(path),
  remove: (path) => rmSync(path, { force: true }),
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
