/**
 * Search page: Pagefind's JS API behind a small accessible UI. The state lives
 * in the URL; Traditional-character queries are converted to Simplified with
 * OpenCC (loaded only when a query has Han characters); results can include the
 * other language's index. Excerpts are rebuilt as text + <mark>, never injected.
 */
import { FILTER_NAMES, hasHan, knownFilters, parseSearchState, serializeSearchState, type SearchState } from './search-state.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o: { filters: Record<string, string[]> }): Promise<{ results: { data(): Promise<PagefindResult> }[]; filters: Record<string, Record<string, number>> }>;
}

const root = document.querySelector<HTMLElement>('[data-search]')!;
const lang = root.dataset.lang === 'en' ? 'en' : 'zh';
const text = JSON.parse(root.dataset.text!) as Record<string, string>;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
const otherBox = form.querySelector<HTMLInputElement>('input[name=other]')!;
const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const list = root.querySelector<HTMLElement>('[data-testid="search-results"]')!;

let state: SearchState = parseSearchState(location.search);
let pagefind: Pagefind | null = null;
let mergedOther = false;
let toSimplified: ((s: string) => string) | null = null;

async function load(): Promise<Pagefind> {
  if (pagefind) return pagefind;
  const url = '/pagefind/pagefind.js';
  pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({ excerptLength: 30 });
  await pagefind.init();
  return pagefind;
}

async function simplified(q: string): Promise<string> {
  if (!hasHan(q)) return q;
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

function renderFilters(available: Record<string, Record<string, number>>, counts: Record<string, Record<string, number>>) {
  filterBox.replaceChildren();
  for (const name of FILTER_NAMES) {
    const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b, lang === 'zh' ? 'zh-CN' : 'en', { numeric: true }));
    if (!values.length) continue;
    const fs = document.createElement('fieldset');
    fs.className = 'border rounded p-2 mb-2';
    const legend = document.createElement('legend');
    legend.textContent = text[`filter_${name}`] ?? name;
    legend.className = 'font-semibold text-sm px-1';
    fs.append(legend);
    for (const v of values) {
      const label = document.createElement('label');
      label.className = 'flex gap-2 text-sm items-start';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = v;
      box.checked = state.filters[name]?.includes(v) ?? false;
      box.addEventListener('change', () => {
        const current = new Set(state.filters[name] ?? []);
        if (box.checked) current.add(v);
        else current.delete(v);
        state = { ...state, filters: { ...state.filters, [name]: [...current] } };
        run();
      });
      const span = document.createElement('span');
      span.textContent = `${v} (${counts[name]?.[v] ?? 0})`;
      label.append(box, span);
      fs.append(label);
    }
    filterBox.append(fs);
  }
}

async function run() {
  history.replaceState(null, '', location.pathname + serializeSearchState(state));
  input.value = state.q;
  otherBox.checked = state.other;
  try {
    const pf = await load();
    if (state.other && !mergedOther) {
      // Pagefind skips merging its own bundle path, so the other language is read from a copy of the bundle.
      await pf.mergeIndex('/pagefind-other/', { language: lang === 'zh' ? 'en' : 'zh-cn' });
      mergedOther = true;
    }
    const available = await pf.filters();
    const filters = knownFilters(state.filters, available);
    const query = state.q ? await simplified(state.q) : null;
    const hasFilter = Object.values(filters).some((v) => v && v.length);
    if (!query && !hasFilter) {
      renderFilters(available, available);
      status.textContent = text.prompt!;
      list.replaceChildren();
      return;
    }
    const search = await pf.search(query, { filters: filters as Record<string, string[]> });
    renderFilters(available, search.filters);
    const data = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
    status.textContent = data.length ? text.count!.replace('{n}', String(search.results.length)) : text.none!;
    root.dataset.searchDone = String(Number(root.dataset.searchDone ?? 0) + 1);
    list.replaceChildren(
      ...data.map((d) => {
        const li = document.createElement('li');
        li.className = 'border-b py-2';
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        a.className = 'font-semibold';
        const p = document.createElement('p');
        p.className = 'text-sm';
        p.append(...excerptNodes(d.excerpt));
        li.append(a, p);
        return li;
      }),
    );
  } catch (e) {
    console.warn('search failed', e);
    status.textContent = text.error!;
    list.replaceChildren();
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  state = { ...state, q: input.value.trim().slice(0, 200), other: otherBox.checked };
  run();
});
otherBox.addEventListener('change', () => {
  state = { ...state, other: otherBox.checked };
  run();
});
run();
