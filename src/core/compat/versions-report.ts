// What an event's Versions section shows: the verdict of every checked compatibility mode for the
// schema being edited against the frozen versions, and the version bump the changes call for.
// In the browser it is computed in the lint worker (a schema pair can make it expensive); each
// check runs under the compat budget, and an overrun is reported as such, never as compatible.

import { CompatTooComplexError } from './budget';
import { checkCompatibility } from './check';
import { suggestBump, type BumpKind } from './bump';
import { CompatInputError, type CompatMode, type CompatResult, type CompatSettings } from './types';

export type CheckedMode = Exclude<CompatMode, 'NONE'>;
export const COMPAT_DIRECTIONS = ['BACKWARD', 'FORWARD', 'FULL'] as const;
export const CHECKED_MODES: readonly CheckedMode[] = COMPAT_DIRECTIONS.flatMap((d) => [d, `${d}_TRANSITIVE` as const]);

export interface VersionsInput {
  history: readonly { version: string; schema: string }[];
  schema: string;
  settings: CompatSettings;
}

export type VersionsReport =
  /** Every mode checked; `bump` is null when there is no earlier version to compare with. */
  | { state: 'checked'; results: Partial<Record<CheckedMode, CompatResult>>; bump: BumpKind | null }
  /** A schema does not parse or cannot be followed (a $ref to nowhere). */
  | { state: 'unusable'; error: string }
  /** The checks overran their budget: "schema too complex to check". */
  | { state: 'too-complex'; error: string }
  /** The check could not run at all (no worker). */
  | { state: 'failed'; error: string };

export function versionsReport({ history, schema, settings }: VersionsInput): VersionsReport {
  if (history.length === 0) return { state: 'checked', results: {}, bump: null };
  try {
    const results: Partial<Record<CheckedMode, CompatResult>> = {};
    for (const mode of CHECKED_MODES) results[mode] = checkCompatibility(history, schema, { mode, policy: settings.policy });
    return { state: 'checked', results, bump: suggestBump(history, schema, settings) };
  } catch (e) {
    if (e instanceof CompatTooComplexError) return { state: 'too-complex', error: e.message };
    if (e instanceof CompatInputError) return { state: 'unusable', error: e.message };
    throw e;
  }
}
