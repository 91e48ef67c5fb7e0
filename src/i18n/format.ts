/** Locale-aware formatting of target values, deadlines and plan periods. */
import { BASE_UNIT_EN, CURRENCY_UNITS, splitUnit } from '../lib/measure-units.ts';
import type { Lang } from './ui.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** One `Intl.NumberFormat` per locale and style, made on first use (building one costs far more than formatting). */
export function numberFormat(locale: 'en-US' | 'zh-CN', style: 'plain' | 'compact' = 'plain'): Intl.NumberFormat {
  const key = `${locale} ${style}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, style === 'compact' ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 2 });
    numberFormats.set(key, f);
  }
  return f;
}

function englishNumber(n: number): string {
  return numberFormat('en-US').format(n);
}

/** A short number for an axis: 86000 → “86K” / “8.6万”. */
export function formatCompact(n: number, lang: Lang): string {
  return numberFormat(lang === 'en' ? 'en-US' : 'zh-CN', 'compact').format(n);
}

/** An amount of money in English: 2e10 元 → CNY 20 billion, 1e9 美元 → USD 1 billion. */
function englishMoney(n: number, code: string): string {
  if (n >= 1e12) return `${code} ${englishNumber(n / 1e12)} trillion`;
  if (n >= 1e9) return `${code} ${englishNumber(n / 1e9)} billion`;
  if (n >= 1e6) return `${code} ${englishNumber(n / 1e6)} million`;
  return `${code} ${englishNumber(n)}`;
}

/**
 * A target value with its unit: zh keeps the document's form (1.28万家, 200亿元, 3—5家);
 * en writes the full number (12,800 entities, CNY 20 billion, 3 to 5 entities).
 */
export function formatTargetValue(value: number, valueMax: number | null, unitZh: string, lang: Lang): string {
  if (lang === 'zh') return `${value}${valueMax !== null ? `—${valueMax}` : ''}${unitZh}`;
  const { factor, base } = splitUnit(unitZh);
  const currency = CURRENCY_UNITS[base];
  const one = (v: number) => (currency ? englishMoney(v * factor, currency) : englishNumber(Math.round(v * factor * 100) / 100));
  if (base === '%') return valueMax !== null ? `${value}% to ${valueMax}%` : `${value}%`;
  const range = valueMax !== null ? `${one(value)} to ${one(valueMax)}` : one(value);
  return currency ? range : `${range} ${BASE_UNIT_EN[base] ?? base}`;
}

/**
 * A value already in its base unit (86000 家, 1.3e11 元), as the documents would write it: zh puts
 * 万 or 亿 back (8.6万家, 1300亿元); en is as formatTargetValue.
 */
export function formatBaseValue(value: number, baseUnit: string, lang: Lang): string {
  if (lang === 'en' || baseUnit === '%') return formatTargetValue(value, null, baseUnit, lang);
  const round = (v: number) => Math.round(v * 100) / 100;
  if (value >= 1e8) return `${round(value / 1e8)}亿${baseUnit}`;
  if (value >= 1e4) return `${round(value / 1e4)}万${baseUnit}`;
  return `${round(value)}${baseUnit}`;
}

const COMPARATOR_WORDS: Record<string, { zh: string; en: string }> = {
  '≥': { zh: '不少于', en: 'at least' },
  '>': { zh: '超过', en: 'more than' },
  '=': { zh: '达到', en: '' },
  '≈': { zh: '约', en: 'about' },
  '≤': { zh: '不超过', en: 'at most' },
};

/** “more than 12,800 entities” / “超过1.28万家”. */
export function formatTarget(comparator: string, value: number, valueMax: number | null, unitZh: string, lang: Lang): string {
  const word = COMPARATOR_WORDS[comparator]?.[lang] ?? '';
  const v = formatTargetValue(value, valueMax, unitZh, lang);
  return lang === 'en' ? [word, v].filter(Boolean).join(' ') : `${word}${v}`;
}

/** A deadline (YYYY, YYYY-MM or YYYY-MM-DD) in words. */
export function formatDeadline(deadline: string, lang: Lang): string {
  const [y, m, d] = deadline.split('-');
  if (lang === 'zh') return d ? `${y}年${Number(m)}月${Number(d)}日前` : m ? `${y}年${Number(m)}月` : `${y}年`;
  if (d) return `by ${new Date(Date.UTC(+y!, +m! - 1, +d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`;
  if (m) return `by ${new Date(Date.UTC(+y!, +m! - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })}`;
  return `in ${y}`;
}

/** Whether a plan period has ended at a date: ended, running, or unknown when no end year is stated. */
export function periodStatus(period: { start: number | null; end: number | null }, at: Date): 'ended' | 'running' | 'unknown' {
  if (period.end === null) return 'unknown';
  return at.getUTCFullYear() > period.end ? 'ended' : 'running';
}

/** A short label of a policy's or measure's status (src/lib/status.ts) for badges, filters and the metadata list. */
export function statusLabel(kind: 'in-force' | 'open-ended' | 'not-yet' | 'ended' | 'superseded' | 'repealed' | 'deadline-passed', lang: Lang): string {
  const labels = {
    'in-force': ['现行', 'In force'],
    'open-ended': ['现行（未载明截止日期）', 'Current (no end date stated)'],
    'not-yet': ['尚未开始', 'Not yet started'],
    ended: ['规划期已结束', 'Period ended'],
    superseded: ['已被取代', 'Superseded'],
    repealed: ['已失效', 'No longer in force'],
    'deadline-passed': ['完成时限已过', 'Deadline passed'],
  } as const;
  return labels[kind][lang === 'zh' ? 0 : 1];
}
