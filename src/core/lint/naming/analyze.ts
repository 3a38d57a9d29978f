// Reads an event name as a sentence: is it a fact (past tense), a command (imperative verb), a
// query, or a noun with no verb at all — and what the fact form would be.
import { pastParticiple, isPastForm } from './inflect';
import { joinName, splitName, type NameParts } from './tokens';
import { DUAL, NOUN_AT_END, NOUN_LEANING, PARTICLES, QUERY_VERBS, QUERY_WORDS_LAST, QUESTION_WORDS, VERBS } from './words';

export type NameVerdict =
  | { kind: 'fact' }
  | { kind: 'query' }
  | { kind: 'imperative'; verb: string; suggestion: string }
  | { kind: 'no-verb' };

const VERSION = /^v?\d+$/i;

interface Words {
  parts: NameParts;
  /** Lower-case words without a trailing version (`V2`). */
  core: string[];
  /** As written, same indices as core. */
  written: string[];
  version: string[];
}

function wordsOf(name: string): Words {
  const parts = splitName(name);
  let end = parts.words.length;
  while (end > 1 && VERSION.test(parts.words[end - 1])) end--;
  const written = parts.words.slice(0, end);
  return { parts, written, core: written.map((w) => w.toLowerCase()), version: parts.words.slice(end) };
}

const cache = new Map<string, NameVerdict>();

/** Memoized: names repeat across edits, and the lint runs on every one. */
export function analyzeEventName(name: string): NameVerdict {
  let verdict = cache.get(name);
  if (!verdict) {
    verdict = analyze(name);
    if (cache.size > 5000) cache.clear();
    cache.set(name, verdict);
  }
  return verdict;
}

function hasPast(core: string[], from: number): boolean {
  for (let i = from; i < core.length; i++) if (isPastForm(core[i], i === 0)) return true;
  return false;
}

function isQueryShaped(core: string[]): boolean {
  if (core.length === 0) return false;
  const last = core[core.length - 1];
  if (QUERY_WORDS_LAST.has(last) && core.length > 1) return true;
  if (hasPast(core, 0)) return false;
  if (QUERY_VERBS.has(core[0])) return true;
  return core.length > 1 && QUESTION_WORDS.has(core[0]);
}

/** Memoized like analyzeEventName. */
export function isQueryName(name: string): boolean {
  return analyzeEventName(name).kind === 'query';
}

function isCommandVerb(word: string): boolean {
  return VERBS.has(word) && !NOUN_LEANING.has(word) && !QUERY_VERBS.has(word);
}

function analyze(name: string): NameVerdict {
  const w = wordsOf(name);
  const { core } = w;
  if (core.length === 0) return { kind: 'no-verb' };
  if (isQueryShaped(core)) return { kind: 'query' };
  // Imperative first: `PlaceOrder`, `place_order`, `SendEmail`, `ResetPassword`.
  if (isCommandVerb(core[0]) && !isPastForm(core[0], true)) {
    if (hasPast(core, 1)) return { kind: 'fact' }; // `SendEmailFailed`: the failure is the fact
    let objectStart = 1;
    while (objectStart < core.length && PARTICLES.has(core[objectStart]) && objectStart < 2) objectStart++;
    const particles = core.slice(1, objectStart);
    const object = w.written.slice(objectStart);
    const verbWords = [...pastParticiple(core[0]), ...particles];
    return { kind: 'imperative', verb: core[0], suggestion: joinName(w.parts, [...object, ...verbWords, ...w.version]) };
  }
  if (hasPast(core, 0)) return { kind: 'fact' };
  // Entity then action: `order.place`, `user_create`, `OrderCreate`, `user.sign.up`.
  let verbAt = core.length - 1;
  if (verbAt > 1 && PARTICLES.has(core[verbAt])) verbAt--;
  const verb = core[verbAt];
  if (verbAt > 0 && isCommandVerb(verb) && !NOUN_AT_END.has(verb) && (!DUAL.has(verb) || w.parts.separator !== '')) {
    const before = w.written.slice(0, verbAt);
    const after = core.slice(verbAt + 1);
    return { kind: 'imperative', verb, suggestion: joinName(w.parts, [...before, ...pastParticiple(verb), ...after, ...w.version]) };
  }
  return { kind: 'no-verb' };
}
