/** The support finder's filter (pure, shared by the page script and the tests): groups AND, values within a group OR; non-current measures hidden unless asked for. */
import { flag, knownValues, readQuery, writeQuery } from './query-state.ts';

export interface FinderChoice {
  audiences: string[];
  instruments: string[];
  /** Include measures that are no longer current (ended, superseded, deadline passed): `?all=1`. */
  all?: boolean;
}

/** Whether the finder lists a measure: it offers support (a tag to choose by), and it is not a general provision. */
export function isSupportMeasure(m: { audiences: string[]; instruments: string[]; general: boolean }): boolean {
  return !m.general && (m.audiences.length > 0 || m.instruments.length > 0);
}

/** What the finder knows of a measure. */
export interface FinderItem {
  audiences: string[];
  instruments: string[];
  /** Is it current at the build date (src/lib/status.ts)? */
  current: boolean;
}

/** Whether a measure matches the choice's tags (an empty group matches everything); status is not considered. */
export function matchesFinder(m: { audiences: string[]; instruments: string[] }, choice: FinderChoice): boolean {
  const any = (have: string[], want: string[]) => want.length === 0 || want.some((w) => have.includes(w));
  return any(m.audiences, choice.audiences) && any(m.instruments, choice.instruments);
}

/** Whether a measure is shown: it matches, and it is current unless the choice includes ended plans. */
export function shownInFinder(m: FinderItem, choice: FinderChoice): boolean {
  return (m.current || choice.all === true) && matchesFinder(m, choice);
}

/** The choice with one value toggled (added when absent, removed when present). */
export function toggleChoice(choice: FinderChoice, group: 'audiences' | 'instruments', id: string): FinderChoice {
  const values = choice[group].includes(id) ? choice[group].filter((x) => x !== id) : [...choice[group], id];
  return { ...choice, [group]: values };
}

/**
 * For each value of each group, how many measures would be shown if that value were toggled
 * in the current choice: what a click on it leads to, so a choice leading to nothing can be disabled.
 */
export function finderCounts(items: FinderItem[], choice: FinderChoice, known: { audiences: string[]; instruments: string[] }): Record<'audiences' | 'instruments', Record<string, number>> {
  const out = { audiences: {} as Record<string, number>, instruments: {} as Record<string, number> };
  for (const group of ['audiences', 'instruments'] as const) {
    for (const id of known[group]) {
      const next = toggleChoice(choice, group, id);
      out[group][id] = items.filter((m) => shownInFinder(m, next)).length;
    }
  }
  return out;
}

/**
 * Measures in the finder's order: current ones first — those inside a stated plan period before
 * those whose document states no end (status basis no-end-stated, src/lib/status.ts) — then the rest; stable within each.
 */
export function finderOrder<T extends { current: boolean; basis?: string }>(items: T[]): T[] {
  const rank = (m: T) => (m.current ? (m.basis === 'no-end-stated' ? 1 : 0) : 2);
  return [...items].sort((a, b) => rank(a) - rank(b));
}

/** Reads the choice from a query string (?audience=…&instrument=…&all=1), keeping only known ids. */
export function parseFinderChoice(search: string, known: { audiences: string[]; instruments: string[] }): FinderChoice {
  const params = readQuery(search);
  if (!params) return { audiences: [], instruments: [], all: false };
  return { audiences: knownValues(params, 'audience', known.audiences), instruments: knownValues(params, 'instrument', known.instruments), all: flag(params, 'all') };
}

/** The query string of a choice. */
export function serializeFinderChoice(choice: FinderChoice): string {
  return writeQuery([
    ['audience', choice.audiences],
    ['instrument', choice.instruments],
    ['all', choice.all],
  ]);
}
