// Schema edits that turn a breaking change into a compatible one, for quick fixes.

import type { CompatIssue } from './types';
import { unescapePointerToken } from '../json';

const REQUIRED_ADDED = new Set(['REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL', 'REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL', 'REQUIRED_ATTRIBUTE_ADDED']);

function segments(path: string): string[] {
  return path.replace(/^#\/?/, '').split('/').filter((s) => s !== '').map(unescapePointerToken);
}

/** The property an issue asks to make optional (a required field the new version added), if any. */
export function optionalizable(issue: CompatIssue): { parent: string[]; name: string } | undefined {
  if (issue.direction !== 'backward' || !REQUIRED_ADDED.has(issue.type)) return undefined;
  const segs = segments(issue.path);
  if (segs.length < 2) return undefined;
  const keyword = segs[segs.length - 2];
  if (keyword !== 'properties' && keyword !== 'required') return undefined;
  return { parent: segs.slice(0, -2), name: segs[segs.length - 1] };
}

/**
 * The schema text with `name` removed from `required` of the object at `parent` (JSON pointer
 * segments, physical location). Undefined when the text does not parse or the path goes through a
 * $ref or a combinator, so the object is not literally there.
 */
export function makeOptional(schemaText: string, parent: string[], name: string): string | undefined {
  let root: unknown;
  try {
    root = JSON.parse(schemaText);
  } catch {
    return undefined;
  }
  let node: unknown = root;
  for (const seg of parent) {
    if (typeof node !== 'object' || node === null || Array.isArray(node) || !(seg in node)) return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
  const obj = node as Record<string, unknown>;
  if (!Array.isArray(obj.required) || !obj.required.includes(name)) return undefined;
  const rest = obj.required.filter((r) => r !== name);
  if (rest.length > 0) obj.required = rest;
  else delete obj.required;
  const indent = /\n([ \t]+)"/.exec(schemaText)?.[1] ?? (schemaText.includes('\n') ? '  ' : '');
  return JSON.stringify(root, null, indent || undefined);
}
