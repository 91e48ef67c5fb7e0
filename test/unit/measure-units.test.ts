import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatTargetValue } from '../../src/i18n/format.ts';
import { BASE_UNIT_EN, isKnownUnitOfMeasure, splitUnit } from '../../src/lib/measure-units.ts';
import { unitOfMeasureEn } from '../../src/ingest/recognisers/targets.ts';

describe('units of measure', () => {
  it('split into multiplier and base unit', () => {
    expect(splitUnit('万家')).toEqual({ factor: 1e4, base: '家', multiplier: '万' });
    expect(splitUnit('亿元')).toEqual({ factor: 1e8, base: '元', multiplier: '亿' });
    expect(splitUnit('%')).toEqual({ factor: 1, base: '%', multiplier: null });
    expect(splitUnit('万人次')).toEqual({ factor: 1e4, base: '人次', multiplier: '万' });
    expect(splitUnit('万亿元')).toEqual({ factor: 1e12, base: '元', multiplier: '万亿' });
    expect(splitUnit('台（套）')).toEqual({ factor: 1, base: '台（套）', multiplier: null });
  });
  it('have English for every base unit the target rules extract', () => {
    for (const u of ['平方米', '家', '个', '项', '元', '户', '人', '名', '件', '%', '所', '支', '座', '条']) expect(BASE_UNIT_EN[u], u).toBeTruthy();
    expect(unitOfMeasureEn('万家')).toBe('10,000 entities');
    expect(unitOfMeasureEn('亿元')).toBe('CNY 100 million');
    expect(unitOfMeasureEn('头')).toBeNull();
  });

  // Each unit added for issue #10 with the English a reader sees (multiplier included).
  it.each([
    ['吨', 'tonnes'],
    ['万吨', '10,000 tonnes'],
    ['人次', 'person-times'],
    ['万人次', '10,000 person-times'],
    ['亩', 'mu'],
    ['万亩', '10,000 mu'],
    ['公里', 'km'],
    ['千米', 'km'],
    ['平方公里', 'km²'],
    ['立方米', 'm³'],
    ['亿立方米', '100 million m³'],
    ['公顷', 'ha'],
    ['台（套）', 'sets'],
    ['台套', 'sets'],
    ['套', 'sets'],
    ['台', 'machines'],
    ['倍', 'times'],
    ['人年', 'person-years'],
    ['篇', 'papers'],
    ['位', 'people'],
    ['次', 'occurrences'],
    ['家次', 'entity-times'],
    ['千瓦', 'kW'],
    ['万千瓦', '10,000 kW'],
    ['兆瓦', 'MW'],
    ['千瓦时', 'kWh'],
    ['辆', 'vehicles'],
    ['处', 'sites'],
    ['种', 'kinds'],
    ['批', 'batches'],
    ['场', 'events'],
    ['个百分点', 'percentage points'],
    ['美元', 'USD'],
    ['亿美元', 'USD 100 million'],
    ['万亿元', 'CNY trillion'],
  ])('%s is “%s” in English', (zh, en) => {
    expect(unitOfMeasureEn(zh)).toBe(en);
  });

  it('format values in the new units in full English', () => {
    expect(formatTargetValue(330, null, '万人次', 'en')).toBe('3,300,000 person-times');
    expect(formatTargetValue(22, null, '万吨', 'en')).toBe('220,000 tonnes');
    expect(formatTargetValue(10, null, '亿美元', 'en')).toBe('USD 1 billion');
    expect(formatTargetValue(2.45, null, '万亿元', 'en')).toBe('CNY 2.45 trillion');
    expect(formatTargetValue(200, null, '亿元', 'en')).toBe('CNY 20 billion');
    expect(formatTargetValue(330, null, '万人次', 'zh')).toBe('330万人次');
  });

  it('are known when their base unit is in the table, with or without 万/亿/万亿', () => {
    for (const u of ['家', '万家', '亿元', '万亿元', '%', '万平方米']) expect(isKnownUnitOfMeasure(u), u).toBe(true);
    for (const u of ['头', '万头', '万', '', 'constructor', '万toString']) expect(isKnownUnitOfMeasure(u), u).toBe(false);
  });
});

describe('docs/formats.md', () => {
  it('lists every unit of the table with its English', () => {
    const docs = readFileSync(new URL('../../docs/formats.md', import.meta.url), 'utf8');
    const section = docs.slice(docs.indexOf('### Units of measure'), docs.indexOf('### Target rules'));
    const rows = section.split('\n').filter((l) => l.startsWith('|')).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
    for (const [zh, en] of Object.entries(BASE_UNIT_EN)) {
      const row = rows.find((r) => r[1]!.split(',').map((x) => x.trim()).includes(zh));
      expect(row, zh).toBeDefined();
      expect(row![2], zh).toContain(en);
    }
  });
});

describe('units per something (PER_UNIT_EN)', () => {
  it('reads 50万元/人, 360台/万人 and 30万元／亩 as one figure each, a share 1/3 as none', async () => {
    const { matchFigures } = await import('../../src/ingest/recognisers/figures.ts');
    expect(matchFigures('人均产值50万元/人，机器人密度360台/万人，亩均税收30万元／亩，占1/3').map((f) => [f.value, f.unit])).toEqual([
      [50, '万元/人'],
      [360, '台/万人'],
      [30, '万元/亩'],
    ]);
  });

  it('reads 度 as kWh only after 万 or 亿: 6230万度 is electricity, 25度以上坡耕地 a slope', async () => {
    const { matchFigures } = await import('../../src/ingest/recognisers/figures.ts');
    expect(matchFigures('年节电6230万度，退耕25度以上坡耕地').map((f) => [f.value, f.unit])).toEqual([[6230, '万度']]);
    expect(unitOfMeasureEn('万度')).toBe('10,000 kWh');
  });

  it('knows a composite unit when both its parts are known, and gives its English', async () => {
    const { baseUnitEn, isCurrency, perUnit } = await import('../../src/lib/measure-units.ts');
    expect([isKnownUnitOfMeasure('万元/人'), isKnownUnitOfMeasure('台/万人'), isKnownUnitOfMeasure('元/周'), isKnownUnitOfMeasure('件/人')]).toEqual([true, true, false, true]);
    expect(perUnit('元/人')).toEqual({ of: '元', per: '人' });
    expect([baseUnitEn('台/万人'), isCurrency('元/亩'), isCurrency('台/万人')]).toEqual(['machines per 10,000 people', true, false]);
    expect([unitOfMeasureEn('万元/人'), unitOfMeasureEn('台/万人')]).toEqual(['CNY 10,000 per person', 'machines per 10,000 people']);
    expect([formatTargetValue(50, null, '万元/人', 'en'), formatTargetValue(360, null, '台/万人', 'en'), formatTargetValue(50, null, '万元/人', 'zh')]).toEqual([
      'CNY 500,000 per person',
      '360 machines per 10,000 people',
      '50万元/人',
    ]);
  });

  it('reads an amount per person in a granting sentence as support, and a dated one as a target', async () => {
    const { readTargets } = await import('../../src/ingest/recognisers/targets.ts');
    expect(readTargets('对引进的高层次人才，给予10万元/人的安家补贴。', { taskYear: null }).others.map((o) => [o.figure.value, o.figure.unit, o.kind])).toEqual([[10, '万元/人', 'benefit']]);
    expect(readTargets('到2025年，规上工业企业人均营业收入达到50万元/人。', { taskYear: null }).targets.map((t) => [t.value, t.unit, t.year])).toEqual([[50, '万元/人', 2025]]);
  });
});
