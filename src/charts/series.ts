/**
 * Series across plans: the same indicator from different policies, linked in time
 * (e.g. tech-based enterprises: 5,000 by 2017 → 45,000 / 67,000 by 2025 → 86,000 by 2027),
 * with the baseline a document implies where it gives one, marked as derived; and a small line
 * chart of each series whose points link to the clause that sets them, labels placed clear of
 * each other. Which targets belong to a series is data (src/lib/target-themes.ts), passed in.
 */
import type { Target } from '../data/schemas.ts';
import { baseValue, impliedBaseline, type SeriesDef } from '../lib/target-themes.ts';
import { SERIES_WIDTH } from './constants.ts';
import { Occupancy } from './labels.ts';
import { linearScale, type LinearScale } from './scale.ts';
import { makeText, n, nameWithLabel, policySlot, renderText, symbolPath, visibleText, type ChartText } from './svg.ts';
import { textWidth, truncateText } from './text.ts';
import { escapeXml } from '../lib/xml.ts';

export interface SeriesPoint {
  year: number;
  value: number;
  unit: string;
  /** The target it comes from, or for a derived baseline the target that implies it. */
  target: string;
  policy: string;
  derived: boolean;
  comparator: string;
}

export interface Series {
  def: SeriesDef;
  points: SeriesPoint[];
}

/** The points of each series with at least two distinct years. */
export function buildSeries(targets: Target[], defs: SeriesDef[]): Series[] {
  return defs
    .map((def) => {
      const points: SeriesPoint[] = [];
      for (const t of targets.filter(def.match)) {
        if (t.year === null) continue;
        const base = baseValue(t.value, t.unit.zh);
        points.push({ year: t.year, value: base.value, unit: base.unit, target: t.id, policy: t.policy, derived: false, comparator: t.comparator });
        const implied = impliedBaseline(t);
        if (implied) points.push({ ...implied, unit: base.unit, target: t.id, policy: t.policy, derived: true, comparator: '=' });
      }
      points.sort((a, b) => a.year - b.year || a.value - b.value);
      return { def, points };
    })
    .filter((s) => new Set(s.points.map((p) => p.year)).size >= 2);
}

/** The words of a series chart. */
export interface SeriesFormat {
  title(def: SeriesDef): string;
  /** A point's value with its unit (“86,000 entities”); derived points add `derived`. */
  value(p: SeriesPoint): string;
  /** Added to a derived baseline's label: “ (derived)”. */
  derived: string;
  /** An axis number: “86K”, “8.6万”. */
  compact(value: number): string;
  /** Between the visible label and the description in a point's accessible name (default “; ”). */
  list?: string;
  /** The accessible name of a point: year, target, policy (and that it is derived). */
  description(p: SeriesPoint): string;
  /** “+1 more”: point labels left out for want of room. */
  more(count: number): string;
}

export interface SeriesChartOptions {
  width?: number;
  height?: number;
  format: SeriesFormat;
  /** The link of a point: the clause of the target it comes from. */
  href: (p: SeriesPoint) => string;
  /** Colour and symbol of a policy. */
  policyIndex: Map<string, number>;
}

export interface SeriesModel {
  width: number;
  height: number;
  x: LinearScale;
  y: LinearScale;
  /** Horizontal grid lines with their values. */
  yTicks: { y: number; value: number }[];
  /** The line through the points the documents state, and dashed lines from each derived baseline to its target. */
  line: [number, number][];
  derivedLines: [number, number, number, number][];
  points: { point: SeriesPoint; cx: number; cy: number; policyIndex: number; label: ChartText | null; url: string; description: string }[];
  /** Title, axis labels and “+N more”. */
  texts: ChartText[];
  plot: { left: number; right: number; top: number; bottom: number };
}

/** Lays out the small chart of one series: points in time order, derived baselines hollow, labels clear of each other. */
export function buildSeriesChart(series: Series, options: SeriesChartOptions): SeriesModel {
  const { format } = options;
  const width = options.width ?? SERIES_WIDTH;
  const height = options.height ?? 190;
  const occupancy = new Occupancy({ x: 0, y: 0, width, height });
  const texts: ChartText[] = [];
  const place = (t: ChartText) => {
    if (!occupancy.free(t.box, t.owner)) return false;
    occupancy.add(t.box, t.owner);
    texts.push(t);
    return true;
  };
  const top = 40;
  const bottom = height - 22;
  const maxValue = Math.max(...series.points.map((p) => p.value));
  const y = linearScale([0, maxValue * 1.2], [bottom, top]);
  const yTickValues = y.ticks(3);
  const tickTexts = yTickValues.map((v) => format.compact(v));
  const left = 6 + Math.max(...tickTexts.map((t) => textWidth(t, { size: 10 }))) + 6;
  const right = width - 10;
  const years = [...new Set(series.points.map((p) => p.year))];
  const x = linearScale([Math.min(...years) - 0.5, Math.max(...years) + 0.5], [left + 4, right - 4]);

  place(makeText({ owner: 'title', kind: 'title', x: 6, y: 16, anchor: 'start', size: 13, lineHeight: 0, lines: [[{ text: truncateText(format.title(series.def), width - 12, { size: 13, bold: true }), bold: true }]] }));
  // Room kept under the title, at the right, for “+N more” should a label find no room.
  const moreSlot = makeText({ owner: 'more', kind: 'more', x: width - 6, y: 32, anchor: 'end', size: 10, lineHeight: 0, lines: [[{ text: format.more(series.points.length) }]] });
  occupancy.add(moreSlot.box, 'more');
  for (const [i, v] of yTickValues.entries()) place(makeText({ owner: `y-${v}`, kind: 'tick', x: left - 6, y: y(v) + 3.5, anchor: 'end', size: 10, lineHeight: 0, lines: [[{ text: tickTexts[i]! }]] }));
  for (const yr of years) place(makeText({ owner: `x-${yr}`, kind: 'tick', x: x(yr), y: height - 6, anchor: 'middle', size: 11, lineHeight: 0, lines: [[{ text: String(yr) }]] }));

  const points = series.points.map((p) => ({ point: p, cx: x(p.year), cy: y(p.value), policyIndex: options.policyIndex.get(p.policy) ?? 0 }));
  for (const p of points) occupancy.add({ x: p.cx - 6, y: p.cy - 6, width: 12, height: 12 }, p.point.target + (p.point.derived ? '/derived' : ''));
  // Labels: the highest values first (they sit at the top, where there is room), above, below, right or left of the point.
  let more = 0;
  const labels = new Map<(typeof points)[number], ChartText>();
  for (const p of [...points].sort((a, b) => a.cy - b.cy)) {
    const owner = p.point.target + (p.point.derived ? '/derived' : '');
    const text = format.value(p.point) + (p.point.derived ? format.derived : '');
    const at = (dx: number, dy: number, anchor: ChartText['anchor']) => makeText({ owner, kind: 'value', x: p.cx + dx, y: p.cy + dy, anchor, size: 11, lineHeight: 0, lines: [[{ text }]] });
    // near the point first: above, below, right, left, then the corners, then a line further out
    const candidates = [at(0, -9, 'middle'), at(0, 17, 'middle'), at(9, 4, 'start'), at(-9, 4, 'end'), at(-9, -9, 'end'), at(9, -9, 'start'), at(-9, 17, 'end'), at(9, 17, 'start'), at(9, -22, 'start'), at(-9, -22, 'end'), at(9, 30, 'start'), at(-9, 30, 'end')];
    const i = occupancy.place(candidates.map((c) => c.box), owner);
    if (i >= 0) labels.set(p, candidates[i]!);
    else more++;
  }
  if (more > 0) place(makeText({ ...moreSlot, lines: [[{ text: format.more(more) }]] }));
  const real = points.filter((p) => !p.point.derived);
  const derivedLines = points
    .filter((p) => p.point.derived)
    .flatMap((p) => {
      const to = points.find((q) => q.point.target === p.point.target && !q.point.derived);
      return to ? [[p.cx, p.cy, to.cx, to.cy] as [number, number, number, number]] : [];
    });
  return {
    width,
    height,
    x,
    y,
    yTicks: yTickValues.map((v) => ({ y: y(v), value: v })),
    line: real.map((p) => [p.cx, p.cy]),
    derivedLines,
    points: points.map((p) => ({ ...p, label: labels.get(p) ?? null, url: options.href(p.point), description: nameWithLabel(labels.get(p) ? visibleText(labels.get(p)!) : '', format.description(p.point), format.list ?? '; ') })),
    texts,
    plot: { left, right, top, bottom },
  };
}

/** The SVG of a series chart: each point a link to its clause, named for screen readers. */
export function renderSeriesSvg(m: SeriesModel, { title, titles = true }: { title: string; titles?: boolean }): string {
  const e = escapeXml;
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" class="series" viewBox="0 0 ${n(m.width)} ${n(m.height)}" width="${n(m.width)}" height="${n(m.height)}" role="group" aria-label="${e(title)}">`];
  for (const t of m.yTicks) parts.push(`<line class="grid" x1="${n(m.plot.left)}" x2="${n(m.plot.right)}" y1="${n(t.y)}" y2="${n(t.y)}"/>`);
  for (const t of m.texts) parts.push(renderText(t, t.kind, { hidden: t.kind === 'title' }));
  if (m.line.length > 1) parts.push(`<polyline class="series-line" points="${m.line.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}"/>`);
  for (const [x1, y1, x2, y2] of m.derivedLines) parts.push(`<line class="series-derived" x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}"/>`);
  for (const p of m.points) {
    const cls = p.point.derived ? 'mark series-point derived' : `mark series-point policy-${policySlot(p.policyIndex)}`;
    const shape = `<path class="mark-shape" d="${symbolPath(p.point.derived ? 0 : p.policyIndex, p.cx, p.cy, 4.5)}"/>`;
    const label = p.label ? renderText(p.label, 'value', { hidden: true }) : '';
    parts.push(`<a class="${cls}" href="${e(p.url)}" data-series-point="${e(p.point.target)}"${p.point.derived ? ' data-derived="true"' : ''} aria-label="${e(p.description)}">${titles ? `<title>${e(p.description)}</title>` : ''}${shape}${label}</a>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
