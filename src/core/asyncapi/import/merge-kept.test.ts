// Merging an import into a design renames ids that are taken; what the import kept names design
// elements by id (a reply's channel and messages, servers, a service's own words for shared
// channels): it follows the renames, so the merged service's export says what its document said.
import { load as parse } from 'js-yaml';
import { expect, it } from 'vitest';
import { mergeDesigns } from '../../model/merge';
import { copySelection, paste, setElementId } from '../../model/commands';
import { exportAsyncApi, toYaml } from '../export/index';
import { importAsyncApi } from './index';

type Doc = Record<string, any>;

const base = importAsyncApi([{ path: 'a.yaml', text: `asyncapi: 3.0.0
info: { title: A, version: 1.0.0 }
servers:
  prod: { host: a.example.com, protocol: ws }
channels:
  ping: { address: a/ping, messages: { hello: { payload: { type: string } } } }
operations:
  sayHello: { action: send, channel: { $ref: '#/channels/ping' } }
` }]).file.design;

const incoming = importAsyncApi([{ path: 'b.yaml', text: `asyncapi: 3.0.0
info: { title: B, version: 1.0.0 }
servers:
  prod: { host: b.example.com, protocol: ws }
channels:
  req: { address: b/req, servers: [ { $ref: '#/servers/prod' } ], messages: { ask: { payload: { type: object } } } }
  ping: { address: b/ping, servers: [ { $ref: '#/servers/prod' } ], messages: { answer: { payload: { type: object } } } }
operations:
  ask:
    action: send
    channel: { $ref: '#/channels/req' }
    reply:
      channel: { $ref: '#/channels/ping' }
      messages: [ { $ref: '#/channels/ping/messages/answer' } ]
` }]).file.design;

it('a merged import keeps its reply, servers and channels pointing at its own elements', () => {
  const { design } = mergeDesigns(base, incoming);
  expect(design.topics.map((t) => t.id)).toEqual(['ping', 'req', 'ping-2']);
  expect(design.servers?.map((s) => [s.id, s.host])).toEqual([['prod', 'a.example.com'], ['prod-2', 'b.example.com']]);
  const b = exportAsyncApi(design).documents.map((d) => parse(toYaml(d.document)) as Doc).find((d) => d.info.title === 'B')!;
  expect(Object.keys(b.channels)).toEqual(['ping-2', 'req']);
  expect(Object.values(b.operations).map((o) => (o as Doc).reply)).toEqual([{ channel: { $ref: '#/channels/ping-2' }, messages: [{ $ref: '#/channels/ping-2/messages/answer' }] }]);
  expect(b.servers).toEqual({ prod: expect.objectContaining({ host: 'b.example.com' }) });
  expect(b.channels['ping-2'].servers).toEqual([{ $ref: '#/servers/prod' }]);
});

it('a server on a host the design has is that server', () => {
  const again = importAsyncApi([{ path: 'b.yaml', text: `asyncapi: 3.0.0
info: { title: Client, version: 1.0.0 }
servers:
  main: { host: a.example.com, protocol: ws }
channels:
  news: { address: news, servers: [ { $ref: '#/servers/main' } ] }
operations:
  sendNews: { action: send, channel: { $ref: '#/channels/news' } }
` }]).file.design;
  const { design } = mergeDesigns(base, again);
  expect(design.servers?.map((s) => s.id)).toEqual(['prod']);
  const c = exportAsyncApi(design).documents.map((d) => parse(toYaml(d.document)) as Doc).find((d) => d.info.title === 'Client')!;
  expect(Object.keys(c.servers)).toEqual(['main']);
  expect(c.channels.news.servers).toEqual([{ $ref: '#/servers/main' }]);
});

it('a pasted copy keeps its reply and its own words pointing at the copied elements, as a merge does', () => {
  const service = incoming.services[0];
  const ids = [service.id, ...incoming.topics.map((t) => t.id)];
  const { design } = paste(incoming, copySelection(incoming, ids));
  const copied = design.publications.at(-1)!;
  const reply = (copied.kept as Doc).reply;
  const pingCopy = design.topics.find((t) => t.id !== 'ping' && t.name === `${incoming.topics.find((x) => x.id === 'ping')!.name}2`)!.id;
  expect(reply).toEqual({ channel: { $ref: `#/channels/${pingCopy}` }, messages: [{ $ref: `#/channels/${pingCopy}/messages/answer` }] });
  // The original's reply still points at the original channel.
  expect((design.publications[0].kept as Doc).reply.channel).toEqual({ $ref: '#/channels/ping' });
  const docs = exportAsyncApi(design).documents.map((d) => parse(toYaml(d.document)) as Doc);
  const copy = docs.find((d) => d.info.title !== 'B')!;
  expect(Object.values(copy.operations).map((o) => (o as Doc).reply)).toEqual([{ channel: { $ref: `#/channels/${pingCopy}` }, messages: [{ $ref: `#/channels/${pingCopy}/messages/answer` }] }]);
});

it('an id edited by hand is followed inside what elements kept: the reply still points at its channel', () => {
  const r = setElementId(incoming, 'ping', 'answers');
  if (!('design' in r)) throw new Error(r.error);
  const design = r.design;
  const publication = design.publications.find((p) => (p.kept as Doc | undefined)?.reply)!;
  expect((publication.kept as Doc).reply).toEqual({ channel: { $ref: '#/channels/answers' }, messages: [{ $ref: '#/channels/answers/messages/answer' }] });
  // Elements whose kept names nothing renamed are the same objects (memoised lints stay warm).
  const untouched = incoming.topics.find((t) => t.id === 'req')!;
  expect(design.topics.find((t) => t.id === 'req')).toBe(untouched);
  const b = parse(toYaml(exportAsyncApi(design).documents[0].document)) as Doc;
  expect(Object.values(b.operations).map((o) => (o as Doc).reply)).toEqual([{ channel: { $ref: '#/channels/answers' }, messages: [{ $ref: '#/channels/answers/messages/answer' }] }]);
});
