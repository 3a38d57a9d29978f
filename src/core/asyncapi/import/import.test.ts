// How AsyncAPI documents written by others map onto a design (§4, §4.1), one case per test.
import { describe, expect, it } from 'vitest';
import { load as parse } from 'js-yaml';
import { importAsyncApi } from './index';

const one = (text: string, path = 'svc.yaml') => importAsyncApi([{ path, text }]).file.design;
/** The modelled fields only: what was kept from the document is tested in keep.test.ts. */
const bare = <T extends object>(list: T[] = []) => list.map((x) => Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'kept')));

const v2 = `asyncapi: 2.6.0
info: { title: Account Service, version: 2.1.0, description: Manages accounts. }
servers:
  prod: { url: 'broker.example.com:9092', protocol: kafka }
channels:
  user/signedup:
    subscribe:
      operationId: emitUserSignedUp
      message: { $ref: '#/components/messages/UserSignedUp' }
  user/deleted:
    publish:
      operationId: onUserDeleted
      bindings: { kafka: { groupId: { type: string, enum: [accounts] } } }
      message:
        oneOf:
          - { $ref: '#/components/messages/UserDeleted' }
          - { $ref: '#/components/messages/UserErased' }
components:
  messages:
    UserSignedUp:
      payload: { type: object, properties: { userId: { type: string } } }
      bindings: { kafka: { key: { type: string } } }
      examples: [ { payload: { userId: u1 } } ]
      correlationId: { location: '$message.payload#/userId' }
    UserDeleted:
      name: UserDeleted
      schemaFormat: 'application/vnd.apache.avro;version=1.9.0'
      payload: { type: record, name: UserDeleted, fields: [ { name: userId, type: string } ] }
    UserErased:
      schemaFormat: 'application/raml+yaml;version=1.0'
      payload: { type: object }
`;

describe('AsyncAPI import mapping', () => {
  it('reads 2.x: subscribe = the application sends, publish = it receives', () => {
    const d = one(v2);
    expect(d.name).toBe('Account Service');
    expect(bare(d.services)).toEqual([{ id: 'account-service', name: 'Account Service', description: 'Manages accounts.', version: '2.1.0' }]);
    expect(bare(d.publications)).toEqual([{ id: 'emitUserSignedUp', serviceId: 'account-service', topicId: 'user-signedup', eventIds: ['user-signed-up'] }]);
    expect(bare(d.subscriptions)).toEqual([
      { id: 'onUserDeleted', serviceId: 'account-service', topicId: 'user-deleted', eventIds: ['user-deleted-2', 'user-erased'], consumerGroup: 'accounts' },
    ]);
    expect(d.topics.map((t) => [t.name, t.broker, t.keyedByMessageKey])).toEqual([['user/signedup', 'kafka', true], ['user/deleted', 'kafka', undefined]]);
    expect(bare(d.servers)).toEqual([{ id: 'prod', broker: 'kafka', host: 'broker.example.com:9092', protocol: 'kafka' }]);
  });

  it('turns payloads into schema text in our formats, and keeps others with their media type', () => {
    const events = Object.fromEntries(one(v2).events.map((e) => [e.name, e]));
    expect(events.UserSignedUp).toMatchObject({ schemaFormat: 'json-schema', correlationField: 'userId', examples: ['{\n  "userId": "u1"\n}'], kind: 'event', version: '1.0.0' });
    expect(JSON.parse(events.UserSignedUp.schema)).toEqual({ type: 'object', properties: { userId: { type: 'string' } } });
    expect(events.UserDeleted.schemaFormat).toBe('avro');
    expect(JSON.parse(events.UserDeleted.schema)).toMatchObject({ type: 'record', name: 'UserDeleted' });
    expect(events.UserErased).toMatchObject({ rawSchemaFormat: 'application/raml+yaml;version=1.0' });
  });

  it('resolves $refs between the given files by relative path, and by name when picked without folders', () => {
    const main = `asyncapi: 3.0.0
info: { title: Svc, version: 1.0.0 }
channels:
  a: { address: a, messages: { M: { $ref: '../common/messages.yaml#/M' } } }
operations:
  out: { action: send, channel: { $ref: '#/channels/a' } }
`;
    const messages = `M:\n  payload: { $ref: './schemas.yaml#/P' }\n`;
    const schemas = `P: { type: object, properties: { id: { type: string } } }\n`;
    for (const [m, c1, c2] of [['svc/asyncapi.yaml', 'common/messages.yaml', 'common/schemas.yaml'], ['asyncapi.yaml', 'messages.yaml', 'schemas.yaml']]) {
      const d = importAsyncApi([{ path: m, text: main }, { path: c1, text: messages }, { path: c2, text: schemas }]).file.design;
      expect(d.events.map((e) => e.name)).toEqual(['M']);
      expect(JSON.parse(d.events[0].schema)).toEqual({ type: 'object', properties: { id: { type: 'string' } } });
    }
  });

  it('keeps circular schemas finite, as local definitions', () => {
    const d = one(`asyncapi: 3.0.0
info: { title: Svc, version: 1.0.0 }
channels: { a: { address: a, messages: { Tree: { $ref: '#/components/messages/Tree' } } } }
operations: { out: { action: send, channel: { $ref: '#/channels/a' } } }
components:
  messages: { Tree: { payload: { $ref: '#/components/schemas/Node' } } }
  schemas:
    Node: { type: object, properties: { children: { type: array, items: { $ref: '#/components/schemas/Node' } } } }
`);
    expect(JSON.parse(d.events[0].schema)).toEqual({
      type: 'object',
      properties: { children: { type: 'array', items: { $ref: '#/definitions/Node' } } },
      definitions: { Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/definitions/Node' } } } } },
    });
  });

  const dlqDoc = (extra: { channel?: string; ops?: string; bindings?: string }) => `asyncapi: 3.0.0
info: { title: Billing, version: 1.0.0 }
channels:
  orders: { address: orders, messages: { OrderPlaced: { payload: { type: object } } }${extra.bindings ?? ''} }
  orders-dlq: { address: orders.dlq${extra.channel ?? ''} }
operations:
  consume: { action: receive, channel: { $ref: '#/channels/orders' } }
${extra.ops ?? ''}`;

  it.each([
    ['the consumer sends to the dead-letter channel (<op>-dead-letter)', { ops: "  consume-dead-letter: { action: send, channel: { $ref: '#/channels/orders-dlq' } }\n" }],
    ['x-eventsmith-dead-letter-for as a single string', { channel: ', x-eventsmith-dead-letter-for: orders' }],
    ['x-eventsmith-dead-letter-for as a list', { channel: ', x-eventsmith-dead-letter-for: [orders]' }],
    ['an SQS redrive policy', { bindings: ', bindings: { sqs: { queue: { name: orders, fifoQueue: false, redrivePolicy: { deadLetterQueue: { name: orders.dlq }, maxReceiveCount: 4 } } } }' }],
  ])('links a dead-letter topic stated by %s', (_, extra) => {
    const d = one(dlqDoc(extra));
    const dlq = d.topics.find((t) => t.name === 'orders.dlq')!;
    expect(dlq.kind).toBe('dead-letter');
    expect(d.subscriptions).toEqual([expect.objectContaining({ id: 'consume', deadLetterTopicId: dlq.id })]);
    expect(d.publications).toEqual([]);
  });

  it('makes a topic of an SQS dead-letter queue named only in a redrive policy', () => {
    const d = one(dlqDoc({ bindings: ", bindings: { sqs: { queue: { name: orders, fifoQueue: false, redrivePolicy: { deadLetterQueue: { arn: 'arn:aws:sqs:eu-west-1:1:orders-parked' }, maxReceiveCount: 4 } } } }" }));
    expect(d.topics.find((t) => t.name === 'orders-parked')).toMatchObject({ broker: 'sqs', kind: 'dead-letter' });
    expect(d.subscriptions[0]).toMatchObject({ maxRetries: 4, deadLetterTopicId: 'orders-parked' });
  });

  it('merges documents on channel address and message name, one service per title', () => {
    const doc = (title: string, action: string) => `asyncapi: 3.0.0
info: { title: ${title}, version: 1.0.0 }
channels: { c1: { address: orders, messages: { OrderPlaced: { name: OrderPlaced, payload: { type: object } } } } }
operations: { op: { action: ${action}, channel: { $ref: '#/channels/c1' } } }
`;
    const d = importAsyncApi([{ path: 'a.yaml', text: doc('Shop', 'send') }, { path: 'b.json', text: JSON.stringify(parse(doc('Warehouse', 'receive'))) }]).file.design;
    expect(d.services.map((s) => s.name)).toEqual(['Shop', 'Warehouse']);
    expect(d.topics).toHaveLength(1);
    expect(d.events).toHaveLength(1);
    expect(bare(d.publications)).toEqual([{ id: 'op', serviceId: 'shop', topicId: 'c1', eventIds: ['order-placed'] }]);
    expect(bare(d.subscriptions)).toEqual([{ id: 'op-2', serviceId: 'warehouse', topicId: 'c1' }]);
    expect(d.name).toBe('Imported system');
  });
});
