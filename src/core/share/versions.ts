// Every codec version ever released, forever: a link carries its version before the dot and is
// decoded by that version's entry. To change the format, add a version; never edit a released one.
import { deflateSync, strToU8 } from 'fflate';
import { DESIGN_FORMAT, type Design } from '../model/types';
import { fromBase64Url, toBase64Url } from './base64url';
import { cappedInflate } from './capped-inflate';
import { DICTIONARY_V1 } from './dictionary-v1';
import { damaged } from './errors';
import { parseLinkJson } from './safe-json';
import { packV1 } from './wire-v1-pack';
import { WIRE_MAX_DEPTH } from './wire-v1-tables';
import { unpackV1 } from './wire-v1-unpack';

export interface CodecVersion {
  /** Payload text (base64url) for a restored design. */
  encode: (design: Design) => string;
  /** Payload text → a design-shaped object for restoreDesign; throws ShareError. */
  decode: (payload: string) => unknown;
}

const dictionaryV1 = strToU8(DICTIONARY_V1);

/** The wire array of a v1/v2 payload: base64url → capped inflate → strict UTF-8 → depth-capped JSON. */
function wireOf(payload: string): unknown {
  const bytes = cappedInflate(fromBase64Url(payload), dictionaryV1);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return damaged('its text is not valid UTF-8');
  }
  return parseLinkJson(text, WIRE_MAX_DEPTH);
}

export const CODEC_VERSIONS: Record<string, CodecVersion> = {
  // v1: wire array (wire-v1-*.ts) → UTF-8 → raw deflate level 9 with a preset dictionary → base64url.
  '1': {
    encode: (design) => toBase64Url(deflateSync(strToU8(JSON.stringify(packV1(design))), { level: 9, dictionary: dictionaryV1 })),
    // A v1 link holds a format-1 design: restoreDesign upgrades it as it upgrades a format-1 file.
    decode: (payload) => ({ format: DESIGN_FORMAT, formatVersion: 1, design: unpackV1(wireOf(payload)) }),
  },
  // v2 (issue 17): v1's wire, dictionary and deflate, plus every optional field the v1 tables do
  // not know, under its own name in the entity's details object (`kept`, `protocol`,
  // `declaredEventIds`…). Optional fields added later travel the same way without a v3.
  '2': {
    encode: (design) => toBase64Url(deflateSync(strToU8(JSON.stringify(packV1(design, true))), { level: 9, dictionary: dictionaryV1 })),
    decode: (payload) => unpackV1(wireOf(payload), true),
  },
};

/** The version new links are written with. */
export const CURRENT_CODEC_VERSION = '2';

