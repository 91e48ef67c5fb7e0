/** The targets chart's view in the URL (?policy=&row=&unit=&from=&to=&view=): unknown or malformed values fall back to the default view. */
export interface ChartState {
  policy: string | null;
  row: string | null;
  unit: string | null;
  from: number | null;
  to: number | null;
  /** The tab shown: the chart (default) or the data table. */
  view: 'chart' | 'table';
}

export const DEFAULT_STATE: ChartState = { policy: null, row: null, unit: null, from: null, to: null, view: 'chart' };

/** Reads the state, keeping only known ids and years inside the data's range (from ≤ to). */
export function parseChartState(search: string, known: { policies: string[]; rows: string[]; units: string[]; years: [number, number] }): ChartState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_STATE };
  }
  const pick = (name: string, allowed: string[]) => {
    const v = params.get(name);
    return v !== null && allowed.includes(v) ? v : null;
  };
  const year = (name: string) => {
    const v = params.get(name);
    if (v === null || !/^\d{4}$/.test(v)) return null;
    const n = Number(v);
    return n >= known.years[0] && n <= known.years[1] ? n : null;
  };
  let from = year('from');
  let to = year('to');
  if (from !== null && to !== null && from > to) from = to = null;
  const view = params.get('view') === 'table' ? 'table' : 'chart';
  return { policy: pick('policy', known.policies), row: pick('row', known.rows), unit: pick('unit', known.units), from, to, view };
}

/** Writes the state as a query string (empty parts left out). */
export function serializeChartState(s: ChartState): string {
  const params = new URLSearchParams();
  if (s.policy) params.set('policy', s.policy);
  if (s.row) params.set('row', s.row);
  if (s.unit) params.set('unit', s.unit);
  if (s.from !== null) params.set('from', String(s.from));
  if (s.to !== null) params.set('to', String(s.to));
  if (s.view === 'table') params.set('view', 'table');
  const q = params.toString();
  return q ? `?${q}` : '';
}
