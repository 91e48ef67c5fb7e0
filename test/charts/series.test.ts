import { useTranslations } from '../../src/i18n/dictionaries/index.ts';
import { describe, expect, it } from 'vitest';
import { seriesFormat } from '../../src/charts/format.ts';
import { buildSeries, buildSeriesChart, renderSeriesSvg } from '../../src/charts/series.ts';
import { visibleText } from '../../src/charts/svg.ts';
import { baseValue, impliedBaseline, SERIES } from '../../src/lib/target-themes.ts';
import { realCorpus } from './fixtures.ts';

const { policies, targets } = realCorpus();
const byId = (id: string) => targets.find((t) => t.id === id)!;

describe('series across plans', () => {
  const series = buildSeries(targets, SERIES);
  it('links tech-based enterprise targets from 2016 to 2027, with the 2022 baseline a doubling implies', () => {
    const s = series.find((x) => x.def.id === 'tech-based')!;
    expect(s.points.map((p) => [p.year, p.value, p.derived])).toEqual([
      [2017, 5000, false],
      [2022, 43000, true],
      [2025, 45000, false],
      [2025, 67000, false],
      [2027, 86000, false],
    ]);
  });
  it('reads a doubling baseline only where the text states one', () => {
    expect(impliedBaseline(byId('cq-2023-double-growth/1-2/t4'))).toEqual({ year: 2022, value: 43000 });
    expect(impliedBaseline(byId('cq-2023-double-growth/1-2/t2'))).toBeNull();
    expect(baseValue(200, '亿元')).toEqual({ value: 2e10, unit: '元' });
  });
  it('links every point to the clause of its target, named with year, target and policy', () => {
    const s = series.find((x) => x.def.id === 'high-tech')!;
    const title = (id: string) => policies.find((p) => p.id === id)!.title.en!;
    const m = buildSeriesChart(s, { format: seriesFormat(useTranslations('en'), 'en', title), href: (p) => byId(p.target).url.en, policyIndex: new Map(policies.map((p, i) => [p.id, i])) });
    const svg = renderSeriesSvg(m, { title: 'High-tech enterprises' });
    const unescape = (v: string) => v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const links = [...svg.matchAll(/<a [^>]*href="([^"]+)"[^>]*aria-label="([^"]+)"/g)].map((x) => [x[1], unescape(x[2]!)]);
    expect(links).toHaveLength(s.points.length);
    expect(links).toContainEqual(['/en/policies/cq-2023-double-growth/1-2/', `2027: more than 12,800 entities; ${title('cq-2023-double-growth')}`]);
    expect(links.some(([, label]) => /2022: about 6,400 entities, derived from the doubling target of /.test(label!))).toBe(true);
    // Label in Name: every point's accessible name contains the label it shows
    for (const p of m.points) if (p.label) expect(p.description).toContain(visibleText(p.label));
  });
  it('writes Chinese values as the documents do (万, 亿) rather than in base units', () => {
    const s = series.find((x) => x.def.id === 'technology-contracts')!;
    const m = buildSeriesChart(s, { format: seriesFormat(useTranslations('zh'), 'zh', (id) => id), href: () => '#', policyIndex: new Map() });
    expect(m.points.map((p) => p.label?.lines[0]![0]!.text)).toEqual(['200亿元', '1300亿元']);
  });
});
