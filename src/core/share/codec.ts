// Share a design in the URL fragment: `#d=<codec version>.<payload>` (PRODUCT.md §5).
// Decoding is hostile-input safe: length cap before anything else, capped inflate, strict wire
// checks, no prototype keys, and restoreDesign at the end. Every failure is a ShareError.
import { restoreDesign, RestoreError } from '../model/restore';
import type { DesignFile } from '../model/types';
import { ShareError } from './errors';
import { CODEC_VERSIONS, CURRENT_CODEC_VERSION } from './versions';

export { ShareError };

/** Links longer than this are refused before any decoding. */
export const MAX_LINK_LENGTH = 1_000_000;

/** The fragment content, without '#': `d=1.<payload>`. The design is restored (canonical) first. */
export function encodeShare(file: DesignFile): string {
  const { design } = restoreDesign(file).file;
  return `d=${CURRENT_CODEC_VERSION}.${CODEC_VERSIONS[CURRENT_CODEC_VERSION].encode(design)}`;
}

/** `${baseUrl}#d=…`; any fragment already on baseUrl is replaced. */
export function shareLink(file: DesignFile, baseUrl: string): string {
  const hash = baseUrl.indexOf('#');
  return `${hash < 0 ? baseUrl : baseUrl.slice(0, hash)}#${encodeShare(file)}`;
}

/** A full URL, `#d=…` or `d=…` → the design and what restoreDesign had to repair. */
export function decodeShare(linkOrFragment: string): { file: DesignFile; repairs: string[] } {
  if (typeof linkOrFragment !== 'string') throw new ShareError('A share link must be text.');
  if (linkOrFragment.length > MAX_LINK_LENGTH)
    throw new ShareError(`This share link is too long (${linkOrFragment.length.toLocaleString('en')} characters; at most ${MAX_LINK_LENGTH.toLocaleString('en')}). Ask for the design file instead.`);
  const payload = fragmentPayload(linkOrFragment.trim());
  const dot = payload.indexOf('.');
  if (dot < 0) throw new ShareError('This share link is damaged (no version). Ask for the link again.');
  const version = payload.slice(0, dot);
  const codec = Object.prototype.hasOwnProperty.call(CODEC_VERSIONS, version) ? CODEC_VERSIONS[version] : undefined;
  if (!codec)
    throw new ShareError(/^\d{1,6}$/.test(version) && Number(version) > Number(CURRENT_CODEC_VERSION)
      ? `This share link was made by a newer Eventsmith (link version ${version}). Update Eventsmith to open it.`
      : 'This is not an Eventsmith share link (unknown link version).');
  const design = codec.decode(payload.slice(dot + 1));
  try {
    return restoreDesign(design);
  } catch (e) {
    if (e instanceof RestoreError) throw new ShareError(`This share link holds no usable design: ${e.message}`);
    throw e;
  }
}

/** The `1.<payload>` part of a URL, `#d=…` or `d=…`. */
function fragmentPayload(input: string): string {
  const hash = input.indexOf('#');
  const fragment = hash >= 0 ? input.slice(hash + 1) : input;
  // The fragment may hold other parameters one day: take `d=` wherever it is.
  const param = fragment.split('&').find((part) => part.startsWith('d='));
  if (param === undefined) throw new ShareError(hash >= 0 || /^[a-z]+:/i.test(input) ? 'This link holds no shared design (no "#d=" part).' : 'This is not an Eventsmith share link (expected "#d=…").');
  return param.slice(2);
}
