/**
 * The targets timeline as a pure function of data and options (Observable Plot style): targets →
 * a model (marks, labels placed clear of each other, axis, x scale) in one of two layouts, and
 * the model → an SVG string. Wide: a row per theme across a year axis, each mark labelled with
 * what it counts and its value. Narrow (phones): a vertical list by year. Classification, wording
 * and links come in as options; the DOM wiring is src/scripts/timeline.ts.
 */
import type { Policy, Target } from '../data/schemas.ts';
import { NARROW_BELOW } from './constants.ts';
import { Occupancy, type Box } from './labels.ts';
import { linearScale, type LinearScale } from './scale.ts';
import { makeText, n, nameWithLabel, policySlot, renderText, runsWidth, symbolPath, visibleText, type ChartText, type TextRun } from './svg.ts';
import { textWidth, truncateText, wrapText } from './text.ts';
import { escapeXml } from '../lib/xml.ts';

/** The years a target covers: its year; a per-year target spans its policy's period (or the years its policy's other targets name). */
export function yearSpan(t: Target, policy: Policy | undefined, policyYears: number[]): [number, number] | null {
  if (t.year !== null) return [t.year, t.year];
  if (!t.perYear) return null;
  const start = policy?.period.start ?? (policyYears.length ? Math.min(...policyYears) : null);
  const end = policy?.period.end ?? (policyYears.length ? Math.max(...policyYears) : null);
  return start !== null && end !== null ? [start, end] : null;
}

export interface TimelineFilters {
  policy?: string | null;
  row?: string | null;
  unit?: string | null;
}

/** Targets kept by the filters (`rowOf` classifies a target; `leadByMeasure` gives each measure's lead units). */
export function filterTargets(targets: Target[], filters: TimelineFilters, { rowOf, leadByMeasure }: { rowOf: (t: Target) => string; leadByMeasure?: Map<string, string[]> }): Target[] {
  return targets.filter(
    (t) =>
      (!filters.policy || t.policy === filters.policy) &&
      (!filters.row || rowOf(t) === filters.row) &&
      (!filters.unit || ((t.measure && leadByMeasure?.get(t.measure)) || []).includes(filters.unit)),
  );
}

/** The words of a chart, passed in so that the chart knows no language. */
export interface TimelineFormat {
  /** What a target counts, with the area it is for: “High-tech enterprises (central urban area)”. */
  indicator(t: Target): string;
  /** Its value and unit, short (wide labels): “12,800 entities”, “1.28万家”. */
  value(t: Target): string;
  /** Comparator, value and unit (narrow labels): “more than 12,800 entities”. */
  target(t: Target): string;
  /** Between indicator and value in a label: “: ” / “：”. */
  separator: string;
  /** Between the visible label and the description in a mark's accessible name (default “; ”). */
  list?: string;
  /** The accessible name of a mark: indicator, target, when, policy. */
  description(t: Target, policy: Policy | undefined, span: [number, number] | null): string;
  /** A narrow layout's group heading: “2027”, “Every year, 2023–2027”, “No year given”. */
  group(span: [number, number] | null): string;
  /** The axis label of the column of targets without a year. */
  undated: string;
  /** “+3 more”: labels left out for want of room (their marks stay, named in the tooltip and table). */
  more(count: number): string;
}

export interface TimelineOptions {
  /** Width in px; the layout is narrow below NARROW_BELOW unless `layout` says otherwise. */
  width: number;
  layout?: 'wide' | 'narrow' | 'auto';
  /** First and last year of the axis (default: the years of the targets). */
  from?: number;
  to?: number;
  /** The rows (themes) in display order, with their labels. */
  rows: { id: string; label: string }[];
  /** The row of a target. */
  rowOf: (t: Target) => string;
  format: TimelineFormat;
  /** The link of a mark (its measure). */
  href: (t: Target) => string;
  /** Where “+N more” leads (the data table), or null for plain text. */
  moreHref?: string | null;
  /** At most this many lanes of labelled marks per row (default: no limit); marks past it keep no label. */
  maxLanes?: number;
  filters?: TimelineFilters;
  /** Lead units of each measure (for the unit filter). */
  leadByMeasure?: Map<string, string[]>;
}

export interface Mark {
  id: string;
  /** The policy's index in the policies given (its colour and symbol). */
  policyIndex: number;
  row: string;
  /** A dot (one year, or none) or a bar (a yearly target across years). */
  kind: 'dot' | 'bar';
  x1: number;
  x2: number;
  y: number;
  box: Box;
  /** Accessible name: indicator, target, when, policy. */
  label: string;
  /** The visible label (null when it found no room: the mark is counted in its row's “+N more”). */
  text: ChartText | null;
  url: string;
  year: number | null;
  perYear: boolean;
}

export interface TimelineModel {
  layout: 'wide' | 'narrow';
  width: number;
  height: number;
  from: number;
  to: number;
  /** Year → x (wide layout; null in the narrow one). The brush inverts it. */
  x: LinearScale | null;
  /** The year axis band at the top (wide): where the brush goes. */
  axis: { y: number; x1: number; x2: number } | null;
  grid: { x: number; year: number }[];
  /** Horizontal rules: between rows (wide) or groups (narrow). */
  rules: number[];
  rows: { id: string; label: string; y: number; height: number; more: number }[];
  /** Column of marks without a year (wide), or null. */
  undatedX: number | null;
  marks: Mark[];
  /** Every text but the marks' labels: ticks, row headings, “+N more”, group headings. */
  texts: ChartText[];
}

/** All texts of a model: the marks' labels and the rest. */
export function modelTexts(m: TimelineModel): ChartText[] {
  return [...m.marks.flatMap((mk) => (mk.text ? [mk.text] : [])), ...m.texts];
}

const PAD = 4;
const LANE = 18;
const HEADER = 24;
const LABEL_SIZE = 11;

interface Item {
  t: Target;
  span: [number, number] | null;
  policyIndex: number;
  policy: Policy | undefined;
  rowIndex: number;
}

/** Lays out the timeline of some targets. */
export function buildTimeline(allTargets: Target[], policies: Policy[], options: TimelineOptions): TimelineModel {
  const { width, rowOf } = options;
  const policyIndex = new Map(policies.map((p, i) => [p.id, i]));
  const policyById = new Map(policies.map((p) => [p.id, p]));
  const yearsByPolicy = new Map<string, number[]>();
  for (const t of allTargets) if (t.year !== null) yearsByPolicy.set(t.policy, [...(yearsByPolicy.get(t.policy) ?? []), t.year]);
  const spanOf = (t: Target) => yearSpan(t, policyById.get(t.policy), yearsByPolicy.get(t.policy) ?? []);
  const years = allTargets.flatMap((t) => spanOf(t) ?? []);
  const dataFrom = years.length ? Math.min(...years) : (options.from ?? options.to ?? 0);
  const dataTo = years.length ? Math.max(...years) : dataFrom + 1;
  const from = options.from ?? dataFrom;
  const to = Math.max(options.to ?? dataTo, from + 1);
  const rowIndex = new Map(options.rows.map((r, i) => [r.id, i]));
  const rowOfChecked = (t: Target) => {
    const i = rowIndex.get(rowOf(t));
    // a mark without a row would silently go missing from the wide layout
    if (i === undefined) throw new Error(`buildTimeline: rowOf(${t.id}) is ${rowOf(t)}, which is not one of the rows given`);
    return i;
  };
  const items: Item[] = filterTargets(allTargets, options.filters ?? {}, { rowOf, leadByMeasure: options.leadByMeasure })
    .map((t) => ({ t, span: spanOf(t), policyIndex: policyIndex.get(t.policy) ?? 0, policy: policyById.get(t.policy), rowIndex: rowOfChecked(t) }))
    .filter((d) => d.span === null || (d.span[1] >= from && d.span[0] <= to));
  const layout = options.layout === 'wide' || options.layout === 'narrow' ? options.layout : width < NARROW_BELOW ? 'narrow' : 'wide';
  return layout === 'wide' ? wideLayout(items, from, to, options) : narrowLayout(items, from, to, options);
}

function markFor(d: Item, options: TimelineOptions, geometry: Pick<Mark, 'kind' | 'x1' | 'x2' | 'y' | 'box'>, text: ChartText | null): Mark {
  return {
    id: d.t.id,
    policyIndex: d.policyIndex,
    row: options.rowOf(d.t),
    ...geometry,
    // The accessible name contains the label the mark shows (Label in Name).
    label: nameWithLabel(text ? visibleText(text) : '', options.format.description(d.t, d.policy, d.span), options.format.list ?? '; '),
    text,
    url: options.href(d.t),
    year: d.t.year,
    perYear: d.t.perYear,
  };
}

/** Rows of themes across a year axis; each mark takes the first lane where it and its label are clear of everything placed. */
function wideLayout(items: Item[], from: number, to: number, options: TimelineOptions): TimelineModel {
  const { width, format } = options;
  const maxLanes = options.maxLanes ?? Infinity;
  const occupancy = new Occupancy({ x: 0, y: 0, width, height: 1e7 });
  const texts: ChartText[] = [];
  const place = (t: ChartText) => {
    if (!occupancy.free(t.box, t.owner)) return false;
    occupancy.add(t.box, t.owner);
    texts.push(t);
    return true;
  };

  const hasUndated = items.some((d) => d.span === null);
  const undatedWidth = hasUndated ? Math.max(64, textWidth(format.undated, { size: LABEL_SIZE }) + 12) : 0;
  const plotRight = width - PAD - undatedWidth;
  const x = linearScale([from - 0.5, to + 0.5], [PAD + 8, plotRight - 8]);
  const undatedX = hasUndated ? plotRight + undatedWidth / 2 : null;
  const yearPx = x(from + 1) - x(from);
  const step = [1, 2, 5, 10, 20].find((s) => s * yearPx >= textWidth('0000', { size: LABEL_SIZE }) + 8) ?? 50;
  const grid: TimelineModel['grid'] = [];
  for (let yr = from; yr <= to; yr++) if ((yr - from) % step === 0) grid.push({ x: x(yr), year: yr });

  // The year axis on top, where a tall chart is read first.
  const axisY = 22;
  for (const g of grid) place(makeText({ owner: `axis-${g.year}`, kind: 'tick', x: g.x, y: 15, anchor: 'middle', size: LABEL_SIZE, lineHeight: 0, lines: [[{ text: String(g.year) }]] }));
  if (undatedX !== null) place(makeText({ owner: 'axis-undated', kind: 'tick', x: undatedX, y: 15, anchor: 'middle', size: LABEL_SIZE, lineHeight: 0, lines: [[{ text: truncateText(format.undated, undatedWidth - 4, { size: LABEL_SIZE }) }]] }));

  const maxLabel = Math.max(120, Math.min(340, (plotRight - PAD) * 0.45));
  const rows: TimelineModel['rows'] = [];
  const rules: number[] = [];
  const marks: Mark[] = [];
  let y = axisY + 6;
  for (const [ri, row] of options.rows.entries()) {
    const inRow = items
      .filter((d) => d.rowIndex === ri)
      .sort((a, b) => (a.span?.[0] ?? Infinity) - (b.span?.[0] ?? Infinity) || (a.span?.[1] ?? Infinity) - (b.span?.[1] ?? Infinity) || a.policyIndex - b.policyIndex || a.t.id.localeCompare(b.t.id));
    if (!inRow.length) continue;
    const top = y;
    rules.push(top);
    const laneTop = top + HEADER;
    let lanes = 0;
    let more = 0;
    for (const d of inRow) {
      const bar = d.span !== null && d.span[1] > d.span[0];
      const x1 = d.span ? x(Math.max(d.span[0], from)) : undatedX!;
      const x2 = d.span ? x(Math.min(d.span[1], to)) : undatedX!;
      const markAt = (lane: number) => {
        const my = laneTop + LANE / 2 + lane * LANE;
        return { my, box: bar ? { x: x1 - 7, y: my - 7, width: x2 - x1 + 14, height: 14 } : { x: x1 - 6, y: my - 6, width: x2 - x1 + 12, height: 12 } };
      };
      const labelAt = (lane: number, tier: { runs: TextRun[]; width: number }, side: 'right' | 'left' | 'inside') => {
        const { my, box } = markAt(lane);
        const x = side === 'right' ? box.x + box.width + 3 : side === 'left' ? box.x - 3 : x1 + 2;
        return makeText({ owner: d.t.id, kind: side === 'inside' ? 'bar-label' : 'label', x, y: my + 4, anchor: side === 'left' ? 'end' : 'start', size: LABEL_SIZE, lineHeight: 0, lines: [tier.runs] }, tier.width);
      };
      // A bar's label may also go on the bar, where it is long enough.
      const sides = bar ? (['right', 'left', 'inside'] as const) : (['right', 'left'] as const);
      // The label at decreasing lengths: the indicator shortened to fit, never the value.
      const value = format.value(d.t);
      const fixed = textWidth(format.separator, { size: LABEL_SIZE }) + textWidth(value, { size: LABEL_SIZE, bold: true });
      const tiers = [maxLabel, maxLabel * 0.55]
        .map((w) => w - fixed)
        .filter((w) => w >= 36)
        .map((w) => {
          const runs = [{ text: truncateText(format.indicator(d.t), w, { size: LABEL_SIZE }) + format.separator }, { text: value, bold: true }];
          return { runs, width: runsWidth(runs, LABEL_SIZE) };
        });
      let placed: { lane: number; text: ChartText } | null = null;
      search: for (const tier of tiers)
        for (let lane = 0; lane <= Math.min(lanes, maxLanes - 1); lane++) {
          const mark = markAt(lane).box;
          if (!occupancy.free(mark, d.t.id)) continue;
          for (const side of sides) {
            const text = labelAt(lane, tier, side);
            if (side === 'inside' && text.box.x + text.box.width > x2 + 2) continue;
            if (occupancy.free(text.box, d.t.id)) {
              placed = { lane, text };
              break search;
            }
          }
        }
      let lane = placed?.lane ?? 0;
      if (!placed) {
        // No room for a label: the mark alone, in the first lane where it is clear (one of the
        // row's first inRow.length + 1 lanes is, as each mark before it holds one lane).
        while (!occupancy.free(markAt(lane).box, d.t.id) && lane <= inRow.length) lane++;
        more++;
      }
      const { my, box } = markAt(lane);
      occupancy.add(box, d.t.id);
      if (placed) occupancy.add(placed.text.box, d.t.id);
      lanes = Math.max(lanes, lane + 1);
      marks.push(markFor(d, options, { kind: bar ? 'bar' : 'dot', x1, x2, y: my, box }, placed?.text ?? null));
    }
    const height = HEADER + lanes * LANE + 6;
    // The row's heading, “+N more” after it, and the years again along the heading, where they are clear.
    const heading = makeText({ owner: `row-${row.id}`, kind: 'row', x: PAD, y: top + 16, anchor: 'start', size: 12, lineHeight: 0, lines: [[{ text: truncateText(row.label, width - 2 * PAD, { size: 12, bold: true }), bold: true }]] });
    place(heading);
    if (more > 0) {
      const label = format.more(more);
      const at = heading.box.x + heading.box.width + 8;
      const moreText = makeText({ owner: `more-${row.id}`, kind: 'more', x: at, y: top + 16, anchor: 'start', size: LABEL_SIZE, lineHeight: 0, lines: [[{ text: label }]], href: options.moreHref ?? undefined });
      // On a chart too narrow for it after the heading, it goes at the heading's end instead (the heading is shortened).
      if (!place(moreText)) {
        texts.splice(texts.indexOf(heading), 1);
        const moreWidth = textWidth(label, { size: LABEL_SIZE });
        const short = makeText({ ...heading, lines: [[{ text: truncateText(row.label, width - 2 * PAD - moreWidth - 8, { size: 12, bold: true }), bold: true }]] });
        const moved = makeText({ ...moreText, x: short.box.x + short.box.width + 8 });
        for (const t of [short, moved]) {
          occupancy.add(t.box, t.owner);
          texts.push(t);
        }
      }
    }
    for (const g of grid) place(makeText({ owner: `row-${row.id}-${g.year}`, kind: 'row-tick', x: g.x, y: top + 16, anchor: 'middle', size: 10, lineHeight: 0, lines: [[{ text: String(g.year) }]] }));
    rows.push({ id: row.id, label: row.label, y: top, height, more });
    y = top + height;
  }
  return { layout: 'wide', width, height: y + 4, from, to, x, axis: { y: axisY, x1: x.range[0], x2: x.range[1] }, grid, rules, rows, undatedX, marks, texts };
}

/** A vertical list by year (phones): a heading per year, then each target with its symbol, what it counts and its target. */
function narrowLayout(items: Item[], from: number, to: number, options: TimelineOptions): TimelineModel {
  const { width, format } = options;
  const SYMBOL_X = 11;
  const TEXT_X = 24;
  const maxWidth = width - TEXT_X - PAD;
  const style = { size: 12 };
  const strong = { size: 12, bold: true };
  const key = (d: Item) => (d.span ? `${d.span[0]}-${d.span[1]}` : 'none');
  const groups = [...new Set(items.map(key))]
    .map((k) => items.filter((d) => key(d) === k))
    .sort((a, b) => (a[0]!.span?.[0] ?? Infinity) - (b[0]!.span?.[0] ?? Infinity) || (a[0]!.span?.[1] ?? Infinity) - (b[0]!.span?.[1] ?? Infinity));
  const texts: ChartText[] = [];
  const marks: Mark[] = [];
  const rules: number[] = [];
  let y = PAD;
  for (const group of groups) {
    const span = group[0]!.span;
    rules.push(y);
    texts.push(makeText({ owner: `group-${key(group[0]!)}`, kind: 'group', x: PAD, y: y + 17, anchor: 'start', size: 13, lineHeight: 16, lines: wrapText(format.group(span), width - 2 * PAD, { size: 13, bold: true }, 2).map((l) => [{ text: l, bold: true }]) }));
    y += 10 + 16 * texts.at(-1)!.lines.length;
    group.sort((a, b) => a.rowIndex - b.rowIndex || a.policyIndex - b.policyIndex || a.t.id.localeCompare(b.t.id));
    for (const d of group) {
      const indicator = wrapText(format.indicator(d.t), maxWidth, style, 3);
      const target = format.target(d.t);
      const last = indicator.at(-1) ?? '';
      let lines: TextRun[][];
      if (textWidth(last + format.separator, style) + textWidth(target, strong) <= maxWidth) {
        lines = [...indicator.slice(0, -1).map((l) => [{ text: l }]), [{ text: last + format.separator }, { text: target, bold: true }]];
      } else {
        lines = [...indicator.map((l) => [{ text: l }]), ...wrapText(target, maxWidth, strong, 2).map((l) => [{ text: l, bold: true }])];
      }
      const text = makeText({ owner: d.t.id, kind: 'label', x: TEXT_X, y: y + 13, anchor: 'start', size: 12, lineHeight: 15, lines });
      const cy = y + 9;
      marks.push(markFor(d, options, { kind: 'dot', x1: SYMBOL_X, x2: SYMBOL_X, y: cy, box: { x: SYMBOL_X - 6, y: cy - 6, width: 12, height: 12 } }, text));
      y += lines.length * 15 + 6;
    }
    y += 6;
  }
  return { layout: 'narrow', width, height: y, from, to, x: null, axis: null, grid: [], rules, rows: [], undatedX: null, marks, texts };
}

/** Options of the SVG: `titles` adds the browser's own hover text (for charts without the tooltip script). */
export interface RenderOptions {
  title: string;
  titles?: boolean;
}

/**
 * The SVG of a timeline. Marks are links (keyboard-focusable) named for screen readers, with
 * their label inside (so the label is a link too, and its text is hidden from screen readers,
 * which read the name).
 */
export function renderTimelineSvg(m: TimelineModel, { title, titles = true }: RenderOptions): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="timeline timeline-${m.layout}" viewBox="0 0 ${n(m.width)} ${n(m.height)}" width="${n(m.width)}" height="${n(m.height)}" role="group" aria-label="${escapeXml(title)}"><title>${escapeXml(title)}</title>${timelineBody(m, { titles })}</svg>`;
}

/** The inside of the timeline's SVG (also framed for downloads). */
export function timelineBody(m: TimelineModel, { titles = true } = {}): string {
  const e = escapeXml;
  const parts: string[] = [];
  for (const y of m.rules) parts.push(`<line class="rule" x1="0" x2="${n(m.width)}" y1="${n(y)}" y2="${n(y)}"/>`);
  if (m.axis) {
    for (const g of m.grid) parts.push(`<line class="grid" x1="${n(g.x)}" x2="${n(g.x)}" y1="${n(m.axis.y)}" y2="${n(m.height)}"/>`);
    parts.push(`<line class="axis" x1="${n(m.axis.x1)}" x2="${n(m.axis.x2)}" y1="${n(m.axis.y)}" y2="${n(m.axis.y)}"/>`);
  }
  for (const t of m.texts) {
    const text = renderText(t, t.kind);
    parts.push(t.href ? `<a class="more-link" href="${e(t.href)}">${text}</a>` : text);
  }
  for (const mk of m.marks) {
    const shape =
      mk.kind === 'bar'
        ? `<rect class="mark-shape" x="${n(mk.x1 - 7)}" y="${n(mk.y - 7)}" width="${n(mk.x2 - mk.x1 + 14)}" height="14" rx="7"/>`
        : `<path class="mark-shape" d="${symbolPath(mk.policyIndex, mk.x1, mk.y, 5)}"/>`;
    const text = mk.text ? renderText(mk.text, mk.text.kind, { hidden: true }) : '';
    parts.push(`<a class="mark policy-${policySlot(mk.policyIndex)}" href="${e(mk.url)}" data-target-id="${e(mk.id)}" aria-label="${e(mk.label)}">${titles ? `<title>${e(mk.label)}</title>` : ''}${shape}${text}</a>`);
  }
  return parts.join('');
}
