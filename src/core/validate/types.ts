// Results of ajv validation, as the worker reports them and the lints read them.

import type { Id } from '../model/types';

/**
 * What kind of problem: `other-draft` is a warning (the `$schema` names another draft), the rest
 * are errors. `compile`: ajv could not build the schema (an unresolvable `$ref`).
 */
export type ValidationIssueCode = 'invalid-json' | 'other-draft' | 'meta-schema' | 'compile' | 'mismatch';

export interface ValidationIssue {
  /** JSON pointer into the instance (examples) or into the schema (schema, headers); '' = the root. */
  path: string;
  /** Readable, path included: "/total/amount must be >= 0". */
  message: string;
  code?: ValidationIssueCode;
}

export interface EventValidation {
  eventId: Id;
  /** validationKey() of the inputs: a result whose key differs from the event's current key is stale. */
  key: string;
  /** Problems of the payload schema itself (JSON, draft-07 meta-schema, another draft, unresolvable $ref). */
  schema: ValidationIssue[];
  /** Problems of the headers schema itself. */
  headers: ValidationIssue[];
  /** Per example, in order: JSON errors or mismatches against the payload schema. */
  examples: ValidationIssue[][];
  /** The worker ran out of its time budget (a hostile pattern?) and was restarted. */
  timedOut?: boolean;
  /** The validator itself failed (the worker crashed or could not start). */
  error?: string;
}

export type ValidationResults = Record<Id, EventValidation>;
