// Which subscriptions the consumer rules are about (PRODUCT.md §3, "Delivery and the consumer
// rules"): only a transport that redelivers (at-least-once) gives a consumer the same message
// twice or a message it cannot get rid of. A WebSocket or HTTP client is handed each message
// once, while it is connected: a dead-letter topic or an idempotency key means nothing there.
import { isObject } from '../json';
import { PROTOCOL_OF_BROKER, type Subscription, type Topic } from '../model/types';

/** Transports that hand a message over once and never again (the table's "no" row). */
const AT_MOST_ONCE = new Set(['ws', 'wss', 'http', 'https', 'sse', 'websockets']);
/** MQTT redelivers unless the subscription's binding asks for QoS 0. */
const MQTT = new Set(['mqtt', 'mqtts', 'secure-mqtt']);

/** The protocol a topic travels over: its own, else the one its broker implies; undefined = unknown. */
export function protocolOfTopic(topic: Topic): string | undefined {
  const own = topic.protocol?.trim().toLowerCase();
  return own || PROTOCOL_OF_BROKER[topic.broker];
}

/** The MQTT QoS a subscription's operation binding asks for, if it says. */
function mqttQos(sub: Subscription): unknown {
  const bindings = sub.kept?.bindings;
  const mqtt = isObject(bindings) ? bindings.mqtt : undefined;
  return isObject(mqtt) ? mqtt.qos : undefined;
}

/**
 * True when the subscription's transport redelivers: every broker and protocol of the table's
 * "yes" rows, MQTT unless QoS 0, and `generic` or any protocol not listed (unknown counts as yes:
 * the rules would rather ask once too often than miss a real at-least-once consumer).
 */
export function redelivers(topic: Topic, sub: Subscription): boolean {
  const protocol = protocolOfTopic(topic);
  if (protocol === undefined) return true;
  if (AT_MOST_ONCE.has(protocol)) return false;
  if (MQTT.has(protocol)) return mqttQos(sub) !== 0;
  return true;
}
