/**
 * Interaction for the targets timeline: the chart drawn at the width it gets (wide rows, or a list
 * by year on a narrow screen), chart/table tabs, filters and zoom (year range and a brush on the
 * chart's x scale) kept in the URL, tooltips on hover and keyboard focus, arrow-key navigation
 * between marks, and downloads of the current view (CSV; SVG and PNG with title, legend, source and
 * address). Layout and SVG come from the pure functions in src/charts/.
 */
import { keepStateOnLanguageSwitch } from './language-switch.ts';
import { brushX, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import type { Policy, Target } from '../data/schemas.ts';
import { NARROW_WIDTH, WIDE_WIDTH } from '../charts/constants.ts';
import { indicatorText, siteTimelineOptions } from '../charts/format.ts';
import { DEFAULT_STATE, parseChartState, serializeChartState, type ChartState } from '../charts/state.ts';
import { buildTimeline, renderTimelineSvg, timelineBody, type TimelineModel } from '../charts/timeline.ts';
import { FIRST_YEAR } from '../lib/corpus.ts';
import { THEMES } from '../lib/target-themes.ts';
import { csvTable, withCommentLines } from '../utils/csv.ts';
import { formatTarget } from '../i18n/format.ts';
import { formatTranslator, type FormatKey } from '../i18n/slice.ts';
import type { Entry } from '../i18n/translate.ts';

interface ChartData {
  lang: 'zh' | 'en';
  title: string;
  targets: Target[];
  policies: Policy[];
  leadByMeasure: [string, string[]][];
  units: string[];
  text: Record<string, string>;
  /** The dictionary's number, date and chart entries (src/i18n/slice.ts). */
  words: Record<FormatKey, Entry>;
  frame: { source: string; site: string; licence: string; built: string };
}

const root = document.querySelector<HTMLElement>('[data-timeline]')!;
const data = JSON.parse(document.getElementById('timeline-data')!.textContent!) as ChartData;
const { lang, text } = data;
const leadByMeasure = new Map(data.leadByMeasure);
const words = formatTranslator(data.words, lang);
const options = siteTimelineOptions(words, lang);
const chart = root.querySelector<HTMLElement>('[data-chart]')!;
const tip = root.querySelector<HTMLElement>('[role="tooltip"]')!;
const controls = root.querySelector<HTMLFormElement>('[data-controls]')!;
const field = (name: string) => controls.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
const allYears = data.targets.map((t) => t.year).filter((y): y is number => y !== null);
const known = { policies: data.policies.map((p) => p.id), rows: THEMES.map((r) => r.id), units: data.units, years: [FIRST_YEAR, Math.max(...allYears)] as [number, number] };
const pick = (v: { zh: string; en: string | null } | null | undefined) => (v ? ((lang === 'en' ? v.en : null) ?? v.zh) : '');

let state: ChartState = parseChartState(location.search, known);
/**
 * The model of the chart shown, or null while the page's own server-rendered chart is shown (the
 * default view): that one is used as it is, and its model is built only when something needs it
 * (a key, the brush, a download), so that loading the page costs no layout work.
 */
let model: TimelineModel | null = null;
let drawnWidth = 0;

/** The current view's model at a width (and a layout, for the server-rendered chart's twin). */
function layout(width: number, forced?: 'wide' | 'narrow'): TimelineModel {
  return buildTimeline(data.targets, data.policies, {
    ...options,
    width,
    layout: forced,
    from: state.from ?? FIRST_YEAR,
    to: state.to ?? undefined,
    filters: { policy: state.policy, row: state.row, unit: state.unit },
    leadByMeasure,
    moreHref: '#targets-table',
  });
}

/** The model of what is on screen: for the server-rendered chart, the twin of the layout the container query shows. */
function current(): TimelineModel {
  if (model) return model;
  // hidden (the table tab): either layout has the same marks; which one the page shows is not known yet
  if (chart.clientWidth === 0) return layout(WIDE_WIDTH, 'wide');
  model = serverWideShown() ? layout(WIDE_WIDTH, 'wide') : layout(NARROW_WIDTH, 'narrow');
  if (model.x) addBrush(chart.querySelector<SVGSVGElement>('.layout-wide svg')!, model);
  return model;
}

/** Whether the container query shows the server-rendered wide layout (else the list by year). */
function serverWideShown(): boolean {
  return (chart.querySelector('.layout-wide')?.getBoundingClientRect().width ?? 0) > 0;
}

function render() {
  history.replaceState(null, '', location.pathname + serializeChartState(state));
  keepStateOnLanguageSwitch();
  for (const name of ['policy', 'row', 'unit', 'from', 'to'] as const) field(name).value = state[name] === null ? '' : String(state[name]);
  const width = Math.floor(chart.clientWidth) || drawnWidth || WIDE_WIDTH;
  const m = (model = layout(width));
  drawnWidth = width;
  chart.innerHTML = renderTimelineSvg(m, { title: data.title, titles: false });
  const svg = chart.querySelector('svg')!;
  describeMarks();
  if (m.x) addBrush(svg, m);
  root.querySelector<HTMLElement>('[data-brush-hint]')!.hidden = !m.x;
  root.querySelector<HTMLElement>('[data-count]')!.textContent = text.count!.replace('{n}', String(m.marks.length));
  // The table shows the same view.
  const shown = new Set(m.marks.map((mk) => mk.id));
  root.querySelectorAll<HTMLElement>('#targets-table tr[data-row-target-id]').forEach((tr) => (tr.hidden = !shown.has(tr.dataset.rowTargetId!)));
  root.querySelectorAll<HTMLElement>('#targets-table [data-table-policy]').forEach((sec) => (sec.hidden = !sec.querySelector('tr[data-row-target-id]:not([hidden])')));
  showView(state.view);
}

/** Marks are described by the tooltip. */
function describeMarks() {
  chart.querySelectorAll<SVGAElement>('a.mark').forEach((a) => a.setAttribute('aria-describedby', tip.id));
}

/** A brush on the year axis zooms to the years brushed (inverting the model's own x scale). */
function addBrush(svg: SVGSVGElement, m: TimelineModel) {
  if (svg.querySelector('.brush')) return;
  const x = m.x!;
  const axis = m.axis!;
  const brush = brushX<unknown>()
    .extent([[axis.x1, 0], [axis.x2, axis.y + 4]])
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

// Chart/table tabs (without JavaScript both are shown, one after the other).
const tablist = root.querySelector<HTMLElement>('[data-tabs]')!;
const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[data-tab]')];
const panel = (view: string) => root.querySelector<HTMLElement>(`[data-panel="${view}"]`)!;
tablist.setAttribute('role', 'tablist');
tablist.setAttribute('aria-labelledby', 'timeline-title');
tablist.hidden = false;
for (const tab of tabs) {
  const p = panel(tab.dataset.tab!);
  tab.setAttribute('role', 'tab');
  tab.setAttribute('aria-controls', p.id);
  p.setAttribute('role', 'tabpanel');
  p.setAttribute('aria-labelledby', tab.id);
  tab.addEventListener('click', () => selectView(tab.dataset.tab as ChartState['view']));
}
tablist.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
  const next = state.view === 'chart' ? 'table' : 'chart';
  selectView(next);
  tabs.find((t) => t.dataset.tab === next)!.focus();
  e.preventDefault();
});

function showView(view: ChartState['view']) {
  for (const tab of tabs) {
    const on = tab.dataset.tab === view;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    panel(tab.dataset.tab!).hidden = !on;
  }
}

function selectView(view: ChartState['view']) {
  state = { ...state, view };
  history.replaceState(null, '', location.pathname + serializeChartState(state));
  keepStateOnLanguageSwitch();
  showView(view);
  // drawn while hidden at an old width: redraw at the width it has now
  if (view !== 'chart') return;
  if (!model) {
    // the page's own chart, shown for the first time
    drawnWidth = Math.floor(chart.clientWidth);
    root.querySelector<HTMLElement>('[data-brush-hint]')!.hidden = !serverWideShown();
  } else if (Math.floor(chart.clientWidth) !== drawnWidth) render();
}

// “+N more” leads to the table.
chart.addEventListener('click', (e) => {
  const link = (e.target as Element).closest('a.more-link');
  if (!link) return;
  e.preventDefault();
  selectView('table');
  document.getElementById('targets-table-title')?.scrollIntoView();
});

/** The source sentence of a target, from the data table on the page (kept out of the chart data to keep the page light). */
function quoteOf(id: string): string {
  return document.querySelector(`#targets-table tr[data-row-target-id="${CSS.escape(id)}"] [lang="zh-CN"]`)?.textContent ?? '';
}

function showTip(mark: SVGAElement) {
  const t = data.targets.find((x) => x.id === mark.dataset.targetId);
  if (!t) return;
  const policy = data.policies.find((p) => p.id === t.policy)!;
  const lines: [string, string][] = [
    [text.indicator!, indicatorText(words, t, lang)],
    [text.value!, formatTarget(words, t.comparator, t.value, t.valueMax, t.unit.zh, lang)],
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
  tip.hidden = false;
  // below the mark, kept inside the chart's box (a phone's screen is not much wider than the tip)
  const box = mark.getBoundingClientRect();
  const host = root.getBoundingClientRect();
  tip.style.left = `${Math.max(0, Math.min(box.left - host.left, host.width - tip.offsetWidth))}px`;
  tip.style.top = `${box.bottom - host.top + 8}px`;
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

/**
 * Arrow keys. Wide: left/right to the previous/next mark in time within a row, up/down to the
 * nearest mark in the row above/below. Narrow (a list): up/left to the previous, down/right to the next.
 */
chart.addEventListener('keydown', (e) => {
  const focused = (e.target as Element).closest<SVGAElement>('a.mark');
  if (!focused || !['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(e.key)) return;
  const model = current();
  const marks = [...chart.querySelectorAll<SVGAElement>('a.mark')].filter((a) => a.getBoundingClientRect().width > 0);
  const byId = new Map(model.marks.map((m) => [m.id, m]));
  const info = (a: SVGAElement) => byId.get(a.dataset.targetId!)!;
  const me = info(focused);
  let next: SVGAElement | undefined;
  if (model.layout === 'narrow') {
    next = marks[marks.indexOf(focused) + (e.key === 'ArrowDown' || e.key === 'ArrowRight' ? 1 : -1)];
  } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
    const row = marks.filter((a) => info(a).row === me.row).sort((a, b) => info(a).x1 - info(b).x1 || info(a).y - info(b).y);
    next = row[row.indexOf(focused) + (e.key === 'ArrowRight' ? 1 : -1)];
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
  state = { ...state, policy: v('policy'), row: v('row'), unit: v('unit'), from, to: from !== null && to !== null && to < from ? from : to };
  render();
});
controls.addEventListener('submit', (e) => {
  e.preventDefault();
  controls.dispatchEvent(new Event('change'));
});
controls.addEventListener('reset', (e) => {
  e.preventDefault();
  state = { ...DEFAULT_STATE, view: state.view };
  render();
});

function download(name: string, blob: Blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** The title of the current view: the chart's, with the filters and years that narrow it. */
function viewTitle(): string {
  const parts = [
    state.policy ? pick(data.policies.find((p) => p.id === state.policy)?.title) : null,
    state.row ? options.rows.find((r) => r.id === state.row)?.label : null,
    state.unit ? field('unit').selectedOptions[0]?.textContent : null,
    state.from !== null || state.to !== null ? `${current().from}–${current().to}` : null,
  ].filter(Boolean);
  return [data.title, ...parts].join(' · ');
}

/** The current view as a standalone SVG file: title, legend of the policies shown, the chart, source line and address (the code loads on first use). */
async function standaloneSvg(): Promise<string> {
  const { framedSvg } = await import('../charts/download.ts');
  const model = current();
  const shown = new Set(model.marks.map((m) => m.policyIndex));
  const legend = data.policies.flatMap((p, index) => (shown.has(index) ? [{ index, label: pick(p.title) }] : []));
  const url = new URL(location.pathname + location.search, data.frame.site || location.href).href;
  return framedSvg({ width: model.width, height: model.height, body: timelineBody(model) }, { title: viewTitle(), legend, source: data.frame.source, url });
}

root.querySelector('[data-download="csv"]')!.addEventListener('click', () => {
  const shown = new Set(current().marks.map((m) => m.id));
  const rows = data.targets.filter((t) => shown.has(t.id));
  const header = ['id', 'policy', 'indicator.zh', 'indicator.en', 'scope.zh', 'year', 'perYear', 'comparator', 'value', 'valueMax', 'unit.zh', 'quote', 'url'];
  const cells = rows.map((t) => [t.id, t.policy, t.indicator.zh, t.indicator.en, t.scope?.zh, t.year, t.perYear, t.comparator, t.value, t.valueMax, t.unit.zh, quoteOf(t.id), t.url.zh]);
  // No sidecar travels with a file made in the page: its title, source, address, licence and date go first, as comments.
  const url = new URL(location.pathname + location.search, data.frame.site || location.href).href;
  const about = [viewTitle(), `${data.frame.source} <${url}>`, data.frame.licence, data.frame.built];
  download('targets-view.csv', new Blob(['\ufeff' + withCommentLines(about, csvTable([header, ...cells]))], { type: 'text/csv;charset=utf-8' }));
});
root.querySelector('[data-download="svg"]')!.addEventListener('click', async () => download('targets-timeline.svg', new Blob([await standaloneSvg()], { type: 'image/svg+xml' })));
root.querySelector('[data-download="png"]')!.addEventListener('click', async () => {
  const { svgToPng } = await import('../charts/download.ts');
  download('targets-timeline.png', await svgToPng(await standaloneSvg()));
});

root.querySelectorAll<HTMLElement>('[data-js-only]').forEach((el) => (el.hidden = false));
if (serializeChartState({ ...state, view: 'chart' }) === '') {
  // The default view is what the page shows already: keep it (its model is built on first use).
  root.querySelector<HTMLElement>('[data-count]')!.textContent = text.count!.replace('{n}', String(data.targets.length));
  drawnWidth = Math.floor(chart.clientWidth);
  describeMarks();
  showView(state.view);
  root.querySelector<HTMLElement>('[data-brush-hint]')!.hidden = !serverWideShown();
  // The brush needs the model's scale: built when a pointer first comes over the chart.
  chart.addEventListener('pointerover', () => current(), { once: true });
} else render();

// Redrawn when the chart's width changes (a rotated phone, a resized window).
let pending = 0;
new ResizeObserver(() => {
  clearTimeout(pending);
  pending = window.setTimeout(() => {
    const width = Math.floor(chart.clientWidth);
    if (width > 0 && width !== drawnWidth) render();
  }, 150);
}).observe(chart);
