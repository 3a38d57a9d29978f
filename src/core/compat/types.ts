import type { CompatMode, CompatPolicy } from '../model/types';
import type { DifferenceType } from './differences';

export type { CompatMode, CompatPolicy };

export const COMPAT_MODES: readonly CompatMode[] = [
  'BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE', 'NONE',
];
export const COMPAT_POLICIES: readonly CompatPolicy[] = ['LENIENT', 'STRICT'];

export interface CompatSettings { mode: CompatMode; policy: CompatPolicy }
export const DEFAULT_COMPAT: CompatSettings = { mode: 'BACKWARD', policy: 'LENIENT' };

/**
 * Which way the data flows in the check that found the issue.
 * backward: consumers on the NEW schema read data written with an earlier one.
 * forward: consumers still on an earlier schema read data written with the NEW one.
 */
export type CompatDirection = 'backward' | 'forward';

export interface CompatIssue {
  /** Confluent's difference type name, e.g. REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL. */
  type: DifferenceType;
  /** Plain words: what changed and who breaks. */
  message: string;
  /** JSON path into the schema, e.g. `#/properties/discountCode`. */
  path: string;
  /** What to do instead. */
  advice: string;
  direction: CompatDirection;
  /** The earlier version this breaks against (its version string, or `#n` counting from the oldest). */
  against?: string;
}

export interface CompatResult {
  compatible: boolean;
  issues: CompatIssue[];
}

/** An earlier version: bare schema text, or text with its version string. */
export type PreviousSchema = string | { version: string; schema: string };

/** Schema text that cannot be checked (not JSON, not a schema, a $ref we cannot follow). */
export class CompatInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CompatInputError';
  }
}
