// Several documents of one system say different things about what the design holds once (a
// server, a channel, a message): each document's own words come back out in that document
// (issue 17). Import → export → the exported documents, as the official parser would read them.
import { load as parse } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { exportAsyncApi, toYaml } from '../export/index';
import { importAsyncApi } from './index';

type Doc = Record<string, any>;

/** Import the files as one system, export, and give each exported document by its title. */
function roundTrip(files: Record<string, string>): Record<string, Doc> {
  const design = importAsyncApi(Object.entries(files).map(([path, text]) => ({ path, text }))).file.design;
  const docs = exportAsyncApi(design).documents.map((d) => parse(toYaml(d.document)) as Doc);
  return Object.fromEntries(docs.map((d) => [d.info.title, d]));
}

/** Export twice (import of the first export): the texts must be the same. */
function secondExportIsTheFirst(files: Record<string, string>): void {
  const once = exportAsyncApi(importAsyncApi(Object.entries(files).map(([path, text]) => ({ path, text }))).file.design).documents;
  const first = once.map((d) => ({ path: `${d.fileBase}.yaml`, text: toYaml(d.document) }));
  const twice = exportAsyncApi(importAsyncApi(first).file.design).documents.map((d) => toYaml(d.document));
  expect(twice).toEqual(first.map((f) => f.text));
}

/** A 3.0 document; every channel is sent to by an operation named after it. */
const service = (title: string, servers: string, channels: string) => `asyncapi: 3.0.0
info: { title: ${title}, version: 1.0.0 }
servers:
${servers}
channels:
${channels}
operations:
${[...channels.matchAll(/^ {2}([\w-]+):/gm)].map(([, key]) => `  send-${key}: { action: send, channel: { $ref: '#/channels/${key}' } }`).join('\n')}
`;

describe('servers keep their key in each document', () => {
  const files = {
    'a.yaml': service('A', '  mosquitto: { host: test.mosquitto.org, protocol: mqtt, bindings: { mqtt: { clientId: a } } }', '  x: { address: x, servers: [ { $ref: "#/servers/mosquitto" } ] }'),
    'b.yaml': service('B', '  mosquitto: { host: test.mosquitto.org, protocol: mqtt, bindings: { mqtt: { clientId: b } } }', '  x: { address: x, servers: [ { $ref: "#/servers/mosquitto" } ] }'),
    'c.yaml': service('C', '  websockets: { host: test.mosquitto.org, protocol: mqtt, bindings: { mqtt: { clientId: a } } }', '  y: { address: y }'),
  };

  it('servers that differ under one key are two design servers, each written back under that key', () => {
    const design = importAsyncApi(Object.entries(files).map(([path, text]) => ({ path, text }))).file.design;
    expect(design.servers?.map((s) => s.id)).toEqual(['mosquitto', 'mosquitto-2']);
    const docs = roundTrip(files);
    expect(docs.A.servers).toEqual({ mosquitto: expect.objectContaining({ bindings: { mqtt: { clientId: 'a' } } }) });
    expect(docs.B.servers).toEqual({ mosquitto: expect.objectContaining({ bindings: { mqtt: { clientId: 'b' } } }) });
    expect(docs.B.channels.x.servers).toEqual([{ $ref: '#/servers/mosquitto' }]);
  });

  it('one server under two keys is one design server, written back under each document\'s key', () => {
    const docs = roundTrip(files);
    expect(Object.keys(docs.C.servers)).toEqual(['websockets']);
    expect(docs.C.servers.websockets).toEqual(docs.A.servers.mosquitto);
  });

  it('the second export is the first', () => secondExportIsTheFirst(files));
});

describe('a shared channel or message keeps each document\'s words', () => {
  const channel = (description: string, binding: string) => `  liked:
    address: comment/liked
    description: ${description}
    bindings: { ws: { headers: { type: object, properties: { ${binding}: { type: string } } } } }
    messages:
      liked: { $ref: '#/components/messages/liked' }`;
  const message = (summary: string) => `components:
  messages:
    liked:
      summary: ${summary}
      payload: { type: object, properties: { id: { type: string } } }
`;
  const files = {
    'backend.yaml': service('Backend', '  ws: { host: example.com, protocol: ws }', channel('Updates the likes count.', 'token')) + message('A like, as the backend stores it'),
    'notifier.yaml': service('Notifier', '  ws: { host: example.com, protocol: ws }', channel('Sends an SMS to the author.', 'session')) + message('A like, as the notifier hears it'),
  };

  it('one topic and one event in the design; each document gets its own description, bindings and summary back', () => {
    const design = importAsyncApi(Object.entries(files).map(([path, text]) => ({ path, text }))).file.design;
    expect(design.topics.map((t) => t.description)).toEqual(['Updates the likes count.']);
    expect(design.events).toHaveLength(1);
    const docs = roundTrip(files);
    expect(docs.Backend.channels.liked.description).toBe('Updates the likes count.');
    expect(docs.Notifier.channels.liked.description).toBe('Sends an SMS to the author.');
    expect(Object.keys(docs.Notifier.channels.liked.bindings.ws.headers.properties)).toEqual(['session']);
    expect(docs.Backend.components.messages.liked.summary).toBe('A like, as the backend stores it');
    expect(docs.Notifier.components.messages.liked.summary).toBe('A like, as the notifier hears it');
  });

  it('what the service keeps is all its document said differently, and nothing for the first document', () => {
    const design = importAsyncApi(Object.entries(files).map(([path, text]) => ({ path, text }))).file.design;
    const [backend, notifier] = design.services;
    expect(backend.kept?.channels).toBeUndefined();
    expect(Object.keys(notifier.kept?.channels ?? {})).toEqual([design.topics[0].id]);
    expect(Object.keys(notifier.kept?.messages ?? {})).toEqual([design.events[0].id]);
  });

  it('the second export is the first', () => secondExportIsTheFirst(files));
});

describe('channels with one address in one document', () => {
  const files = {
    'kraken.yaml': service('Kraken', '  public: { host: ws.kraken.com, protocol: wss }', `  ping: { address: /, messages: { ping: { payload: { type: string } } } }
  heartbeat: { address: /, messages: { heartbeat: { payload: { type: object } } } }`),
  };

  it('are one topic each, named by their key, and come back as channels of their own on that address', () => {
    const design = importAsyncApi(Object.entries(files).map(([path, text]) => ({ path, text }))).file.design;
    expect(design.topics.map((t) => [t.id, t.name, t.kept?.address])).toEqual([['ping', 'ping', '/'], ['heartbeat', 'heartbeat', '/']]);
    const { Kraken } = roundTrip(files);
    expect(Object.entries(Kraken.channels).map(([key, c]) => [key, (c as Doc).address, Object.keys((c as Doc).messages)])).toEqual([
      ['heartbeat', '/', ['heartbeat']],
      ['ping', '/', ['ping']],
    ]);
    expect(Kraken.operations['send-ping'].channel).toEqual({ $ref: '#/channels/ping' });
  });

  it('the second export is the first', () => secondExportIsTheFirst(files));
});

describe('the order the files are given in', () => {
  const files = {
    'a/asyncapi.yaml': service('A', '  mosquitto: { host: h, protocol: mqtt, bindings: { mqtt: { clientId: a } } }', '  likes: { address: comment/liked, description: From A }'),
    'b/asyncapi.yaml': service('B', '  mosquitto: { host: h, protocol: mqtt, bindings: { mqtt: { clientId: b } } }', '  liked: { address: comment/liked, description: From B }'),
  };
  const design = (order: string[]) =>
    importAsyncApi(order.map((path) => ({ path, text: files[path as keyof typeof files] }))).file.design;

  it('changes nothing: the same files give the same design', () => {
    expect(design(['b/asyncapi.yaml', 'a/asyncapi.yaml'])).toEqual(design(['a/asyncapi.yaml', 'b/asyncapi.yaml']));
    expect(design(['b/asyncapi.yaml', 'a/asyncapi.yaml']).topics.map((t) => t.id)).toEqual(['likes']);
  });
});

describe('security requirements', () => {
  const files = {
    'api.yaml': `asyncapi: 2.6.0
info: { title: Api, version: 1.0.0 }
servers:
  prod: { url: 'mqtt://broker.example.com', protocol: mqtt, security: [ { token: [] }, { oauth: [write] } ] }
channels:
  likes:
    subscribe:
      security: [ { token: [] } ]
      message: { payload: { type: object } }
components:
  securitySchemes:
    token: { type: httpApiKey, name: api_key, in: header }
    oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://example.com/token', scopes: { write: Write } } } }
`,
  };

  it('that name a scheme of the document are written as $refs to it; one with scopes stays inline', () => {
    const { Api } = roundTrip(files);
    expect(Api.servers.prod.security).toEqual([
      { $ref: '#/components/securitySchemes/token' },
      { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://example.com/token', availableScopes: { write: 'Write' } } }, scopes: ['write'] },
    ]);
    expect(Object.values(Api.operations).map((o) => (o as Doc).security)).toEqual([[{ $ref: '#/components/securitySchemes/token' }]]);
  });

  it('the second export is the first', () => secondExportIsTheFirst(files));
});
