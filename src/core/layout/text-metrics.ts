// Text widths without a DOM, so the core (CLI, catalog, SVG export, layout worker) sizes nodes and
// labels exactly as the canvas draws them. Node and label text is set in DIAGRAM_FONT on the canvas
// and in exports; the advance widths below are DejaVu Sans's (Verdana's metrics are nearly the same),
// in thousandths of an em, for ASCII 32..126. Other characters are counted wide so that nothing is
// ever clipped: a too-wide estimate costs a little room, a too-narrow one cuts a name.

/** The font family list used for node and edge-label text on the canvas and in SVG exports. */
export const DIAGRAM_FONT = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";

const REGULAR = [318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838];
const BOLD = [348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838];

export interface FontSpec { size: number; bold?: boolean }

/** East Asian wide characters and emoji take a full em; other non-ASCII is counted as a wide letter. */
function advance(code: number, table: number[]): number {
  if (code >= 32 && code < 127) return table[code - 32];
  if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || code >= 0x1f000)) return 1000;
  if (code >= 0x300 && code < 0x370) return 0; // combining marks
  return 1000;
}

/** Width in px of `text` set in DIAGRAM_FONT, rounded up; a small allowance covers rendering differences. */
export function textWidth(text: string, font: FontSpec): number {
  const table = font.bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) units += advance(ch.codePointAt(0)!, table);
  return Math.ceil((units * font.size) / 1000 * 1.03);
}

/** Places a line may break after: spaces, dots, dashes, underscores, slashes, and camelCase humps. */
function breakPoints(text: string): number[] {
  const points: number[] = [];
  const chars = [...text];
  for (let i = 1; i < chars.length; i++) {
    const prev = chars[i - 1];
    const cur = chars[i];
    if (/[\s.\-_/:]/.test(prev) || (/[a-z0-9]/.test(prev) && /[A-Z]/.test(cur))) points.push(i);
  }
  return points;
}

const ELLIPSIS = '…';

/** The longest prefix (in code points) that fits `max`, with an ellipsis when cut. */
function cut(chars: string[], max: number, font: FontSpec): string {
  let n = chars.length;
  while (n > 0 && textWidth(chars.slice(0, n).join('') + ELLIPSIS, font) > max) n--;
  return chars.slice(0, n).join('').trimEnd() + ELLIPSIS;
}

/**
 * Breaks `text` into at most two lines no wider than `max`: at a natural break (space, dot, dash,
 * camelCase) as close to the middle as fits, else anywhere; a name too long for two lines ends the
 * second line with an ellipsis (the full name stays in the tooltip and the accessible name).
 */
export function wrapTwoLines(text: string, max: number, font: FontSpec): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (textWidth(clean, font) <= max) return [clean];
  const chars = [...clean];
  let best: [string, string] | undefined;
  let bestWidth = Infinity;
  for (const at of breakPoints(clean)) {
    const a = chars.slice(0, at).join('').trimEnd();
    const b = chars.slice(at).join('').trimStart();
    const wa = textWidth(a, font);
    const wb = textWidth(b, font);
    if (wa <= max && wb <= max && Math.max(wa, wb) < bestWidth) {
      best = [a, b];
      bestWidth = Math.max(wa, wb);
    }
  }
  if (best) return best;
  // No natural break fits: fill the first line, then the rest (cut when still too long).
  let n = chars.length;
  while (n > 1 && textWidth(chars.slice(0, n).join(''), font) > max) n--;
  const first = chars.slice(0, n).join('');
  const rest = chars.slice(n);
  const second = textWidth(rest.join(''), font) <= max ? rest.join('') : cut(rest, max, font);
  return [first, second];
}
