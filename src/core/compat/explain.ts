// Plain words for a difference. Every message is said from the reader/writer pair, which stays
// true in both directions: in a backward check the reader is the new version and the writer the
// earlier one; in a forward check it is the other way round.

import type { Diff } from './context';
import type { DifferenceType } from './differences';
import type { CompatDirection, CompatPolicy } from './types';
import { escapePointerToken } from '../json';

export interface Roles {
  direction: CompatDirection;
  policy: CompatPolicy;
  /** e.g. "version 1.0.0" or "the earlier version". */
  earlier: string;
}

/** `customer.email`, `lines[]`, or "the payload" for the root. */
export function fieldLabel(path: readonly string[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if ((seg === 'properties' || seg === 'required' || seg === 'dependencies') && i + 1 < path.length) parts.push(path[++i]);
    else if (seg === 'items' && /^\d+$/.test(path[i + 1] ?? '')) parts.push(`[${path[++i]}]`);
    else if (seg === 'items') parts.push('[]');
  }
  if (parts.length === 0) return 'the payload';
  return '`' + parts.join('.').replace(/\.\[/g, '[') + '`';
}

export function jsonPath(path: readonly string[]): string {
  return '#/' + path.map(escapePointerToken).join('/');
}

const BOUND = /^(MAX_LENGTH|MIN_LENGTH|MAXIMUM|MINIMUM|EXCLUSIVE_MAXIMUM|EXCLUSIVE_MINIMUM|MAX_PROPERTIES|MIN_PROPERTIES|MAX_ITEMS|MIN_ITEMS|MAX_CONTAINS|MIN_CONTAINS)_(ADDED|REMOVED|INCREASED|DECREASED)$/;

type Say = (f: string, R: string, W: string, kw: string) => string;

const STATEMENTS: Partial<Record<DifferenceType, Say>> = {
  SCHEMA_ADDED: (f, R, W, kw) => `${R} gives ${f} an \`${kw}\` schema that ${W} does not have`,
  TYPE_CHANGED: (f, R, W) => `${f} has a different type in ${R} than in ${W}`,
  TYPE_NARROWED: (f, R, W) => `${R} accepts only integers for ${f}, where ${W} allows any number`,
  PATTERN_ADDED: (f, R, W) => `${R} requires ${f} to match a \`pattern\` that ${W} does not impose`,
  PATTERN_CHANGED: (f, R, W) => `${R} requires ${f} to match a different \`pattern\` than ${W}`,
  MULTIPLE_OF_ADDED: (f, R, W) => `${R} requires ${f} to be a \`multipleOf\` a number, which ${W} does not`,
  MULTIPLE_OF_EXPANDED: (f, R, W) => `${R} has a coarser \`multipleOf\` for ${f} than ${W}`,
  MULTIPLE_OF_CHANGED: (f, R, W) => `${R} has a \`multipleOf\` for ${f} that does not divide the one in ${W}`,
  REQUIRED_ATTRIBUTE_ADDED: (f, R, W) => `${R} requires ${f}, which is optional in ${W}`,
  ADDITIONAL_PROPERTIES_REMOVED: (f, R, W) => `${R} forbids undeclared fields in ${f} (\`additionalProperties: false\`), which ${W} allows`,
  ADDITIONAL_PROPERTIES_NARROWED: (f, R, W) => `${R} restricts undeclared fields in ${f} to a schema, where ${W} allows any`,
  DEPENDENCY_ARRAY_ADDED: (f, R, W) => `${R} makes other fields required whenever ${f} is present, which ${W} does not`,
  DEPENDENCY_ARRAY_EXTENDED: (f, R, W) => `${R} requires more fields alongside ${f} than ${W}`,
  DEPENDENCY_ARRAY_CHANGED: (f, R, W) => `${R} requires different fields alongside ${f} than ${W}`,
  DEPENDENCY_SCHEMA_ADDED: (f, R, W) => `${R} adds a schema that applies whenever ${f} is present, which ${W} does not have`,
  REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL: (f, R, W) => `${R} requires ${f}, which ${W} does not declare`,
  REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL: (f, R, W) =>
    `${R} declares ${f} (required, with a default), which ${W} leaves undeclared in an open content model: its events may already carry ${f} with another type`,
  OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL: (f, R, W) =>
    `${R} declares ${f}, which ${W} leaves undeclared in an open content model: its events may already carry ${f} with another type`,
  REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL: (f, R, W) => `${R} requires ${f}, which ${W} does not have`,
  PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL: (f, R, W) => `${W} has ${f}, but ${R} does not declare it and forbids undeclared fields`,
  PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: (f, R, W) =>
    `${W} has ${f}, which ${R} no longer declares, and it does not fit the schema ${R} gives undeclared fields`,
  PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: (f, R, W) =>
    `${R} declares ${f} with a schema that does not accept what ${W} allows undeclared fields to be`,
  UNEVALUATED_PROPERTIES_REMOVED: (f, R, W) => `${R} forbids unevaluated fields in ${f}, which ${W} allows`,
  UNEVALUATED_PROPERTIES_NARROWED: (f, R, W) => `${R} restricts unevaluated fields in ${f} to a schema, where ${W} allows any`,
  UNIQUE_ITEMS_ADDED: (f, R, W) => `${R} requires the items of ${f} to be unique, which ${W} does not`,
  ADDITIONAL_ITEMS_REMOVED: (f, R, W) => `${R} forbids items of ${f} beyond the listed ones, which ${W} allows`,
  ADDITIONAL_ITEMS_NARROWED: (f, R, W) => `${R} restricts extra items of ${f} to a schema, where ${W} allows any`,
  UNEVALUATED_ITEMS_REMOVED: (f, R, W) => `${R} forbids unevaluated items in ${f}, which ${W} allows`,
  UNEVALUATED_ITEMS_NARROWED: (f, R, W) => `${R} restricts unevaluated items in ${f} to a schema, where ${W} allows any`,
  ITEM_ADDED_TO_OPEN_CONTENT_MODEL: (f, R, W) => `${R} fixes the schema of tuple item ${f}, which ${W} leaves open to anything`,
  ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL: (f, R, W) => `${W} has tuple item ${f}, but ${R} drops it and allows no extra items`,
  ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: (f, R, W) => `${W}'s tuple item ${f} does not fit the schema ${R} gives extra items`,
  ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: (f, R, W) => `${R} declares tuple item ${f} with a schema that does not accept ${W}'s extra items`,
  ENUM_ARRAY_NARROWED: (f, R, W) => `${R} allows fewer values for ${f} than ${W}`,
  ENUM_ARRAY_CHANGED: (f, R, W, kw) =>
    kw === 'const' ? `${R} requires a different constant value for ${f} than ${W}` : `${R} allows different values for ${f} than ${W}`,
  COMBINED_TYPE_CHANGED: (f, R, W) => `${f} switches between allOf/anyOf/oneOf so that ${R} rejects data ${W} accepts`,
  PRODUCT_TYPE_EXTENDED: (f, R, W) => `${R} adds a schema to the allOf of ${f} that ${W} does not have`,
  SUM_TYPE_NARROWED: (f, R, W) => `${R} offers fewer alternatives (anyOf/oneOf) for ${f} than ${W}`,
  COMBINED_TYPE_SUBSCHEMAS_CHANGED: (f, R, W) => `the alternatives of ${f} in ${R} do not cover those of ${W}`,
  NOT_TYPE_EXTENDED: (f, R, W) => `${R} excludes (\`not\`) values of ${f} that ${W} allows`,
};

function boundStatement(match: RegExpMatchArray): Say {
  const [, , change] = match;
  return (f, R, W, kw) => {
    switch (change) {
      case 'ADDED': return `${R} sets \`${kw}\` on ${f}, which ${W} does not`;
      case 'REMOVED': return `${R} drops \`${kw}\` from ${f}`;
      case 'INCREASED': return `${R} has a higher \`${kw}\` on ${f} than ${W}`;
      default: return `${R} has a lower \`${kw}\` on ${f} than ${W}`;
    }
  };
}

type Family = 'required' | 'open-model' | 'closed-model' | 'constraint' | 'type' | 'values' | 'structure';

function familyOf(type: DifferenceType): Family {
  if (/REQUIRED_(ATTRIBUTE|PROPERTY)_ADDED/.test(type) && !type.includes('WITH_DEFAULT')) return 'required';
  if (type === 'OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL' || type === 'REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL' || type === 'ITEM_ADDED_TO_OPEN_CONTENT_MODEL') return 'open-model';
  if (/REMOVED_FROM_CLOSED|NOT_COVERED|ADDITIONAL_(PROPERTIES|ITEMS)_(REMOVED|NARROWED)|UNEVALUATED/.test(type)) return 'closed-model';
  if (/^TYPE_|^SCHEMA_ADDED/.test(type)) return 'type';
  if (/^ENUM_/.test(type)) return 'values';
  if (/COMBINED|PRODUCT|SUM_|NOT_TYPE/.test(type)) return 'structure';
  return 'constraint';
}

function advise(type: DifferenceType, { direction, policy, earlier }: Roles, f: string, kw: string): string {
  // Under STRICT a declared field may never appear where the writer's model was open, optional or not.
  if (direction === 'backward' && policy === 'STRICT' && /ADDED_TO_OPEN_CONTENT_MODEL$/.test(type))
    return `under STRICT, fields can only be added where ${earlier} forbids undeclared fields: make ${f} optional and use the LENIENT policy, or close the content model (\`additionalProperties: false\`) in a version before adding fields`;
  const upgrade = 'upgrade every consumer before producers publish the new version';
  const family = familyOf(type);
  if (direction === 'forward') {
    switch (family) {
      case 'required': return `keep ${f} in the new version (consumers on ${earlier} require it), or ${upgrade}`;
      case 'closed-model': return `${upgrade}, or let ${earlier} tolerate unknown fields (no \`additionalProperties: false\`)`;
      case 'open-model': return `keep ${f} declared in the new version, or ${upgrade}`;
      case 'values': return `${upgrade} before producing the new values of ${f}`;
      case 'type': return `keep the type of ${f}, or ${upgrade}`;
      case 'constraint': return `keep \`${kw}\` on ${f} as strict as in ${earlier}, or ${upgrade}`;
      default: return `keep the alternatives of ${f} as in ${earlier}, or ${upgrade}`;
    }
  }
  switch (family) {
    case 'required': return `make ${f} optional, or give it a \`default\``;
    case 'open-model':
      return `close the content model (\`additionalProperties: false\`, \`additionalItems: false\`) in a version before declaring ${f}, or leave ${f} undeclared`;
    case 'closed-model': return `keep ${f} declared (mark it deprecated instead of removing it), or leave the content model open`;
    case 'values': return `keep every value ${earlier} allows for ${f}; stop producing the retired ones instead`;
    case 'type': return `keep the type of ${f}; add a new field with the new type and deprecate the old one`;
    case 'constraint': return `keep \`${kw}\` on ${f} no stricter than in ${earlier}; enforce the new limit in the producer instead`;
    default: return `keep every alternative of ${f} that ${earlier} allows`;
  }
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function explain(diff: Diff, roles: Roles): { message: string; advice: string } {
  const f = fieldLabel(diff.path);
  const kw = diff.path[diff.path.length - 1] ?? '';
  const [R, W] = roles.direction === 'backward' ? ['the new version', roles.earlier] : [roles.earlier, 'the new version'];
  const bound = BOUND.exec(diff.type);
  const say = STATEMENTS[diff.type] ?? (bound ? boundStatement(bound) : undefined);
  const statement = say ? say(f, R, W, kw) : `${f}: ${diff.type.toLowerCase().replace(/_/g, ' ')} between ${W} and ${R}`;
  const consequence = roles.direction === 'backward'
    ? `consumers on the new version could not read events written with ${roles.earlier}`
    : `consumers still on ${roles.earlier} could not read events written with the new version`;
  return { message: `${capital(statement)}: ${consequence}.`, advice: capital(advise(diff.type, roles, f, kw)) + '.' };
}
