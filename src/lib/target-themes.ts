/**
 * Classification of targets for the charts (data, not drawing): the theme a target belongs to
 * (the timeline's rows), the series across plans it belongs to, and the baseline a doubling implies.
 */
import type { Target } from '../data/schemas.ts';
import { splitUnit } from './measure-units.ts';

export interface Theme {
  id: string;
  label: { zh: string; en: string };
  /** Matched on what a target counts (its Chinese indicator). */
  pattern: RegExp;
}

/** Themes of targets, matched on what a target counts; the first match wins, `other` takes the rest. */
export const THEMES: Theme[] = [
  { id: 'maker-spaces', label: { zh: '众创空间', en: 'Maker spaces' }, pattern: /众创空间/ },
  { id: 'incubators', label: { zh: '孵化器和孵化载体', en: 'Incubators' }, pattern: /孵化/ },
  { id: 'little-giants', label: { zh: '“小巨人”企业', en: '"Little giants"' }, pattern: /小巨人/ },
  { id: 'enterprises', label: { zh: '科技型和高新技术企业', en: 'Tech-based and high-tech enterprises' }, pattern: /科技型企业|高新技术企业|科技企业|单项冠军|上市企业|挂牌|储备/ },
  { id: 'rd', label: { zh: '研发投入和创新产出', en: 'R&D spending and output' }, pattern: /研发|R&D|经费|专利|技术进步|股权化率|产值|增加值|贡献/ },
  { id: 'finance', label: { zh: '资金、基金和交易', en: 'Funds, loans and transactions' }, pattern: /基金|贷款|融资|投资|交易|合同|资金|撬动/ },
  { id: 'platforms', label: { zh: '平台、机构和园区', en: 'Platforms, institutions and parks' }, pattern: /平台|中心|研究院|实验室|基地|园区|机构|创新型县|团队|项目|专项|技术|产品/ },
  { id: 'other', label: { zh: '其他', en: 'Other' }, pattern: /./ },
];

/** The theme a target belongs to. */
export function themeOf(t: Pick<Target, 'indicator'>): string {
  return (THEMES.find((r) => r.pattern.test(t.indicator.zh)) ?? THEMES[THEMES.length - 1]!).id;
}

export interface SeriesDef {
  id: string;
  label: { zh: string; en: string };
  /**
   * The reviewed identity: the indicators (a target's `indicator.zh`, exactly) that count the same thing
   * across plans. Only these are joined into one line; a new document's target joins a series only once a
   * reviewer adds its indicator here.
   */
  indicators: string[];
  /** Why these are the same indicator (the review, in a sentence). */
  review: string;
  /** Which targets belong: one of the indicators, counted as a citywide total with a year. */
  match: (t: Target) => boolean;
}

const citywide = (t: Target) => t.scope === null || t.scope.zh === '各区县';
const total = (t: Target) => !/新建|新增|改造|每年|支持|遴选|骨干/.test(t.indicator.zh) && !t.perYear && t.year !== null;

/** A series over a reviewed identity. */
function series(id: string, label: SeriesDef['label'], indicators: string[], review: string): SeriesDef {
  return { id, label, indicators, review, match: (t) => indicators.includes(t.indicator.zh) && citywide(t) && total(t) };
}

/**
 * The same indicator across plans: citywide totals with a year, joined only where a review says they count
 * the same thing (docs/charts.md). Not joined: 科技小巨人 (2016 work plan), 科技型“小巨人” (2015 plan) and
 * 专精特新“小巨人” (2023 plan, the national SRDI designation) are three different designations, so no
 * "little giant" series is drawn.
 */
export const SERIES: SeriesDef[] = [
  series('tech-based', { zh: '科技型企业', en: 'Tech-based enterprises' }, ['培育科技型企业', '共同培育科技型企业', '科技型企业'], 'Each counts the city’s tech-based enterprises (科技型企业); the 2022 guidance’s target is for all districts together.'),
  series('high-tech', { zh: '高新技术企业', en: 'High-tech enterprises' }, ['高新技术企业', '全市高新技术企业'], 'Each counts the certified high-tech enterprises (高新技术企业) of the whole city.'),
  series('maker-spaces', { zh: '众创空间', en: 'Maker spaces' }, ['全市众创空间', '众创空间'], 'Both count the city’s maker spaces (众创空间) in the same plan.'),
  series('technology-contracts', { zh: '技术合同成交额', en: 'Technology contract turnover' }, ['年度技术交易合同额', '全市技术合同成交额'], 'Both count the year’s value of technology contracts concluded in the city.'),
];

/** A target value in its base unit (1.28万家 → 12800 家). */
export function baseValue(value: number, unitZh: string): { value: number; unit: string } {
  const { factor, base } = splitUnit(unitZh);
  return { value: value * factor, unit: base };
}

/** The baseline a doubling target implies (在2022年的基础上实现“双倍增” → half the target in 2022), or null. */
export function impliedBaseline(t: Pick<Target, 'quote' | 'value' | 'unit'>): { year: number; value: number } | null {
  const m = t.quote.match(/在(\d{4})年的基础上[^。]*?(双倍增|翻一番|翻番|倍增)/);
  if (!m) return null;
  return { year: Number(m[1]), value: baseValue(t.value, t.unit.zh).value / 2 };
}
