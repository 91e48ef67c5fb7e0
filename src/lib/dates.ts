/** Calendar checks for authored dates and years (the manifest, target overrides). */

/** Years an authored policy date or target may name: the People's Republic's policies, up to a far plan horizon. */
export const YEAR_MIN = 1949;
export const YEAR_MAX = 2100;

/** True for a real calendar date written YYYY-MM-DD (2016-02-29 yes, 2016-02-30 and 2022-13-01 no). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** The build date from a BUILD_DATE value (absent or empty: today); anything but a real YYYY-MM-DD date (2026-02-30, garbage) is an error, never a shifted date. */
export function parseBuildDate(value: string | undefined, now = new Date()): Date {
  if (value === undefined || value === '') return now;
  if (!isCalendarDate(value)) throw new Error(`BUILD_DATE=${JSON.stringify(value).slice(0, 60)}: not a calendar date written YYYY-MM-DD (e.g. 2026-12-06); unset it to build with today's date`);
  return new Date(`${value}T00:00:00Z`);
}

/**
 * A date in the Republic of China calendar, as Taiwan prints it (民國104年8月26日, or 104年01月07日: a year of two or
 * three digits with its month and day), as YYYY-MM-DD (year + 1911) with where it stands; null when none or no real date.
 */
export function rocDate(text: string): { iso: string; match: string; index: number } | null {
  const m = /(?:民[國国]\s*(\d{2,3})|(?<![\d〇零一二三四五六七八九])(1\d{2}))\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
  if (!m) return null;
  const iso = `${Number(m[1] ?? m[2]) + 1911}-${m[3]!.padStart(2, '0')}-${m[4]!.padStart(2, '0')}`;
  return isCalendarDate(iso) ? { iso, match: m[0], index: m.index } : null;
}
