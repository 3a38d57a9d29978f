// The lint contract shared by the engine, the rules, the Problems panel and the CLI.
import type { DesignIndex } from '../model/queries';
import type { Design, Id, Severity } from '../model/types';
import type { ValidationResults } from '../validate/types';

export type { Severity };
export type TargetKind = 'design' | 'service' | 'topic' | 'event' | 'publication' | 'subscription';

export interface Target { kind: TargetKind; id: Id; name: string }

/** A pure edit: returns a new design and never mutates the one it is given. */
export interface QuickFix {
  title: string;
  apply: (design: Design) => Design;
}

/** Characters of one of an event's texts a finding is about: the editor marks them. */
export interface TextSpot {
  text: 'schema' | 'headersSchema';
  offset: number;
  length: number;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  target: Target;
  /** JSON path into the schema (a JSON pointer) where one applies. */
  path?: string;
  /** Where in the event's schema text, for a marker in its editor. */
  spot?: TextSpot;
  fix?: QuickFix;
  /** Set when the design suppresses this finding on this element; the UI lists these apart. */
  suppressed?: { reason: string };
}

/**
 * A finding as plain data, as it crosses from the lint worker to the page: the quick fix is only
 * named (the page asks the worker to apply it). A `Finding` is one too.
 */
export type PlainFinding = Omit<Finding, 'fix'> & { fix?: { title: string } };

/** What a rule reports; the engine adds the rule id and the default severity. */
export interface RawFinding {
  message: string;
  target: Target;
  /** Per-finding grade for rules with two (e.g. error for an imperative name, warning for no verb). */
  severity?: Severity;
  path?: string;
  spot?: TextSpot;
  fix?: QuickFix;
}

export interface RuleContext {
  design: Design;
  index: DesignIndex;
  /** The latest ajv results (worker in the browser, in-process in the CLI); absent = not known yet. */
  validation?: ValidationResults;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  title: string;
  /** One paragraph shown in the UI: why the rule exists. */
  rationale: string;
  check: (ctx: RuleContext) => RawFinding[];
}

/** What the page shows of a rule (the worker sends these: the rules' code stays in the worker). */
export type RuleInfo = Pick<Rule, 'id' | 'defaultSeverity' | 'title' | 'rationale'> & {
  /** Reported by the lint machinery itself (engine-findings.ts), not a rule: it cannot be switched off. */
  engine?: true;
};

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
