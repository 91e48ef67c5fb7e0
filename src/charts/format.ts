/**
 * The site's wording for the charts: the formatters and links that pages and the chart script pass
 * to the pure chart functions (which know no language themselves). The words are dictionary entries
 * (`chart.*`, `fmt.*`) read through the translator passed in.
 */
import type { Policy, Target } from '../data/schemas.ts';
import { formatBaseValue, formatCompact, formatTarget, formatTargetValue, withComparator } from '../i18n/format.ts';
import type { Lang } from '../i18n/config.ts';
import type { FormatKey } from '../i18n/slice.ts';
import type { Translator } from '../i18n/translate.ts';
import { THEMES, themeOf, type SeriesDef } from '../lib/target-themes.ts';
import type { SeriesFormat, SeriesPoint } from './series.ts';
import type { TimelineFormat, TimelineOptions } from './timeline.ts';

type Localized = { zh: string; en: string | null };
const pick = (v: Localized | null | undefined, lang: Lang) => (v ? ((lang === 'en' ? v.en : null) ?? v.zh) : '');

/** A target's indicator with its area: “High-tech enterprises (central urban area)”, “高新技术企业（中心城区）”. */
export function indicatorText(t: Translator<FormatKey>, target: Pick<Target, 'indicator' | 'scope'>, lang: Lang): string {
  const indicator = pick(target.indicator, lang);
  // Sentence case where the script has case (a no-op for Chinese).
  const name = indicator.charAt(0).toLocaleUpperCase(lang) + indicator.slice(1);
  return target.scope ? t('chart.scoped', { name, scope: pick(target.scope, lang) }) : name;
}

/** When a target is due: “2027”, “every year, 2023–2027”, “no year given”. */
export function whenText(t: Translator<FormatKey>, target: Pick<Target, 'year' | 'perYear'>, span: [number, number] | null): string {
  if (target.year !== null) return String(target.year);
  if (target.perYear) return span ? t('chart.everyYearSpan', { from: span[0], to: span[1] }) : t('chart.everyYear');
  return t('chart.noYear');
}

/** The timeline's words, from the dictionary entries of `t`. */
export function timelineFormat(t: Translator<FormatKey>, lang: Lang, policyTitle: (p: Policy) => string = (p) => pick(p.title, lang)): TimelineFormat {
  return {
    indicator: (x) => indicatorText(t, x, lang),
    value: (x) => formatTargetValue(x.value, x.valueMax, x.unit.zh, lang),
    target: (x) => formatTarget(t, x.comparator, x.value, x.valueMax, x.unit.zh, lang),
    separator: t('sep.colon'),
    list: t('sep.semicolon'),
    description: (x, policy, span) =>
      [indicatorText(t, x, lang), formatTarget(t, x.comparator, x.value, x.valueMax, x.unit.zh, lang), whenText(t, x, span), policy ? policyTitle(policy) : x.policy].join(t('sep.semicolon')),
    group: (span) => (span === null ? t('chart.groupNoYear') : span[0] === span[1] ? t('chart.groupYear', { year: span[0] }) : t('chart.groupEveryYear', { from: span[0], to: span[1] })),
    undated: t('chart.undated'),
    more: (count) => t('chart.more', { n: count }),
  };
}

/** The series charts' words, from the dictionary entries of `t`. */
export function seriesFormat(t: Translator<FormatKey>, lang: Lang, policyTitle: (policyId: string) => string): SeriesFormat {
  const value = (p: SeriesPoint) => formatBaseValue(p.value, p.unit, lang);
  return {
    title: (def: SeriesDef) => def.label[lang],
    value,
    derived: t('chart.derived'),
    compact: (v) => formatCompact(v, lang),
    list: t('sep.semicolon'),
    description: (p) =>
      p.derived
        ? t('chart.derivedPoint', { year: p.year, value: value(p), policy: policyTitle(p.policy) })
        : t('chart.point', { year: p.year, target: p.comparator === '=' ? value(p) : withComparator(t, p.comparator, value(p)), policy: policyTitle(p.policy) }),
    more: (count) => t('chart.moreBelow', { n: count }),
  };
}

/** What every timeline on the site shares: the theme rows, the classification, the words and the links to measures. */
export function siteTimelineOptions(t: Translator<FormatKey>, lang: Lang, policyTitle?: (p: Policy) => string): Pick<TimelineOptions, 'rows' | 'rowOf' | 'format' | 'href'> {
  return {
    rows: THEMES.map((r) => ({ id: r.id, label: r.label[lang] })),
    rowOf: themeOf,
    format: timelineFormat(t, lang, policyTitle),
    href: (t) => t.url[lang],
  };
}
