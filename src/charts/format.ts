/**
 * The site's wording for the charts in each language: the formatters and links that pages and
 * the chart script pass to the pure chart functions (which know no language themselves).
 */
import type { Policy, Target } from '../data/schemas.ts';
import { formatBaseValue, formatCompact, formatTarget, formatTargetValue } from '../i18n/format.ts';
import type { Lang } from '../i18n/config.ts';
import { THEMES, themeOf, type SeriesDef } from '../lib/target-themes.ts';
import type { SeriesFormat, SeriesPoint } from './series.ts';
import type { TimelineFormat, TimelineOptions } from './timeline.ts';

type Localized = { zh: string; en: string | null };
const pick = (v: Localized | null | undefined, lang: Lang) => (v ? ((lang === 'en' ? v.en : null) ?? v.zh) : '');

/** A target's indicator with its area: “high-tech enterprises (central urban area)”, “高新技术企业（中心城区）”. */
export function indicatorText(t: Pick<Target, 'indicator' | 'scope'>, lang: Lang): string {
  const indicator = pick(t.indicator, lang);
  const name = lang === 'en' ? indicator.charAt(0).toUpperCase() + indicator.slice(1) : indicator;
  if (!t.scope) return name;
  return lang === 'en' ? `${name} (${pick(t.scope, lang)})` : `${name}（${pick(t.scope, lang)}）`;
}

/** When a target is due: “2027”, “every year, 2023–2027”, “no year given”. */
export function whenText(t: Pick<Target, 'year' | 'perYear'>, span: [number, number] | null, lang: Lang): string {
  if (t.year !== null) return String(t.year);
  if (t.perYear) return lang === 'en' ? `every year${span ? `, ${span[0]}–${span[1]}` : ''}` : `每年${span ? `（${span[0]}—${span[1]}年）` : ''}`;
  return lang === 'en' ? 'no year given' : '未载明年份';
}

/** The timeline's words in a language. */
export function timelineFormat(lang: Lang, policyTitle: (p: Policy) => string = (p) => pick(p.title, lang)): TimelineFormat {
  const en = lang === 'en';
  return {
    indicator: (t) => indicatorText(t, lang),
    value: (t) => formatTargetValue(t.value, t.valueMax, t.unit.zh, lang),
    target: (t) => formatTarget(t.comparator, t.value, t.valueMax, t.unit.zh, lang),
    separator: en ? ': ' : '：',
    description: (t, policy, span) => [indicatorText(t, lang), formatTarget(t.comparator, t.value, t.valueMax, t.unit.zh, lang), whenText(t, span, lang), policy ? policyTitle(policy) : t.policy].join(en ? '; ' : '；'),
    group: (span) => (span === null ? (en ? 'No year given' : '未载明年份') : span[0] === span[1] ? (en ? String(span[0]) : `${span[0]}年`) : en ? `Every year, ${span[0]}–${span[1]}` : `每年（${span[0]}—${span[1]}年）`),
    undated: en ? 'no year' : '未载明年份',
    more: (count) => (en ? `+${count} more` : `另有${count}项`),
  };
}

/** The series charts' words in a language. */
export function seriesFormat(lang: Lang, policyTitle: (policyId: string) => string): SeriesFormat {
  const en = lang === 'en';
  const value = (p: SeriesPoint) => formatBaseValue(p.value, p.unit, lang);
  const comparator = (p: SeriesPoint) => (en ? { '≥': 'at least ', '>': 'more than ', '≈': 'about ', '≤': 'at most ' } : { '≥': '不少于', '>': '超过', '≈': '约', '≤': '不超过' })[p.comparator] ?? '';
  return {
    title: (def: SeriesDef) => def.label[lang],
    value,
    derived: en ? ' (derived)' : '（推算）',
    compact: (v) => formatCompact(v, lang),
    description: (p) =>
      p.derived
        ? en
          ? `${p.year}: about ${value(p)}, derived from the doubling target of ${policyTitle(p.policy)}`
          : `${p.year}年：约${value(p)}，由${policyTitle(p.policy)}的倍增目标推算`
        : en
          ? `${p.year}: ${comparator(p)}${value(p)}; ${policyTitle(p.policy)}`
          : `${p.year}年：${comparator(p)}${value(p)}；${policyTitle(p.policy)}`,
    more: (count) => (en ? `+${count} more below` : `另有${count}项见下`),
  };
}

/** What every timeline on the site shares: the theme rows, the classification, the words and the links to measures. */
export function siteTimelineOptions(lang: Lang, policyTitle?: (p: Policy) => string): Pick<TimelineOptions, 'rows' | 'rowOf' | 'format' | 'href'> {
  return {
    rows: THEMES.map((r) => ({ id: r.id, label: r.label[lang] })),
    rowOf: themeOf,
    format: timelineFormat(lang, policyTitle),
    href: (t) => t.url[lang],
  };
}
