import { describe, expect, it } from 'vitest';
import { impliedBaseline, SERIES, THEMES, themeOf } from '../../src/lib/target-themes.ts';
import { target } from '../charts/fixtures.ts';

describe('target themes and series (the data layer the charts are given)', () => {
  it('classifies a target by what it counts; the first theme that matches wins, the rest is “other”', () => {
    const theme = (zh: string) => themeOf({ indicator: { zh, en: null } });
    expect(theme('新建众创空间')).toBe('maker-spaces');
    expect(theme('众创空间孵化载体')).toBe('maker-spaces');
    expect(theme('科技型“小巨人”企业')).toBe('little-giants');
    expect(theme('高新技术企业')).toBe('enterprises');
    expect(theme('企业研发经费投入')).toBe('rd');
    expect(theme('政府引导基金规模')).toBe('finance');
    expect(theme('重点实验室')).toBe('platforms');
    expect(theme('带动就业')).toBe('other');
    expect(new Set(THEMES.map((t) => t.id)).size).toBe(THEMES.length);
  });

  it('puts only citywide totals with a year into a series (not additions, not per year, not one area)', () => {
    const tech = SERIES.find((s) => s.id === 'tech-based')!;
    expect(tech.match(target('p', ['科技型企业', 'tech-based enterprises'], 2, '万家', 2025))).toBe(true);
    expect(tech.match(target('p', ['新增科技型企业', 'new tech-based enterprises'], 2, '万家', 2025))).toBe(false);
    expect(tech.match(target('p', ['科技型企业', 'tech-based enterprises'], 2, '万家', 2025, { scope: { zh: '北部片区', en: null } }))).toBe(false);
    expect(tech.match(target('p', ['科技型企业', 'tech-based enterprises'], 2, '万家', null))).toBe(false);
  });

  it('joins only indicators a review names as the same: the three "little giant" designations stay apart', () => {
    const all = SERIES.flatMap((s) => s.indicators);
    expect(new Set(all).size).toBe(all.length); // an indicator is in one series at most
    for (const giant of ['培育科技小巨人企业', '科技型“小巨人”企业', '全市专精特新“小巨人”企业']) {
      expect(SERIES.filter((s) => s.match(target('p', [giant, 'x'], 500, '家', 2027))).map((s) => s.id), giant).toEqual([]);
    }
    // an unreviewed wording of a reviewed indicator does not join
    expect(SERIES.some((s) => s.match(target('p', ['科技型中小企业', 'x'], 2, '万家', 2025)))).toBe(false);
    for (const s of SERIES) expect(s.review.length, s.id).toBeGreaterThan(20);
  });

  it('reads the baseline a doubling implies, in base units', () => {
    expect(impliedBaseline({ quote: '在2020年的基础上实现翻一番，达到3万家。', value: 3, unit: { zh: '万家', en: null } })).toEqual({ year: 2020, value: 15000 });
    expect(impliedBaseline({ quote: '到2025年达到3万家。', value: 3, unit: { zh: '万家', en: null } })).toBeNull();
  });
});
