// The design document of PRODUCT.md §1. Plain JSON data: no classes, no functions, no Dates.
// Extend only by adding optional fields plus a migration; never change what a field means.

export type Id = string;

export const DESIGN_FORMAT = 'eventsmith-design' as const;
/** Bump when a migration is added in ./migrations.ts. */
export const FORMAT_VERSION = 1;

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

export interface LintSettings {
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
}

export interface Service {
  id: Id;
  name: string;
  description?: string;
  owner?: string;
  domain?: string;
  version?: string;
  ownsState?: boolean;
  tags?: string[];
}

export type Broker = 'kafka' | 'rabbitmq' | 'sqs' | 'sns' | 'nats' | 'redis-streams' | 'eventbridge' | 'generic';
export const BROKERS: readonly Broker[] = ['kafka', 'rabbitmq', 'sqs', 'sns', 'nats', 'redis-streams', 'eventbridge', 'generic'];

export type TopicKind = 'stream' | 'dead-letter';
export type Retention = { days: number } | 'infinite';

export interface Topic {
  id: Id;
  name: string;
  broker: Broker;
  kind: TopicKind;
  description?: string;
  partitions?: number;
  /** Dotted field path in the carried events. */
  partitionKey?: string;
  /** Set by import when a Kafka message-key schema declares the key but no field path is known. */
  keyedByMessageKey?: boolean;
  retention?: Retention;
  compacted?: boolean;
  replayed?: boolean;
  depthAlert?: { threshold: number };
}

export type EventKind = 'event' | 'command' | 'query';
export const EVENT_KINDS: readonly EventKind[] = ['event', 'command', 'query'];
export type SchemaFormat = 'json-schema' | 'avro' | 'protobuf';
export const SCHEMA_FORMATS: readonly SchemaFormat[] = ['json-schema', 'avro', 'protobuf'];

export interface SchemaVersion { version: string; schema: string }

export interface EventType {
  id: Id;
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
}

export interface Publication {
  id: Id;
  serviceId: Id;
  topicId: Id;
  eventIds: Id[];
  viaOutbox?: boolean;
  /** Subscriptions of the same service whose events cause this publication; absent or [] = outside. */
  triggeredBy?: Id[];
}

export interface Subscription {
  id: Id;
  topicId: Id;
  serviceId: Id;
  /** Absent = every event on the topic. */
  eventIds?: Id[];
  consumerGroup?: string;
  idempotencyKey?: string;
  deadLetterTopicId?: Id;
  maxRetries?: number;
}

export interface Server { id: Id; broker: Broker; host: string; description?: string }

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
