/** The support finder's filter (pure, shared by the page script and the tests): groups AND, values within a group OR. */
export interface FinderChoice {
  audiences: string[];
  instruments: string[];
}

/** Whether the finder lists a measure: it offers support (a tag to choose by), and it is not a general provision. */
export function isSupportMeasure(m: { audiences: string[]; instruments: string[]; general: boolean }): boolean {
  return !m.general && (m.audiences.length > 0 || m.instruments.length > 0);
}

/** Whether a measure matches the choice (an empty group matches everything). */
export function matchesFinder(m: { audiences: string[]; instruments: string[] }, choice: FinderChoice): boolean {
  const any = (have: string[], want: string[]) => want.length === 0 || want.some((w) => have.includes(w));
  return any(m.audiences, choice.audiences) && any(m.instruments, choice.instruments);
}

/** Reads the choice from a query string (?audience=…&instrument=…), keeping only known ids. */
export function parseFinderChoice(search: string, known: { audiences: string[]; instruments: string[] }): FinderChoice {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { audiences: [], instruments: [] };
  }
  return {
    audiences: [...new Set(params.getAll('audience'))].filter((a) => known.audiences.includes(a)),
    instruments: [...new Set(params.getAll('instrument'))].filter((i) => known.instruments.includes(i)),
  };
}

/** The query string of a choice. */
export function serializeFinderChoice(choice: FinderChoice): string {
  const params = new URLSearchParams();
  for (const a of choice.audiences) params.append('audience', a);
  for (const i of choice.instruments) params.append('instrument', i);
  const s = params.toString();
  return s ? `?${s}` : '';
}
