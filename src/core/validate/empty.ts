// An all-clear result; ajv-free so the page's client can build timed-out results without
// pulling ajv into the main bundle.

import { validationKey, type ValidationInput } from './key';
import type { EventValidation } from './types';

export function emptyValidation(event: ValidationInput): EventValidation {
  return { eventId: event.id, key: validationKey(event), schema: [], headers: [], examples: (event.examples ?? []).map(() => []) };
}
