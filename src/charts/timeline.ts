/**
 * The target timeline as a pure function of data and options (Observable Plot
 * style): targets → rows, marks, value labels that do not collide, axis ticks,
 * and an SVG string. The DOM wiring (tooltips, keyboard, filters, brush) is a thin
 * layer in src/scripts/timeline.ts; pages render the same SVG server-side.
 */
import { scaleLinear } from 'd3-scale';
import type { Policy, Target } from '../data/schemas.ts';
import { formatTarget, formatTargetValue } from '../i18n/format.ts';
import type { Lang } from '../i18n/ui.ts';

/** Rows of the timeline: themes, matched on what a target counts; first match wins. */
export const ROWS: { id: string; label: { zh: string; en: string }; pattern: RegExp }[] = [
  { id: 'maker-spaces', label: { zh: '众创空间', en: 'Maker spaces' }, pattern: /众创空间/ },
  { id: 'incubators', label: { zh: '孵化器和孵化载体', en: 'Incubators' }, pattern: /孵化/ },
  { id: 'little-giants', label: { zh: '“小巨人”企业', en: '"Little giants"' }, pattern: /小巨人/ },
  { id: 'enterprises', label: { zh: '科技型和高新技术企业', en: 'Tech-based and high-tech enterprises' }, pattern: /科技型企业|高新技术企业|科技企业|单项冠军|上市企业|挂牌|储备/ },
  { id: 'rd', label: { zh: '研发投入和创新产出', en: 'R&D spending and output' }, pattern: /研发|R&D|经费|专利|技术进步|股权化率|产值|增加值|贡献/ },
  { id: 'finance', label: { zh: '资金、基金和交易', en: 'Funds, loans and transactions' }, pattern: /基金|贷款|融资|投资|交易|合同|资金|撬动/ },
  { id: 'platforms', label: { zh: '平台、机构和园区', en: 'Platforms, institutions and parks' }, pattern: /平台|中心|研究院|实验室|基地|园区|机构|创新型县|团队|项目|专项|技术|产品/ },
  { id: 'other', label: { zh: '其他', en: 'Other' }, pattern: /./ },
];

/** The row a target belongs to ('other' when no theme matches, an empty indicator included). */
export function rowOf(t: Pick<Target, 'indicator'>): string {
  return ROWS.find((r) => r.pattern.test(t.indicator.zh))?.id ?? 'other';
}

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

export interface TimelineOptions {
  lang: Lang;
  width: number;
  from?: number;
  to?: number;
  filters?: TimelineFilters;
  /** Lead units of each measure (for the unit filter). */
  leadByMeasure?: Map<string, string[]>;
  /** Show the row labels and value labels (off for small embedded charts). */
  compact?: boolean;
}

export interface Mark {
  id: string;
  policyIndex: number;
  row: string;
  x1: number;
  x2: number;
  y: number;
  /** Accessible label: indicator, comparator and value, year, scope, policy. */
  label: string;
  valueText: string;
  /** Placed value label (null when there was no room, e.g. compact). */
  text: { x: number; y: number; value: string } | null;
  url: string;
  year: number | null;
  perYear: boolean;
}

export interface TimelineModel {
  width: number;
  height: number;
  from: number;
  to: number;
  margin: { left: number; top: number; right: number; bottom: number };
  ticks: { x: number; year: number }[];
  rows: { id: string; label: string; y: number; height: number }[];
  /** Marks without a year (shown in a column after the axis). */
  undatedX: number | null;
  marks: Mark[];
  lang: Lang;
}

/** Approximate text width in px at the chart's label size (CJK characters are wider). */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? 11 : 6.2;
  return w;
}

/** Targets kept by the filters. */
export function filterTargets(targets: Target[], filters: TimelineFilters, leadByMeasure?: Map<string, string[]>): Target[] {
  return targets.filter(
    (t) =>
      (!filters.policy || t.policy === filters.policy) &&
      (!filters.row || rowOf(t) === filters.row) &&
      (!filters.unit || ((t.measure && leadByMeasure?.get(t.measure)) || []).includes(filters.unit)),
  );
}

/** Lays out the timeline of some targets. */
export function buildTimeline(allTargets: Target[], policies: Policy[], options: TimelineOptions): TimelineModel {
  const { lang, width, compact = false } = options;
  const targets = filterTargets(allTargets, options.filters ?? {}, options.leadByMeasure);
  const policyIndex = new Map(policies.map((p, i) => [p.id, i]));
  const yearsOf = (policyId: string) => allTargets.filter((t) => t.policy === policyId && t.year !== null).map((t) => t.year!);
  const spans = new Map(targets.map((t) => [t.id, yearSpan(t, policies[policyIndex.get(t.policy)!], yearsOf(t.policy))]));
  const allYears = [...allTargets.map((t) => t.year).filter((y): y is number => y !== null), ...policies.flatMap((p) => [p.period.start, p.period.end]).filter((y): y is number => y !== null)];
  const from = options.from ?? Math.min(2015, ...allYears);
  const to = Math.max(options.to ?? Math.max(...allYears), from + 1);
  const hasUndated = targets.some((t) => spans.get(t.id) === null);
  const margin = { left: compact ? 8 : 190, top: 8, right: hasUndated ? 90 : 24, bottom: 28 };
  const x = scaleLinear().domain([from - 0.5, to + 0.5]).range([margin.left, width - margin.right]);
  const undatedX = hasUndated ? width - margin.right + 45 : null;

  const usedRows = ROWS.filter((r) => targets.some((t) => rowOf(t) === r.id));
  const rows: TimelineModel['rows'] = [];
  const marks: Mark[] = [];
  let y = margin.top;
  const laneHeight = 18;
  for (const row of usedRows) {
    const inRow = targets
      .filter((t) => rowOf(t) === row.id)
      .map((t) => ({ t, span: spans.get(t.id) ?? null }))
      .filter((d) => d.span === null || (d.span[1] >= from && d.span[0] <= to))
      .sort((a, b) => (a.span?.[0] ?? 9999) - (b.span?.[0] ?? 9999) || (a.span?.[1] ?? 9999) - (b.span?.[1] ?? 9999) || a.t.id.localeCompare(b.t.id));
    // Lanes: each mark (and its value label) takes the first lane where it does not collide.
    const laneEnds: number[] = [];
    const placed = inRow.map(({ t, span }) => {
      const x1 = span ? x(Math.max(span[0], from)) : undatedX!;
      const x2 = span ? x(Math.min(span[1], to)) : undatedX!;
      const value = formatTargetValue(t.value, t.valueMax, t.unit.zh, lang);
      const textW = compact ? 0 : textWidth(value) + 10;
      const start = x1 - 5;
      const end = Math.max(x2 + 5, x1 + textW);
      let lane = laneEnds.findIndex((e) => e <= start);
      if (lane < 0) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = end;
      return { t, span, x1, x2, lane, value };
    });
    const lanes = Math.max(1, laneEnds.length);
    const height = lanes * laneHeight + 10;
    for (const p of placed) {
      const my = y + 10 + p.lane * laneHeight + laneHeight / 2 - 4;
      const policy = policies[policyIndex.get(p.t.policy)!];
      const yearText = p.t.year !== null ? String(p.t.year) : p.t.perYear ? (lang === 'en' ? 'every year' : '每年') : lang === 'en' ? 'no year given' : '未载明年份';
      const indicator = (lang === 'en' ? p.t.indicator.en : null) ?? p.t.indicator.zh;
      const scope = p.t.scope ? ((lang === 'en' ? p.t.scope.en : null) ?? p.t.scope.zh) : null;
      const policyTitle = policy ? ((lang === 'en' ? policy.title.en : null) ?? policy.title.zh) : p.t.policy;
      marks.push({
        id: p.t.id,
        policyIndex: policyIndex.get(p.t.policy) ?? 0,
        row: row.id,
        x1: p.x1,
        x2: p.x2,
        y: my,
        label: [indicator + (scope ? ` (${scope})` : ''), formatTarget(p.t.comparator, p.t.value, p.t.valueMax, p.t.unit.zh, lang), yearText, policyTitle].join(lang === 'en' ? '; ' : '；'),
        valueText: p.value,
        text: compact ? null : { x: p.x1 + 7, y: my + 4, value: p.value },
        url: lang === 'en' ? `/en${p.t.url.zh}` : p.t.url.zh,
        year: p.t.year,
        perYear: p.t.perYear,
      });
    }
    rows.push({ id: row.id, label: row.label[lang], y, height });
    y += height;
  }
  const ticks: TimelineModel['ticks'] = [];
  const step = to - from > 12 ? 2 : 1;
  for (let yr = from; yr <= to; yr += step) ticks.push({ x: x(yr), year: yr });
  return { width, height: y + margin.bottom, from, to, margin, ticks, rows, undatedX, marks, lang };
}

/** Escapes text for XML (document text never becomes markup). */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * The SVG of a timeline. Marks are links (keyboard-focusable) labelled for screen readers;
 * `titles` adds the browser's own hover text (for static charts, which have no tooltip script).
 */
export function renderTimelineSvg(m: TimelineModel, title: string, { titles = true } = {}): string {
  const e = escapeXml;
  const axisY = m.height - m.margin.bottom;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 ${m.width} ${m.height}" width="${m.width}" height="${m.height}" role="group" aria-label="${e(title)}">`);
  parts.push(`<title>${e(title)}</title>`);
  for (const [i, r] of m.rows.entries()) {
    if (i % 2 === 0) parts.push(`<rect class="row-band" x="0" y="${r.y}" width="${m.width}" height="${r.height}"/>`);
    if (m.margin.left > 20) parts.push(`<text class="row-label" x="6" y="${r.y + 18}">${e(r.label)}</text>`);
  }
  for (const t of m.ticks) parts.push(`<line class="grid" x1="${t.x}" x2="${t.x}" y1="${m.margin.top}" y2="${axisY}"/><text class="tick" x="${t.x}" y="${axisY + 16}" text-anchor="middle">${t.year}</text>`);
  if (m.undatedX !== null) parts.push(`<text class="tick" x="${m.undatedX}" y="${axisY + 16}" text-anchor="middle">${m.lang === 'en' ? 'no year' : '未载明'}</text>`);
  for (const mk of m.marks) {
    const shape =
      mk.x2 > mk.x1
        ? `<rect class="mark-shape" x="${mk.x1 - 5}" y="${mk.y - 5}" width="${mk.x2 - mk.x1 + 10}" height="10" rx="5"/>`
        : `<circle class="mark-shape" cx="${mk.x1}" cy="${mk.y}" r="5.5"/>`;
    const text = mk.text ? `<text class="value" x="${mk.text.x}" y="${mk.text.y}" aria-hidden="true">${e(mk.text.value)}</text>` : '';
    parts.push(`<a class="mark policy-${mk.policyIndex}" href="${e(mk.url)}" data-target-id="${e(mk.id)}" aria-label="${e(mk.label)}">${titles ? `<title>${e(mk.label)}</title>` : ''}${shape}${text}</a>`);
  }
  parts.push(`<line class="axis" x1="${m.margin.left}" x2="${m.width - m.margin.right}" y1="${axisY}" y2="${axisY}"/>`);
  parts.push('</svg>');
  return parts.join('');
}
