// ajv compiles the meta-schema with formats off, so `"format": "regex"` on `pattern` is never
// checked there; a bad pattern would only surface as a compile exception without a path.
// This finds them with their JSON pointers, as ajv will build them (the `u` flag).

import { appendPointer, isObject } from '../schema/pointer';
import type { ValidationIssue } from './types';

function regexError(source: string): string | undefined {
  try {
    new RegExp(source, 'u');
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export function patternIssues(schema: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const stack: { node: unknown; pointer: string }[] = [{ node: schema, pointer: '' }];
  let visited = 0;
  while (stack.length > 0 && visited++ < 100_000) {
    const { node, pointer } = stack.pop()!;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], pointer: appendPointer(pointer, i) });
      continue;
    }
    if (!isObject(node)) continue;
    if (typeof node.pattern === 'string') {
      const error = regexError(node.pattern);
      const at = appendPointer(pointer, 'pattern');
      if (error) issues.push({ path: at, message: `${at} is not a valid regular expression: ${error}`, code: 'meta-schema' });
    }
    if (isObject(node.patternProperties)) {
      for (const key of Object.keys(node.patternProperties)) {
        const error = regexError(key);
        const at = appendPointer(pointer, 'patternProperties', key);
        if (error) issues.push({ path: at, message: `${at} is not a valid regular expression: ${error}`, code: 'meta-schema' });
      }
    }
    const entries = Object.entries(node);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, v] = entries[i];
      if (typeof v === 'object' && v !== null) stack.push({ node: v, pointer: appendPointer(pointer, k) });
    }
  }
  return issues;
}
