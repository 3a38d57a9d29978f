// Splits an event name of any case style into words, and writes words back in the same style,
// so a rename keeps `order.place` dotted, `place_order` snake and `placeOrder` camel.

export type WordCase = 'pascal' | 'camel' | 'lower' | 'upper' | 'capitalized';

export interface NameParts {
  /** Left untouched by a rename: namespace segments such as `com.acme.orders.`. */
  prefix: string;
  /** The words of the part that names the fact, as written. */
  words: string[];
  /** Joins the words: '' for camel/Pascal, else '.', '_', '-', ' ' … */
  separator: string;
  wordCase: WordCase;
}

const WORD = /[A-Z]+(?![a-z])\d*|[A-Z]?[a-z]+\d*|\d+/g;
const SEPARATORS = /[\s._\-/:]+/;

function splitWords(segment: string): string[] {
  return segment.match(WORD) ?? [];
}

export function splitName(name: string): NameParts {
  const trimmed = name.trim();
  const segments = trimmed.split('.').filter((s) => s !== '');
  // `com.acme.orders.PlaceOrder`: the last segment is the name, the rest a namespace.
  if (segments.length > 1) {
    const last = segments[segments.length - 1];
    const lastWords = last.split(SEPARATORS).flatMap(splitWords);
    if (lastWords.length > 1) {
      const prefix = trimmed.slice(0, trimmed.length - last.length);
      return { prefix, ...styleOf(last, lastWords) };
    }
    const words = segments.flatMap((s) => s.split(SEPARATORS).flatMap(splitWords));
    return { prefix: '', words, separator: '.', wordCase: caseOf(words, '.') };
  }
  return { prefix: '', ...styleOf(trimmed, trimmed.split(SEPARATORS).flatMap(splitWords)) };
}

function styleOf(text: string, words: string[]): Omit<NameParts, 'prefix'> {
  const sep = text.match(/[\s_\-/:]/);
  const separator = sep ? sep[0] : '';
  return { words, separator, wordCase: caseOf(words, separator) };
}

function caseOf(words: string[], separator: string): WordCase {
  const letters = words.join('');
  if (words.length > 1 && letters === letters.toUpperCase() && /[A-Z]/.test(letters)) return 'upper';
  const first = words[0] ?? '';
  const capitalised = /^[A-Z]/.test(first);
  if (separator === '') return capitalised ? 'pascal' : 'camel';
  return capitalised ? 'capitalized' : 'lower';
}

function isAcronym(word: string): boolean {
  return word.length > 1 && /^[A-Z]+\d*$/.test(word);
}

/** Writes words (lower case, or as written for acronyms) in the style of `parts`. */
export function joinName(parts: Pick<NameParts, 'prefix' | 'separator' | 'wordCase'>, words: string[]): string {
  const cap = (w: string) => (isAcronym(w) ? w : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
  const low = (w: string) => (isAcronym(w) && parts.wordCase !== 'lower' ? w : w.toLowerCase());
  const styled = words.map((w, i) => {
    switch (parts.wordCase) {
      case 'upper': return w.toUpperCase();
      case 'pascal': case 'capitalized': return cap(w);
      case 'camel': return i === 0 ? w.toLowerCase() : cap(w);
      default: return low(w);
    }
  });
  return parts.prefix + styled.join(parts.separator);
}
