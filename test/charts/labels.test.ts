import { useTranslations } from '../../src/i18n/dictionaries/index.ts';
import { describe, expect, it } from 'vitest';
import { seriesFormat, siteTimelineOptions } from '../../src/charts/format.ts';
import { inside, intersects, Occupancy, type Box } from '../../src/charts/labels.ts';
import { buildSeries, buildSeriesChart } from '../../src/charts/series.ts';
import { breaksBetweenWords, makeText, nameWithLabel, renderText, textCollisions, visibleText, type ChartText } from '../../src/charts/svg.ts';
import { textWidth, truncateText, wrapText } from '../../src/charts/text.ts';
import { buildTimeline, modelTexts, type TimelineModel } from '../../src/charts/timeline.ts';
import { FIRST_YEAR } from '../../src/lib/corpus.ts';
import { SERIES } from '../../src/lib/target-themes.ts';
import { realCorpus } from './fixtures.ts';

const { policies, targets } = realCorpus();

/** Every problem of a model's text: texts overlapping each other, outside the SVG, or over a mark that is not their own. */
function problems(m: TimelineModel): string[] {
  const svg: Box = { x: 0, y: 0, width: m.width, height: m.height };
  const texts = modelTexts(m);
  const out = textCollisions(texts, svg);
  for (const t of texts) for (const mk of m.marks) if (mk.id !== t.owner && intersects(t.box, mk.box)) out.push(`over a mark: ${t.owner} / ${mk.id}`);
  for (const mk of m.marks) if (!inside(mk.box, svg)) out.push(`mark outside: ${mk.id}`);
  return out;
}

const labelText = (t: ChartText) => t.lines.flat().map((r) => r.text).join('');

describe('label placement on the real targets', () => {
  for (const lang of ['zh', 'en'] as const)
    for (const width of [320, 640, 1280])
      for (const layout of ['auto', 'wide', 'narrow'] as const) {
        it(`${lang}, ${width} px, ${layout} layout: no two labels intersect, every label inside the SVG, none over another mark`, () => {
          const m = buildTimeline(targets, policies, { ...siteTimelineOptions(useTranslations(lang), lang), width, layout, from: FIRST_YEAR, moreHref: '#table' });
          expect(m.marks).toHaveLength(targets.length);
          expect(problems(m)).toEqual([]);
          if (layout === 'auto') {
            expect(m.layout).toBe(width < 560 ? 'narrow' : 'wide');
            // at the widths the site uses, every mark keeps its label
            expect(m.marks.filter((mk) => !mk.text).map((mk) => mk.id)).toEqual([]);
          }
          // the labels a row could not place are counted in its visible “+N more”
          for (const row of m.rows) {
            const more = m.texts.find((t) => t.owner === `more-${row.id}`);
            expect(row.more).toBe(m.marks.filter((mk) => mk.row === row.id && !mk.text).length);
            if (row.more > 0) expect(more && labelText(more)).toBe(siteTimelineOptions(useTranslations(lang), lang).format.more(row.more));
            else expect(more).toBeUndefined();
          }
        });
      }

  it('every target of a policy is visible and labelled in its embedded timeline at 320 px (a list by year)', () => {
    for (const p of policies) {
      const own = targets.filter((t) => t.policy === p.id);
      for (const lang of ['zh', 'en'] as const) {
        const m = buildTimeline(own, policies, { ...siteTimelineOptions(useTranslations(lang), lang), width: 300 });
        expect(m.layout).toBe('narrow');
        expect(m.marks.map((mk) => mk.id).sort()).toEqual(own.map((t) => t.id).sort());
        expect(m.marks.every((mk) => mk.text !== null)).toBe(true);
        expect(problems(m)).toEqual([]);
      }
    }
  });

  it('with too little room, labels are dropped (never overlapped) and counted in a “+N more” link to the table', () => {
    const m = buildTimeline(targets, policies, { ...siteTimelineOptions(useTranslations('en'), 'en'), width: 640, layout: 'wide', from: FIRST_YEAR, maxLanes: 2, moreHref: '#table' });
    expect(problems(m)).toEqual([]);
    const dropped = m.marks.filter((mk) => !mk.text);
    expect(dropped.length).toBeGreaterThan(0);
    expect(m.rows.reduce((n, r) => n + r.more, 0)).toBe(dropped.length);
    const more = m.texts.filter((t) => t.kind === 'more');
    expect(more.length).toBeGreaterThan(0);
    expect(more.every((t) => t.href === '#table' && /^\+\d+ more$/.test(labelText(t)))).toBe(true);
  });

  it('series charts: point labels clear of each other, of other points and inside the chart', () => {
    const policyIndex = new Map(policies.map((p, i) => [p.id, i]));
    for (const lang of ['zh', 'en'] as const)
      for (const width of [240, 300]) {
        for (const s of buildSeries(targets, SERIES)) {
          const m = buildSeriesChart(s, { width, format: seriesFormat(useTranslations(lang), lang, (id) => id), href: () => '#', policyIndex });
          const texts = [...m.texts, ...m.points.flatMap((p) => (p.label ? [p.label] : []))];
          expect(textCollisions(texts, { x: 0, y: 0, width: m.width, height: m.height }), `${s.def.id} ${lang} ${width}`).toEqual([]);
          for (const p of m.points)
            for (const t of texts) {
              const own = t.owner === p.point.target + (p.point.derived ? '/derived' : '');
              if (!own) expect(intersects(t.box, { x: p.cx - 6, y: p.cy - 6, width: 12, height: 12 }), `${t.owner} over ${p.point.target}`).toBe(false);
            }
          const dropped = m.points.filter((p) => !p.label).length;
          expect(m.texts.some((t) => t.kind === 'more')).toBe(dropped > 0);
        }
      }
  });
});

describe('occupancy', () => {
  it('takes the first free candidate, inside the bounds, clear of other owners’ boxes', () => {
    const o = new Occupancy({ x: 0, y: 0, width: 100, height: 100 });
    o.add({ x: 10, y: 10, width: 20, height: 20 }, 'a');
    const candidates = [
      { x: 90, y: 10, width: 20, height: 10 }, // outside the bounds
      { x: 20, y: 20, width: 20, height: 10 }, // over a's box
      { x: 30, y: 10, width: 20, height: 10 }, // touching only: free
    ];
    expect(o.place(candidates, 'b')).toBe(2);
    expect(o.free({ x: 35, y: 12, width: 5, height: 5 }, 'c')).toBe(false);
    // an owner's own boxes do not block it
    expect(o.free({ x: 15, y: 15, width: 5, height: 5 }, 'a')).toBe(true);
    expect(o.place([{ x: 0, y: 200, width: 5, height: 5 }], 'd')).toBe(-1);
  });
  it('finds overlaps across its bands (a tall box against a short one far down)', () => {
    const o = new Occupancy({ x: 0, y: 0, width: 100, height: 1000 });
    o.add({ x: 0, y: 0, width: 10, height: 500 }, 'tall');
    expect(o.free({ x: 5, y: 400, width: 10, height: 10 }, 'x')).toBe(false);
    expect(o.free({ x: 5, y: 501, width: 10, height: 10 }, 'x')).toBe(true);
  });
});

describe('text measurement', () => {
  const style = { size: 12 };
  it('measures wider for bold and for CJK', () => {
    expect(textWidth('2027', { size: 10 })).toBeCloseTo(4 * 6.36);
    expect(textWidth('Wm', { size: 12, bold: true })).toBeGreaterThan(textWidth('Wm', style));
    expect(textWidth('科技', style)).toBe(24);
  });
  it('truncates with an ellipsis at a word boundary, within the width', () => {
    const s = 'High-tech enterprises (central urban area)';
    const t = truncateText(s, 160, style);
    expect(textWidth(t, style)).toBeLessThanOrEqual(160);
    // room for “High-tech enterprises (c…”: cut at the space instead
    expect(textWidth('High-tech enterprises (c…', style)).toBeLessThanOrEqual(160);
    expect(t).toBe('High-tech enterprises…');
    // a cut that would lose most of the text stays inside the word
    expect(truncateText(s, 110, style)).toMatch(/^High-tech ent.*…$/);
    expect(truncateText(s, 1000, style)).toBe(s);
    expect(truncateText(s, 2, style)).toBe('');
  });
  it('wraps Chinese anywhere but never starts a line with closing punctuation, and English at spaces', () => {
    const zh = wrapText('规模以上工业企业研发投入占销售收入比重（两江新区），力争达到', 96, style);
    for (const line of zh) expect(textWidth(line, style)).toBeLessThanOrEqual(96);
    expect(zh.join('')).toBe('规模以上工业企业研发投入占销售收入比重（两江新区），力争达到');
    expect(zh.some((l) => /^[，）。]/.test(l))).toBe(false);
    const en = wrapText('share of the value added of strategic emerging industries', 150, style);
    expect(en.join(' ')).toBe('share of the value added of strategic emerging industries');
    for (const line of en) expect(textWidth(line, style)).toBeLessThanOrEqual(150);
  });
  it('stops at maxLines with an ellipsis, and cuts a word longer than a line', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 60, style, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    const long = wrapText('Supercalifragilisticexpialidocious', 60, style);
    expect(long.length).toBeGreaterThan(1);
    expect(long.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of long) expect(textWidth(line, style)).toBeLessThanOrEqual(60);
  });
});

describe('Label in Name helpers (svg.ts)', () => {
  it('a line break between two words keeps a space in the DOM text; one inside Chinese text does not', () => {
    expect(breaksBetweenWords('Maker spaces', 'built (district)')).toBe(true);
    expect(breaksBetweenWords('全市专精特新“小巨', '人”企业')).toBe(false);
    const t = makeText({ owner: 'x', kind: 'label', x: 0, y: 10, anchor: 'start', size: 12, lineHeight: 15, lines: [[{ text: 'Maker spaces' }], [{ text: 'built: ' }, { text: '200', bold: true }]] });
    expect(visibleText(t)).toBe('Maker spaces built: 200');
    expect(renderText(t, 'label').replace(/<[^>]+>/g, '')).toBe('Maker spaces built: 200');
  });
  it('the accessible name contains the visible label: prefixed unless already contained', () => {
    expect(nameWithLabel('Maker spaces: ≥3', 'Maker spaces built; at least 3; 2016', '; ')).toBe('Maker spaces: ≥3; Maker spaces built; at least 3; 2016');
    expect(nameWithLabel('2016', 'Maker spaces built; at least 3; 2016', '; ')).toBe('Maker spaces built; at least 3; 2016');
    expect(nameWithLabel('', 'x', '; ')).toBe('x');
  });
});
