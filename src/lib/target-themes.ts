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
  /** Which targets belong: what they count, and that they count a total (not new additions, not one area). */
  match: (t: Target) => boolean;
}

const citywide = (t: Target) => t.scope === null || t.scope.zh === '各区县';
const total = (t: Target) => !/新建|新增|改造|每年|支持|遴选|骨干/.test(t.indicator.zh) && !t.perYear && t.year !== null;

/** The same indicator across plans: citywide totals with a year, so that points of different plans compare. */
export const SERIES: SeriesDef[] = [
  { id: 'tech-based', label: { zh: '科技型企业', en: 'Tech-based enterprises' }, match: (t) => /科技型企业/.test(t.indicator.zh) && !/小巨人|孵化/.test(t.indicator.zh) && citywide(t) && total(t) },
  { id: 'high-tech', label: { zh: '高新技术企业', en: 'High-tech enterprises' }, match: (t) => /高新技术企业/.test(t.indicator.zh) && citywide(t) && total(t) },
  { id: 'maker-spaces', label: { zh: '众创空间', en: 'Maker spaces' }, match: (t) => /众创空间/.test(t.indicator.zh) && !/品牌|高校/.test(t.indicator.zh) && t.scope === null && total(t) },
  { id: 'little-giants', label: { zh: '“小巨人”企业', en: '"Little giant" enterprises' }, match: (t) => /小巨人/.test(t.indicator.zh) && total(t) },
  { id: 'technology-contracts', label: { zh: '技术合同成交额', en: 'Technology contract turnover' }, match: (t) => /技术(交易)?合同/.test(t.indicator.zh) && total(t) },
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
