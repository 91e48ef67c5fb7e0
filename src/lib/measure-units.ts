/** Units of measure of targets as the documents write them (1.28万家, 200亿元): the multiplier, the base unit and its English. */

/** English of each base unit (a target's counted noun is in its indicator; this is the counting word). */
export const BASE_UNIT_EN: Record<string, string> = { 家: 'entities', 个: 'units', 项: 'items', 元: 'CNY', 户: 'households', 人: 'people', 名: 'people', 件: 'items', '%': '%', 所: 'institutions', 支: 'teams', 座: 'facilities', 条: 'items', 平方米: 'm²' };

/** Splits a unit such as 万家 into its multiplier (10,000) and base unit (家). */
export function splitUnit(unit: string): { factor: number; base: string; multiplier: '万' | '亿' | null } {
  const m = unit.match(/^(万|亿)?(.+)$/)!;
  const multiplier = (m[1] as '万' | '亿' | undefined) ?? null;
  return { factor: multiplier === '万' ? 1e4 : multiplier === '亿' ? 1e8 : 1, base: m[2]!, multiplier };
}

/** True for a unit the table knows: a base unit, optionally with 万 or 亿 before it (家, 万家, 亿元, %). */
export function isKnownUnitOfMeasure(unit: string): boolean {
  return unit !== '' && Object.hasOwn(BASE_UNIT_EN, splitUnit(unit).base);
}
