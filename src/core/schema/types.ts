// What the lints, exports and quick fixes know about one schema text, computed without ajv.
import type { DuplicateKey } from './duplicate-keys';

/**
 * One field of a schema.
 *
 * `path` is dotted from the root object: `total.amount`. An array field is listed itself
 * (`lines`, type `array`) and the properties of its item objects follow as `lines[].sku`;
 * nested arrays repeat the marker (`matrix[][].x`).
 */
export interface FieldFact {
  path: string;
  /** The declared type (JSON Schema names; Avro and Protobuf types are mapped onto them). */
  type?: string | string[];
  format?: string;
  /** Required at its own level (in its parent's `required`; Avro: not a union with null). */
  required: boolean;
  /** Required at every level from the root; never true below an array (it may be empty). */
  requiredChain: boolean;
  description?: string;
  /**
   * JSON pointer into the schema document to where the property is declared, after `$ref`s are
   * followed: `/properties/total/properties/amount`, or `/definitions/Money/properties/amount`
   * when `total` is a `$ref` to Money. Avro: `/fields/2/type/fields/0`. Protobuf: empty.
   */
  jsonPointer: string;
}

/** Draft named by `$schema`: `none` when absent; https and a missing `#` still count as draft-07. */
export type SchemaDraft = 'draft-07' | 'other' | 'none';

export interface ClosedObject {
  /** Dotted field path of the object ('' = the root). */
  path: string;
  /** JSON pointer to the schema object that says `additionalProperties: false`. */
  jsonPointer: string;
}

export interface SchemaFacts {
  ok: boolean;
  /** Why the text could not be read (with line and column when known). */
  error?: string;
  parsed?: unknown;
  draft: SchemaDraft;
  /** The `$schema` value as written, when it is a string. */
  declaredSchema?: string;
  /** Every field, parents before children, in declaration order. */
  fields: FieldFact[];
  /** `additionalProperties: false` on the root object. */
  closed: boolean;
  /** Dotted paths of every closed object ('' = root). */
  closedPaths: string[];
  closedObjects: ClosedObject[];
  /** Set when a size or depth cap stopped the walk: the field list is incomplete. */
  truncated?: boolean;
  /** Keys written twice in one object (JSON keeps the last): absent when there are none. */
  duplicateKeys?: DuplicateKey[];
  /**
   * Set when the walk ran out of its budget (budget.ts: node visits or wall-clock): why. The
   * field list is then incomplete too (`truncated`), and lint reports the schema as too complex
   * to check rather than reading it as fine.
   */
  tooComplex?: string;
}
