import { describe, expect, it } from 'vitest';
import { buildSeries, impliedBaseline, baseValue } from '../../src/charts/series.ts';
import { DEFAULT_STATE, parseChartState, serializeChartState } from '../../src/charts/state.ts';
import { buildTimeline, escapeXml, filterTargets, renderTimelineSvg, rowOf, textWidth, yearSpan } from '../../src/charts/timeline.ts';
import { readGeneratedData } from '../../src/data/generated.ts';
import { join } from 'node:path';
import { isSeedPolicy, ROOT } from '../helpers.ts';

// The seed policies only: the facts below (years, series, label layout) are theirs, whatever else was added.
const data = readGeneratedData(join(ROOT, 'content', 'generated', 'data')).filter((d) => isSeedPolicy(d.policy.id));
const targets = data.flatMap((d) => d.targets);
const policies = data.map((d) => d.policy).sort((a, b) => (a.period.start ?? 9999) - (b.period.start ?? 9999));
const byId = (id: string) => targets.find((t) => t.id === id)!;

describe('timeline model', () => {
  const model = buildTimeline(targets, policies, { lang: 'en', width: 960 });

  it('has one mark per target, each carrying its id', () => {
    expect(model.marks.map((m) => m.id).sort()).toEqual(targets.map((t) => t.id).sort());
  });

  it('runs from 2015 to the last target year', () => {
    expect(model.from).toBe(2015);
    expect(model.to).toBe(Math.max(...targets.map((t) => t.year ?? 0)));
  });

  it('puts targets in rows by theme', () => {
    expect(rowOf(byId('cq-2016-work-plan/2-7/t1'))).toBe('maker-spaces');
    expect(rowOf(byId('cq-2023-double-growth/1-2/t3'))).toBe('enterprises');
    // an added document's target whose indicator the ingest could not name still gets a row
    expect(rowOf({ indicator: { zh: '', en: null } })).toBe('other');
  });

  it('spans a per-year target over its policy’s period', () => {
    const t = byId('cq-2023-double-growth/2-1-4/t1');
    expect(t.perYear).toBe(true);
    expect(yearSpan(t, policies.find((p) => p.id === t.policy), [])).toEqual([2023, 2027]);
  });

  it('value labels do not collide within a row', () => {
    for (const row of model.rows) {
      const boxes = model.marks
        .filter((m) => m.row === row.id && m.text)
        .map((m) => ({ id: m.id, x1: m.x1 - 5, x2: Math.max(m.x2 + 5, m.x1 + textWidth(m.text!.value) + 10), y: m.y }));
      for (const a of boxes)
        for (const b of boxes) if (a !== b && a.y === b.y) expect(a.x2 <= b.x1 || b.x2 <= a.x1, `${a.id} / ${b.id}`).toBe(true);
    }
  });

  it('formats values per language', () => {
    const zh = buildTimeline(targets, policies, { lang: 'zh', width: 960 });
    expect(zh.marks.find((m) => m.id === 'cq-2023-double-growth/1-2/t3')!.valueText).toBe('1.28万家');
    expect(model.marks.find((m) => m.id === 'cq-2023-double-growth/1-2/t3')!.valueText).toBe('12,800 entities');
    expect(model.marks.find((m) => m.id === 'cq-2016-work-plan/1-2/t5')!.valueText).toBe('CNY 20 billion');
  });

  it('filters by policy, theme and lead unit', () => {
    const lead = new Map(data.flatMap((d) => d.measures.map((m) => [m.id, m.lead] as [string, string[]])));
    expect(filterTargets(targets, { policy: 'cq-2023-double-growth' }).every((t) => t.policy === 'cq-2023-double-growth')).toBe(true);
    const sti = filterTargets(targets, { unit: 'cq-sti-commission' }, lead);
    expect(sti.length).toBeGreaterThan(0);
    expect(sti.every((t) => lead.get(t.measure!)!.includes('cq-sti-commission'))).toBe(true);
    expect(filterTargets(targets, { row: 'maker-spaces' }).every((t) => /众创空间/.test(t.indicator.zh))).toBe(true);
  });

  it('zooming keeps only marks inside the years', () => {
    const zoomed = buildTimeline(targets, policies, { lang: 'en', width: 960, from: 2020, to: 2025 });
    expect(zoomed.marks.every((m) => m.year === null || (m.year >= 2020 && m.year <= 2025) || m.perYear)).toBe(true);
    expect(zoomed.marks.length).toBeLessThan(model.marks.length);
  });

  it('escapes document text in the SVG', () => {
    const hostile = { ...byId('cq-2016-work-plan/2-7/t1'), id: 'x/1/t1', indicator: { zh: '众创空间<script>alert(1)</script>', en: '"><img onerror=x>' } };
    const svg = renderTimelineSvg(buildTimeline([hostile], policies, { lang: 'en', width: 600 }), 'T & <b>');
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('T &amp; &lt;b&gt;');
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('series across plans', () => {
  const series = buildSeries(targets);
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
});

describe('chart state in the URL', () => {
  const known = { policies: ['cq-2016-work-plan'], rows: ['maker-spaces'], units: ['cq-sti-commission'], years: [2015, 2027] as [number, number] };
  it('round-trips', () => {
    const s = { policy: 'cq-2016-work-plan', row: 'maker-spaces', unit: 'cq-sti-commission', from: 2016, to: 2020 };
    expect(parseChartState(serializeChartState(s), known)).toEqual(s);
  });
  it('falls back to the default view for unknown or malformed state', () => {
    expect(parseChartState('?policy=<script>&row=nope&from=abc&to=99999', known)).toEqual(DEFAULT_STATE);
    expect(parseChartState('?from=2025&to=2016', known)).toEqual(DEFAULT_STATE);
    expect(parseChartState('%E4%B8', known)).toEqual(DEFAULT_STATE);
  });
  it('does not take names inherited from Object.prototype for known ids', () => {
    expect(parseChartState('?policy=toString&row=constructor&unit=valueOf', known)).toEqual(DEFAULT_STATE);
  });
});
