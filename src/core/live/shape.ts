// How a design is laid out in a room's Yjs document. Each element is its own entry keyed by its
// id, field by field, so concurrent edits to different elements or fields merge; schema and
// example texts are shared text so two people can type in the same schema. Nothing here names a
// field of an element except the shared texts: any optional field the model gains flows through.
//
//   meta       Y.Map    formatVersion, lists (optional collections present, e.g. "servers")
//   design     Y.Map    the design's own fields (id, name, version, description, lint, …) as JSON
//   services … servers  Y.Map<id, Y.Map<field, JSON | Y.Text | Y.Array<Y.Text>>>, plus RANK
//   positions  Y.Map<id, {x, y}>  written once per drag, at its end (the moving position is presence)
//
// The viewport is not shared: each person pans and zooms on their own.

export const COLLECTIONS = ['services', 'topics', 'events', 'publications', 'subscriptions', 'servers'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Collections a design always has; the others are absent unless listed in meta.lists. */
export const REQUIRED_COLLECTIONS: ReadonlySet<Collection> = new Set(['services', 'topics', 'events', 'publications', 'subscriptions']);

/** Fields held as shared text (Y.Text), per collection. */
export const TEXT_FIELDS: Partial<Record<Collection, ReadonlySet<string>>> = { events: new Set(['schema', 'headersSchema']) };
/** Fields holding a list of shared texts (Y.Array<Y.Text>), per collection. */
export const TEXT_LIST_FIELDS: Partial<Record<Collection, ReadonlySet<string>>> = { events: new Set(['examples']) };

/** Order of an element in its list: entries sort by rank, then id, so every peer agrees. */
export const RANK = '$rank';

export const ROOT = { meta: 'meta', design: 'design', positions: 'positions' } as const;
