export type { ClosedObject, FieldFact, SchemaDraft, SchemaFacts } from './types';
export { parseSchemaText, lineColumn, type ParseResult } from './parse';
export { schemaFacts, schemaDraft, hasFieldPath, fieldAt, clearSchemaFactsCache } from './facts';
export {
  envelopeOf, findIdField, envelopeProblem, ENVELOPE_NAMES, ENVELOPE_ROLES,
  type Envelope, type EnvelopeField, type EnvelopeRole,
} from './envelope';
export { addProperty } from './edit';
export { resolvePointer, localRefPointer, appendPointer, escapePointerToken } from './pointer';
export { LIMITS as SCHEMA_LIMITS } from './json-fields';
export { duplicateKeys, type DuplicateKey } from './duplicate-keys';
export { remoteRefs, isRemoteRef, type RemoteRef } from './remote-refs';
export { CHECK_BUDGET_MS, FACTS_BUDGET, FactsBudget, type FactsBudgetLimits } from './budget';
