import { describe, expect, it } from 'vitest';
import { documentJurisdiction, mostNamedPlace, namesChongqing, provinceOf } from '../../src/ingest/recognisers/places.ts';

describe('documentJurisdiction (rule units/other-jurisdiction)', () => {
  it('takes the place the title or issuer names first, a title in 《》 too', () => {
    expect(documentJurisdiction('《玉环市创新券办法》的政策解读', null, '')).toEqual({ place: '玉环市', province: '浙江省', basis: 'title or issuer' });
    expect(documentJurisdiction('关于支持科技创新的若干措施', '武汉市人民政府办公厅', '')?.province).toBe('湖北省');
  });
  it('reads a text that never names Chongqing as from the place it names most', () => {
    expect(documentJurisdiction('关于推广创新券的办法', null, '为推动舟山市企业创新，舟山市科技局、浙江省财政厅')).toMatchObject({ place: '舟山市', basis: 'text' });
    expect(documentJurisdiction('预算案演辞', null, '宽减利得税，全港十五万家企业受惠')?.place).toBe('香港');
    expect(documentJurisdiction('补助要点', null, '经济部中小企业处公告')?.place).toBe('台湾');
  });
  it('takes a text that names Chongqing, or no place at all, as Chongqing\'s', () => {
    expect(documentJurisdiction('关于推广创新券的办法', null, '学习借鉴舟山市经验，九龙坡区科技局负责')).toBeNull();
    expect(documentJurisdiction('关于推广创新券的办法', null, '由市科技局负责，推动经济部门协同')).toBeNull();
    expect(documentJurisdiction('重庆市深入实施创新驱动发展战略工作方案', '重庆市人民政府办公厅', '深圳市')).toBeNull();
  });
  it('reads a text the country\'s own bodies issue as national', () => {
    expect(documentJurisdiction('国务院印发《全民健身计划》', null, '北京市东城区报社')?.place).toBe('全国');
  });
});

describe('mostNamedPlace', () => {
  it('counts cities by full and short name, not words that hold a name (新兴区域, 新城镇化, 大同)', () => {
    expect(mostNamedPlace('常州、常州市与南京市')).toBe('常州市');
    expect(mostNamedPlace('培育新兴区域市场，推进新城镇化，世界大同')).toBeNull();
  });
});

describe('namesChongqing / provinceOf', () => {
  it('knows Chongqing by name, a 渝 document number and its districts', () => {
    expect(namesChongqing('渝府发〔2016〕1号')).toBe(true);
    expect(namesChongqing('沙坪坝区')).toBe(true);
    expect(namesChongqing('成都市')).toBe(false);
  });
  it('gives a place its province', () => {
    expect(provinceOf('玉环市')).toBe('浙江省');
    expect(provinceOf('舟山')).toBe('浙江省');
    expect(provinceOf('香港')).toBe('香港');
  });
});
