/**
 * Search page: Pagefind's JS API behind a small accessible UI. The state lives in the URL and in
 * the browser history (each query or filter change is a history entry; Back restores it).
 * Values of one filter are combined with OR, filters with AND; each value's count is the number of
 * results it would give with the query and the other filters. Traditional-character queries are
 * converted to Simplified with OpenCC, loaded only when the query has a character that conversion
 * changes (see traditional-chars.ts). Excerpts are rebuilt as text + <mark>, never injected.
 * Search covers every policy and measure, ranked by relevance, each result with its status badge
 * (src/lib/status.ts); “current only” (`?current=1`) narrows to pages in force. A query that names a
 * unit lists that unit's page first, then the measures it leads, then the other results. A query
 * with no result in this language offers the other language's results, with their count.
 */
import { STATUS_ICONS, STATUS_KINDS, type StatusKind } from '../lib/status.ts';
import { FILTER_NAMES, hasTraditional, knownFilters, pagefindFilters, parseSearchState, serializeSearchState, unitNamed, type FilterName, type Scope, type SearchState, type SearchUnit } from './search-state.ts';

type Counts = Record<string, Record<string, number>>;
interface PagefindResult {
  id?: string;
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
type PagefindFilters = Record<string, unknown>;
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResult> }[];
  filters: Counts;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Counts>;
  search(q: string | null, o: { filters: PagefindFilters }): Promise<PagefindSearch>;
}

/** Results shown at once; "show more" adds as many again. Each shown result fetches its page's fragment (1–20 KB). */
const PAGE_SIZE = 10;

const root = document.querySelector<HTMLElement>('[data-search]')!;
const lang = root.dataset.lang === 'en' ? 'en' : 'zh';
const text = JSON.parse(root.dataset.text!) as Record<string, string>;
const kindLabels = JSON.parse(text.kinds!) as Record<string, string>;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
const otherBox = form.querySelector<HTMLInputElement>('input[name=other]')!;
const currentBox = form.querySelector<HTMLInputElement>('input[name=current]')!;
const units = JSON.parse(root.dataset.units!) as SearchUnit[];
const offer = root.querySelector<HTMLElement>('[data-other-offer]')!;
const ownLang = lang;
const otherLang = lang === 'zh' ? 'en' : 'zh';
const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
const panel = root.querySelector<HTMLDetailsElement>('[data-filter-panel]')!;
const filterCount = root.querySelector<HTMLElement>('[data-filter-count]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const clearButton = root.querySelector<HTMLButtonElement>('[data-clear]')!;
const list = root.querySelector<HTMLElement>('[data-testid="search-results"]')!;
const moreButton = root.querySelector<HTMLButtonElement>('[data-more]')!;
const shown = root.querySelector<HTMLElement>('[data-shown]')!;

// Wide screens show the filters beside the results; narrow ones keep them folded below the results.
if (matchMedia('(min-width: 768px)').matches) panel.open = true;

let state: SearchState = parseSearchState(location.search);
let pagefind: Pagefind | null = null;
let mergedOther = false;
let toSimplified: ((s: string) => string) | null = null;
let current: PagefindSearch['results'] = [];
/** Each run gets a number; a slower earlier run must not overwrite a later one. */
let generation = 0;

async function load(): Promise<Pagefind> {
  if (pagefind) return pagefind;
  const url = '/pagefind/pagefind.js';
  pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  // In Pagefind's worker (a 43 KB script): on the page, the WebAssembly search blocked the main
  // thread for over a second on a phone (Lighthouse total blocking time 1,170 ms, performance 70).
  // A unit page whose own name is the query comes first: its words are in its `names` metadata
  // (src/utils/search-words.ts), and a metadata match adds to the score (title keeps Pagefind's 5).
  await pagefind.options({ excerptLength: 30, ranking: { metaWeights: { title: 5, names: 10 } } });
  await pagefind.init();
  return pagefind;
}

async function simplified(q: string): Promise<string> {
  if (!(await hasTraditional(q))) return q;
  if (!toSimplified) {
    const { Converter } = await import('opencc-js/t2cn');
    toSimplified = Converter({ from: 'tw', to: 'cn' });
  }
  return toSimplified(q);
}

/** Pagefind's excerpt as DOM nodes: text, with <mark> kept and every other tag dropped. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out: Node[] = [];
  doc.body.firstChild?.childNodes.forEach((n) => {
    if (n.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent;
      out.push(m);
    } else out.push(document.createTextNode(n.textContent ?? ''));
  });
  return out;
}

const label = (name: FilterName, v: string) => (name === 'kind' && Object.hasOwn(kindLabels, v) ? kindLabels[v]! : v);
const activeCount = () => FILTER_NAMES.reduce((n, name) => n + (state.filters[name]?.length ?? 0), 0);

function change(next: SearchState) {
  state = next;
  run(true);
}

function renderFilters(available: Counts, counts: Counts) {
  filterBox.replaceChildren();
  for (const name of FILTER_NAMES) {
    const values = Object.keys(available[name] ?? {}).sort((a, b) => label(name, a).localeCompare(label(name, b), lang === 'zh' ? 'zh-CN' : 'en', { numeric: true }));
    if (!values.length) continue;
    const fs = document.createElement('fieldset');
    fs.className = 'border rounded p-2 mb-2';
    const legend = document.createElement('legend');
    legend.textContent = text[`filter_${name}`] ?? name;
    legend.className = 'font-semibold text-sm px-1';
    fs.append(legend);
    for (const v of values) {
      const n = counts[name]?.[v] ?? 0;
      const checked = state.filters[name]?.includes(v) ?? false;
      const row = document.createElement('label');
      row.className = 'flex gap-2 text-sm items-start' + (n === 0 && !checked ? ' opacity-60' : '');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = v;
      box.checked = checked;
      // A value that would give nothing cannot be ticked (a ticked one can always be unticked).
      box.disabled = n === 0 && !checked;
      box.addEventListener('change', () => {
        const set = new Set(state.filters[name] ?? []);
        if (box.checked) set.add(v);
        else set.delete(v);
        change({ ...state, filters: { ...state.filters, [name]: [...set] } });
      });
      const span = document.createElement('span');
      span.textContent = `${label(name, v)} (${n})`;
      row.append(box, span);
      fs.append(row);
    }
    filterBox.append(fs);
  }
  const active = activeCount();
  filterCount.textContent = active ? `(${active})` : '';
  clearButton.hidden = active === 0;
}

const scope = (): Scope => (state.current ? 'current' : 'any');

/** The filter object of a search: the state's filters and scope, and this language only once the other one is merged but not asked for. */
function filtersFor(filters: SearchState['filters'], except?: FilterName): PagefindFilters {
  const out = pagefindFilters(filters, scope(), except);
  if (mergedOther && !state.other) out.lang = { any: [ownLang] };
  return out;
}

interface Found {
  results: PagefindSearch['results'];
  /** Per-value counts among the results. */
  filters: Counts;
  /** The unit the query names, whose page and measures come first (null when none). */
  unit: SearchUnit | null;
}

/** The query's results in Pagefind's rank order; when the query names a unit, its page, then the measures it leads, come first. */
async function find(pf: Pagefind, query: string | null, filters: SearchState['filters']): Promise<Found> {
  const main = await pf.search(query, { filters: filtersFor(filters) });
  const unit = query ? unitNamed(query, units) : null;
  if (!unit) return { results: main.results, filters: main.filters, unit: null };
  const base = filtersFor(filters);
  // The unit's page, unless the chosen filters leave unit pages (or this unit) out.
  const allows = (name: string, v: string) => !filters[name as FilterName]?.length || filters[name as FilterName]!.includes(v);
  const page = allows('kind', text.unitKind!) && allows('unit', unit.name) ? (await pf.search(null, { filters: { ...base, kind: { any: [text.unitKind!] }, unit: { any: [unit.name] } } })).results : [];
  // Its measures: those it leads under its own name, then under the names of the units it replaced; current ones first in each.
  const led: PagefindSearch['results'] = [];
  for (const name of unit.filterNames)
    for (const current of ['yes', 'no']) led.push(...(await pf.search(null, { filters: { ...base, lead: { any: [name] }, current: { any: [current] } } })).results);
  const seen = new Set<string>();
  const results = [...page, ...led, ...main.results].filter((r) => !seen.has(r.id) && !!seen.add(r.id));
  return { results, filters: main.filters, unit };
}

/** Counts per value: for a filter with ticked values, what each value would give with the query and the other filters (OR within a filter). */
async function valueCounts(pf: Pagefind, query: string | null, filters: SearchState['filters'], main: Counts, available: Counts): Promise<Counts> {
  const out: Counts = { ...main };
  for (const name of FILTER_NAMES) {
    if (!filters[name]?.length) continue;
    const others: PagefindFilters = filtersFor(filters, name);
    if (!query && !Object.keys(others).length && !mergedOther) out[name] = available[name] ?? {};
    else out[name] = (await pf.search(query, { filters: others })).filters[name] ?? {};
  }
  return out;
}

/** A result's status badge, as StatusBadge.astro draws it on the pages. */
function statusBadge(kind: StatusKind, words: string): HTMLElement {
  const badge = document.createElement('span');
  badge.className = 'status-badge';
  badge.dataset.status = kind;
  badge.dataset.testid = 'status-badge';
  const icon = document.createElement('span');
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = STATUS_ICONS[kind];
  badge.append(icon, ' ' + words);
  return badge;
}

function resultItem(d: PagefindResult): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'border-b py-2';
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  a.className = 'font-semibold';
  li.append(a);
  // Which policy and kind of page: a measure's title such as "(3) ..." does not say.
  const about = [d.meta.kind ? label('kind', d.meta.kind) : null, d.meta.policy ?? null].filter((x): x is string => !!x);
  const kind = d.meta.statusKind as StatusKind | undefined;
  if (about.length || kind) {
    const p = document.createElement('p');
    p.className = 'text-xs text-gray-700 dark:text-gray-300';
    p.textContent = about.join(' · ');
    if (kind && STATUS_KINDS.includes(kind)) p.append(' ', statusBadge(kind, d.meta.status ?? ''));
    li.append(p);
  }
  const p = document.createElement('p');
  p.className = 'text-sm';
  p.append(...excerptNodes(d.excerpt));
  li.append(p);
  return li;
}

async function showMore(focusFirst: boolean) {
  const from = list.children.length;
  const data = await Promise.all(current.slice(from, from + PAGE_SIZE).map((r) => r.data()));
  const items = data.map(resultItem);
  list.append(...items);
  const k = list.children.length;
  moreButton.hidden = k >= current.length;
  shown.textContent = current.length > PAGE_SIZE ? text.shown!.replace('{k}', String(k)).replace('{n}', String(current.length)) : '';
  if (focusFirst) items[0]?.querySelector('a')?.focus();
}

const langSwitch = document.querySelector<HTMLAnchorElement>('[data-testid="language-switch"]');

async function run(push = false) {
  const url = location.pathname + serializeSearchState(state);
  if (push && url !== location.pathname + location.search) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  // The other language's page opens with the same query and scope; the filters' values are this language's labels.
  if (langSwitch) langSwitch.search = serializeSearchState({ ...state, filters: {} });
  const mine = ++generation;
  input.value = state.q;
  otherBox.checked = state.other;
  currentBox.checked = state.current;
  offer.replaceChildren();
  offer.hidden = true;
  try {
    const pf = await load();
    if (state.other) await mergeOther(pf);
    // The filter chunks (every value of every filter) are fetched before the search only when the
    // URL names filters, to check them; otherwise after the results are shown, for the counts.
    let available = Object.keys(state.filters).length ? await pf.filters() : null;
    const filters = available ? knownFilters(state.filters, available) : {};
    const query = state.q ? await simplified(state.q) : null;
    if (mine !== generation) return;
    if (!query && !Object.keys(filters).length) {
      available ??= await pf.filters();
      const counts = (await pf.search(null, { filters: filtersFor({}) })).filters;
      if (mine !== generation) return;
      renderFilters(available, counts);
      status.textContent = text.prompt!;
      current = [];
      list.replaceChildren();
      moreButton.hidden = true;
      shown.textContent = '';
      return;
    }
    let found = await find(pf, query, filters);
    if (mine !== generation) return;
    current = found.results;
    list.replaceChildren();
    await showMore(false);
    if (mine !== generation) return;
    // Counts come from the filter chunks: when they were not loaded for the search, the (now warm) search runs again.
    if (!available) {
      available = await pf.filters();
      found = await find(pf, query, filters);
    }
    const counts = await valueCounts(pf, query, filters, found.filters, available);
    if (mine !== generation) return;
    renderFilters(available, counts);
    const elsewhere = !current.length && query && !state.other ? await otherLanguageCount(pf, query, filters) : 0;
    if (mine !== generation) return;
    if (elsewhere) showOffer(elsewhere);
    // The status line (and the count of finished searches tests wait for) follow the filters: the run is complete.
    status.textContent = current.length ? text.count!.replace('{n}', String(current.length)) : text.none!;
    root.dataset.searchDone = String(Number(root.dataset.searchDone ?? 0) + 1);
  } catch (e) {
    console.warn('search failed', e);
    status.textContent = text.error!;
    list.replaceChildren();
  }
}

/** Merges the other language's index (once); searches then keep to this language unless `other` is on. */
async function mergeOther(pf: Pagefind) {
  if (mergedOther) return;
  // Pagefind skips merging its own bundle path, so the other language is read from a copy of the bundle.
  await pf.mergeIndex('/pagefind-other/', { language: lang === 'zh' ? 'en' : 'zh-cn' });
  mergedOther = true;
}

/** How many results the query has among the other language's pages, with the same filters. */
async function otherLanguageCount(pf: Pagefind, query: string, filters: SearchState['filters']): Promise<number> {
  await mergeOther(pf);
  const f = { ...pagefindFilters(filters, scope()), lang: { any: [otherLang] } };
  return (await pf.search(query, { filters: f })).results.length;
}

/** “No results in this language; N in the other: show them” — a link to the same search with the other language included. */
function showOffer(n: number) {
  const p = document.createElement('p');
  const [before, after] = text.otherOffer!.replace('{n}', String(n)).split('{link}');
  const a = document.createElement('a');
  a.href = location.pathname + serializeSearchState({ ...state, other: true });
  a.textContent = text.otherOfferLink!;
  a.addEventListener('click', (e) => {
    e.preventDefault();
    change({ ...state, other: true });
  });
  p.append(before ?? '', a, after ?? '');
  offer.replaceChildren(p);
  offer.hidden = false;
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  change({ ...state, q: input.value.trim().slice(0, 200), current: currentBox.checked, other: otherBox.checked });
});
otherBox.addEventListener('change', () => change({ ...state, other: otherBox.checked }));
currentBox.addEventListener('change', () => change({ ...state, current: currentBox.checked }));
clearButton.addEventListener('click', () => {
  change({ ...state, filters: {} });
  input.focus();
});
moreButton.addEventListener('click', () => void showMore(true));
addEventListener('popstate', () => {
  state = parseSearchState(location.search);
  run(false);
});
run();
