// Names of an event's shared texts, without Yjs: the editors (in the Monaco chunk) name the text
// they show, and presence says which text a person's caret is in.
import type { Id } from '../model/types';

export type SharedTextRef =
  | { event: Id; field: 'schema' | 'headersSchema' }
  | { event: Id; field: 'examples'; index: number };

/** A stable name for the text, shared in presence so others know which editor a caret is in. */
export const sharedTextKey = (ref: SharedTextRef): string =>
  ref.field === 'examples' ? `${ref.event}/examples/${ref.index}` : `${ref.event}/${ref.field}`;
