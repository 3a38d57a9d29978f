// Past participles of base verbs and recognition of past forms, from the word list plus the
// spelling rules of English (place → placed, apply → applied, ship → shipped, cancel → cancelled).
import { COMPOUND_PARTICIPLE, DOUBLING, IRREGULAR, L_DOUBLING, NOT_PAST_ED, SAME_FORM_PAST, VERBS } from './words';

const VOWEL = /[aeiou]/;

function vowelGroups(word: string): number {
  return word.match(/[aeiouy]+/g)?.length ?? 0;
}

/** One syllable ending consonant–vowel–consonant (not w, x, y): ship, stop, plan, log. */
function doublesFinal(word: string): boolean {
  if (DOUBLING.has(word) || L_DOUBLING.has(word)) return true;
  if (vowelGroups(word) !== 1) return false;
  const [a, b, c] = word.slice(-3);
  return !!c && !VOWEL.test(a) && VOWEL.test(b) && !VOWEL.test(c) && !'wxy'.includes(c);
}

/** The past participle as words: `send` → [sent], `login` → [logged, in]. */
export function pastParticiple(base: string): string[] {
  const word = base.toLowerCase();
  const compound = COMPOUND_PARTICIPLE.get(word);
  if (compound) return compound;
  const irregular = IRREGULAR.get(word);
  if (irregular) return [irregular.participle];
  if (word.endsWith('e')) return [word + 'd'];
  if (/[^aeiou]y$/.test(word)) return [word.slice(0, -1) + 'ied'];
  if (doublesFinal(word)) return [word + word.slice(-1) + 'ed'];
  return [word + 'ed'];
}

const IRREGULAR_PAST = new Set<string>();
for (const [base, { past, participle }] of IRREGULAR) {
  for (const form of [past, participle]) if (form !== base) IRREGULAR_PAST.add(form);
}

/**
 * Is `word` (lower case) a past form? `first` = it opens the name, where same-form verbs
 * (`ResetPassword`) are imperatives, not facts.
 */
export function isPastForm(word: string, first: boolean): boolean {
  if (IRREGULAR_PAST.has(word)) return true;
  if (SAME_FORM_PAST.has(word)) return !first;
  if (!word.endsWith('ed') || NOT_PAST_ED.has(word)) return false;
  const stems = [word.slice(0, -1), word.slice(0, -2)];
  if (word.length > 4 && word.at(-3) === word.at(-4)) stems.push(word.slice(0, -3));
  if (word.endsWith('ied')) stems.push(word.slice(0, -3) + 'y');
  if (stems.some((s) => VERBS.has(s))) return true;
  // Verbs the list does not know (onboarded, fulfilled, kycVerified…): a regular -ed ending,
  // but not -eed (proceed, exceed) unless it is -ee + d (agreed, guaranteed).
  if (word.length < 5) return false;
  if (word.endsWith('eed')) return word.endsWith('eeed') || /(gree|guarantee|free)d$/.test(word);
  return true;
}
