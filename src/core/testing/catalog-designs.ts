// Designs for the catalog tests. The hostile one puts markup, MDX, Markdown and YAML traps in
// every text field a user can type, and covers the edge cases of the EventCatalog layout:
// history, an event nobody produces, a command, a query, Avro, an unreadable schema.
import type { Finding } from '../lint/types';
import sagaFile from '../../../examples/order-saga.json';
import { restoreDesign } from '../model/restore';
import { DESIGN_FORMAT, FORMAT_VERSION, type Design, type DesignFile } from '../model/types';

/** The Order saga example, as the app and the CLI load it. */
export function orderSaga(): Design {
  return restoreDesign(sagaFile).file.design;
}

export const HOSTILE = '<img src=x onerror=alert(1)>';
const EVIL = [
  HOSTILE,
  '</script><script>alert(2)</script>',
  '{alert(3)}',
  '[click](javascript:alert(4))',
  '| a | b |',
  '```',
  '# not a heading',
  '--- &amp; "q" \'s\' `tick`',
].join(' ');

const jsonSchema = (props: Record<string, unknown>, required: string[]) =>
  JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: props, required }, null, 2);

export function hostileDesign(): Design {
  return {
    id: 'hostile',
    name: `Hostile ${HOSTILE}`,
    description: `Line one ${EVIL}\n\nSecond paragraph <b>bold</b> {x}`,
    version: '2.0.0',
    services: [
      { id: 'evil-service', name: `Evil ${HOSTILE}`, description: `Does bad things. ${EVIL}`, owner: `Team ${HOSTILE}`, domain: `Domain ${HOSTILE}`, version: '1.2.3', tags: [HOSTILE] },
      { id: 'plain-service', name: 'PlainService', description: 'Consumes.', version: 'v2' },
    ],
    topics: [
      { id: 'evil-topic', name: `evil.${HOSTILE}`, broker: 'kafka', kind: 'stream', description: `Topic ${EVIL}`, partitions: 3, partitionKey: 'id' },
      { id: 'evil-dlq', name: 'evil.dlq', broker: 'kafka', kind: 'dead-letter', description: `DLQ ${HOSTILE}` },
      { id: 'queue', name: 'queue', broker: 'rabbitmq', kind: 'stream' },
    ],
    events: [
      {
        id: 'evil-event',
        name: `Evil${HOSTILE}Happened`,
        kind: 'event',
        version: '1.1.0',
        owner: `Team ${HOSTILE}`,
        description: `It happened. ${EVIL}`,
        schemaFormat: 'json-schema',
        schema: jsonSchema({ id: { type: 'string', description: `Id ${HOSTILE}` }, [`weird${HOSTILE}`]: { type: 'string' }, '`x`': { type: 'integer' } }, ['id']),
        examples: [JSON.stringify({ id: HOSTILE }), 'not json ``` {oops}'],
        idField: 'id',
        history: [{ version: '1.0.0', schema: jsonSchema({ id: { type: 'string' } }, ['id']) }, { version: 'not-semver', schema: '{}' }],
      },
      { id: 'do-thing', name: 'DoThing', kind: 'command', version: '1.0.0', description: `Nobody sends this ${HOSTILE}`, schemaFormat: 'json-schema', schema: jsonSchema({ what: { type: 'string' } }, ['what']) },
      { id: 'get-thing', name: 'GetThing', kind: 'query', version: '3', schemaFormat: 'avro', schema: JSON.stringify({ type: 'record', name: 'GetThing', fields: [{ name: 'thingId', type: 'string' }, { name: 'note', type: ['null', 'string'] }] }) },
      { id: 'broken', name: 'Broken', kind: 'event', version: '1.0.0', schemaFormat: 'json-schema', schema: '{ "type": "object", <img src=x onerror=alert(5)> ' },
    ],
    publications: [
      { id: 'evil-pub', serviceId: 'evil-service', topicId: 'evil-topic', eventIds: ['evil-event', 'broken'] },
      { id: 'plain-pub', serviceId: 'plain-service', topicId: 'queue', eventIds: ['get-thing'] },
    ],
    subscriptions: [{ id: 'plain-sub', serviceId: 'plain-service', topicId: 'evil-topic', deadLetterTopicId: 'evil-dlq', consumerGroup: 'plain' }],
    layout: { nodes: {} },
  };
}

export function hostileFile(): DesignFile {
  return { format: DESIGN_FORMAT, formatVersion: FORMAT_VERSION, design: hostileDesign() };
}

/** Fixed findings, so the golden files pin the catalog's format and not the current lint rules. */
export function sampleFindings(design: Design): Finding[] {
  const first = <T extends { id: string; name?: string }>(list: T[]) => list[0];
  const event = first(design.events);
  const topic = first(design.topics);
  const sub = first(design.subscriptions);
  const service = first(design.services);
  const out: Finding[] = [
    { ruleId: 'design-sample', severity: 'info', message: `Design note on ${design.name} ${HOSTILE}`, target: { kind: 'design', id: design.id, name: design.name } },
  ];
  if (event) out.push({ ruleId: 'event-sample', severity: 'error', message: `Event problem ${HOSTILE}`, target: { kind: 'event', id: event.id, name: event.name }, path: '/properties/id' });
  if (topic) out.push({ ruleId: 'topic-sample', severity: 'warning', message: `Topic problem ${HOSTILE}`, target: { kind: 'topic', id: topic.id, name: topic.name } });
  if (sub) out.push({ ruleId: 'subscription-sample', severity: 'warning', message: 'Subscription problem', target: { kind: 'subscription', id: sub.id, name: sub.id } });
  if (service) out.push({ ruleId: 'service-sample', severity: 'info', message: 'Service note', target: { kind: 'service', id: service.id, name: service.name } });
  if (event) out.push({ ruleId: 'suppressed-sample', severity: 'error', message: 'SUPPRESSED-FINDING', target: { kind: 'event', id: event.id, name: event.name }, suppressed: { reason: 'accepted' } });
  return out;
}
