/** The targets chart's view in the URL (?policy=&row=&unit=&from=&to=&view=): unknown or malformed values fall back to the default view. */
import { knownValue, readQuery, writeQuery } from '../lib/query-state.ts';

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
  const params = readQuery(search);
  if (!params) return { ...DEFAULT_STATE };
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
  return { policy: knownValue(params, 'policy', known.policies), row: knownValue(params, 'row', known.rows), unit: knownValue(params, 'unit', known.units), from, to, view };
}

/** Writes the state as a query string (empty parts left out). */
export function serializeChartState(s: ChartState): string {
  return writeQuery([
    ['policy', s.policy],
    ['row', s.row],
    ['unit', s.unit],
    ['from', s.from],
    ['to', s.to],
    ['view', s.view === 'table' ? 'table' : null],
  ]);
}
