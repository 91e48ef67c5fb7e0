/** The search page's state in the URL (?q=…&policy=…&unit=…&year=…&kind=…&other=1): parsed defensively, since URLs are untrusted. */
import { flag, readQuery, writeQuery } from '../lib/query-state.ts';

export const FILTER_NAMES = ['kind', 'policy', 'audience', 'instrument', 'unit', 'year'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string[]>>;
  /** Include results from the other language. */
  other: boolean;
}

const MAX_QUERY = 200;
const MAX_VALUES = 20;

/** Reads the state from a query string; anything malformed is dropped, never thrown. */
export function parseSearchState(search: string): SearchState {
  const params = readQuery(search);
  if (!params) return { q: '', filters: {}, other: false };
  const q = (params.get('q') ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, MAX_QUERY);
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const values = params.getAll(name).map((v) => v.trim().slice(0, 100)).filter(Boolean).slice(0, MAX_VALUES);
    if (values.length) filters[name] = [...new Set(values)];
  }
  return { q, filters, other: flag(params, 'other') };
}

/** Writes the state as a query string (stable order, empty parts left out). */
export function serializeSearchState(state: SearchState): string {
  return writeQuery([['q', state.q], ...FILTER_NAMES.map((name) => [name, state.filters[name] ?? []] as const), ['other', state.other]]);
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

/** True when a query contains Han characters. */
export const hasHan = (q: string) => /\p{Script=Han}/u.test(q);

let traditional: Set<string> | null = null;
/**
 * True when a query has a character that OpenCC's Traditional → Simplified conversion changes, so
 * OpenCC is only loaded for such queries. The character set (~11 KB) is generated from opencc-js by
 * scripts/traditional-chars.ts and loaded only for Han queries. Conversions of whole phrases whose
 * characters are each unchanged are not detected (none matter for search).
 */
export async function hasTraditional(q: string): Promise<boolean> {
  if (!hasHan(q)) return false;
  if (!traditional) traditional = new Set(await import('./traditional-chars.ts').then((m) => [...m.TRADITIONAL_CHARS]));
  for (const c of q) if (traditional.has(c)) return true;
  return false;
}
