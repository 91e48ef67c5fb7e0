import { describe, expect, it } from 'vitest';
import { knownFilters, parseSearchState, serializeSearchState } from '../../src/scripts/search-state.ts';

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
