/** The one order of the site's records, used by every page, the open data and the feed (docs/data.md). */
import type { Benefit, Measure, Policy, Target, Task, TaxonomyEntry } from './schemas.ts';

/** A policy's year for ordering: its plan's start, else the year it was issued, else last. */
export function policyYear(p: Pick<Policy, 'period' | 'issued'>): number {
  return p.period.start ?? Number(p.issued?.slice(0, 4) ?? 9999);
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Ids with their numbers compared as numbers (…/1-2/t2 before …/1-2/t10). */
const byNumericId = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

export interface Records {
  policies: Policy[];
  measures: Measure[];
  tasks: Task[];
  targets: Target[];
  /** Ordered as targets are, when given. */
  benefits?: Benefit[];
  taxonomy: TaxonomyEntry[];
}

/**
 * The records in the site's order: policies by year (policyYear), then id; measures, tasks
 * and targets by their policy in that order, then measures by `order` and tasks by `seq`
 * (document order), targets by id with numbers compared as numbers (…/1-2/t2 before
 * …/1-2/t10), benefits likewise; taxonomy entries by group (alphabetically), then in their authored order.
 * Units keep the registry's order. Returns new arrays.
 */
export function orderRecords<R extends Records>(records: R): R {
  const policies = [...records.policies].sort((a, b) => policyYear(a) - policyYear(b) || byCodeUnits(a.id, b.id));
  const rank = new Map(policies.map((p, i) => [p.id, i]));
  const policyRank = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return {
    ...records,
    policies,
    measures: [...records.measures].sort((a, b) => policyRank(a.policy) - policyRank(b.policy) || a.order - b.order),
    tasks: [...records.tasks].sort((a, b) => policyRank(a.policy) - policyRank(b.policy) || a.seq - b.seq),
    targets: [...records.targets].sort((a, b) => policyRank(a.policy) - policyRank(b.policy) || byNumericId(a.id, b.id)),
    ...(records.benefits && { benefits: [...records.benefits].sort((a, b) => policyRank(a.policy) - policyRank(b.policy) || byNumericId(a.id, b.id)) }),
    taxonomy: [...records.taxonomy].sort((a, b) => byCodeUnits(a.group, b.group) || a.order - b.order),
  };
}
