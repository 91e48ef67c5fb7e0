/**
 * SVG snapshots of the chart functions on small made-up data sets (test/charts/fixtures.ts): a change
 * in layout or markup shows up as a diff of test/charts/__snapshots__/*.svg, which open in a browser.
 * After a deliberate change: `npx vitest run test/charts/snapshots.test.ts -u`, and look at the files.
 */
import { useTranslations } from '../../src/i18n/dictionaries/index.ts';
import { describe, expect, it } from 'vitest';
import { framedSvg } from '../../src/charts/download.ts';
import { seriesFormat, siteTimelineOptions } from '../../src/charts/format.ts';
import { buildSeries, buildSeriesChart, renderSeriesSvg } from '../../src/charts/series.ts';
import { chartCss } from '../../src/charts/style.ts';
import { buildTimeline, renderTimelineSvg, timelineBody } from '../../src/charts/timeline.ts';
import { SERIES } from '../../src/lib/target-themes.ts';
import { smallCorpus } from './fixtures.ts';

/** A file that opens in a browser with the charts' colours. */
const standalone = (svg: string) => svg.replace(/^<svg([^>]*)>/, (_, attrs: string) => `<svg${attrs}><style>${chartCss({ page: false })}</style>`) + '\n';

describe('chart SVG snapshots', () => {
  const { policies, targets } = smallCorpus();

  for (const lang of ['en', 'zh'] as const)
    for (const [layout, width] of [['wide', 720], ['narrow', 300]] as const) {
      it(`timeline, ${layout}, ${lang}`, async () => {
        const m = buildTimeline(targets, policies, { ...siteTimelineOptions(useTranslations(lang), lang), width, layout, moreHref: '#table' });
        await expect(standalone(renderTimelineSvg(m, { title: lang === 'en' ? 'Targets of City A' : '甲市的目标' }))).toMatchFileSnapshot(`__snapshots__/timeline-${layout}-${lang}.svg`);
      });
    }

  it('timeline with too little room: labels dropped, “+N more” linked to the table', async () => {
    const m = buildTimeline(targets, policies, { ...siteTimelineOptions(useTranslations('en'), 'en'), width: 400, layout: 'wide', maxLanes: 1, moreHref: '#table' });
    expect(m.rows.some((r) => r.more > 0)).toBe(true);
    await expect(standalone(renderTimelineSvg(m, { title: 'Crowded' }))).toMatchFileSnapshot('__snapshots__/timeline-crowded-en.svg');
  });

  it('a timeline framed for download: title, legend, source line, address', async () => {
    const m = buildTimeline(targets, policies, { ...siteTimelineOptions(useTranslations('en'), 'en'), width: 720, layout: 'wide' });
    const svg = framedSvg(
      { width: m.width, height: m.height, body: timelineBody(m) },
      { title: 'Targets of City A', legend: policies.map((p, index) => ({ index, label: p.title.en! })), source: 'Source: Example site — targets extracted from the policy texts', url: 'https://example.org/en/targets/' },
    );
    await expect(svg + '\n').toMatchFileSnapshot('__snapshots__/timeline-framed-en.svg');
  });

  for (const lang of ['en', 'zh'] as const)
    it(`series chart, ${lang}`, async () => {
      const series = buildSeries(targets, SERIES);
      const tech = series.find((s) => s.def.id === 'tech-based')!;
      // 2018 → (2022 derived baseline) → 2025 → 2027
      expect(tech.points.map((p) => [p.year, p.value, p.derived])).toEqual([
        [2018, 2000, false],
        [2022, 12000, true],
        [2025, 12000, false],
        [2027, 24000, false],
      ]);
      const m = buildSeriesChart(tech, { width: 300, format: seriesFormat(useTranslations(lang), lang, (id) => policies.find((p) => p.id === id)!.title[lang]!), href: (p) => `/clause/${p.target}`, policyIndex: new Map(policies.map((p, i) => [p.id, i])) });
      await expect(standalone(renderSeriesSvg(m, { title: tech.def.label[lang] }))).toMatchFileSnapshot(`__snapshots__/series-${lang}.svg`);
    });
});
