// Findings the lint machinery reports itself rather than a rule's check: described like a rule
// (title, rationale) so the Problems panel and the rules table can say why, but never run, and
// never switched off or re-graded — a check that could not finish must not read as clean.
import type { Design } from '../model/types';
import type { PlainFinding, RuleInfo } from './types';

export const LINT_INCOMPLETE: RuleInfo = {
  id: 'lint-incomplete',
  defaultSeverity: 'error',
  title: 'The checks could not finish',
  rationale:
    'The lint checks ran out of their time budget or their worker failed, usually because a schema is too complex to check (a deep $ref graph, a pattern that backtracks). ' +
    'Nothing found is not the same as nothing wrong: until the checks finish, this design is not known to be clean. Simplify the schema the message names, or split it.',
  engine: true,
};

/** Described for the UI; not part of the rule registry that lintDesign runs. */
export const engineFindings: readonly RuleInfo[] = [LINT_INCOMPLETE];

/** The finding that stands for a lint that could not finish: an error on the design, never a pass. */
export function lintFailure(design: Design, why: string): PlainFinding {
  return { ruleId: LINT_INCOMPLETE.id, severity: 'error', message: `The checks could not finish: ${why}`, target: { kind: 'design', id: design.id, name: design.name } };
}
