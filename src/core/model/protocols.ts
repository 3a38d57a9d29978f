// AsyncAPI protocols as people name them (a topic or server `protocol`, model/types.ts).
/** The AsyncAPI protocols (specification 3.0 `protocol` values), for pickers. */
export const ASYNCAPI_PROTOCOLS = [
  'amqp', 'amqps', 'http', 'https', 'ibmmq', 'jms', 'kafka', 'kafka-secure', 'anypointmq', 'mqtt', 'secure-mqtt', 'solace',
  'stomp', 'stomps', 'ws', 'wss', 'mercure', 'googlepubsub', 'pulsar', 'nats', 'sqs', 'sns', 'redis', 'ros2',
] as const;

/** How a protocol reads for people: MQTT and WebSocket are what they are, not "generic". */
export function protocolLabel(protocol: string | undefined): string | undefined {
  if (!protocol) return undefined;
  const names: Record<string, string> = { mqtt: 'MQTT', 'secure-mqtt': 'MQTT (TLS)', ws: 'WebSocket', wss: 'WebSocket (TLS)', http: 'HTTP', https: 'HTTPS', amqp: 'AMQP', amqps: 'AMQP (TLS)', kafka: 'Kafka', 'kafka-secure': 'Kafka (TLS)', ibmmq: 'IBM MQ', solace: 'Solace', googlepubsub: 'Google Pub/Sub', pulsar: 'Pulsar', nats: 'NATS', sqs: 'SQS', sns: 'SNS', redis: 'Redis', stomp: 'STOMP', mercure: 'Mercure', jms: 'JMS', anypointmq: 'Anypoint MQ', ros2: 'ROS 2' };
  return Object.hasOwn(names, protocol) ? names[protocol] : protocol;
}

