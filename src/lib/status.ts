/**
 * The one status model of the site: the status of a policy and of its measures at a date (the
 * build date), used by every page, the open data, search and the finder. Pure: the date and the
 * evidence are passed in. Rules, in order (docs/data.md, “Status”):
 *   repealed     the portal's 有效性 says 失效/废止 (portal evidence)
 *   superseded   an authored relation with evidence (content/supersessions.yaml)
 *   ended        the stated period is over (a one-year plan: its year is over), or, with no end
 *                stated, every dated deadline of the policy (measures and task table) has passed
 *   not-yet      the stated period starts after the date
 *   in-force     inside the stated period, or no end stated and some deadline still to come or
 *                none stated but an issue date (shown as “no end date stated”)
 *   unknown      nothing to go on: no period, no deadline, no issue date
 * A measure has its policy's status, except that in a current policy a measure whose own deadline
 * has passed has ended (basis `deadline`).
 */

/** Why a policy is no longer current, from an authored relation or the portal's 有效性 field, with its evidence. */
export interface Supersession {
  /** The later policy of the corpus that replaces or continues it, when there is one. */
  by: string | null;
  /** The sentence or reference that says so (a quote, or ../shared/reference/sources.md). */
  evidence: string;
}

export const STATUS_KINDS = ['in-force', 'not-yet', 'ended', 'superseded', 'repealed', 'unknown'] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];

/** Each status's icon on its badge: badges differ by shape and text, not colour alone (WCAG 1.4.1). */
export const STATUS_ICONS: Record<StatusKind, string> = {
  'in-force': '✓',
  'not-yet': '◷',
  ended: '■',
  superseded: '↷',
  repealed: '✕',
  unknown: '?',
};

/** What the status rests on. */
export const STATUS_BASES = ['period', 'one-year', 'deadlines', 'deadline', 'no-end-stated', 'relation', 'portal', 'nothing'] as const;
export type StatusBasis = (typeof STATUS_BASES)[number];

export interface Status {
  kind: StatusKind;
  /** Is it current at the date (shown by the finder's default, and by search's “current only”)? Only in force is. */
  current: boolean;
  basis: StatusBasis;
  /**
   * The date that goes with the status: the year or last deadline it ended (2020, 2017-12), the
   * year a period ends (in force) or starts (not yet); null when there is none.
   */
  date: string | null;
}

export interface PolicyStatus extends Status {
  supersession: Supersession | null;
}

export type MeasureStatus = Status;

/** Portal values of 有效性 that mean the document no longer applies. */
const NOT_VALID = /^(失效|废止|已废止|已失效|宣布失效|已修改)$/;

interface PolicyFacts {
  period: { start: number | null; end: number | null };
  issued?: string | null;
  portalMetadata?: Record<string, string> | null;
}

/** The status of a policy at a date; `deadlines` are the dated deadlines of its measures and task table. */
export function policyStatus(policy: PolicyFacts, at: Date, supersession: Supersession | null = null, deadlines: readonly (string | null)[] = []): PolicyStatus {
  const year = at.getUTCFullYear();
  const s = (kind: StatusKind, basis: StatusBasis, date: string | number | null, sup: Supersession | null = null): PolicyStatus => ({
    kind,
    current: kind === 'in-force',
    basis,
    date: date === null ? null : String(date),
    supersession: sup,
  });
  const validity = policy.portalMetadata?.['有效性']?.trim();
  if (validity && NOT_VALID.test(validity)) return s('repealed', 'portal', null, { by: null, evidence: `有效性：${validity}` });
  if (supersession) return s('superseded', 'relation', null, supersession);
  const { start, end } = policy.period;
  if (start !== null && year < start) return s('not-yet', 'period', start);
  if (end !== null) return s(year > end ? 'ended' : 'in-force', start === end ? 'one-year' : 'period', end);
  const last = lastDeadline(deadlines);
  if (last && at.getTime() > deadlineEnd(last)!.getTime()) return s('ended', 'deadlines', last);
  if (last || policy.issued) return s('in-force', 'no-end-stated', null);
  return s('unknown', 'nothing', null);
}

/** The latest of some deadlines (by the last day each covers), or null when none can be read. */
export function lastDeadline(deadlines: readonly (string | null)[]): string | null {
  let best: { d: string; end: number } | null = null;
  for (const d of deadlines) {
    const end = d ? deadlineEnd(d) : null;
    if (end && (!best || end.getTime() > best.end)) best = { d: d!, end: end.getTime() };
  }
  return best?.d ?? null;
}

/** The last day a deadline covers: 2017 → 2017-12-31, 2016-06 → 2016-06-30, 2016-06-15 → itself (UTC). */
export function deadlineEnd(deadline: string): Date | null {
  const m = deadline.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/);
  if (!m) return null;
  const y = Number(m[1]);
  if (!m[2]) return new Date(Date.UTC(y, 11, 31));
  const month = Number(m[2]);
  if (!m[3]) return new Date(Date.UTC(y, month, 0)); // day 0 of the next month: the month's last day
  return new Date(Date.UTC(y, month - 1, Number(m[3])));
}

/** The status of a measure: its policy's, unless the policy is in force and the measure's own deadline has passed. */
export function measureStatus(measure: { deadline: string | null }, policy: PolicyStatus, at: Date): MeasureStatus {
  const { kind, current, basis, date } = policy;
  if (!current) return { kind, current, basis, date };
  const end = measure.deadline ? deadlineEnd(measure.deadline) : null;
  if (end && at.getTime() > end.getTime()) return { kind: 'ended', current: false, basis: 'deadline', date: measure.deadline };
  return { kind, current, basis, date };
}
