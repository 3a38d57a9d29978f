// Messages between the page and the lint worker. The whole lint engine (rules, schema facts,
// compatibility checks, pattern evaluation, quick fixes) runs there, so nothing a design can make
// expensive runs on the page's thread; only plain data crosses.

import { COMPAT_MODES, COMPAT_POLICIES } from '../../compat/types';
import type { VersionsInput, VersionsReport } from '../../compat/versions-report';
import type { Design } from '../../model/types';
import type { Finding, PlainFinding, RuleInfo } from '../types';
import type { DesignPatch, FindingsPatch, ValidationPatch } from './delta';

/** Which finding a quick fix is asked for: the rule re-runs on the design the fix is applied to. */
export interface FixRef {
  ruleId: string;
  targetId: string;
  message: string;
  path?: string;
}

/** The design and validation results travel as changes since the previous request (see delta.ts). */
export type LintRequest =
  | { type: 'lint'; requestId: number; design: DesignPatch; validation: ValidationPatch }
  | { type: 'fix'; requestId: number; design: DesignPatch; validation: ValidationPatch; finding: FixRef }
  /** An event's Versions section (verdicts and bump): the design the worker holds is not touched. */
  | { type: 'versions'; requestId: number; input: VersionsInput };

export type LintResponse =
  /** Sent once the engine has loaded, with what the page shows of each rule. */
  | { type: 'ready'; rules: RuleInfo[] }
  /** The findings as changes since the previous answer (see delta.ts). */
  | { type: 'findings'; requestId: number; patch: FindingsPatch }
  /** `design` is null when the finding (or its fix) no longer exists on that design. */
  | { type: 'fixed'; requestId: number; design: Design | null; title?: string }
  | { type: 'versions'; requestId: number; report: VersionsReport }
  | { type: 'failed'; requestId: number; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A request as the worker receives it: checked, since structured clone carries anything. */
export function asLintRequest(data: unknown): LintRequest | undefined {
  if (!isObject(data) || typeof data.requestId !== 'number') return undefined;
  if (data.type === 'versions') return isVersionsInput(data.input) ? (data as LintRequest) : undefined;
  if (!isObject(data.design) || !isObject(data.validation)) return undefined;
  if (data.type === 'lint') return data as LintRequest;
  if (data.type !== 'fix' || !isObject(data.finding)) return undefined;
  const f = data.finding;
  if (typeof f.ruleId !== 'string' || typeof f.targetId !== 'string' || typeof f.message !== 'string') return undefined;
  if (f.path !== undefined && typeof f.path !== 'string') return undefined;
  return data as LintRequest;
}

function isVersionsInput(v: unknown): v is VersionsInput {
  if (!isObject(v) || typeof v.schema !== 'string' || !Array.isArray(v.history) || !isObject(v.settings)) return false;
  const { mode, policy } = v.settings;
  if (!COMPAT_MODES.includes(mode as never) || !COMPAT_POLICIES.includes(policy as never)) return false;
  return v.history.every((h) => isObject(h) && typeof h.version === 'string' && typeof h.schema === 'string');
}

export function asLintResponse(data: unknown): LintResponse | undefined {
  if (!isObject(data)) return undefined;
  if (data.type === 'ready') return Array.isArray(data.rules) ? (data as LintResponse) : undefined;
  if (typeof data.requestId !== 'number') return undefined;
  if (data.type === 'findings') {
    const patch = data.patch as Record<string, unknown> | null;
    return isObject(patch) && patch.reuse instanceof Int32Array && Array.isArray(patch.added) ? (data as LintResponse) : undefined;
  }
  if (data.type === 'fixed') return data.design === null || isObject(data.design) ? (data as LintResponse) : undefined;
  if (data.type === 'versions') return isObject(data.report) && typeof data.report.state === 'string' ? (data as LintResponse) : undefined;
  if (data.type === 'failed') return typeof data.error === 'string' ? (data as LintResponse) : undefined;
  return undefined;
}

/** The finding without its fix's code: only the fix's title crosses. */
export function plainFinding(f: Finding): PlainFinding {
  const { fix, ...rest } = f;
  return fix ? { ...rest, fix: { title: fix.title } } : rest;
}

export function fixRefOf(f: PlainFinding): FixRef {
  const ref: FixRef = { ruleId: f.ruleId, targetId: f.target.id, message: f.message };
  if (f.path !== undefined) ref.path = f.path;
  return ref;
}

export function sameFinding(f: PlainFinding, ref: FixRef): boolean {
  return f.ruleId === ref.ruleId && f.target.id === ref.targetId && f.message === ref.message && (f.path ?? '') === (ref.path ?? '');
}
