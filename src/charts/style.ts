/**
 * The charts' stylesheet as a string: inlined in pages (so that the server-rendered SVG is styled
 * without JavaScript) and embedded in downloaded SVG and PNG files (light colours only there).
 * Policy colours pass 3:1 contrast against the background in light and dark mode.
 */
import { PALETTE_SIZE, WIDE_WIDTH } from './constants.ts';

/** Policy colours, in policy order: light mode and dark mode. */
export const PALETTE = {
  light: ['#1d4ed8', '#b45309', '#047857', '#7e22ce', '#be123c'],
  dark: ['#93c5fd', '#fcd34d', '#6ee7b7', '#d8b4fe', '#fda4af'],
};
if (PALETTE.light.length !== PALETTE_SIZE || PALETTE.dark.length !== PALETTE_SIZE) throw new Error('PALETTE and PALETTE_SIZE disagree');

const FONT = 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

function colours(c: { onBar: string; text: string; muted: string; faint: string; grid: string; rule: string; axis: string; bg: string; derivedFill: string; derivedStroke: string; palette: string[] }): string {
  return [
    `svg.timeline, svg.series, .chart-legend { color: ${c.text}; }`,
    `.timeline .frame-bg { fill: ${c.bg}; }`,
    `.timeline .tick, .series .tick, .timeline .frame-source { fill: ${c.muted}; }`,
    `.timeline .row-tick { fill: ${c.faint}; }`,
    `.timeline .row, .timeline .group, .timeline .label, .timeline .more, .timeline .frame-title, .timeline .legend-label, .series .title, .series .value, .series .more { fill: ${c.text}; }`,
    `.timeline .label, .timeline .tick, .timeline .row-tick, .timeline .row, .series .value { stroke: ${c.bg}; }`,
    `.timeline .grid, .series .grid { stroke: ${c.grid}; }`,
    `.timeline .rule { stroke: ${c.rule}; }`,
    `.timeline .bar-label { fill: ${c.onBar}; }`,
    `.timeline .axis { stroke: ${c.axis}; }`,
    `.series .series-line, .series .series-derived { stroke: ${c.axis}; }`,
    `.series .series-point.derived .mark-shape { fill: ${c.derivedFill}; stroke: ${c.derivedStroke}; }`,
    ...c.palette.map((colour, i) => `.policy-${i} .mark-shape, .policy-${i}.legend-symbol { fill: ${colour}; }`),
  ].join('\n');
}

const LIGHT = { onBar: '#ffffff', text: '#111827', muted: '#374151', faint: '#6b7280', grid: '#e5e7eb', rule: '#d1d5db', axis: '#6b7280', bg: '#ffffff', derivedFill: '#ffffff', derivedStroke: '#374151', palette: PALETTE.light };
const DARK = { onBar: '#030712', text: '#f9fafb', muted: '#d1d5db', faint: '#9ca3af', grid: '#374151', rule: '#4b5563', axis: '#9ca3af', bg: '#030712', derivedFill: '#030712', derivedStroke: '#d1d5db', palette: PALETTE.dark };

/**
 * The stylesheet. `page`: also dark mode (following the reader's setting) and the switch between
 * the two server-rendered layouts, by the width of the chart's container (without JavaScript there
 * is no other way to know it); a download gets neither.
 */
export function chartCss({ page }: { page: boolean }): string {
  const base = [
    `svg.timeline, svg.series { font: 11px ${FONT}; }`,
    // a halo in the background colour keeps labels legible where they cross grid lines
    '.timeline .label, .timeline .tick, .timeline .row-tick, .timeline .row, .series .value { paint-order: stroke; stroke-width: 3px; stroke-linejoin: round; }',
    '.timeline .strong, .series .title, .timeline .row, .timeline .group, .timeline .frame-title { font-weight: 700; }',
    '.timeline .strong { font-weight: 700; }',
    '.timeline .grid, .series .grid { stroke-width: 1; }',
    '.series .series-line { fill: none; stroke-width: 1.5; }',
    '.series .series-derived { stroke-width: 1.5; stroke-dasharray: 4 3; }',
    '.series .series-point.derived .mark-shape { stroke-width: 1.5; }',
    'svg.timeline a.mark, svg.series a.mark { text-decoration: none; }',
    '.timeline a.more-link .more { text-decoration: underline; }',
    colours(LIGHT),
  ];
  if (!page) return base.join('\n');
  return [
    ...base,
    'svg.timeline, svg.series { max-width: 100%; height: auto; }',
    '.timeline a.mark:focus, .series a.mark:focus { outline: none; }',
    '.timeline a.mark:focus .mark-shape, .timeline a.mark:hover .mark-shape, .series a.mark:focus .mark-shape, .series a.mark:hover .mark-shape { stroke: #f59e0b; stroke-width: 3; }',
    '.timeline a.mark:focus .label, .timeline a.mark:hover .label, .series a.mark:focus .value { text-decoration: underline; }',
    '.chart-legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; list-style: none; padding: 0; margin: 0 0 0.5rem; font-size: 0.875rem; }',
    '.chart-legend li { display: flex; gap: 0.4rem; align-items: baseline; }',
    '.chart-legend svg { flex: none; position: relative; top: 1px; }',
    // Without JavaScript both layouts are in the page and the container's width picks one: the wide
    // one where it fits at full size (scaled down, its labels would shrink below legibility).
    '.chart-layouts { container-type: inline-size; }',
    `.chart-layouts > .layout-narrow { display: none; }`,
    `@container (max-width: ${WIDE_WIDTH - 1}px) { .chart-layouts > .layout-wide { display: none; } .chart-layouts > .layout-narrow { display: block; } }`,
    `@media (prefers-color-scheme: dark) {\n${colours(DARK)}\n}`,
  ].join('\n');
}
