import { CompatInputError, CompatTooComplexError, DEFAULT_COMPAT, checkCompatibility, type CompatIssue } from '../../compat';
import { makeOptional, optionalizable } from '../../compat/fixes';
import { handledEventIds } from '../../model/queries';
import type { Design, EventType } from '../../model/types';
import { eventTarget, subscriptionTarget } from '../targets';
import type { QuickFix, RawFinding, Rule } from '../types';

/** One issue per type and place, listing every earlier version it breaks against (transitive modes). */
interface Grouped { issue: CompatIssue; against: string[] }

function group(issues: readonly CompatIssue[]): Grouped[] {
  const byKey = new Map<string, Grouped>();
  for (const issue of issues) {
    const key = `${issue.direction} ${issue.type} ${issue.path}`;
    const g = byKey.get(key);
    if (g) {
      if (issue.against && !g.against.includes(issue.against)) g.against.push(issue.against);
    } else byKey.set(key, { issue, against: issue.against ? [issue.against] : [] });
  }
  return [...byKey.values()];
}

/** A finding's path is a JSON pointer (`/properties/x`, as every other rule gives); compat issues say `#/properties/x`. */
const pointer = (issuePath: string): string => (issuePath.startsWith('#') ? issuePath.slice(1) : issuePath);

/**
 * The fix is made when it is applied, not during lint: lint runs on every edit, and computing an
 * edited schema per issue (400 fields × 60 versions) ran out of memory. An edit that cannot be
 * made (the field is not where the logical path says) leaves the design as it is.
 */
function optionalFix(event: EventType, issue: CompatIssue): QuickFix | undefined {
  const target = optionalizable(issue);
  if (!target) return undefined;
  return {
    title: `Make \`${target.name}\` optional`,
    apply: (design: Design): Design => {
      const schema = makeOptional(event.schema, target.parent, target.name);
      if (schema === undefined) return design;
      return { ...design, events: design.events.map((e) => (e.id === event.id && e.schema === event.schema ? { ...e, schema } : e)) };
    },
  };
}

export const schemaBreakingChange: Rule = {
  id: 'schema-breaking-change',
  defaultSeverity: 'error',
  title: 'Schema changes keep consumers working',
  rationale:
    'Events already published stay in topics and get replayed, and consumers upgrade one by one, so a new schema version must still read ' +
    'old events (BACKWARD) and, where consumers lag behind, be readable by the old schema (FORWARD). The check follows Confluent Schema ' +
    'Registry\'s JSON Schema rules, so what passes here also registers there. The default — BACKWARD with the LENIENT policy — is the ' +
    'rule "add new fields as optional, never remove or rename"; STRICT also refuses fields added where the old schema left undeclared fields open.',
  check({ design, index }) {
    const findings: RawFinding[] = [];
    const consumers = design.subscriptions.map((sub) => ({ sub, events: new Set(handledEventIds(design, sub, index)) }));
    for (const event of design.events) {
      if (event.schemaFormat !== 'json-schema' || !event.history?.length) continue;
      const settings = event.compatibility ?? DEFAULT_COMPAT;
      if (settings.mode === 'NONE') continue;
      let issues: readonly CompatIssue[];
      try {
        issues = checkCompatibility(event.history, event.schema, settings).issues;
      } catch (e) {
        // Past the budget the verdict is unknown: an error, never a pass (issue 14).
        if (e instanceof CompatTooComplexError) {
          findings.push({ target: eventTarget(event), message: `"${event.name}" ${event.version} could not be checked for ${settings.mode} ${settings.policy} compatibility: ${e.message}` });
          continue;
        }
        if (e instanceof CompatInputError) continue; // schema-invalid reports unusable schema text
        throw e;
      }
      if (issues.length === 0) continue;
      const grouped = group(issues);
      const rule = `${settings.mode} ${settings.policy}`;
      for (const { issue, against } of grouped) {
        const versions = against.length > 1 ? ` (breaks against ${against.join(', ')})` : '';
        findings.push({
          target: eventTarget(event),
          path: pointer(issue.path),
          message: `"${event.name}" ${event.version} is not ${rule} compatible: ${issue.message} ${issue.advice}${versions}`,
          fix: optionalFix(event, issue),
        });
      }
      const first = grouped[0].issue;
      const more = grouped.length > 1 ? ` (and ${grouped.length - 1} more breaking change${grouped.length > 2 ? 's' : ''} on the event)` : '';
      for (const { sub, events } of consumers) {
        if (!events.has(event.id)) continue;
        const service = index.services.get(sub.serviceId)?.name ?? sub.serviceId;
        findings.push({
          target: subscriptionTarget(sub, index),
          path: pointer(first.path),
          message: `"${service}" would break on "${event.name}" ${event.version}: ${first.message} ${first.advice}${more}`,
          fix: optionalFix(event, first),
        });
      }
    }
    return findings;
  },
};
