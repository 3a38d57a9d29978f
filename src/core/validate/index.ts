export type { EventValidation, ValidationIssue, ValidationIssueCode, ValidationResults } from './types';
export { validationKey, type ValidationInput } from './key';
export { emptyValidation } from './empty';
// Importing this index pulls in ajv; the page should import './client' and './types' directly.
export { validateEvent, validateDesign, createAjv, sharedAjv, type AjvFactory } from './validate-event';
export type { WorkerRequest, WorkerResponse } from './protocol';
export { createValidationClient, type ValidationClient, type ValidationClientOptions, type WorkerLike } from './client';
