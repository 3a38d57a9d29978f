// File and resource names derived from user text: always slugs, never the raw text.
import { slugify } from '../model/ids';
import type { Design } from '../model/types';

/** `order-saga-catalog`: the readable catalog's file name without extension. */
export function catalogFileBase(design: Design): string {
  return `${slugify(design.name, slugify(design.id, 'design'))}-catalog`;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function isSemver(version: string | undefined): version is string {
  return typeof version === 'string' && SEMVER.test(version);
}

/** A semver string: the value when it is one, `1` → `1.0.0`, `1.2` → `1.2.0`, else the fallback. */
export function semverOr(version: string | undefined, fallback = '1.0.0'): string {
  if (isSemver(version)) return version;
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec((version ?? '').trim());
  if (m) {
    const candidate = [m[1], m[2] ?? '0', m[3] ?? '0'].map((n) => String(Number(n))).join('.');
    if (isSemver(candidate)) return candidate;
  }
  return fallback;
}
