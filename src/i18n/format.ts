/**
 * Locale-aware formatting of target values, deadlines and plan periods. The words around numbers and
 * dates come from the dictionaries (`fmt.*` keys) through a translator passed in, so that client
 * scripts can pass the few entries they need instead of bundling the dictionaries.
 */
import { baseUnitEn, CURRENCY_UNITS, NO_UNIT, PER_UNIT_EN, perUnit, splitUnit } from '../lib/measure-units.ts';
import { LOCALES, type Lang } from './config.ts';
import type { FormatKey } from './slice.ts';
import type { Translator } from './translate.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();

const STYLES: Record<'plain' | 'compact' | 'compact2' | 'long', Intl.NumberFormatOptions> = {
  plain: { maximumFractionDigits: 2 },
  /** axis ticks: 86K, 8.6万 */
  compact: { notation: 'compact', maximumFractionDigits: 1 },
  /** values: 1.28万, 1300亿 */
  compact2: { notation: 'compact', maximumFractionDigits: 2 },
  /** amounts of money in words: 20 billion */
  long: { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 },
};

/** One `Intl.NumberFormat` per locale and style, made on first use (building one costs far more than formatting). */
export function numberFormat(locale: 'en-US' | 'zh-CN', style: keyof typeof STYLES = 'plain'): Intl.NumberFormat {
  const key = `${locale} ${style}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, STYLES[style]);
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

/** An amount of money in English: 2e10 元 → CNY 20 billion, 1e9 美元 → USD 1 billion (Intl's long compact notation gives the word). */
function englishMoney(n: number, code: string): string {
  return `${code} ${n >= 1e6 ? numberFormat('en-US', 'long').format(n) : englishNumber(n)}`;
}

/**
 * A target value with its unit: zh keeps the document's form (1.28万家, 200亿元, 3—5家), but an amount of money printed
 * in full takes 万 or 亿 (2000000港元 → 200万港元);
 * en writes the full number (12,800 entities, CNY 20 billion, 3–5 entities).
 */
export function formatTargetValue(value: number, valueMax: number | null, unitZh: string, lang: Lang): string {
  const { factor, base, multiplier } = splitUnit(unitZh);
  // an amount printed in full (HK$2,000,000 → 2000000港元) is written as the documents write amounts: 200万港元
  if (lang === 'zh' && !multiplier && valueMax === null && CURRENCY_UNITS[base] && value >= 10000) return formatBaseValue(value, base, lang);
  if (lang === 'zh') return `${value}${valueMax !== null ? `—${valueMax}` : ''}${unitZh}`;
  // an amount per something (50万元/人): the money in English, then what it is per (CNY 500,000 per person)
  const composite = perUnit(base);
  const currency = CURRENCY_UNITS[base] ?? CURRENCY_UNITS[composite?.of ?? ''];
  const one = (v: number) => (currency ? englishMoney(v * factor, currency) : englishNumber(Math.round(v * factor * 100) / 100));
  if (base === '%') return valueMax !== null ? `${value}%–${valueMax}%` : `${value}%`;
  // A range of amounts of money repeats the currency, so it is spaced: “CNY 1 billion – CNY 2 billion”.
  const range = valueMax !== null ? (currency ? `${one(value)} – ${one(valueMax)}` : `${one(value)}–${one(valueMax)}`) : one(value);
  if (base === NO_UNIT) return range; // an index or a score
  if (currency) return composite ? `${range} per ${PER_UNIT_EN[composite.per]}` : range;
  const en = baseUnitEn(base) ?? base;
  return `${range} ${valueMax === null && value * factor === 1 ? singular(en) : en}`;
}

/** Irregular singulars of the English units (src/lib/measure-units.ts); the rest drop a final s. */
const SINGULAR: Record<string, string> = { people: 'person', entities: 'entity', facilities: 'facility', batches: 'batch', times: 'times', 'years of age': 'year of age' };

/** The English unit for one of it: 1 month, 1 entity, 1 person (units that are not plurals stay: 1 ha, 1 kWh). */
function singular(unit: string): string {
  const words = unit.split(' ');
  const last = words.at(-1)!;
  if (SINGULAR[unit]) return SINGULAR[unit];
  const one = SINGULAR[last] ?? (/[a-z]{3,}s$/.test(last) ? last.slice(0, -1) : last);
  return [...words.slice(0, -1), one].join(' ');
}

/**
 * A value already in its base unit (86000 家, 1.3e11 元), as the documents would write it: zh puts
 * 万 or 亿 back (8.6万家, 1300亿元: Intl's compact notation for zh-CN); en is as formatTargetValue.
 */
export function formatBaseValue(value: number, baseUnit: string, lang: Lang): string {
  if (lang === 'en' || baseUnit === '%') return formatTargetValue(value, null, baseUnit, lang);
  return `${numberFormat('zh-CN', 'compact2').format(value)}${baseUnit}`;
}

/** The dictionary entries of a comparator (src/ingest/recognisers/targets.ts): “at least {value}” / “不少于{value}”; `=` is the value alone. */
const COMPARATOR_KEYS: Record<string, FormatKey> = {
  '≥': 'fmt.atLeast',
  '>': 'fmt.moreThan',
  '=': 'fmt.reach',
  '≈': 'fmt.about',
  '≤': 'fmt.atMost',
  '<': 'fmt.lessThan',
};

/** A value after its comparator's words: “more than 12,800 entities” / “超过1.28万家”. */
export function withComparator(t: Translator<FormatKey>, comparator: string, value: string): string {
  const key = COMPARATOR_KEYS[comparator];
  return key ? t(key, { value }) : value;
}

/** A target: “more than 12,800 entities” / “超过1.28万家”. */
export function formatTarget(t: Translator<FormatKey>, comparator: string, value: number, valueMax: number | null, unitZh: string, lang: Lang): string {
  return withComparator(t, comparator, formatTargetValue(value, valueMax, unitZh, lang));
}

/**
 * A benefit's figure: a cap “up to CNY 1 million” / “最高100万元”, a floor “at least 20%”, an amount as such
 * “CNY 10 million” / “1000万元”, a matching ratio “matched 1:2” / “按1:2配比”; a rate with its basis
 * “at most 50% of 核定经费” / “不超过核定经费的50%” (the page passes a placeholder as `basis` to mark its language).
 */
export function formatBenefit(t: Translator<FormatKey>, b: { comparator: string; value: number; valueMax: number | null; unit: { zh: string } }, lang: Lang, basis: string | null = null): string {
  if (b.unit.zh === '1:N') return t('fmt.ratio', { value: `1:${numberFormat(lang === 'en' ? 'en-US' : 'zh-CN').format(b.value)}` });
  const figure = formatTargetValue(b.value, b.valueMax, b.unit.zh, lang);
  const value = basis === null ? figure : t('fmt.shareOf', { value: figure, basis });
  if (b.comparator === '≤') return basis === null ? t('fmt.upTo', { value }) : withComparator(t, '≤', value);
  return b.comparator === '=' ? value : withComparator(t, b.comparator, value);
}

/** A deadline (YYYY, YYYY-MM or YYYY-MM-DD) in words: “by 15 June 2016” / “2016年6月15日前”, “in 2017” / “2017年”. */
export function formatDeadline(t: Translator<FormatKey>, deadline: string, lang: Lang): string {
  const [y, m, d] = deadline.split('-').map(Number) as [number, number | undefined, number | undefined];
  const locale = LOCALES[lang].dateLocale;
  if (d) return t('fmt.byDay', { date: new Date(Date.UTC(y, m! - 1, d)).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) });
  if (m) return t('fmt.byMonth', { date: new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }) });
  return t('fmt.inYear', { year: y });
}

