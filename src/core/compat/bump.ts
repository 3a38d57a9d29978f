import { checkCompatibility, differences, parseSchema } from './check';
import { ANNOTATION_ONLY } from './differences';
import { CompatInputError, DEFAULT_COMPAT, type CompatSettings, type PreviousSchema } from './types';

export type BumpKind = 'major' | 'minor' | 'patch';

/**
 * The semver step a new schema version deserves:
 * major: incompatible with the earlier versions by the event's compatibility settings;
 * minor: compatible, but what validates changed in either direction (a field added, a limit eased);
 * patch: only annotations changed ($id, title, description) or nothing at all (formatting).
 */
export function suggestBump(
  previous: PreviousSchema | readonly PreviousSchema[],
  next: string,
  settings: CompatSettings = DEFAULT_COMPAT,
): BumpKind {
  const check = checkCompatibility(previous, next, settings.mode === 'NONE' ? DEFAULT_COMPAT : settings);
  if (!check.compatible) return 'major';
  const list = Array.isArray(previous) ? previous : [previous as PreviousSchema];
  if (list.length === 0) return 'patch';
  const last = list[list.length - 1];
  const before = parseSchema(typeof last === 'string' ? last : last.schema, 'the earlier schema');
  const after = parseSchema(next, 'the new schema');
  const all = [...differences(before, after, settings.policy), ...differences(after, before, settings.policy)];
  return all.every((d) => ANNOTATION_ONLY.has(d.type)) ? 'patch' : 'minor';
}

const SEMVER = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?$/;

/** `1.4.2` + minor → `1.5.0`. Accepts `v1`, `1.2`, and drops a pre-release or build suffix. */
export function bumpVersion(version: string, kind: BumpKind): string {
  const m = SEMVER.exec(version.trim());
  if (!m) throw new CompatInputError(`"${version}" is not a semantic version (like 1.2.3)`);
  const [major, minor, patch] = [m[1], m[2] ?? '0', m[3] ?? '0'].map(Number);
  if (kind === 'major') return `${major + 1}.0.0`;
  if (kind === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
