// The cap on what one element keeps from an import (MAX_KEPT_CHARS) is per element: a service's
// per-document words for shared channels and messages are each one channel's or message's worth,
// capped as that element would be, not added to the document's own (issue 17: a document saying
// many shared messages its own way lost everything it kept at once on the next restore).
import { describe, expect, it } from 'vitest';
import { restoreDesign } from './restore';
import { MAX_KEPT_CHARS } from './restore-kept';
import { DESIGN_FORMAT, FORMAT_VERSION, type Design, type Kept } from './types';

const words = (chars: number) => ({ description: 'x'.repeat(chars) });
function design(serviceKept: Kept, topicKept?: Kept): Design {
  return {
    id: 'shop', name: 'Shop', version: '1.0.0',
    services: [{ id: 'orders', name: 'Orders', kept: serviceKept }],
    topics: [{ id: 'placed', name: 'placed', broker: 'kafka', kind: 'stream', ...(topicKept ? { kept: topicKept } : {}) }],
    events: [{ id: 'order-placed', name: 'OrderPlaced', kind: 'event', version: '1.0.0', schemaFormat: 'json-schema', schema: '{}' }],
    publications: [], subscriptions: [], layout: { nodes: {} },
  };
}
const restored = (d: Design) => restoreDesign({ format: DESIGN_FORMAT, formatVersion: FORMAT_VERSION, design: d });
const big = Math.floor(MAX_KEPT_CHARS * 0.6);

describe('the kept cap', () => {
  it('a service keeps its per-document words for each channel and message, each under the cap, whatever they add up to', () => {
    const kept: Kept = { 'x-team': 'core', channels: { placed: words(big) }, messages: { 'order-placed': words(big) }, info: { contact: { name: 'Ana' } } };
    const r = restored(design(kept));
    expect(r.repairs).toEqual([]);
    expect(r.file.design.services[0].kept).toEqual(kept);
    expect(Object.keys(r.file.design.services[0].kept!)).toEqual(['x-team', 'channels', 'messages', 'info']);
    // …and the next restore changes nothing.
    expect(restoreDesign(r.file).file).toEqual(r.file);
  });

  it('one channel or message over the cap is dropped alone, said; the rest of the service kept stays', () => {
    const kept: Kept = { 'x-team': 'core', messages: { 'order-placed': words(MAX_KEPT_CHARS + 10), other: words(10) } };
    const r = restored(design(kept));
    expect(r.file.design.services[0].kept).toEqual({ 'x-team': 'core', messages: { other: words(10) } });
    expect(r.repairs).toEqual([expect.stringMatching(/: dropped what its document said of message "order-placed" \(262,\d{3} characters; at most 262,144\)$/)]);
  });

  it('the document’s own part over the cap is dropped as before', () => {
    const r = restored(design({ info: words(MAX_KEPT_CHARS + 10), channels: { placed: words(10) } }));
    expect(r.file.design.services[0].kept).toBeUndefined();
    expect(r.repairs).toEqual([expect.stringMatching(/dropped what was kept from import \(262,\d{3} characters; at most 262,144\)$/)]);
  });

  it('any other element is one element: its kept counts whole, whatever its keys', () => {
    const r = restored(design({}, { messages: { a: words(big) }, channels: { b: words(big) } }));
    expect(r.file.design.topics[0].kept).toBeUndefined();
    expect(r.repairs).toEqual([expect.stringMatching(/dropped what was kept from import/)]);
  });
});
