// Inflate that stops early: a deflate bomb (50 MB of zeros in 50 KB) must cost milliseconds,
// not memory. Input is fed in small chunks so no single push can emit more than ~1 MiB.
import { Inflate } from 'fflate';
import { ShareError, damaged } from './errors';

export const INFLATE_LIMITS = {
  /** Largest inflated payload accepted. */
  maxBytes: 10 * 1024 * 1024,
  /** Past 1 MiB of output, more than this many output bytes per input byte is a bomb, not a design. */
  maxRatio: 250,
  ratioFrom: 1024 * 1024,
  /** Compressed bytes per push: at deflate's best ratio (~1032) at most ~1 MiB out per push. */
  chunk: 1024,
};

class TooLarge extends Error {}

export function cappedInflate(data: Uint8Array, dictionary?: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflater = new Inflate(dictionary ? { dictionary } : {}, (chunk, final) => {
    total += chunk.length;
    if (total > INFLATE_LIMITS.maxBytes || (total > INFLATE_LIMITS.ratioFrom && total > data.length * INFLATE_LIMITS.maxRatio)) throw new TooLarge();
    parts.push(chunk);
    if (final) done = true;
  });
  try {
    for (let i = 0; i < data.length && !done; i += INFLATE_LIMITS.chunk) {
      const end = Math.min(i + INFLATE_LIMITS.chunk, data.length);
      inflater.push(data.subarray(i, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof TooLarge) throw new ShareError(`This share link unpacks to more than ${INFLATE_LIMITS.maxBytes / 1024 / 1024} MiB or is packed suspiciously tightly; it was not opened.`);
    if (e instanceof ShareError) throw e;
    damaged('its compressed data is broken');
  }
  if (!done) damaged('it is cut off');
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
