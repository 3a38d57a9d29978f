// Names that describe storage mechanics (RowInserted, CacheInvalidated) instead of a business fact.
import { memoByName } from '../facts';
import { isPastForm } from './inflect';
import { splitName } from './tokens';
import { PARTICLES } from './words';

const list = (text: string) => new Set(text.trim().split(/\s+/));

/** Any of these in a name makes it about storage, whatever else it says: `CustomerRowInserted`. */
const STORAGE_NOUNS = list('row rows table tables column columns entity entities crud dto dtos db database databases cache caches tuple tuples blob blobs sql cdc');
/** Technical only when nothing else names a business thing: `DataChanged`, but `OrderStateChanged`. */
const GENERIC_NOUNS = list('data record records object objects value values field fields document documents doc docs model models state entry entries attribute attributes property properties payload info information thing things stuff key keys schema collection instance instances aggregate aggregates dataset datum config configuration resource resources change changes');
/** Verbs of persistence and plumbing. */
const STORAGE_VERBS = list('inserted upserted persisted invalidated evicted flushed replicated serialized serialised deserialized deserialised mutated cached indexed reindexed synced synchronized synchronised truncated');

const VERSION = /^v?\d+$/;

/** Why the name is technical, or undefined when it names a business fact. */
export const technicalReason = memoByName(reasonOf);

function reasonOf(name: string): string | undefined {
  const words = splitName(name).words.map((w) => w.toLowerCase()).filter((w) => !VERSION.test(w));
  if (words.length === 0) return undefined;
  const verb = words.find((w, i) => STORAGE_VERBS.has(w) && i > 0) ?? (STORAGE_VERBS.has(words[0]) ? words[0] : undefined);
  if (verb) return `"${verb}" is a storage or plumbing operation, not something that happened in the business`;
  const storage = words.find((w) => STORAGE_NOUNS.has(w));
  if (storage) return `"${storage}" is a storage detail, not a business thing`;
  const subject = words.filter((w, i) => !isPastForm(w, i === 0) && !PARTICLES.has(w));
  if (words.length > subject.length && subject.every((w) => GENERIC_NOUNS.has(w)))
    return subject.length === 0 ? 'it names no business thing at all' : `"${subject.join(' ')}" could be anything: name the business thing that changed`;
  return undefined;
}
