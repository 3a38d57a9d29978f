// The preset deflate dictionary of codec v1 (fflate `dictionary` option), frozen with v1: a
// changed byte breaks every v1 link. Generic vocabulary of event designs and JSON Schema as it
// appears in the v1 wire form (minified JSON, see wire-v1-tables.ts); deflate finds the most
// common strings cheapest when they sit near the end, so they come last. Nothing here is taken
// from the sample designs' own descriptions.
const rarely = [
  'syntax = \\"proto3\\";\\n\\nmessage ', ' = 1;\\n  string ', '{"type":"record","name":"', '"fields":[{"name":"', '"type":"long"}', '"type":"double"}',
  '"logicalType":"timestamp-millis"', '"namespace":"com.', 'application/', 'rabbitmq', 'eventbridge', 'redis-streams',
  '"additionalProperties":false', '"minItems":1', '"minLength":1', '"maxLength":', '"pattern":"^', '"minimum":0', '"maximum":', '"enum":["',
  '"$ref":"#/definitions/', '"definitions":{', '"default":', '"examples":[', '"headers"', '"traceId":{"type":"string"}', '"correlationId":{"type":"string"',
  '"format":"email"', '"format":"uri"', '"format":"date"', '"type":"boolean"', '"type":"array","items":{"type":"', '"type":"integer"', '"type":"number"',
  'Cancelled', 'Completed', 'Approved', 'Rejected', 'Shipped', 'Confirmed', 'Reserved', 'Created', 'Updated', 'Deleted', 'Placed', 'Failed', 'Requested',
  'Projector', 'Notifier', 'Worker', 'Handler', 'customerId', 'orderId', 'amount', 'currency', 'quantity', 'status', 'timestamp',
];
// The UI's starting schema for a new event (hand-formatted, so carried as escaped text).
const newEventSchema =
  '{\\n  \\"$schema\\": \\"http://json-schema.org/draft-07/schema#\\",\\n  \\"type\\": \\"object\\",\\n  \\"properties\\": {\\n' +
  '    \\"eventId\\": { \\"type\\": \\"string\\", \\"format\\": \\"uuid\\" },\\n    \\"eventType\\": { \\"type\\": \\"string\\" },\\n' +
  '    \\"occurredAt\\": { \\"type\\": \\"string\\", \\"format\\": \\"date-time\\" },\\n    \\"source\\": { \\"type\\": \\"string\\" },\\n' +
  '    \\"schemaVersion\\": { \\"type\\": \\"string\\" }\\n  },\\n  \\"required\\": [\\"eventId\\", \\"eventType\\", \\"occurredAt\\", \\"source\\", \\"schemaVersion\\"]\\n}';
const often = [
  '-dlq","', '.dlq",1,', '-consumes-', '-publishes-', 'Service",0,{"d":"', '-team"', ',"s":true}]', ',"i":"eventId"}]', '"r":{"days":', '{"threshold":',
  '"p":', '.events",0,0,{"d":"', ',0,0,0,{"d":"', '{"g":"', '","k":"eventId","r":',
  '"description":"The ', '"type":"string","description":"', '"type":"string","format":"date-time","description":"',
  '"required":["eventId","eventType","occurredAt","source","schemaVersion",',
  '"schemaVersion":{"type":"string","description":"', '"source":{"type":"string","description":"',
  '"occurredAt":{"type":"string","format":"date-time","description":"', '"eventType":{"type":"string","const":"',
  '"eventId":{"type":"string","format":"uuid","description":"',
  '[["', '{"$schema":"http://json-schema.org/draft-07/schema#","title":"', '","description":"', '","type":"object","properties":{"eventId":{"type":"string","format":"uuid"',
];

export const DICTIONARY_V1 = [...rarely, newEventSchema, ...often].join('');
