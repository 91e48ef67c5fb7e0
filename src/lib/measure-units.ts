/** Units of measure of targets as the documents write them (1.28万家, 200亿元): the multiplier, the base unit and its English. */

/**
 * English of each base unit (a target's counted noun is in its indicator; this is the counting word).
 * Target extraction matches these longest first (人次 before 人, 台（套） before 台), so adding one here is
 * all it takes for targets in that unit to be read; docs/formats.md lists them.
 */
export const BASE_UNIT_EN: Record<string, string> = {
  // counting words (classifiers)
  家: 'entities',
  个: 'units',
  根: 'pieces',
  个工作日: 'working days',
  工作日: 'working days',
  个月: 'months',
  // (a relief's length only — 豁免一年的牌照费用, 免足两年 —: recognisers/figures.ts never reads 年 as a unit elsewhere, 2025年 is a year)
  年: 'years',
  个课税年度: 'tax years',
  项: 'items',
  件: 'items',
  条: 'items',
  户: 'households',
  人: 'people',
  名: 'people',
  // also a rank (全省前40位): extraction marks that case for review
  位: 'people',
  所: 'institutions',
  支: 'teams',
  座: 'facilities',
  处: 'sites',
  篇: 'papers',
  台: 'machines',
  '台（套）': 'sets',
  台套: 'sets',
  套: 'sets',
  辆: 'vehicles',
  种: 'kinds',
  批: 'batches',
  场: 'events',
  间: 'rooms',
  // repetitions and labour
  人次: 'person-times',
  家次: 'entity-times',
  次: 'occurrences',
  人年: 'person-years',
  岁: 'years of age',
  倍: 'times',
  // physical quantities
  吨: 'tonnes',
  亩: 'mu',
  公顷: 'ha',
  平方米: 'm²',
  平方公里: 'km²',
  立方米: 'm³',
  // (an air-quality goal: PM2.5浓度低于43微克/立方米)
  '微克/立方米': 'μg/m³',
  公里: 'km',
  千米: 'km',
  千瓦: 'kW',
  兆瓦: 'MW',
  // (GW as Taiwan's press prints a capacity goal: 光電併網目標為十八GW; not MW, a machine's rating: 3MW―5MW风电装备)
  吉瓦: 'GW',
  GW: 'GW',
  千瓦时: 'kWh',
  // (read only after 万 or 亿, recognisers/figures.ts: 度 alone is also a degree)
  度: 'kWh',
  公斤: 'kg',
  千克: 'kg',
  斤: 'jin',
  // computing power and network latency (an action plan for computing power: 5EFLOPS, 3500PFlops, 时延1毫秒)
  EFLOPS: 'EFLOPS',
  EFlops: 'EFLOPS',
  PFLOPS: 'PFLOPS',
  PFlops: 'PFLOPS',
  毫秒: 'ms',
  // money and shares
  元: 'CNY',
  美元: 'USD',
  港元: 'HKD',
  港币: 'HKD',
  新台币: 'TWD',
  澳门元: 'MOP',
  '%': '%',
  // per mille (给予固定资产投资额4‰的奖励)
  '‰': '‰',
  个百分点: 'percentage points',
  百分点: 'percentage points',
};

/** Currencies among the base units: their English code goes before the amount (CNY 20 billion). */
export const CURRENCY_UNITS: Record<string, string> = { 元: 'CNY', 美元: 'USD', 港元: 'HKD', 港币: 'HKD', 新台币: 'TWD', 澳门元: 'MOP' };

/**
 * Denominators a unit may be per (50万元/人, 360台/万人, 亩均 80万元/亩): a composite base unit is its numerator, a
 * slash and one of these; its English is “CNY per person”, “machines per 10,000 people”.
 */
export const PER_UNIT_EN: Record<string, string> = {
  人: 'person',
  万人: '10,000 people',
  户: 'household',
  家: 'entity',
  亩: 'mu',
  公顷: 'ha',
  平方米: 'm²',
  平方公里: 'km²',
  年: 'year',
  吨: 'tonne',
  台: 'machine',
  千瓦时: 'kWh',
  度: 'kWh',
  立方米: 'm³',
};

/** The numerator and denominator of a composite base unit (元/人 → 元, 人), or null. */
export function perUnit(base: string): { of: string; per: string } | null {
  const m = /^([^/]+)\/([^/]+)$/.exec(base);
  return m && Object.hasOwn(BASE_UNIT_EN, m[1]!) && Object.hasOwn(PER_UNIT_EN, m[2]!) ? { of: m[1]!, per: m[2]! } : null;
}

/** The English of a base unit, composite ones included (元/人 → “CNY per person”), or undefined when unknown. */
export function baseUnitEn(base: string): string | undefined {
  if (Object.hasOwn(BASE_UNIT_EN, base)) return BASE_UNIT_EN[base];
  const composite = perUnit(base);
  return composite ? `${BASE_UNIT_EN[composite.of]} per ${PER_UNIT_EN[composite.per]}` : undefined;
}

/** Whether a base unit is a currency (元, 港元 …), or an amount of one per something (元/人): its figures are money. */
export const isCurrency = (base: string): boolean => Object.hasOwn(CURRENCY_UNITS, base) || Object.hasOwn(CURRENCY_UNITS, perUnit(base)?.of ?? '');

export type Multiplier = '万' | '亿' | '万亿';

/** Factor of each multiplier a unit can start with (万亿 before 万 and 亿). */
export const MULTIPLIERS: Record<Multiplier, number> = { 万亿: 1e12, 万: 1e4, 亿: 1e8 };

/** Splits a unit such as 万家 into its multiplier (10,000) and base unit (家); 万亿元 is 10¹² 元. */
export function splitUnit(unit: string): { factor: number; base: string; multiplier: Multiplier | null } {
  const m = unit.match(/^(万亿|万|亿)?(.+)$/);
  if (!m) return { factor: 1, base: unit, multiplier: null }; // NO_UNIT
  const multiplier = (m[1] as Multiplier | undefined) ?? null;
  return { factor: multiplier ? MULTIPLIERS[multiplier] : 1, base: m[2]!, multiplier };
}

/** True for a unit the table knows: a base unit, optionally with 万, 亿 or 万亿 before it (家, 万家, 亿元, %). */
export function isKnownUnitOfMeasure(unit: string): boolean {
  return unit !== '' && baseUnitEn(splitUnit(unit).base) !== undefined;
}

/**
 * The unit of a target that has none: an index or a score (区域创新指数达到150). Extraction never reads a
 * number without a unit as a target (it reports `target-unknown-unit`); a reviewed override may give one.
 */
export const NO_UNIT = '';

/** True for a unit a reviewed target override may give: a known unit of measure, or NO_UNIT. */
export const isOverrideUnit = (unit: string): boolean => unit === NO_UNIT || isKnownUnitOfMeasure(unit);
