// JSON Schema compatibility with Confluent Schema Registry's rules (modes, LENIENT/STRICT policies,
// open/closed content models). See check.ts for the entry point.
export { checkCompatibility, parseSchema } from './check';
export { CompatTooComplexError, DEFAULT_BUDGET, mayBacktrack, type BudgetLimits } from './budget';
export { suggestBump, bumpVersion, type BumpKind } from './bump';
export { DIFFERENCE_TYPES, COMPATIBLE_LENIENT, COMPATIBLE_STRICT, LENIENT_ONLY, NOT_EMITTED, type DifferenceType } from './differences';
export {
  COMPAT_MODES, COMPAT_POLICIES, DEFAULT_COMPAT, CompatInputError,
  type CompatDirection, type CompatIssue, type CompatMode, type CompatPolicy, type CompatResult, type CompatSettings, type PreviousSchema,
} from './types';
