/** A status (src/lib/status.ts) in words: its label, the detail with its date, and the icon its badge shows. */
import { STATUS_ICONS, type Status } from '../lib/status.ts';
import { LOCALES, type Lang } from './config.ts';
import type { T } from './dictionaries/index.ts';

export { STATUS_ICONS };

/** A deadline or year as a plain date: 2017 → 2017年 / 2017, 2016-06 → 2016年6月 / June 2016. */
export function plainDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (!m) return lang === 'zh' ? `${y}年` : String(y);
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC', ...(d ? { day: 'numeric' } : {}) };
  return new Date(Date.UTC(y, m - 1, d ?? 1)).toLocaleDateString(LOCALES[lang].dateLocale, opts);
}

/** The kinds and bases that have a detail in the dictionaries (statusDetail.KIND.BASIS). */
const DETAIL_KEYS = new Set(['in-force.period', 'in-force.one-year', 'in-force.no-end-stated', 'ended.period', 'ended.one-year', 'ended.deadlines', 'ended.deadline', 'not-yet.period', 'unknown.nothing'].map((k) => `statusDetail.${k}`));

/** The detail after the label (“period ended 2020”, “every deadline passed, the last 2017”), or null. */
export function statusDetail(t: T, status: Status, lang: Lang): string | null {
  const key = `statusDetail.${status.kind}.${status.basis}`;
  if (!DETAIL_KEYS.has(key)) return null;
  // Year-only keys take the year as it is (至2027年 / until 2027); deadlines are written as dates.
  const date = status.date === null ? '' : status.basis === 'deadlines' || status.basis === 'deadline' ? plainDate(status.date, lang) : status.date;
  return t(key as Parameters<T>[0], { date });
}

/** The badge's text: label, then the detail (“Ended · period ended 2020”). */
export function statusText(t: T, status: Status, lang: Lang): string {
  const detail = statusDetail(t, status, lang);
  return t(`statusLabel.${status.kind}`) + (detail ? t('sep.middot') + detail : '');
}
