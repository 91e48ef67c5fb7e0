/** Page state in the URL's query string, shared by the search page, the support finder and the targets chart: read defensively (URLs are untrusted), written in a stable order. */

/** The parameters of a query string, or null when it cannot be read (the caller falls back to its default state). */
export function readQuery(search: string): URLSearchParams | null {
  try {
    return new URLSearchParams(search);
  } catch {
    return null;
  }
}

/** The value of `name` when it is one of `allowed`, else null. */
export function knownValue(params: URLSearchParams, name: string, allowed: readonly string[]): string | null {
  const v = params.get(name);
  return v !== null && allowed.includes(v) ? v : null;
}

/** The distinct values of a repeated parameter that are among `allowed`, in URL order. */
export function knownValues(params: URLSearchParams, name: string, allowed: readonly string[]): string[] {
  return [...new Set(params.getAll(name))].filter((v) => allowed.includes(v));
}

/** True when the parameter is the flag value 1 (`?all=1`). */
export const flag = (params: URLSearchParams, name: string): boolean => params.get(name) === '1';

/** A parameter's value when writing: a list repeats the name, true is written as 1; null, false, '' and [] are left out. */
export type QueryValue = string | number | boolean | null | undefined | readonly string[];

/** The query string (`?a=1&b=x`, or '' when nothing is set) of the entries, in the order given. */
export function writeQuery(entries: readonly (readonly [name: string, value: QueryValue])[]): string {
  const params = new URLSearchParams();
  for (const [name, value] of entries) {
    if (value === null || value === undefined || value === false || value === '') continue;
    if (typeof value === 'string') params.append(name, value);
    else if (typeof value === 'number') params.append(name, String(value));
    else if (value === true) params.append(name, '1');
    else for (const v of value) params.append(name, v);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** A link to the same page in another language carrying this page's state: its path, with `search` and `hash` (language-neutral state only: ids, years). */
export function withState(href: string, search: string, hash: string): string {
  const path = href.replace(/[?#].*$/, '');
  return path + (search.startsWith('?') || search === '' ? search : `?${search}`) + hash;
}
