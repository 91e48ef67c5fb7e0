/**
 * Status of a policy and of its measures at a date (the build date): in force, not yet
 * in force, plan period ended, superseded or repealed — and for a measure with a
 * deadline, whether it has passed. Pure: the date and the evidence are passed in.
 */

/** Why a policy is no longer current, from an authored relation or the portal's 有效性 field, with its evidence. */
export interface Supersession {
  /** The later policy of the corpus that replaces or continues it, when there is one. */
  by: string | null;
  /** The sentence or reference that says so (a quote, or ../shared/reference/sources.md). */
  evidence: string;
}

export type PolicyStatusKind =
  /** the date is inside the stated plan period */
  | 'in-force'
  /** no end is stated: taken as current, and shown as “no end date stated” */
  | 'open-ended'
  /** the plan period starts after the date */
  | 'not-yet'
  /** the plan period ended before the date */
  | 'ended'
  /** a later policy replaces it (authored relation with evidence) */
  | 'superseded'
  /** the portal marks it 失效/废止 */
  | 'repealed';

export interface PolicyStatus {
  kind: PolicyStatusKind;
  /** Is it current at the date (shown by default to people looking for support)? */
  current: boolean;
  supersession: Supersession | null;
}

export type MeasureStatusKind = PolicyStatusKind | 'deadline-passed';

export interface MeasureStatus {
  kind: MeasureStatusKind;
  current: boolean;
}

/** Portal values of 有效性 that mean the document no longer applies. */
const NOT_VALID = /^(失效|废止|已废止|已失效|宣布失效|已修改)$/;

/** The status of a policy at a date. */
export function policyStatus(
  policy: { period: { start: number | null; end: number | null }; portalMetadata?: Record<string, string> | null },
  at: Date,
  supersession: Supersession | null = null,
): PolicyStatus {
  const year = at.getUTCFullYear();
  const validity = policy.portalMetadata?.['有效性']?.trim();
  if (validity && NOT_VALID.test(validity)) return { kind: 'repealed', current: false, supersession: { by: null, evidence: `有效性：${validity}` } };
  if (supersession) return { kind: 'superseded', current: false, supersession };
  const { start, end } = policy.period;
  if (end !== null && year > end) return { kind: 'ended', current: false, supersession: null };
  if (start !== null && year < start) return { kind: 'not-yet', current: false, supersession: null };
  if (end === null) return { kind: 'open-ended', current: true, supersession: null };
  return { kind: 'in-force', current: true, supersession: null };
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

/** The status of a measure: its policy's, unless the policy is current and the measure's own deadline has passed. */
export function measureStatus(measure: { deadline: string | null }, policy: PolicyStatus, at: Date): MeasureStatus {
  if (!policy.current) return { kind: policy.kind, current: false };
  const end = measure.deadline ? deadlineEnd(measure.deadline) : null;
  if (end && at.getTime() > end.getTime()) return { kind: 'deadline-passed', current: false };
  return { kind: policy.kind, current: true };
}
