// Every string a user typed goes through one of these before it reaches an output format.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// C0 controls (but tab and line breaks) and DEL are invalid in HTML and XML text: shown as �.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Safe in HTML/SVG text and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(CONTROL, '\uFFFD').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

// CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can open
// markup anywhere in a line: HTML, MDX expressions/JSX, tables, emphasis, links, code, entities.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]<>#|~&$]/g;
// ...and these only at the start of a line: list items, setext underlines, ordered lists.
const LINE_START = /^(\s*)([-+=]|\d+(?=[.)]))/;

/**
 * Inline Markdown (and MDX) text, placed after other text on its line: renders as the literal
 * characters. Newlines become spaces so a value can never open a new block (heading, list, fence,
 * table row).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(CONTROL, '\uFFFD').replace(/\r\n?|\n|\u2028|\u2029/g, ' ').replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

// MDX reads a line that starts with `import` or `export` as an ES module statement, which runs
// when the catalog is built (and innocent prose like "export of orders…" breaks the compile). Its
// first letter becomes a character reference: rendered as the same letter, never parsed as code.
const ESM_START = /^(import|export)/i;

function escapeLineStart(line: string): string {
  if (ESM_START.test(line)) return `&#${line.charCodeAt(0)};${line.slice(1)}`;
  return line.replace(LINE_START, (_, space: string, mark: string) => (/\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`));
}

/** A multi-line paragraph of user text: each line escaped, blank lines kept as paragraph breaks. */
export function escapeMarkdownBlock(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((para) => para.split('\n').map((line) => escapeLineStart(escapeMarkdown(line.trim()))).join('  \n'))
    .filter((para) => para.length > 0)
    .join('\n\n');
}

/** A fenced code block whose fence is longer than any backtick run in the content. */
export function fencedBlock(text: string, lang = ''): string {
  const content = text.replace(CONTROL, '\uFFFD');
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const body = content.endsWith('\n') ? content : content + '\n';
  return `${fence}${lang}\n${body}${fence}`;
}

/** Inline code whose delimiters are longer than any backtick run inside; spaces pad edge backticks. */
export function inlineCode(text: string): string {
  const flat = text.replace(CONTROL, '\uFFFD').replace(/\r\n?|\n|\u2028|\u2029/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}
