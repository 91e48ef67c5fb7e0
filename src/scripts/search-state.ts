/** The search page's state in the URL (?q=…&policy=…&unit=…&year=…&kind=…&status=…&current=1&other=1): parsed defensively, since URLs are untrusted. */
import { flag, readQuery, writeQuery } from '../lib/query-state.ts';
import { hasHan } from '../lib/text.ts';

export const FILTER_NAMES = ['kind', 'policy', 'status', 'audience', 'instrument', 'unit', 'year'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string[]>>;
  /** Only pages of policies and measures in force (`?current=1`); by default search covers every one. */
  current: boolean;
  /** Include results from the other language. */
  other: boolean;
}

const MAX_QUERY = 200;
const MAX_VALUES = 20;

/** Reads the state from a query string; anything malformed is dropped, never thrown. */
export function parseSearchState(search: string): SearchState {
  const params = readQuery(search);
  if (!params) return { q: '', filters: {}, current: false, other: false };
  const q = (params.get('q') ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, MAX_QUERY);
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const values = params.getAll(name).map((v) => v.trim().slice(0, 100)).filter(Boolean).slice(0, MAX_VALUES);
    if (values.length) filters[name] = [...new Set(values)];
  }
  return { q, filters, current: flag(params, 'current'), other: flag(params, 'other') };
}

/** Writes the state as a query string (stable order, empty parts left out). */
export function serializeSearchState(state: SearchState): string {
  return writeQuery([['q', state.q], ...FILTER_NAMES.map((name) => [name, state.filters[name] ?? []] as const), ['current', state.current], ['other', state.other]]);
}

/** Which pages a search covers: every page (the default), or only current ones (`?current=1`). */
export type Scope = 'current' | 'any';

/** Pagefind's filter object (OR within a filter, AND across them) for a scope, leaving out one filter when counting its values. */
export function pagefindFilters(filters: SearchState['filters'], scope: Scope, except?: FilterName): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries(FILTER_NAMES.filter((n) => n !== except && filters[n]?.length).map((n) => [n, { any: filters[n]! }]));
  // Policy and measure pages carry a hidden `current` filter (yes/no, src/lib/status.ts); other pages have none, so `not` keeps them.
  if (scope === 'current') out.not = { current: { any: ['no'] } };
  return out;
}

/** A unit as the search page knows it: the words that name it, its page, and its name in the `unit`/`lead` filters. */
export interface SearchUnit {
  /** Every name: short, full, English, aliases (in any language). */
  names: string[];
  /** Its name in the page language's filters, and those of the units it replaced (whose measures it now leads). */
  filterNames: string[];
  /** Its name as the `unit` filter of its own page has it. */
  name: string;
  /** Still exists (no successor): preferred when a name fits several units. */
  current: boolean;
}

/** A name for comparison: lower case, without spaces or punctuation. */
const squash = (s: string) => s.toLowerCase().replace(/[\s\p{P}]+/gu, '');
/** The same without the city's prefix (重庆市, 市, Chongqing Municipal, the), so 科技局 and "Science and Technology Bureau" name 市科技局. */
const core = (s: string) => squash(s).replace(/^(the)?(chongqing)?(municipal)?/, '').replace(/^(重庆市|重庆|市)/, '');

/**
 * The unit a query names, or null: a query that is one of a unit's names, or that name without the
 * city's prefix (unit-first ranking, docs/architecture.md “Search”). When a name fits several
 * units, a unit that still exists is chosen over one the 2018 reform replaced; still several: null.
 */
export function unitNamed<U extends SearchUnit>(query: string, units: readonly U[]): U | null {
  const q = core(query);
  if (q.length < 2) return null;
  const hits = units.filter((u) => u.names.some((n) => squash(n) === squash(query) || core(n) === q));
  const exact = hits.filter((u) => u.names.some((n) => squash(n) === squash(query)));
  const pool = exact.length ? exact : hits;
  const live = pool.filter((u) => u.current);
  const pick = live.length ? live : pool;
  return pick.length === 1 ? pick[0]! : null;
}

/**
 * Keeps only filter values that exist in the index (unknown values from a shared URL are ignored, not an error).
 * Own keys only: `in` would also accept inherited names such as toString or __proto__.
 */
export function knownFilters(filters: SearchState['filters'], available: Record<string, Record<string, number>>): SearchState['filters'] {
  const out: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const counts = Object.hasOwn(available, name) ? available[name] : undefined;
    const values = (filters[name] ?? []).filter((v) => counts !== undefined && Object.hasOwn(counts, v));
    if (values.length) out[name] = values;
  }
  return out;
}


const GAP_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The code points of a gap-encoded character set (encodeGaps in traditional-chars-source.ts). */
export function decodeGaps(encoded: string): Set<number> {
  const out = new Set<number>();
  let prev = -1;
  let gap = 0;
  for (const c of encoded) {
    const d = GAP_DIGITS.indexOf(c);
    gap = gap * 32 + (d & 31);
    if (d >= 32) continue;
    prev += gap + 1;
    out.add(prev);
    gap = 0;
  }
  return out;
}

let traditional: Set<number> | null = null;
/**
 * True when a query has a character that OpenCC's Traditional → Simplified conversion changes, so
 * OpenCC is only loaded for such queries. The character set (~4 KB, gap-encoded) is generated from
 * opencc-js by scripts/traditional-chars.ts and loaded only for Han queries. Conversions of whole
 * phrases whose characters are each unchanged are not detected (none matter for search).
 */
export async function hasTraditional(q: string): Promise<boolean> {
  if (!hasHan(q)) return false;
  if (!traditional) traditional = decodeGaps((await import('./traditional-chars.ts')).TRADITIONAL_GAPS);
  for (const c of q) if (traditional.has(c.codePointAt(0)!)) return true;
  return false;
}
