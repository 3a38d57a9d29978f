// ajv errors as readable issues: "/total/amount must be >= 0".

import type { ErrorObject } from 'ajv';
import type { ValidationIssue, ValidationIssueCode } from './types';

function where(path: string): string {
  return path === '' ? '(root)' : path;
}

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function describeError(e: ErrorObject): string {
  const at = where(e.instancePath);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return `${at} must NOT have additional property '${String(p.additionalProperty)}'`;
    case 'enum':
      return Array.isArray(p.allowedValues)
        ? `${at} must be one of ${p.allowedValues.map(show).join(', ')}`
        : `${at} ${e.message ?? 'is not allowed'}`;
    case 'const':
      return `${at} must be ${show(p.allowedValue)}`;
    default:
      return `${at} ${e.message ?? `fails ${e.keyword}`}`;
  }
}

/**
 * One issue per path. The draft-07 meta-schema reports a bad `type` three times (not an allowed
 * name, not an array, no anyOf branch): the branch summaries go, the first concrete reason stays.
 */
export function toIssues(errors: readonly ErrorObject[] | null | undefined, code: ValidationIssueCode, dedupe: boolean): ValidationIssue[] {
  if (!errors) return [];
  const chosen = new Map<string, ErrorObject>();
  const all: ErrorObject[] = [];
  for (const e of errors) {
    if (!dedupe) { all.push(e); continue; }
    const prev = chosen.get(e.instancePath);
    const summary = (x: ErrorObject) => x.keyword === 'anyOf' || x.keyword === 'oneOf' || x.keyword === 'if';
    if (!prev || (summary(prev) && !summary(e))) chosen.set(e.instancePath, e);
  }
  const list = dedupe ? [...chosen.values()] : all;
  const seen = new Set<string>();
  const out: ValidationIssue[] = [];
  for (const e of list) {
    const message = describeError(e);
    if (seen.has(e.instancePath + '\u0000' + message)) continue;
    seen.add(e.instancePath + '\u0000' + message);
    out.push({ path: e.instancePath, message, code });
  }
  return out;
}
