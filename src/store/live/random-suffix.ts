// New default names in a live room get a short random suffix (crypto.getRandomValues: it exists
// in every context, unlike crypto.randomUUID outside a secure one).
const SUFFIX_LETTERS = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A short random suffix for new default names in a live room (31⁴ ≈ 920 000 values). */
export function randomSuffix(length = 4): string {
  const b = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  // The first character is a letter, so `Producer` + suffix still reads as a name.
  for (let i = 0; i < length; i++) out += i === 0 ? SUFFIX_LETTERS[b[i] % 23] : SUFFIX_LETTERS[b[i] % SUFFIX_LETTERS.length];
  return out;
}
