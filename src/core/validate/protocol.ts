// Messages between the page and the validation worker. One event per request, so a time budget
// can be charged to the event that spent it.

import type { ValidationInput } from './key';
import type { EventValidation } from './types';

export type WorkerRequest = { type: 'validate'; requestId: number; event: ValidationInput };

export type WorkerResponse =
  /** Sent once the worker has loaded ajv and compiled the meta-schema: budgets start after it. */
  | { type: 'ready' }
  | { type: 'result'; requestId: number; result: EventValidation };

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** A request as the worker receives it: checked, since structured clone carries anything. */
export function asWorkerRequest(data: unknown): WorkerRequest | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.type !== 'validate' || typeof m.requestId !== 'number') return undefined;
  const e = m.event as Record<string, unknown> | null;
  if (typeof e !== 'object' || e === null) return undefined;
  if (typeof e.id !== 'string' || typeof e.schema !== 'string') return undefined;
  if (e.schemaFormat !== 'json-schema' && e.schemaFormat !== 'avro' && e.schemaFormat !== 'protobuf') return undefined;
  if (e.headersSchema !== undefined && typeof e.headersSchema !== 'string') return undefined;
  if (e.examples !== undefined && !isStringArray(e.examples)) return undefined;
  return data as WorkerRequest;
}

export function asWorkerResponse(data: unknown): WorkerResponse | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.type === 'ready') return { type: 'ready' };
  if (m.type === 'result' && typeof m.requestId === 'number' && typeof m.result === 'object' && m.result !== null) {
    return data as WorkerResponse;
  }
  return undefined;
}

/** Only what validation reads crosses the boundary (not the whole event). */
export function requestFor(requestId: number, event: ValidationInput): WorkerRequest {
  const copy: ValidationInput = { id: event.id, schemaFormat: event.schemaFormat, schema: event.schema };
  if (event.headersSchema !== undefined) copy.headersSchema = event.headersSchema;
  if (event.examples !== undefined) copy.examples = [...event.examples];
  return { type: 'validate', requestId, event: copy };
}
