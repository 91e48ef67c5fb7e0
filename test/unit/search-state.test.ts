import { describe, expect, it } from 'vitest';
import { decodeGaps, hasTraditional, knownFilters, pagefindFilters, parseSearchState, serializeSearchState, unitNamed } from '../../src/scripts/search-state.ts';
import { TRADITIONAL_GAPS } from '../../src/scripts/traditional-chars.ts';
import { encodeGaps, traditionalChars } from '../../src/scripts/traditional-chars-source.ts';

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
    const s = { q: '众创空间', filters: { unit: ['市科委'] }, current: true, other: true };
    expect(parseSearchState(serializeSearchState(s))).toEqual(s);
  });

  it('covers everything unless the URL says current=1; the old all=1 is ignored', () => {
    expect(parseSearchState('?q=x').current).toBe(false);
    expect(parseSearchState('?q=x&current=1').current).toBe(true);
    expect(parseSearchState('?q=x&current=yes').current).toBe(false);
    expect(parseSearchState('?q=x&all=1')).toEqual({ q: 'x', filters: {}, current: false, other: false });
    expect(serializeSearchState({ q: 'x', filters: {}, current: false, other: false })).toBe('?q=x');
    expect(serializeSearchState({ q: 'x', filters: { status: ['现行有效'] }, current: true, other: false })).toBe('?q=x&status=%E7%8E%B0%E8%A1%8C%E6%9C%89%E6%95%88&current=1');
  });
});

describe('pagefindFilters', () => {
  const filters = { kind: ['措施'], unit: ['市科委', '市财政局'] };
  it('ORs values within a filter and ANDs filters; leaves out the excepted one', () => {
    expect(pagefindFilters(filters, 'any')).toEqual({ kind: { any: ['措施'] }, unit: { any: ['市科委', '市财政局'] } });
    expect(pagefindFilters(filters, 'any', 'unit')).toEqual({ kind: { any: ['措施'] } });
  });
  it('current excludes pages marked not current (pages without the mark, such as units, stay)', () => {
    expect(pagefindFilters({}, 'current')).toEqual({ not: { current: { any: ['no'] } } });
    expect(pagefindFilters(filters, 'current', 'kind')).toEqual({ unit: { any: ['市科委', '市财政局'] }, not: { current: { any: ['no'] } } });
  });
});

describe('unitNamed (unit-first results)', () => {
  const unit = (name: string, names: string[], current = true) => ({ name, names, filterNames: [name], current });
  const units = [
    unit('市科技局', ['市科技局', '重庆市科学技术局', 'Science and Technology Bureau', 'Chongqing Municipal Science and Technology Bureau']),
    unit('市科委', ['市科委', '重庆市科学技术委员会', 'Chongqing Municipal Science and Technology Commission'], false),
    unit('市财政局', ['市财政局', '重庆市财政局', 'Chongqing Municipal Finance Bureau']),
    unit('区县科技局', ['区县科技局'], true),
  ];
  it('finds a unit by any of its names, with or without the city prefix, in any case and spacing', () => {
    expect(unitNamed('市科技局', units)?.name).toBe('市科技局');
    expect(unitNamed('重庆市科学技术局', units)?.name).toBe('市科技局');
    expect(unitNamed('Science and Technology Bureau', units)?.name).toBe('市科技局');
    expect(unitNamed('science  and technology bureau', units)?.name).toBe('市科技局');
    expect(unitNamed('财政局', units)?.name).toBe('市财政局');
    expect(unitNamed('Finance Bureau', units)?.name).toBe('市财政局');
  });
  it('a replaced unit is found by its own name', () => {
    expect(unitNamed('市科委', units)?.name).toBe('市科委');
  });
  it('a query that is not a whole name, or fits several units equally, names none', () => {
    expect(unitNamed('科技', units)).toBeNull();
    expect(unitNamed('众创空间', units)).toBeNull();
    expect(unitNamed('局', units)).toBeNull();
    expect(unitNamed('科技局', [...units, unit('另一科技局', ['重庆市科技局'])])).toBeNull();
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
    const chars = traditionalChars();
    expect(TRADITIONAL_GAPS).toBe(encodeGaps(chars));
    expect(decodeGaps(TRADITIONAL_GAPS)).toEqual(new Set([...chars].map((c) => c.codePointAt(0))));
  }, 60_000);

  it('decodes what it encodes, wide gaps and astral characters included', () => {
    const chars = ['\u0000', 'A', '\u4e00', '\u4e01', '\u9fff', '\u{20000}', '\u{2a6df}'].join('');
    expect(decodeGaps(encodeGaps(chars))).toEqual(new Set([...chars].map((c) => c.codePointAt(0))));
  });
});
