/**
 * Series across plans: the same indicator from different policies, linked in time
 * (e.g. tech-based enterprises: 5,000 by 2017 → 45,000 / 67,000 by 2025 → 86,000 by 2027),
 * with the baseline a document implies where it gives one (a doubling “在2022年的基础上”
 * implies half the target in 2022), marked as derived.
 */
import { scaleLinear } from 'd3-scale';
import type { Target } from '../data/schemas.ts';
import { formatTargetValue } from '../i18n/format.ts';
import { splitUnit } from '../lib/measure-units.ts';
import type { Lang } from '../i18n/ui.ts';
import { escapeXml } from './timeline.ts';

export interface SeriesDef {
  id: string;
  label: { zh: string; en: string };
  /** Which targets belong: what they count, and that they count a total (not new additions, not one area). */
  match: (t: Target) => boolean;
}

const citywide = (t: Target) => t.scope === null || t.scope.zh === '各区县';
const total = (t: Target) => !/新建|新增|改造|每年|支持|遴选|骨干/.test(t.indicator.zh) && !t.perYear && t.year !== null;

export const SERIES: SeriesDef[] = [
  { id: 'tech-based', label: { zh: '科技型企业', en: 'Tech-based enterprises' }, match: (t) => /科技型企业/.test(t.indicator.zh) && !/小巨人|孵化/.test(t.indicator.zh) && citywide(t) && total(t) },
  { id: 'high-tech', label: { zh: '高新技术企业', en: 'High-tech enterprises' }, match: (t) => /高新技术企业/.test(t.indicator.zh) && citywide(t) && total(t) },
  { id: 'maker-spaces', label: { zh: '众创空间', en: 'Maker spaces' }, match: (t) => /众创空间/.test(t.indicator.zh) && !/品牌|高校/.test(t.indicator.zh) && t.scope === null && total(t) },
  { id: 'little-giants', label: { zh: '“小巨人”企业', en: '"Little giant" enterprises' }, match: (t) => /小巨人/.test(t.indicator.zh) && total(t) },
  { id: 'technology-contracts', label: { zh: '技术合同成交额', en: 'Technology contract turnover' }, match: (t) => /技术(交易)?合同/.test(t.indicator.zh) && total(t) },
];


/** A target value in its base unit (1.28万家 → 12800). */
export function baseValue(value: number, unitZh: string): { value: number; unit: string } {
  const { factor, base } = splitUnit(unitZh);
  return { value: value * factor, unit: base };
}

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

/** The baseline a doubling target implies (在2022年的基础上实现“双倍增” → half the target in 2022), or null. */
export function impliedBaseline(t: Target): { year: number; value: number } | null {
  const m = t.quote.match(/在(\d{4})年的基础上[^。]*?(双倍增|翻一番|翻番|倍增)/);
  if (!m) return null;
  return { year: Number(m[1]), value: baseValue(t.value, t.unit.zh).value / 2 };
}

/** The points of each series with at least two distinct years. */
export function buildSeries(targets: Target[], defs: SeriesDef[] = SERIES): { def: SeriesDef; points: SeriesPoint[] }[] {
  return defs
    .map((def) => {
      const points: SeriesPoint[] = [];
      for (const t of targets.filter(def.match)) {
        const base = baseValue(t.value, t.unit.zh);
        points.push({ year: t.year!, value: base.value, unit: base.unit, target: t.id, policy: t.policy, derived: false, comparator: t.comparator });
        const implied = impliedBaseline(t);
        if (implied) points.push({ ...implied, unit: base.unit, target: t.id, policy: t.policy, derived: true, comparator: '=' });
      }
      points.sort((a, b) => a.year - b.year || a.value - b.value);
      return { def, points };
    })
    .filter((s) => new Set(s.points.map((p) => p.year)).size >= 2);
}

/** A small chart of one series: points in time order, derived baselines hollow and labelled. */
export function renderSeriesSvg(series: { def: SeriesDef; points: SeriesPoint[] }, lang: Lang, policyIndex: Map<string, number>, width = 320, height = 180): string {
  const e = escapeXml;
  const m = { left: 12, right: 12, top: 26, bottom: 24 };
  const years = series.points.map((p) => p.year);
  const x = scaleLinear().domain([Math.min(...years) - 0.5, Math.max(...years) + 0.5]).range([m.left, width - m.right]);
  const y = scaleLinear().domain([0, Math.max(...series.points.map((p) => p.value)) * 1.15]).range([height - m.bottom, m.top]);
  const title = series.def.label[lang];
  const fmt = (p: SeriesPoint) => formatTargetValue(p.value, null, p.unit, lang);
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" class="series" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${e(title)}: ${e(series.points.map((p) => `${p.year} ${fmt(p)}${p.derived ? (lang === 'en' ? ' (derived)' : '（推算）') : ''}`).join(', '))}">`];
  parts.push(`<text class="series-title" x="${m.left}" y="16">${e(title)}</text>`);
  const real = series.points.filter((p) => !p.derived);
  parts.push(`<polyline class="series-line" points="${real.map((p) => `${x(p.year)},${y(p.value)}`).join(' ')}"/>`);
  for (const p of series.points.filter((q) => q.derived)) {
    const next = series.points.find((q) => q.target === p.target && !q.derived)!;
    parts.push(`<line class="series-derived" x1="${x(p.year)}" y1="${y(p.value)}" x2="${x(next.year)}" y2="${y(next.value)}"/>`);
  }
  for (const [i, p] of series.points.entries()) {
    const cls = p.derived ? 'series-point derived' : `series-point policy-${policyIndex.get(p.policy) ?? 0}`;
    const label = `${fmt(p)}${p.derived ? (lang === 'en' ? ' derived' : ' 推算') : ''}`;
    const above = i % 2 === 0;
    parts.push(`<g data-series-point="${e(p.target)}"${p.derived ? ' data-derived="true"' : ''}><circle class="${cls}" cx="${x(p.year)}" cy="${y(p.value)}" r="4.5"/><text class="series-value" x="${x(p.year)}" y="${y(p.value) + (above ? -9 : 16)}" text-anchor="middle">${e(label)}</text></g>`);
  }
  for (const yr of [...new Set(years)]) parts.push(`<text class="tick" x="${x(yr)}" y="${height - 6}" text-anchor="middle">${yr}</text>`);
  parts.push('</svg>');
  return parts.join('');
}
