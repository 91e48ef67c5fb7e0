/**
 * Interaction for the targets timeline: filters and zoom (year range and a brush on
 * the chart) kept in the URL, tooltips on hover and keyboard focus, arrow-key
 * navigation between marks, and downloads of the current view (CSV, SVG, PNG).
 * Layout and SVG come from the pure functions in src/charts/.
 */
import { brushX, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { scaleLinear } from 'd3-scale';
import type { Policy, Target } from '../data/schemas.ts';
import { parseChartState, serializeChartState, type ChartState } from '../charts/state.ts';
import { buildTimeline, filterTargets, renderTimelineSvg, ROWS, type TimelineModel } from '../charts/timeline.ts';
import { csvCell } from '../utils/csv.ts';
import { formatTarget } from '../i18n/format.ts';

interface ChartData {
  lang: 'zh' | 'en';
  title: string;
  targets: Target[];
  policies: Policy[];
  leadByMeasure: [string, string[]][];
  units: string[];
  text: Record<string, string>;
}

const root = document.querySelector<HTMLElement>('[data-timeline]')!;
const data = JSON.parse(document.getElementById('timeline-data')!.textContent!) as ChartData;
const { lang, text } = data;
const leadByMeasure = new Map(data.leadByMeasure);
const chart = root.querySelector<HTMLElement>('[data-chart]')!;
const tip = root.querySelector<HTMLElement>('[role="tooltip"]')!;
const controls = root.querySelector<HTMLFormElement>('[data-controls]')!;
const field = (name: string) => controls.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
const allYears = data.targets.map((t) => t.year).filter((y): y is number => y !== null);
const known = { policies: data.policies.map((p) => p.id), rows: ROWS.map((r) => r.id), units: data.units, years: [2015, Math.max(...allYears)] as [number, number] };

let state: ChartState = parseChartState(location.search, known);
let model: TimelineModel;
const WIDTH = 960;

function render() {
  history.replaceState(null, '', location.pathname + serializeChartState(state));
  for (const name of ['policy', 'row', 'unit', 'from', 'to'] as const) field(name).value = state[name] === null ? '' : String(state[name]);
  model = buildTimeline(data.targets, data.policies, {
    lang,
    width: WIDTH,
    from: state.from ?? undefined,
    to: state.to ?? undefined,
    filters: { policy: state.policy, row: state.row, unit: state.unit },
    leadByMeasure,
  });
  chart.innerHTML = renderTimelineSvg(model, data.title, { titles: false });
  const svg = chart.querySelector('svg')!;
  svg.querySelectorAll<SVGAElement>('a.mark').forEach((a) => a.setAttribute('aria-describedby', tip.id));
  addBrush(svg);
  root.querySelector<HTMLElement>('[data-count]')!.textContent = text.count!.replace('{n}', String(model.marks.length));
}

/** A brush on the year axis zooms to the years brushed. */
function addBrush(svg: SVGSVGElement) {
  const axisY = model.height - model.margin.bottom;
  const x = scaleLinear().domain([model.from - 0.5, model.to + 0.5]).range([model.margin.left, WIDTH - model.margin.right]);
  const brush = brushX<unknown>()
    .extent([[model.margin.left, axisY - 6], [WIDTH - model.margin.right, axisY + 20]])
    .on('end', (event: D3BrushEvent<unknown>) => {
      if (!event.selection) return;
      const [a, b] = event.selection as [number, number];
      const from = Math.max(known.years[0], Math.round(x.invert(a)));
      const to = Math.min(known.years[1], Math.round(x.invert(b)));
      if (to > from) {
        state = { ...state, from, to };
        render();
      }
    });
  select(svg).append('g').attr('class', 'brush').attr('aria-hidden', 'true').call(brush);
}

/** The source sentence of a target, from the data table on the page (kept out of the chart data to keep the page light). */
function quoteOf(id: string): string {
  return document.querySelector(`#targets-table tr[data-row-target-id="${CSS.escape(id)}"] [lang="zh-CN"]`)?.textContent ?? '';
}

function showTip(mark: SVGAElement) {
  const t = data.targets.find((x) => x.id === mark.dataset.targetId);
  if (!t) return;
  const policy = data.policies.find((p) => p.id === t.policy)!;
  const pick = (v: { zh: string; en: string | null } | null) => (v ? ((lang === 'en' ? v.en : null) ?? v.zh) : '');
  const lines: [string, string][] = [
    [text.indicator!, pick(t.indicator) + (t.scope ? ` (${pick(t.scope)})` : '')],
    [text.value!, formatTarget(t.comparator, t.value, t.valueMax, t.unit.zh, lang)],
    [text.year!, t.year !== null ? String(t.year) : t.perYear ? text.everyYear! : text.noYear!],
    [text.policy!, pick(policy.title)],
    [text.source!, quoteOf(t.id)],
  ];
  tip.replaceChildren(
    ...lines.map(([k, v]) => {
      const p = document.createElement('p');
      const b = document.createElement('strong');
      b.textContent = `${k}: `;
      p.append(b, document.createTextNode(v));
      if (k === text.source) p.lang = 'zh-CN';
      return p;
    }),
  );
  const hint = document.createElement('p');
  hint.className = 'tip-hint';
  hint.textContent = text.open!;
  tip.append(hint);
  const box = mark.getBoundingClientRect();
  const host = root.getBoundingClientRect();
  tip.style.left = `${Math.min(box.left - host.left, host.width - 340)}px`;
  tip.style.top = `${box.bottom - host.top + 8}px`;
  tip.hidden = false;
}

chart.addEventListener('mouseover', (e) => {
  const mark = (e.target as Element).closest<SVGAElement>('a.mark');
  if (mark) showTip(mark);
});
chart.addEventListener('mouseout', (e) => {
  if ((e.target as Element).closest('a.mark') && !chart.contains(document.activeElement)) tip.hidden = true;
});
chart.addEventListener('focusin', (e) => {
  const mark = (e.target as Element).closest<SVGAElement>('a.mark');
  if (mark) showTip(mark);
});
chart.addEventListener('focusout', () => (tip.hidden = true));
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') tip.hidden = true;
});

/** Arrow keys: left/right to the previous/next mark in time within a row, up/down to the nearest mark in the row above/below. */
chart.addEventListener('keydown', (e) => {
  const current = (e.target as Element).closest<SVGAElement>('a.mark');
  if (!current || !['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(e.key)) return;
  const marks = [...chart.querySelectorAll<SVGAElement>('a.mark')];
  const info = (a: SVGAElement) => model.marks.find((m) => m.id === a.dataset.targetId)!;
  const me = info(current);
  let next: SVGAElement | undefined;
  if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
    const row = marks.filter((a) => info(a).row === me.row).sort((a, b) => info(a).x1 - info(b).x1 || info(a).y - info(b).y);
    next = row[row.indexOf(current) + (e.key === 'ArrowRight' ? 1 : -1)];
  } else {
    const rowIds = model.rows.map((r) => r.id);
    const target = rowIds[rowIds.indexOf(me.row) + (e.key === 'ArrowDown' ? 1 : -1)];
    next = marks.filter((a) => info(a).row === target).sort((a, b) => Math.abs(info(a).x1 - me.x1) - Math.abs(info(b).x1 - me.x1))[0];
  }
  if (next) {
    e.preventDefault();
    next.focus();
  }
});

controls.addEventListener('change', () => {
  const v = (name: string) => field(name).value || null;
  const from = v('from') ? Number(v('from')) : null;
  const to = v('to') ? Number(v('to')) : null;
  state = { policy: v('policy'), row: v('row'), unit: v('unit'), from, to: from !== null && to !== null && to < from ? from : to };
  render();
});
controls.addEventListener('submit', (e) => {
  e.preventDefault();
  controls.dispatchEvent(new Event('change'));
});
controls.addEventListener('reset', (e) => {
  e.preventDefault();
  state = { policy: null, row: null, unit: null, from: null, to: null };
  render();
});

function download(name: string, blob: Blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** The SVG of the current view with its colours inlined, as a standalone file. */
function standaloneSvg(): string {
  const svg = chart.querySelector('svg')!.cloneNode(true) as SVGSVGElement;
  svg.querySelector('.brush')?.remove();
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = document.getElementById('timeline-style')!.textContent!;
  svg.prepend(style);
  return new XMLSerializer().serializeToString(svg);
}

root.querySelector('[data-download="csv"]')!.addEventListener('click', () => {
  const rows = filterTargets(data.targets, { policy: state.policy, row: state.row, unit: state.unit }, leadByMeasure).filter((t) => model.marks.some((m) => m.id === t.id));
  const header = ['id', 'policy', 'indicator.zh', 'indicator.en', 'scope.zh', 'year', 'perYear', 'comparator', 'value', 'valueMax', 'unit.zh', 'quote', 'url'];
  const lines = rows.map((t) => [t.id, t.policy, t.indicator.zh, t.indicator.en, t.scope?.zh, t.year, t.perYear, t.comparator, t.value, t.valueMax, t.unit.zh, quoteOf(t.id), t.url.zh].map(csvCell).join(','));
  download('targets-view.csv', new Blob(['\ufeff' + [header.join(','), ...lines].join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' }));
});
root.querySelector('[data-download="svg"]')!.addEventListener('click', () => download('targets-timeline.svg', new Blob([standaloneSvg()], { type: 'image/svg+xml' })));
root.querySelector('[data-download="png"]')!.addEventListener('click', () => {
  const img = new Image();
  img.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = model.width * 2;
    canvas.height = model.height * 2;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0);
    canvas.toBlob((b) => b && download('targets-timeline.png', b), 'image/png');
  };
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(standaloneSvg());
});

render();
