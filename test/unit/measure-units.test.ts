import { describe, expect, it } from 'vitest';
import { BASE_UNIT_EN, isKnownUnitOfMeasure, splitUnit } from '../../src/lib/measure-units.ts';
import { unitOfMeasureEn } from '../../src/ingest/targets.ts';

describe('units of measure', () => {
  it('split into multiplier and base unit', () => {
    expect(splitUnit('万家')).toEqual({ factor: 1e4, base: '家', multiplier: '万' });
    expect(splitUnit('亿元')).toEqual({ factor: 1e8, base: '元', multiplier: '亿' });
    expect(splitUnit('%')).toEqual({ factor: 1, base: '%', multiplier: null });
  });
  it('have English for every base unit the target rules extract', () => {
    for (const u of ['平方米', '家', '个', '项', '元', '户', '人', '名', '件', '%', '所', '支', '座', '条']) expect(BASE_UNIT_EN[u], u).toBeTruthy();
    expect(unitOfMeasureEn('万家')).toBe('10,000 entities');
    expect(unitOfMeasureEn('亿元')).toBe('CNY 100 million');
    expect(unitOfMeasureEn('吨')).toBeNull();
  });
  it('are known when their base unit is in the table, with or without 万/亿', () => {
    for (const u of ['家', '万家', '亿元', '%', '万平方米']) expect(isKnownUnitOfMeasure(u), u).toBe(true);
    for (const u of ['吨', '万', '', 'constructor', '万toString']) expect(isKnownUnitOfMeasure(u), u).toBe(false);
  });
});
