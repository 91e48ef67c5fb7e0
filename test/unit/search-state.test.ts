import { describe, expect, it } from 'vitest';
import { hasTraditional, knownFilters, parseSearchState, serializeSearchState } from '../../src/scripts/search-state.ts';
import { TRADITIONAL_CHARS } from '../../src/scripts/traditional-chars.ts';
import { traditionalChars } from '../../src/scripts/traditional-chars-source.ts';

const available = { policy: { 重庆市深入实施创新驱动发展战略工作方案: 21 }, unit: { 市科委: 12 } };

describe('knownFilters', () => {
  it('keeps values that the index has', () => {
    expect(knownFilters({ policy: ['重庆市深入实施创新驱动发展战略工作方案'], unit: ['市科委', '不存在的单位'] }, available)).toEqual({
      policy: ['重庆市深入实施创新驱动发展战略工作方案'],
      unit: ['市科委'],
    });
  });

  it('ignores names inherited from Object.prototype (?policy=toString, ?unit=valueOf)', () => {
    const state = parseSearchState('?policy=toString&unit=valueOf&unit=__proto__&unit=constructor&year=hasOwnProperty');
    expect(state.filters.policy).toEqual(['toString']);
    expect(knownFilters(state.filters, available)).toEqual({});
  });

  it('ignores a filter group the index does not have, even with an inherited name', () => {
    expect(knownFilters({ kind: ['toString'] }, available)).toEqual({});
    expect(knownFilters({ kind: ['x'] }, { ...available, kind: Object.create({ x: 1 }) as Record<string, number> })).toEqual({});
  });
});

describe('search state in the URL', () => {
  it('round-trips', () => {
    const s = { q: '众创空间', filters: { unit: ['市科委'] }, other: true };
    expect(parseSearchState(serializeSearchState(s))).toEqual(s);
  });
});

describe('hasTraditional (decides whether OpenCC is loaded)', () => {
  it('is false for Simplified and non-Han queries, true when one character is Traditional-only', async () => {
    expect(await hasTraditional('众创空间')).toBe(false);
    expect(await hasTraditional('市科技局')).toBe(false);
    expect(await hasTraditional('maker space')).toBe(false);
    expect(await hasTraditional('眾創空間')).toBe(true);
    expect(await hasTraditional('科技局 與')).toBe(true);
  });
});

describe('the generated Traditional character set', () => {
  it('is what opencc-js gives today (rerun scripts/traditional-chars.ts after upgrading it)', () => {
    expect(TRADITIONAL_CHARS).toBe(traditionalChars());
  }, 60_000);
});
