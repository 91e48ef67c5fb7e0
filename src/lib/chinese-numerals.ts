/**
 * Numbers and dates written in Chinese numerals (两千, 五千亿, 三点五, 百分之四, 三分之一, 二〇一二年四月六日),
 * read into numbers. Pure functions; docs/formats.md (“Figures by kind”) says where the ingest uses them.
 */

// ○ (U+25CB) and Cyrillic О stand in for 〇 in many typed documents (二○一二年)
const DIGITS: Record<string, number> = { 〇: 0, 零: 0, '○': 0, О: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Chinese digit characters (〇零一二两三四五六七八九), as a regular expression class body. */
export const CN_DIGIT_CLASS = '〇零○О一二两三四五六七八九';
/** Digits and the place words 十百千, as a regular expression class body. */
export const CN_NUMERAL_CLASS = `${CN_DIGIT_CLASS}十百千`;

/** A whole number below 10,000 written with 十/百/千 (三千五百, 一百零五, 十二, 二十) or as digits alone (二〇二五 → 2025); null if malformed. */
function smallNumber(s: string): number | null {
  if (s === '') return null;
  // digit by digit, as years are written (二〇一二)
  if (![...s].some((c) => c in SMALL_UNITS)) {
    if (![...s].every((c) => c in DIGITS)) return null;
    return Number([...s].map((c) => DIGITS[c]).join(''));
  }
  if (/[零〇○О]$/.test(s)) return null; // 五千零: a 零 only stands between places
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const c of s) {
    if (c in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[c] !== 0) return null; // 三四百: a range, not one number
      digit = DIGITS[c]!;
    } else if (c in SMALL_UNITS) {
      const unit = SMALL_UNITS[c]!;
      if (unit >= lastUnit) return null; // 百 after 十: malformed
      // 十二 means 一十二; elsewhere a place word needs its digit (百 alone is not 100 in running text)
      if (digit === null && !(unit === 10 && total === 0)) return null;
      total += (digit ?? 1) * unit;
      lastUnit = unit;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/**
 * A number in Chinese numerals: 四 → 4, 两千 → 2000, 三千五百 → 3500, 一百零五 → 105, 十二 → 12, 五千亿 → 5e11,
 * 一万二千 → 12000, 三点五 → 3.5, 二〇二五 → 2025. Arabic digits are read too (5千 is not: mixed forms are rare). Null for anything else.
 */
export function parseChineseNumeral(text: string): number | null {
  const s = text.trim();
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  const point = s.indexOf('点');
  if (point >= 0) {
    const whole = parseChineseNumeral(s.slice(0, point));
    const frac = s.slice(point + 1);
    if (whole === null || !frac || ![...frac].every((c) => c in DIGITS)) return null;
    return Number(`${whole}.${[...frac].map((c) => DIGITS[c]).join('')}`);
  }
  // split at 亿 then 万 (五千亿, 一万二千, 三亿五千万)
  for (const big of ['亿', '万'] as const) {
    const at = s.lastIndexOf(big);
    if (at < 0) continue;
    const high = parseChineseNumeral(s.slice(0, at));
    const rest = s.slice(at + 1).replace(/^[零〇○О]/, '');
    const low = rest === '' ? 0 : parseChineseNumeral(rest);
    if (high === null || low === null || low >= BIG_UNITS[big]!) return null;
    return high * BIG_UNITS[big]! + low;
  }
  return smallNumber(s);
}

/**
 * A share written in words, as a percentage: 百分之四 → 4, 百分之三十五 → 35, 百分之12.5 → 12.5, 三分之一 → 33.33,
 * 五分之二 → 40 (rounded to two decimals). Null when the text is not such a share.
 */
export function parseChineseShare(text: string): number | null {
  const m = /^(.+?)分之(.+)$/.exec(text.trim());
  if (!m) return null;
  const part = parseChineseNumeral(m[2]!);
  if (part === null) return null;
  if (m[1] === '百') return part;
  const whole = parseChineseNumeral(m[1]!);
  if (whole === null || whole === 0) return null;
  return Math.round((part / whole) * 10000) / 100;
}

const DATE_RE = new RegExp(`^\\s*([${CN_DIGIT_CLASS}]{4}|\\d{4})\\s*年\\s*([${CN_NUMERAL_CLASS}]{1,3}|\\d{1,2})\\s*月\\s*([${CN_NUMERAL_CLASS}]{1,3}|\\d{1,2})\\s*日\\s*$`);

/**
 * A date written in Chinese: 二〇一二年四月六日 → 2012-04-06, 二〇二五年十二月三十一日 → 2025-12-31, 2025年6月7日 →
 * 2025-06-07 (full-width digits are read as ASCII). Null when it is not a date or not in the calendar (二〇二五年二月三十日).
 */
export function parseChineseDate(text: string): string | null {
  const m = DATE_RE.exec(text.normalize('NFKC'));
  if (!m) return null;
  const [y, mo, d] = [m[1]!, m[2]!, m[3]!].map((x) => parseChineseNumeral(x));
  if (y == null || mo == null || d == null) return null;
  const iso = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? iso : null;
}

/** Where dates written in Chinese stand in a text: each with its ISO form, index and the text as printed. */
export function findChineseDates(text: string): { iso: string; index: number; text: string }[] {
  const re = new RegExp(`([${CN_DIGIT_CLASS}]{4}|\\d{4})年([${CN_NUMERAL_CLASS}]{1,3}|\\d{1,2})月([${CN_NUMERAL_CLASS}]{1,3}|\\d{1,2})日`, 'g');
  const out: { iso: string; index: number; text: string }[] = [];
  for (const m of text.matchAll(re)) {
    const iso = parseChineseDate(m[0]);
    if (iso) out.push({ iso, index: m.index!, text: m[0] });
  }
  return out;
}
