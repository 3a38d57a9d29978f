// A channel a document declares with no operation of its own on it (a channel the service
// describes, nothing sent or received there yet) is part of that document: import keeps it with
// the service (model/types.ts DECLARED_CHANNELS), export writes it back, merge, paste and id
// renames carry it along.
import { Parser } from '@asyncapi/parser';
import { load as parse } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { copySelection, paste } from '../../model/commands';
import { DECLARED_CHANNELS } from '../../model/types';
import { exportAsyncApi, toYaml } from '../export/index';
import { importAsyncApi } from './index';

type Doc = Record<string, any>;
const text = `asyncapi: 3.0.0
info: { title: Ledger, version: 1.0.0 }
channels:
  orders:
    address: orders
    messages: { placed: { payload: { type: object } } }
  audit:
    address: audit/entries
    description: Nobody writes here yet.
    messages: { entry: { payload: { type: string } } }
operations:
  sendPlaced: { action: send, channel: { $ref: '#/channels/orders' } }
`;
const exported = (design: Parameters<typeof exportAsyncApi>[0]) => exportAsyncApi(design).documents.map((d) => toYaml(d.document));

describe('a channel without an operation', () => {
  const design = importAsyncApi([{ path: 'ledger.yaml', text }]).file.design;
  const audit = design.topics.find((t) => t.name === 'audit/entries')!;

  it('is kept by its service and exported in its document, with its words and messages', async () => {
    expect(design.services[0].kept?.[DECLARED_CHANNELS]).toEqual([audit.id]);
    const [out] = exported(design);
    const doc = parse(out) as Doc;
    expect(doc.channels[audit.id]).toMatchObject({ address: 'audit/entries', description: 'Nobody writes here yet.', messages: { entry: { $ref: '#/components/messages/entry' } } });
    expect(Object.keys(doc.operations)).toEqual(['sendPlaced']);
    // Our own key stays in the design: the document does not carry it.
    expect(out).not.toContain(DECLARED_CHANNELS);
    const { diagnostics } = await new Parser().parse(out);
    expect(diagnostics.filter((d) => d.severity === 0).map((d) => d.message)).toEqual([]);
    expect(exported(importAsyncApi([{ path: 'ledger.yaml', text: out }]).file.design)).toEqual([out]);
  });

  it('a pasted copy of the service and the channel lists the copied channel', () => {
    const { design: next } = paste(design, copySelection(design, [design.services[0].id, audit.id]));
    const copy = next.services[1];
    const auditCopy = next.topics.at(-1)!;
    expect(auditCopy.name).toBe('audit/entries2');
    expect(copy.kept?.[DECLARED_CHANNELS]).toEqual([auditCopy.id]);
    const docs = exported(next).map((t) => parse(t) as Doc);
    expect(Object.keys(docs.find((d) => d.info.title === copy.name)!.channels)).toEqual([auditCopy.id]);
  });

  it('a channel whose topic is gone is not written (what a hostile or stale list names is ignored)', () => {
    const stale = { ...design, services: [{ ...design.services[0], kept: { ...design.services[0].kept, [DECLARED_CHANNELS]: ['nowhere', 3] } }] };
    expect(Object.keys((parse(exported(stale)[0]) as Doc).channels)).toEqual(['orders']);
  });
});
