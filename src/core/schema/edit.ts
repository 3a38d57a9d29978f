// Pure text edits of a JSON Schema, for quick fixes.

import { parseSchemaText } from './parse';
import { isObject } from './pointer';

/** The indentation unit of a pretty-printed JSON text, or undefined when it is on one line. */
function indentOf(text: string): string | number | undefined {
  const m = /\n([ \t]+)\S/.exec(text);
  if (!m) return text.trim().includes('\n') ? 2 : undefined;
  return m[1][0] === '\t' ? '\t' : m[1].length;
}

/**
 * Adds (or replaces) `name` in the root object's `properties`, optionally listing it in
 * `required`. Keeps the text's indentation style (2 spaces, 4, tabs, or one line) and its
 * trailing newline. Returns null when the text is not a JSON object. The text is re-serialised,
 * so spacing inside lines is normalised.
 */
export function addProperty(text: string, name: string, subschema: unknown, options: { required?: boolean } = {}): string | null {
  const parsed = parseSchemaText(text);
  if (!parsed.ok || !isObject(parsed.value)) return null;
  const root = parsed.value;
  if (root.properties !== undefined && !isObject(root.properties)) return null;
  const properties: Record<string, unknown> = isObject(root.properties) ? root.properties : {};
  // defineProperty: a `__proto__` name must become a key, not a prototype.
  Object.defineProperty(properties, name, { value: subschema, enumerable: true, writable: true, configurable: true });
  if (!isObject(root.properties)) {
    Object.defineProperty(root, 'properties', { value: properties, enumerable: true, writable: true, configurable: true });
    if (root.type === undefined) {
      // Keep `type` first when we add it ourselves.
      const rebuilt: Record<string, unknown> = { type: 'object' };
      for (const [k, v] of Object.entries(root)) rebuilt[k] = v;
      return serialise(text, withRequired(rebuilt, name, options.required));
    }
  }
  return serialise(text, withRequired(root, name, options.required));
}

function withRequired(root: Record<string, unknown>, name: string, required: boolean | undefined): Record<string, unknown> {
  if (!required) return root;
  const list = Array.isArray(root.required) ? root.required : [];
  if (!list.includes(name)) root.required = [...list, name];
  return root;
}

function serialise(original: string, value: unknown): string {
  const indent = indentOf(original);
  const out = JSON.stringify(value, null, indent);
  return /\n\s*$/.test(original) ? `${out}\n` : out;
}
