import { describe, expect, it } from 'vitest';
import type { EventType } from '../model/types';
import { asWorkerRequest, asWorkerResponse, requestFor } from './protocol';
import { handleRequest } from './worker-scope';

const event: EventType = {
  id: 'a', name: 'A', kind: 'event', version: '1.0.0', schemaFormat: 'json-schema', schema: '{}',
  examples: ['1'], description: 'not sent', history: [{ version: '0.9.0', schema: '{}' }],
};

describe('worker protocol', () => {
  it('sends only what validation reads', () => {
    expect(requestFor(7, event)).toEqual({ type: 'validate', requestId: 7, event: { id: 'a', schemaFormat: 'json-schema', schema: '{}', examples: ['1'] } });
  });

  it.each([
    null, 'validate', { type: 'validate' }, { type: 'validate', requestId: 1, event: null },
    { type: 'validate', requestId: 1, event: { id: 'a', schema: 1, schemaFormat: 'json-schema' } },
    { type: 'validate', requestId: 1, event: { id: 'a', schema: '{}', schemaFormat: 'xml' } },
    { type: 'validate', requestId: 1, event: { id: 'a', schema: '{}', schemaFormat: 'avro', examples: [1] } },
    { type: 'validate', requestId: 1, event: { id: 'a', schema: '{}', schemaFormat: 'avro', headersSchema: {} } },
  ])('the worker ignores a malformed request %j', (data) => {
    expect(asWorkerRequest(data)).toBeUndefined();
    expect(handleRequest(data)).toBeUndefined();
  });

  it('answers a request with its id and the validation', () => {
    const response = handleRequest(requestFor(3, { ...event, examples: ['{'] }));
    expect(response).toMatchObject({ type: 'result', requestId: 3, result: { eventId: 'a', examples: [[{ code: 'invalid-json' }]] } });
    expect(asWorkerResponse(response)).toEqual(response);
    expect(asWorkerResponse({ type: 'result', requestId: '3' })).toBeUndefined();
    expect(asWorkerResponse({ type: 'ready' })).toEqual({ type: 'ready' });
  });
});
