// The design document of PRODUCT.md §1. Plain JSON data: no classes, no functions, no Dates.
// Extend only by adding optional fields plus a migration; never change what a field means.

export type Id = string;

export const DESIGN_FORMAT = 'eventsmith-design' as const;
/** Bump when a migration is added in ./migrations.ts. */
export const FORMAT_VERSION = 2;

export interface DesignFile {
  format: typeof DESIGN_FORMAT;
  formatVersion: number;
  design: Design;
}

/** How serious a finding is. */
export type Severity = 'info' | 'warning' | 'error';
/** What a design may set a rule to: a severity, or off. */
export type RuleGrade = Severity | 'off';
export type CompatMode =
  | 'BACKWARD' | 'BACKWARD_TRANSITIVE'
  | 'FORWARD' | 'FORWARD_TRANSITIVE'
  | 'FULL' | 'FULL_TRANSITIVE'
  | 'NONE';
export type CompatPolicy = 'LENIENT' | 'STRICT';

export interface Suppression { ruleId: string; targetId: Id; reason: string }

/** How strict the lints are (PRODUCT.md §3 "Profiles"); absent = review. */
export type LintProfile = 'sketch' | 'review' | 'production';
export const LINT_PROFILES: readonly LintProfile[] = ['sketch', 'review', 'production'];

export interface LintSettings {
  /** The design's profile; absent = review, so files from before it existed read unchanged. */
  profile?: LintProfile;
  /** Per-rule grades: fine tuning over the profile (they win). */
  rules?: Record<string, RuleGrade>;
  /** Why a rule was switched off or re-graded, keyed by rule id. */
  reasons?: Record<string, string>;
  suppressions?: Suppression[];
}

export interface Position { x: number; y: number }
export interface Viewport { x: number; y: number; zoom: number }

/** Which way the flow reads on the canvas (producer → topic → consumer). */
export type FlowDirection = 'RIGHT' | 'DOWN';
export const FLOW_DIRECTIONS: readonly FlowDirection[] = ['RIGHT', 'DOWN'];

export interface Layout {
  nodes: Record<Id, Position>;
  viewport?: Viewport;
  /** Absent: chosen from the graph's shape at the next layout. Optional, so no migration. */
  direction?: FlowDirection;
}

export interface Design {
  id: Id;
  name: string;
  description?: string;
  version: string;
  services: Service[];
  topics: Topic[];
  events: EventType[];
  publications: Publication[];
  subscriptions: Subscription[];
  servers?: Server[];
  layout: Layout;
  lint?: LintSettings;
  /** Who answers for the design: exports list what has no owner of its own under it (never invented). */
  owner?: string;
}

/** A JSON value, as kept from an imported document. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * What an imported AsyncAPI document said about an element that the design does not model,
 * kept as the document had it (3.0 form, references resolved) and written back on export:
 * the element's AsyncAPI object without the fields the design models (a service keeps its
 * document's: `info` extras, `defaultContentType`, `components.securitySchemes`, `x-` keys…).
 * Read-only in the editor; deleting the element deletes it. Later optional fields are added
 * the same way: an optional field, a migration when old designs need a value, the share codec
 * carries optional fields it does not know by name (see share/versions.ts).
 */
export type Kept = { [key: string]: Json };

/**
 * The kept key of a service listing the topic ids its document declared as channels with no
 * operation of its own on them (nothing sent or received there): export still writes them into
 * that document. Ids, so merge, paste and id renames remap them (remap.ts).
 */
export const DECLARED_CHANNELS = 'x-eventsmith-declared-channels';

export interface Service {
  id: Id;
  /** The id is the slug of the name and follows renames; absent = pinned (edited, imported, or older files). */
  idFollowsName?: true;
  name: string;
  description?: string;
  owner?: string;
  domain?: string;
  version?: string;
  ownsState?: boolean;
  tags?: string[];
  kept?: Kept;
}

export type Broker = 'kafka' | 'rabbitmq' | 'sqs' | 'sns' | 'nats' | 'redis-streams' | 'eventbridge' | 'generic';
export const BROKERS: readonly Broker[] = ['kafka', 'rabbitmq', 'sqs', 'sns', 'nats', 'redis-streams', 'eventbridge', 'generic'];

export type TopicKind = 'stream' | 'dead-letter';
export type Retention = { days: number } | 'infinite';

export interface Topic {
  id: Id;
  /** The id is the slug of the name and follows renames; absent = pinned (edited, imported, or older files). */
  idFollowsName?: true;
  name: string;
  broker: Broker;
  kind: TopicKind;
  description?: string;
  /** The AsyncAPI protocol (`mqtt`, `ws`, `kafka-secure`…); absent = the one the broker implies. */
  protocol?: string;
  protocolVersion?: string;
  partitions?: number;
  /** Dotted field path in the carried events. */
  partitionKey?: string;
  /** Set by import when a Kafka message-key schema declares the key but no field path is known. */
  keyedByMessageKey?: boolean;
  retention?: Retention;
  compacted?: boolean;
  replayed?: boolean;
  depthAlert?: { threshold: number };
  /** Events the topic declares it carries (an imported channel's messages), whoever publishes them. */
  declaredEventIds?: Id[];
  /**
   * The topic leaves the design: its other side (producers or consumers) is outside it. Set by
   * import for a channel only one of the imported services uses, or by hand in the inspector;
   * unproduced-event and unconsumed-event are then info. Optional, so no migration.
   */
  external?: true;
  kept?: Kept;
}

export type EventKind = 'event' | 'command' | 'query';
export const EVENT_KINDS: readonly EventKind[] = ['event', 'command', 'query'];
export type SchemaFormat = 'json-schema' | 'avro' | 'protobuf';
export const SCHEMA_FORMATS: readonly SchemaFormat[] = ['json-schema', 'avro', 'protobuf'];

export interface SchemaVersion { version: string; schema: string }

export interface EventType {
  id: Id;
  /** The id is the slug of the name and follows renames; absent = pinned (edited, imported, or older files). */
  idFollowsName?: true;
  name: string;
  kind: EventKind;
  version: string;
  description?: string;
  owner?: string;
  schemaFormat: SchemaFormat;
  /** The schema text exactly as typed. */
  schema: string;
  headersSchema?: string;
  examples?: string[];
  idField?: string;
  correlationField?: string;
  /** Earlier versions, oldest first. */
  history?: SchemaVersion[];
  /** Compatibility settings for schema-breaking-change (default BACKWARD + LENIENT). */
  compatibility?: { mode: CompatMode; policy: CompatPolicy };
  /** A payload in a format we do not model (e.g. imported raw), kept verbatim with its media type. */
  rawSchemaFormat?: string;
  /**
   * A name no person chose: what the importer had to make up (`animalsMessage` for an unnamed
   * message of channel `animals`) or a tool's class name (`java.lang.String`). The naming rules
   * skip the event while its name is still this one; renaming it makes the name a choice.
   */
  inventedName?: string;
  kept?: Kept;
}

export interface Publication {
  id: Id;
  /** The id is made from its service's and topic's ids and follows them; absent = pinned. */
  idFollowsName?: true;
  serviceId: Id;
  topicId: Id;
  eventIds: Id[];
  viaOutbox?: boolean;
  /** Subscriptions of the same service whose events cause this publication; absent or [] = outside. */
  triggeredBy?: Id[];
  kept?: Kept;
}

export interface Subscription {
  id: Id;
  /** The id is made from its service's and topic's ids and follows them; absent = pinned. */
  idFollowsName?: true;
  topicId: Id;
  serviceId: Id;
  /** Absent = every event on the topic. */
  eventIds?: Id[];
  consumerGroup?: string;
  idempotencyKey?: string;
  deadLetterTopicId?: Id;
  maxRetries?: number;
  kept?: Kept;
}

export interface Server {
  id: Id;
  /** The id is the slug of the host and follows it; absent = pinned. */
  idFollowsName?: true;
  broker: Broker;
  host: string;
  description?: string;
  /** The AsyncAPI protocol; absent = the one the broker implies. */
  protocol?: string;
  protocolVersion?: string;
  kept?: Kept;
}

/** The protocol a broker implies (written by the 1 → 2 migration and by export when none is set). */
export const PROTOCOL_OF_BROKER: Readonly<Record<Broker, string | undefined>> = {
  kafka: 'kafka', rabbitmq: 'amqp', sqs: 'sqs', sns: 'sns', nats: 'nats', 'redis-streams': 'redis', eventbridge: undefined, generic: undefined,
};

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
