// A design as an AsyncAPI import leaves it: every kind of element keeps something (model/types.ts
// `Kept`), protocols are named and a topic declares its events. For share, storage and restore tests.
import saga from '../../../examples/order-saga.json';
import type { DesignFile } from '../model/types';

const sagaFile = (): DesignFile => structuredClone(saga) as DesignFile;

/** The order saga as if imported: every kind of element keeps something, and protocols are named. */
export function keptSaga(): DesignFile {
  const file = sagaFile();
  const d = file.design;
  d.services[0].kept = { info: { license: { name: 'Apache-2.0' }, 'x-team': 'core' }, servers: [d.servers![0].id], components: { securitySchemes: { user: { type: 'userPassword' } } } };
  d.topics[0].protocol = 'kafka-secure';
  d.topics[0].kept = { title: 'Orders', bindings: { kafka: { partitions: 6, 'x-note': [1, { a: null }], bindingVersion: '0.4.0' } } };
  d.topics[0].declaredEventIds = [d.events[0].id];
  d.events[0].kept = { contentType: 'application/xml', tags: [{ name: 'orders' }], correlationId: { location: '$message.header#/orderId', description: 'From the header' } };
  d.publications[0].kept = { summary: 'Places orders.', security: [{ type: 'userPassword' }] };
  d.subscriptions[0].kept = { bindings: { kafka: { clientId: { type: 'string' } } } };
  d.servers![0] = { ...d.servers![0], protocol: 'kafka-secure', protocolVersion: '3.6', kept: { pathname: '/v1', variables: { port: { default: '9093' } } } };
  return file;
}
