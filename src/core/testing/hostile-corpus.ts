// One hostile-input corpus for unit and e2e tests (issue 9): text that must never become
// HTML or script, and structures that must never crash, hang or pollute anything. Every
// consumer (restore, share, import, every exporter, the UI) runs these through its own path.
import { DESIGN_FORMAT, FORMAT_VERSION, type DesignFile } from '../model/types';

/** Strings that would execute or inject if ever treated as markup, a URL or a template. */
export const HOSTILE_STRINGS = {
  imgOnerror: '<img src=x onerror=alert(1)>',
  scriptTag: '<script>alert(1)</script>',
  javascriptUrl: 'javascript:alert(1)',
  templateInjection: "{{constructor.constructor('alert(1)')()}}",
  svgOnload: '<svg/onload=alert(1)>',
  breakOut: '"></textarea></script></style><img src=x onerror=alert(1)>',
  markdownLink: '[click me](javascript:alert(1)) <a href="javascript:alert(1)">x</a>',
  iframeSrcdoc: '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  cssExpression: '</style><style>body{background:url("javascript:alert(1)")}</style>',
  yamlTag: '!!js/function "function(){alert(1)}"',
  mdxExpression: '{alert(1)} <Component onClick={() => alert(1)} />',
  frontmatterBreak: '---\nx: 1\n---\n<script>alert(1)</script>',
  controlChars: 'a\u0000b\u0007c\u001bd\u202Eevil\u2028line\u2029para',
  dollarPlaceholders: '$& $1 $` ${alert(1)} %s %n',
  protoName: '__proto__',
  constructorName: 'constructor',
} as const;

export const HUGE_STRING_LENGTH = 1_000_000;
/** A string far longer than any cap (built on call, not held in memory by importers of the module). */
export const hugeString = (length = HUGE_STRING_LENGTH): string => 'A'.repeat(length);

const all = Object.values(HOSTILE_STRINGS);
const pick = (i: number) => all[i % all.length];

/** A JSON Schema whose texts (title, descriptions, enum, examples) hold hostile strings. */
function hostileSchema(i: number): string {
  return JSON.stringify({
    $schema: 'http://json-schema.org/draft-07/schema#', title: pick(i), description: pick(i + 1), type: 'object',
    properties: {
      eventId: { type: 'string', format: 'uuid', description: pick(i + 2) },
      note: { type: 'string', enum: [pick(i + 3), pick(i + 4)], examples: [pick(i + 5)], default: pick(i + 6), pattern: '^(a+)+$' },
    },
    required: ['eventId'],
  }, null, 2);
}

/** A valid design (restoreDesign repairs nothing) with a hostile string in every text field. */
export function hostileDesign(): DesignFile {
  const names = (i: number) => `${pick(i)} #${i}`;
  return {
    format: DESIGN_FORMAT, formatVersion: FORMAT_VERSION,
    design: {
      id: 'hostile', name: HOSTILE_STRINGS.scriptTag, description: HOSTILE_STRINGS.breakOut, version: HOSTILE_STRINGS.imgOnerror,
      services: [0, 1, 2].map((i) => ({ id: `svc-${i}`, name: names(i), description: pick(i + 1), owner: pick(i + 2), domain: pick(i + 3), version: pick(i + 4), tags: [pick(i + 5), pick(i + 6)] })),
      topics: [0, 1].map((i) => ({ id: `topic-${i}`, name: names(i + 3), broker: 'kafka' as const, kind: i ? 'dead-letter' as const : 'stream' as const, description: pick(i + 7), partitionKey: pick(i + 8) })),
      events: [0, 1, 2].map((i) => ({
        id: `event-${i}`, name: names(i + 5), kind: 'event' as const, version: pick(i + 9), description: pick(i + 10), owner: pick(i + 11),
        schemaFormat: 'json-schema' as const, schema: hostileSchema(i), headersSchema: hostileSchema(i + 3),
        examples: [JSON.stringify({ eventId: pick(i), note: pick(i + 1) }, null, 2), pick(i + 2)],
        idField: pick(i + 12), correlationField: pick(i + 13), history: [{ version: pick(i + 14), schema: pick(i + 15) }],
      })),
      publications: [{ id: 'pub-0', serviceId: 'svc-0', topicId: 'topic-0', eventIds: ['event-0', 'event-1', 'event-2'] }],
      subscriptions: [{ id: 'sub-0', topicId: 'topic-0', serviceId: 'svc-1', consumerGroup: HOSTILE_STRINGS.javascriptUrl, idempotencyKey: HOSTILE_STRINGS.templateInjection, deadLetterTopicId: 'topic-1' }],
      servers: [{ id: 'srv', broker: 'kafka', host: HOSTILE_STRINGS.javascriptUrl, description: HOSTILE_STRINGS.iframeSrcdoc }],
      layout: { nodes: { 'svc-0': { x: 0, y: 0 }, 'topic-0': { x: 200, y: 0 } } },
      lint: { rules: { outbox: 'off' }, reasons: { outbox: HOSTILE_STRINGS.markdownLink }, suppressions: [{ ruleId: 'orphan-topic', targetId: 'topic-1', reason: HOSTILE_STRINGS.svgOnload }] },
    },
  };
}

/**
 * Descriptions MDX would read as ES module statements at the start of a line (issue 14): the
 * first two ran code when an EventCatalog page was compiled, the innocent ones broke the compile.
 */
export const MDX_ESM_TEXTS = {
  exportWritesFile: "export const x = (await import('node:fs')).writeFileSync('pwned.txt', 'owned')",
  importRunsCommand: "import cp from 'node:child_process'\ncp.execSync('touch pwned')",
  innocentExport: 'export of orders happens nightly',
  innocentImport: 'Intro line.\n\nimport jobs run hourly\nExport default settings apply',
  exportDefault: '   export default function Page() { return null }',
  exportAfterBlank: 'First.\n\n\nexport {x as y} from "z"',
} as const;

/** The hostile design with an MDX ES-module statement as every description. */
export function mdxEsmDesign(): DesignFile {
  const file = hostileDesign();
  const texts = Object.values(MDX_ESM_TEXTS);
  const d = file.design;
  d.description = texts[0];
  [...d.services, ...d.topics, ...d.events].forEach((x, i) => (x.description = texts[(i + 1) % texts.length]));
  return file;
}

/** A schema whose property names and keywords are Object members (issue 14). */
export const RESERVED_KEYWORD_SCHEMA = JSON.stringify({
  type: 'object',
  valueOf: 1,
  ['__proto__']: { polluted: true },
  properties: { valueOf: { type: 'string' }, ['__proto__']: { type: 'boolean' }, constructor: { type: 'integer' }, toString: { $ref: '#/definitions/__proto__' } },
  definitions: { ['__proto__']: { type: 'object', properties: { hasOwnProperty: { type: 'string' } } } },
  required: ['valueOf', '__proto__', 'constructor'],
}, null, 2);

/** Events named like Object members, with reserved keywords in their schemas (issue 14). */
export function reservedNamesDesign(): DesignFile {
  const names = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
  return {
    format: DESIGN_FORMAT, formatVersion: FORMAT_VERSION,
    design: {
      id: 'reserved', name: 'constructor', version: '1.0.0', description: '__proto__',
      services: [{ id: 'svc', name: '__proto__', owner: 'constructor', domain: 'prototype' }, { id: 'svc-2', name: 'valueOf' }],
      topics: [{ id: 'orders', name: '__proto__', broker: 'kafka', kind: 'stream', partitionKey: '__proto__' }],
      events: names.map((name, i) => ({ id: `event-${i}`, name, kind: 'event' as const, version: '1.0.0', schemaFormat: 'json-schema' as const, schema: RESERVED_KEYWORD_SCHEMA, idField: 'valueOf' })),
      publications: [{ id: 'pub', serviceId: 'svc', topicId: 'orders', eventIds: names.map((_, i) => `event-${i}`) }],
      subscriptions: [{ id: 'sub', serviceId: 'svc-2', topicId: 'orders', consumerGroup: '__proto__', idempotencyKey: 'constructor' }],
      layout: { nodes: {} },
    },
  };
}

/**
 * A schema nested `depth` levels deep whose example lacks a required field (issue 14): at 20 levels
 * validation reports `example-invalid`; at 20,000 ajv overflows its stack, which must be reported
 * as an error finding, never dropped as a pass.
 */
export function deepSchemaDesign(depth = 20_000): DesignFile {
  const schema = `{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"nested":${'{"type":"object","properties":{"a":'.repeat(depth)}{"type":"string"}${'}}'.repeat(depth)}}}`;
  return oneEventDesign({ id: 'deep-schema', name: 'Deep schema' }, { id: 'deep', schema, examples: ['{"nested":{}}'] }, 'id');
}

/** OrderService publishing one JSON-Schema event, OrderPlaced, to a Kafka topic: the frame of a one-schema hostile design. */
function oneEventDesign(design: { id: string; name: string }, event: { id: string; schema: string; examples: string[] }, partitionKey: string): DesignFile {
  return {
    format: DESIGN_FORMAT, formatVersion: FORMAT_VERSION,
    design: {
      id: design.id, name: design.name, version: '1.0.0',
      services: [{ id: 'svc', name: 'OrderService' }],
      topics: [{ id: 'orders', name: 'orders', broker: 'kafka', kind: 'stream', partitionKey }],
      events: [{ id: event.id, name: 'OrderPlaced', kind: 'event', version: '1.0.0', schemaFormat: 'json-schema', schema: event.schema, examples: event.examples }],
      publications: [{ id: 'pub', serviceId: 'svc', topicId: 'orders', eventIds: [event.id] }],
      subscriptions: [],
      layout: { nodes: {} },
    },
  };
}

/** Old/new schemas whose `$ref`s form a DAG `levels` deep: 2^levels paths to one changed leaf (2.6 KB at 24). */
export function refDagSchemas(levels = 24): { old: string; next: string } {
  const make = (leaf: string) => {
    const definitions: Record<string, unknown> = { [`d${levels}`]: { type: leaf } };
    for (let i = levels - 1; i >= 0; i--) definitions[`d${i}`] = { type: 'object', properties: { a: { $ref: `#/definitions/d${i + 1}` }, b: { $ref: `#/definitions/d${i + 1}` } } };
    return JSON.stringify({ $ref: '#/definitions/d0', definitions });
  };
  return { old: make('string'), next: make('integer') };
}

/**
 * One schema whose `oneOf` branches are a `$ref` DAG (`levels` deep, two branches each): 2^levels
 * paths to one property. Reading its fields overruns the schema facts' node budget.
 */
export function oneOfRefDagSchema(levels = 40): string {
  const definitions: Record<string, unknown> = { a0: { properties: { p: { type: 'string' } } } };
  for (let i = 1; i <= levels; i++) definitions[`a${i}`] = { oneOf: [{ $ref: `#/definitions/a${i - 1}` }, { $ref: `#/definitions/a${i - 1}` }] };
  return JSON.stringify({ definitions, $ref: `#/definitions/a${levels}` });
}

/** A design whose one event's schema is the oneOf `$ref` DAG above: its facts overrun their budget. */
export function factsBombDesign(): DesignFile {
  return oneEventDesign({ id: 'facts-bomb', name: 'Facts bomb' }, { id: 'bomb', schema: oneOfRefDagSchema(), examples: ['{"p": "x"}'] }, 'p');
}

/** Old/new schemas where a property name is matched against the catastrophic pattern `^(a+)+$`. */
export function backtrackingPatternSchemas(): { old: string; next: string } {
  const patternProperties = { '^(a+)+$': { type: 'string' } };
  return {
    old: JSON.stringify({ type: 'object', patternProperties, additionalProperties: false }),
    next: JSON.stringify({ type: 'object', patternProperties, additionalProperties: false, properties: { [`${'a'.repeat(40)}!`]: { type: 'string' } } }),
  };
}

/** A design whose event history holds the two schema pairs above (lint and exports must finish). */
export function expensiveCompatDesign(): DesignFile {
  const dag = refDagSchemas();
  const redos = backtrackingPatternSchemas();
  const event = (id: string, name: string, pair: { old: string; next: string }) => ({
    id, name, kind: 'event' as const, version: '2.0.0', schemaFormat: 'json-schema' as const, schema: pair.next, history: [{ version: '1.0.0', schema: pair.old }],
  });
  return {
    format: DESIGN_FORMAT, formatVersion: FORMAT_VERSION,
    design: {
      id: 'expensive-compat', name: 'Expensive compatibility', version: '1.0.0',
      services: [{ id: 'svc', name: 'OrderService' }, { id: 'billing', name: 'BillingService' }],
      topics: [{ id: 'orders', name: 'orders', broker: 'kafka', kind: 'stream', partitionKey: 'id' }],
      events: [event('dag', 'OrderPlaced', dag), event('redos', 'OrderShipped', redos)],
      publications: [{ id: 'pub', serviceId: 'svc', topicId: 'orders', eventIds: ['dag', 'redos'] }],
      subscriptions: [{ id: 'sub', serviceId: 'billing', topicId: 'orders' }],
      layout: { nodes: {} },
    },
  };
}

/** A design with a huge string in its name, a description and a schema (restore cuts the name). */
export function hugeStringDesign(length = HUGE_STRING_LENGTH): unknown {
  const file = hostileDesign();
  const d = file.design;
  d.name = hugeString(length);
  d.services[0].description = hugeString(length);
  d.events[0].schema = JSON.stringify({ type: 'object', description: hugeString(length) });
  return file;
}

/** JSON text nested `depth` levels deep inside an otherwise fine design file. */
export function deepNestingJson(depth = 100_000): string {
  return `{"format":"eventsmith-design","formatVersion":1,"design":{"name":"Deep","services":[],"description":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
}

/** JSON text with non-finite positions (1e999 parses as Infinity) and a broken viewport. */
export const NON_FINITE_POSITIONS_JSON =
  '{"format":"eventsmith-design","formatVersion":1,"design":{"id":"nan","name":"NaN positions","version":"1.0.0","services":[{"id":"a","name":"A"},{"id":"b","name":"B"}],' +
  '"topics":[],"events":[],"publications":[],"subscriptions":[],"layout":{"nodes":{"a":{"x":1e999,"y":0},"b":{"x":"NaN","y":null}},"viewport":{"x":-1e999,"y":0,"zoom":0}}}}';

/** An object with real NaN / Infinity values (what a buggy in-memory caller could hand over). */
export function nonFinitePositionsDesign(): unknown {
  return { ...hostileDesign().design, layout: { nodes: { 'svc-0': { x: NaN, y: 1 }, 'topic-0': { x: Infinity, y: -Infinity } }, viewport: { x: NaN, y: 0, zoom: 1 } } };
}

/** References to services, topics, events and subscriptions that do not exist. */
export function danglingRefsDesign(): unknown {
  const d = hostileDesign().design;
  return {
    ...d,
    publications: [{ id: 'p', serviceId: 'ghost', topicId: 'topic-0', eventIds: ['event-0'] }, { id: 'p2', serviceId: 'svc-0', topicId: 'topic-0', eventIds: ['ghost-event'], triggeredBy: ['ghost-sub', 'sub-0'] }],
    subscriptions: [{ id: 'sub-0', topicId: 'topic-0', serviceId: 'svc-1', deadLetterTopicId: 'ghost-dlq', eventIds: ['ghost-event'] }, { id: 's2', topicId: 'ghost', serviceId: 'svc-1' }],
    layout: { nodes: { ghost: { x: 1, y: 1 } } },
    lint: { suppressions: [{ ruleId: 'outbox', targetId: 'ghost', reason: 'x' }] },
  };
}

/** The same id on a service, a topic, an event and a subscription. */
export function duplicateIdsDesign(): unknown {
  const d = hostileDesign().design;
  return {
    ...d,
    services: d.services.map((s) => ({ ...s, id: 'same' })),
    topics: d.topics.map((t) => ({ ...t, id: 'same' })),
    events: d.events.map((e) => ({ ...e, id: 'same' })),
    publications: [{ id: 'same', serviceId: 'same', topicId: 'same', eventIds: ['same'] }],
    subscriptions: [],
  };
}

/** JSON texts whose keys try to reach Object.prototype. */
export const PROTO_JSON_TEXTS = {
  topLevel: '{"__proto__":{"polluted":true},"services":[]}',
  nested: '{"format":"eventsmith-design","formatVersion":1,"design":{"services":[{"id":"a","name":"A","__proto__":{"polluted":true}}],"layout":{"nodes":{"__proto__":{"x":1,"y":1,"polluted":true}}}}}',
  constructorPrototype: '{"services":[],"constructor":{"prototype":{"polluted":true}},"lint":{"rules":{"__proto__":"off","constructor":"off"}}}',
  protoAsId: '{"services":[{"id":"__proto__","name":"P"},{"id":"constructor","name":"C"},{"id":"toString","name":"T"}],"layout":{"nodes":{"__proto__":{"x":1,"y":1}}}}',
} as const;

/** A YAML alias bomb ("billion laughs"): nine levels of nine aliases. Importers must refuse it. */
export const ALIAS_BOMB_YAML = [
  'asyncapi: 3.0.0',
  'info: { title: Bomb, version: 1.0.0 }',
  'x-bomb:',
  '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((c, i) => `  ${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
  'channels: {}',
  '',
].join('\n');

/** An AsyncAPI document with hostile strings in titles, descriptions, names and examples. */
export const HOSTILE_ASYNCAPI_YAML = [
  'asyncapi: 3.0.0',
  'info:',
  `  title: ${JSON.stringify(HOSTILE_STRINGS.scriptTag)}`,
  '  version: 1.0.0',
  `  description: ${JSON.stringify(HOSTILE_STRINGS.breakOut)}`,
  'channels:',
  '  orders:',
  `    address: ${JSON.stringify(HOSTILE_STRINGS.imgOnerror)}`,
  '    messages:',
  '      Placed:',
  '        $ref: "#/components/messages/Placed"',
  'operations:',
  '  send-placed:',
  '    action: send',
  '    channel: { $ref: "#/channels/orders" }',
  'components:',
  '  messages:',
  '    Placed:',
  `      name: ${JSON.stringify(HOSTILE_STRINGS.javascriptUrl)}`,
  `      description: ${JSON.stringify(HOSTILE_STRINGS.templateInjection)}`,
  '      payload:',
  '        type: object',
  '        properties:',
  '          note: { type: string, description: "<script>alert(1)</script>" }',
  '',
].join('\n');

/** Every hostile design input as JSON text or value, by name, for table-driven tests. */
export function hostileInputs(): Record<string, unknown> {
  return {
    hostileDesign: hostileDesign(),
    mdxEsm: mdxEsmDesign(),
    reservedNames: reservedNamesDesign(),
    deepSchema: deepSchemaDesign(),
    expensiveCompat: expensiveCompatDesign(),
    factsBomb: factsBombDesign(),
    hugeStrings: hugeStringDesign(),
    deepNesting: deepNestingJson(),
    nonFinitePositionsJson: NON_FINITE_POSITIONS_JSON,
    nonFinitePositions: nonFinitePositionsDesign(),
    danglingRefs: danglingRefsDesign(),
    duplicateIds: duplicateIdsDesign(),
    ...Object.fromEntries(Object.entries(PROTO_JSON_TEXTS).map(([k, v]) => [`proto_${k}`, v])),
  };
}
