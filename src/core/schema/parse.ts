import { jsonErrorOffset } from './json-error-offset';

// JSON parsing that never throws and says where the text went wrong.

export type ParseResult =
  | { ok: true; value: unknown }
  | { ok: false; error: string; line?: number; column?: number };

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < clamped; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: clamped - lineStart + 1 };
}


function cleanMessage(message: string): string {
  return message
    .replace(/^JSON\.parse: /, '')
    .replace(/ (in JSON )?at position \d+( \(line \d+ column \d+\))?/i, '')
    .replace(/ at line \d+ column \d+ of the JSON data/i, '')
    .replace(/, ".*" is not valid JSON$/s, '');
}

export function parseSchemaText(text: string): ParseResult {
  if (text.trim() === '') return { ok: false, error: 'The schema is empty', line: 1, column: 1 };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const offset = jsonErrorOffset(text);
    const where = offset >= 0 ? lineColumn(text, offset) : undefined;
    const base = `Invalid JSON: ${cleanMessage(raw)}`;
    return where
      ? { ok: false, error: `${base} (line ${where.line}, column ${where.column})`, ...where }
      : { ok: false, error: base };
  }
}
