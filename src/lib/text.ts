/** Small pure text helpers for Chinese policy text: character classes, display width, numerals. */

/** True for CJK ideographs, CJK punctuation and full-width forms (the characters Chinese text is set in). */
export function isCjk(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x2e80 && c <= 0x9fff) || // radicals, CJK symbols & punctuation, kana, ideographs
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef) || // full-width forms
    (c >= 0x20000 && c <= 0x2fa1f) ||
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || // “ ” ‘ ’ as used in Chinese text
    c === 0x2014 || c === 0x2015 || c === 0x2026 // — ― …
  );
}

/** True when the text (a character, a query …) contains a Han character (a CJK ideograph, not punctuation). */
export function hasHan(s: string | undefined): boolean {
  return s !== undefined && /\p{Script=Han}/u.test(s);
}

/** Display width in columns: wide (CJK) characters count 2, others 1. Used to detect PDF line wrapping. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isCjk(ch) ? 2 : 1;
  return w;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parses a Chinese numeral such as 三, 十一, 二十一, 一百零二 into a number (null if it is not one). */
export function parseChineseNumeral(s: string): number | null {
  if (!s || !/^[零〇一二两兩三四五六七八九十百千]+$/.test(s)) return null;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch in DIGITS) current = DIGITS[ch]!;
    else {
      const unit = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
      total += (current || 1) * unit;
      current = 0;
    }
  }
  return total + current;
}

/**
 * The one set of whitespace characters: JavaScript's \s (space, tab, line breaks, no-break, en to hair
 * spaces, narrow no-break, ideographic space, BOM) and the zero-width space, which \s leaves out.
 */
const WHITESPACE = '\\s\\u200b';
const WHITESPACE_CHAR = new RegExp(`[${WHITESPACE}]`, 'g');
const WHITESPACE_RUN = new RegExp(`[${WHITESPACE}]+`, 'g');

/** Removes every whitespace character (spaces inside words are an artefact of PDF extraction). */
export function stripWhitespace(s: string): string {
  return s.replace(WHITESPACE_RUN, '');
}

/** Turns every whitespace character into an ASCII space, one for one (runs are left for the caller to fold). */
export function asciiSpaces(s: string): string {
  return s.replace(WHITESPACE_CHAR, ' ');
}

/** Character bigrams of a string with whitespace removed, as a multiset (for fuzzy content comparison). */
export function bigrams(s: string): Map<string, number> {
  const chars = [...stripWhitespace(s)];
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Share of the n-grams (counted keys) of `part` that also occur in `whole` (1 = every n-gram of part is found in whole). */
export function containment<K>(part: Map<K, number>, whole: Map<K, number>): number {
  let total = 0;
  let found = 0;
  for (const [g, n] of part) {
    total += n;
    found += Math.min(n, whole.get(g) ?? 0);
  }
  return total === 0 ? 0 : found / total;
}
