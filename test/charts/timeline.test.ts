import { useTranslations } from '../../src/i18n/dictionaries/index.ts';
import { describe, expect, it } from 'vitest';
import { siteTimelineOptions } from '../../src/charts/format.ts';
import { DEFAULT_STATE, parseChartState, serializeChartState } from '../../src/charts/state.ts';
import { visibleText } from '../../src/charts/svg.ts';
import { escapeXml } from '../../src/lib/xml.ts';
import { buildTimeline, filterTargets, renderTimelineSvg, yearSpan } from '../../src/charts/timeline.ts';
import { themeOf } from '../../src/lib/target-themes.ts';
import { FIRST_YEAR } from '../../src/lib/corpus.ts';
import { realCorpus, smallCorpus } from './fixtures.ts';

const { policies, targets, measures } = realCorpus();
const byId = (id: string) => targets.find((t) => t.id === id)!;
const en = siteTimelineOptions(useTranslations('en'), 'en');
const zh = siteTimelineOptions(useTranslations('zh'), 'zh');

describe('timeline model', () => {
  const model = buildTimeline(targets, policies, { ...en, width: 960, from: FIRST_YEAR });

  it('has one mark per target, each carrying its id and a link to its measure', () => {
    expect(model.marks.map((m) => m.id).sort()).toEqual(targets.map((t) => t.id).sort());
    expect(model.marks.find((m) => m.id === 'cq-2016-work-plan/2-7/t1')!.url).toBe('/en/policies/cq-2016-work-plan/2-7/');
  });

  it('runs from the year given to the last target year, and is wide at 960 px and narrow at 320 px', () => {
    expect(model.layout).toBe('wide');
    expect(model.from).toBe(FIRST_YEAR);
    expect(model.to).toBe(Math.max(...targets.map((t) => t.year ?? 0)));
    expect(buildTimeline(targets, policies, { ...en, width: 320 }).layout).toBe('narrow');
  });

  it('spans only its own targets’ years when no start is given (an embedded policy timeline)', () => {
    const own = targets.filter((t) => t.policy === 'cq-2023-double-growth');
    const m = buildTimeline(own, policies, { ...en, width: 960 });
    expect(m.from).toBe(2023);
    expect(m.to).toBe(2027);
    // every mark inside the plot, none crowded at the right edge of a 2015–2027 axis
    for (const mk of m.marks) expect(mk.x1).toBeGreaterThanOrEqual(m.axis!.x1);
    expect(Math.min(...m.marks.map((mk) => mk.x1))).toBeLessThan(m.width / 3);
  });

  it('exposes its x scale: years to positions and back (the brush inverts it)', () => {
    const x = model.x!;
    expect(x(2020)).toBeCloseTo(model.grid.find((g) => g.year === 2020)?.x ?? x(2020));
    expect(x.invert(x(2021))).toBeCloseTo(2021);
    expect(model.marks.find((m) => m.id === 'cq-2016-work-plan/2-7/t1')!.x1).toBeCloseTo(x(2016));
    expect(buildTimeline(targets, policies, { ...en, width: 320 }).x).toBeNull();
  });

  it('puts targets in rows by theme (classified in the data layer)', () => {
    expect(themeOf(byId('cq-2016-work-plan/2-7/t1'))).toBe('maker-spaces');
    expect(themeOf(byId('cq-2023-double-growth/1-2/t3'))).toBe('enterprises');
    // an added document's target whose indicator the ingest could not name still gets a row
    expect(themeOf({ indicator: { zh: '', en: null } })).toBe('other');
    expect(model.marks.find((m) => m.id === 'cq-2023-double-growth/1-2/t3')!.row).toBe('enterprises');
  });

  it('spans a per-year target over its policy’s period, drawn as a bar', () => {
    const t = byId('cq-2023-double-growth/2-1-4/t1');
    expect(t.perYear).toBe(true);
    expect(yearSpan(t, policies.find((p) => p.id === t.policy), [])).toEqual([2023, 2027]);
    const mark = model.marks.find((m) => m.id === t.id)!;
    expect(mark.kind).toBe('bar');
    expect(mark.x2 - mark.x1).toBeCloseTo(model.x!(2027) - model.x!(2023));
  });

  it('labels every mark with its indicator and its value with unit, in each language', () => {
    const zhModel = buildTimeline(targets, policies, { ...zh, width: 960, from: FIRST_YEAR });
    const label = (m: typeof model, id: string) => m.marks.find((x) => x.id === id)!.text!.lines.flat().map((r) => r.text).join('');
    expect(label(zhModel, 'cq-2023-double-growth/1-2/t3')).toBe('高新技术企业：1.28万家');
    expect(label(model, 'cq-2023-double-growth/1-2/t3')).toBe('High-tech enterprises: 12,800 entities');
    expect(label(model, 'cq-2016-work-plan/1-2/t5')).toMatch(/…: CNY 20 billion$|^Annual value of technology transaction contracts: CNY 20 billion$/);
    expect(label(model, 'cq-2023-double-growth/1-2/t5')).toMatch(/^High-tech enterprises \(central urban.*: 7,110 entities$/);
    // the accessible name has it all: indicator, target, year, policy
    expect(model.marks.find((m) => m.id === 'cq-2023-double-growth/1-2/t3')!.label).toMatch(/High-tech enterprises; more than 12,800 entities; 2027; .+/);
    // Label in Name (WCAG 2.5.3): the accessible name starts with the label the mark shows
    for (const m of [...model.marks, ...zhModel.marks]) if (m.text) expect(m.label.startsWith(visibleText(m.text)) || m.label.includes(visibleText(m.text)), m.id).toBe(true);
  });

  it('filters by policy, theme and lead unit', () => {
    const lead = new Map(measures.map((m) => [m.id, m.lead] as [string, string[]]));
    const opts = { rowOf: themeOf, leadByMeasure: lead };
    expect(filterTargets(targets, { policy: 'cq-2023-double-growth' }, opts).every((t) => t.policy === 'cq-2023-double-growth')).toBe(true);
    const sti = filterTargets(targets, { unit: 'cq-sti-commission' }, opts);
    expect(sti.length).toBeGreaterThan(0);
    expect(sti.every((t) => lead.get(t.measure!)!.includes('cq-sti-commission'))).toBe(true);
    expect(filterTargets(targets, { row: 'maker-spaces' }, opts).every((t) => /众创空间/.test(t.indicator.zh))).toBe(true);
  });

  it('zooming keeps only marks inside the years', () => {
    const zoomed = buildTimeline(targets, policies, { ...en, width: 960, from: 2020, to: 2025 });
    expect(zoomed.marks.every((m) => m.year === null || (m.year >= 2020 && m.year <= 2025) || m.perYear)).toBe(true);
    expect(zoomed.marks.length).toBeLessThan(model.marks.length);
  });

  it('lists targets by year in the narrow layout: a heading per year, each target under its year', () => {
    const { policies: ps, targets: ts } = smallCorpus();
    const m = buildTimeline(ts, ps, { ...en, width: 320 });
    expect(m.texts.filter((t) => t.kind === 'group').map((t) => t.lines.flat().map((r) => r.text).join(''))).toEqual(['2017', '2018', '2020', 'Every year, 2023–2027', '2025', '2027', 'No year given']);
    const headingY = (label: string) => m.texts.find((t) => t.lines.flat()[0]!.text === label)!.y;
    const markY = (indicatorEn: string, year: number | null) => m.marks.find((mk) => mk.year === year && mk.label.startsWith(indicatorEn))!.y;
    expect(markY('Tech-based enterprises', 2018)).toBeGreaterThan(headingY('2018'));
    expect(markY('Tech-based enterprises', 2018)).toBeLessThan(headingY('2020'));
  });

  it('refuses a classification that names a row it was not given (the mark would go missing)', () => {
    expect(() => buildTimeline(targets, policies, { ...en, width: 960, rowOf: (t) => (t.id === 'cq-2016-work-plan/2-7/t1' ? 'nowhere' : themeOf(t)) })).toThrow(/cq-2016-work-plan\/2-7\/t1.*nowhere/);
  });

  it('escapes document text in the SVG', () => {
    const hostile = { ...byId('cq-2016-work-plan/2-7/t1'), id: 'x/1/t1', indicator: { zh: '众创空间<script>alert(1)</script>', en: '"><img onerror=x>' } };
    for (const width of [600, 320]) {
      const svg = renderTimelineSvg(buildTimeline([hostile], policies, { ...en, width }), { title: 'T & <b>' });
      expect(svg).not.toContain('<script>');
      expect(svg).not.toContain('<img');
      expect(svg).toContain('T &amp; &lt;b&gt;');
    }
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('chart state in the URL', () => {
  const known = { policies: ['cq-2016-work-plan'], rows: ['maker-spaces'], units: ['cq-sti-commission'], years: [2015, 2027] as [number, number] };
  it('round-trips', () => {
    const s = { policy: 'cq-2016-work-plan', row: 'maker-spaces', unit: 'cq-sti-commission', from: 2016, to: 2020, view: 'table' as const };
    expect(parseChartState(serializeChartState(s), known)).toEqual(s);
    expect(serializeChartState(DEFAULT_STATE)).toBe('');
  });
  it('falls back to the default view for unknown or malformed state', () => {
    expect(parseChartState('?policy=<script>&row=nope&from=abc&to=99999&view=x', known)).toEqual(DEFAULT_STATE);
    expect(parseChartState('?from=2025&to=2016', known)).toEqual(DEFAULT_STATE);
    expect(parseChartState('%E4%B8', known)).toEqual(DEFAULT_STATE);
  });
  it('does not take names inherited from Object.prototype for known ids', () => {
    expect(parseChartState('?policy=toString&row=constructor&unit=valueOf', known)).toEqual(DEFAULT_STATE);
  });
});
