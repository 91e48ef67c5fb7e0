/**
 * Text measurement for chart labels without a DOM: advance widths of a wide sans-serif,
 * so that a label laid out here is never narrower than what the browser draws, plus
 * truncation and line wrapping to a width.
 */

/**
 * Advance widths (thousandths of an em) of ASCII 32–126 in DejaVu Sans, regular and bold: the
 * chart's font stack falls back to it on Linux, and it is wider than the sans-serifs of other
 * systems (Segoe UI, San Francisco, Roboto), so widths measured with it are an upper bound.
 * Measured in Chromium with canvas measureText.
 */
const REGULAR = [318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838];
const BOLD = [348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838];
/** Punctuation outside ASCII that labels use, measured the same way (regular; bold adds up to 0.14 em, taken as the bold width). */
const OTHER: Record<string, [number, number]> = { '“': [518, 657], '”': [518, 657], '‘': [318, 380], '’': [318, 380], '–': [500, 500], '—': [1000, 1000], '…': [1000, 1000], '·': [318, 380], '≥': [838, 838], '≤': [838, 838], '≈': [838, 838], '×': [838, 838], '²': [401, 438], ' ': [318, 348] };

export interface TextStyle {
  /** Font size in px. */
  size: number;
  bold?: boolean;
}

/** Width in px of a string drawn in a style. Characters not in the tables (CJK, full-width punctuation, others) count 1 em. */
export function textWidth(s: string, style: TextStyle): number {
  const table = style.bold ? BOLD : REGULAR;
  const column = style.bold ? 1 : 0;
  let w = 0;
  // UTF-16 units, not code points: a character outside the BMP counts 2 em (wider than it is: safe)
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c < 127) w += table[c - 32]!;
    else w += OTHER[s[i]!]?.[column] ?? 1000;
  }
  return (w * style.size) / 1000;
}

const ELLIPSIS = '…';

/** The longest start of `s` that fits in `maxWidth` with an ellipsis (whole string when it fits; '' when not even the ellipsis fits). */
export function truncateText(s: string, maxWidth: number, style: TextStyle): string {
  if (textWidth(s, style) <= maxWidth) return s;
  const chars = [...s];
  let lo = 0;
  let hi = chars.length;
  // binary search on the number of characters kept
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS, style) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) return textWidth(ELLIPSIS, style) <= maxWidth ? ELLIPSIS : '';
  // Inside a Latin word, cut at the last space instead when that keeps most of the text.
  if (/\w/.test(chars[lo]!) && /\w/.test(chars[lo - 1]!)) {
    const space = chars.lastIndexOf(' ', lo - 1);
    if (space > lo * 0.6) lo = space;
  }
  return chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/** CJK ideographs, kana, full-width forms and CJK punctuation: Chinese wraps between any two of them. */
function isCjk(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3000 && c <= 0x303f);
}
/** Punctuation that may not start a line (it stays with the character before it) … */
const NO_LINE_START = new Set('，。、；：！？）》〉」』”’…—·,.;:!?)]%');
/** … and punctuation that may not end one (it goes with the character after it). */
const NO_LINE_END = new Set('（《〈「『“‘([');

/**
 * Break opportunities: after a space, and between two characters either of which is CJK
 * (Chinese wraps anywhere), never before closing or after opening punctuation.
 */
function tokens(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const prev = s.charCodeAt(i - 1);
    const breakable = isCjk(c) || isCjk(prev) || prev === 32;
    if (breakable && !NO_LINE_START.has(s[i]!) && !NO_LINE_END.has(s[i - 1]!)) {
      out.push(s.slice(start, i));
      start = i;
    }
  }
  if (s.length) out.push(s.slice(start));
  return out;
}

/** Cuts a token wider than a line into pieces that fit. */
function hardBreak(token: string, maxWidth: number, style: TextStyle): string[] {
  const pieces: string[] = [];
  let cur = '';
  for (const ch of token) {
    if (cur && ch !== ' ' && textWidth(cur + ch, style) > maxWidth) {
      pieces.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) pieces.push(cur);
  return pieces;
}

/**
 * Wraps text to lines no wider than `maxWidth`, at most `maxLines` of them: the last one ends
 * in an ellipsis when text is left over. A word wider than a whole line is cut across lines.
 */
export function wrapText(s: string, maxWidth: number, style: TextStyle, maxLines = Infinity): string[] {
  const width = (t: string) => textWidth(t, style);
  const parts = tokens(s.trim()).flatMap((t) => (width(t.trimEnd()) <= maxWidth ? [t] : hardBreak(t, maxWidth, style)));
  const lines: string[] = [];
  let line = '';
  // widths add up, so a line's width is kept as it grows (with its trailing spaces; a part is checked without its own)
  let lineWidth = 0;
  for (const [i, part] of parts.entries()) {
    if (line === '' || lineWidth + width(part.trimEnd()) <= maxWidth) {
      const add = line === '' ? part.trimStart() : part;
      line += add;
      lineWidth += width(add);
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(truncateText(line + parts.slice(i).join(''), maxWidth, style));
      return lines;
    }
    lines.push(line.trimEnd());
    line = part.trimStart();
    lineWidth = width(line);
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
