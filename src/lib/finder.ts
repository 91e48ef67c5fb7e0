/**
 * The support finder's filter (pure, shared by the page script and the tests). "Who you are" is a
 * profile of facts (kind of organisation, size or stage, tech-based or not); a measure applies when
 * one of its audiences is a group the profile belongs to, broader groups included (a small tech
 * start-up is an enterprise, a small firm and possibly a tech-based one). What you need is a set of
 * instruments (OR); profile AND needs; non-current measures hidden unless asked for.
 */
import { splitUnit } from './measure-units.ts';
import { flag, knownValue, knownValues, readQuery, writeQuery } from './query-state.ts';

/** Kinds of organisation (or person) a visitor can say they are. */
export const ORGS = ['enterprise', 'university', 'researcher', 'investor', 'service-provider', 'district', 'citizen'] as const;
/** Size or stage of an enterprise. */
export const SIZES = ['small', 'large'] as const;
/** Whether an enterprise is tech-based (certified tech-based or high-tech). */
export const TECH = ['yes', 'no'] as const;

export type Org = (typeof ORGS)[number];
export type Size = (typeof SIZES)[number];
export type Tech = (typeof TECH)[number];

/** The facts a visitor gave; null: not said (it narrows nothing). */
export interface Profile {
  org: Org | null;
  size: Size | null;
  tech: Tech | null;
}

export interface FinderChoice extends Profile {
  /** Instruments (content/taxonomy.yaml ids): a measure offering any of them. */
  needs: string[];
  /** Include measures that are no longer current (ended, superseded, deadline passed): `?all=1`. */
  all?: boolean;
  /** Order of the results: best fit (default) or the largest amount of money offered first: `?sort=amount`. */
  sort?: FinderSort;
}

/** Orders the finder offers. */
export const SORTS = ['fit', 'amount'] as const;
export type FinderSort = (typeof SORTS)[number];

/** The facts of the profile form: a field name and its values. */
export const FACTS = { org: ORGS, size: SIZES, tech: TECH } as const;
export type Fact = keyof typeof FACTS;

/** Audience tags (content/taxonomy.yaml) that each kind of organisation other than an enterprise belongs to. */
const ORG_AUDIENCES: Record<Exclude<Org, 'enterprise'>, string[]> = {
  university: ['universities-institutes'],
  researcher: ['researchers-talent'],
  investor: ['investors-finance'],
  'service-provider': ['service-providers'],
  district: ['district-governments'],
  citizen: ['citizens'],
};

/** Every audience tag the eligibility rules name (checked against the taxonomy by a test). */
export const AUDIENCES_USED = ['enterprises', 'startups', 'large-firms', 'tech-enterprises', ...Object.values(ORG_AUDIENCES).flat()];

/**
 * The audience tags whose measures a profile is eligible for, or null when the profile says nothing
 * (no filter). An enterprise belongs to `enterprises`, to `startups` when small, to `large-firms` when
 * large (to both when its size is not said), and to `tech-enterprises` unless it says it is not
 * tech-based. Size or tech given without a kind of organisation imply an enterprise.
 */
export function eligibleAudiences(p: Profile): string[] | null {
  const org = p.org ?? (p.size || p.tech ? 'enterprise' : null);
  if (org === null) return null;
  if (org !== 'enterprise') return ORG_AUDIENCES[org];
  const out = ['enterprises'];
  if (p.size !== 'large') out.push('startups');
  if (p.size !== 'small') out.push('large-firms');
  if (p.tech !== 'no') out.push('tech-enterprises');
  return out;
}

/** Whether a measure lists support (a tag to choose by), and it is not a general provision. */
export function isSupportMeasure(m: { audiences: string[]; instruments: string[]; general: boolean }): boolean {
  return !m.general && (m.audiences.length > 0 || m.instruments.length > 0);
}

/** What the finder knows of a measure. */
export interface FinderItem {
  audiences: string[];
  instruments: string[];
  /** Is it current at the build date (src/lib/status.ts)? */
  current: boolean;
  /** The largest amount of money its benefits offer, in 元 (largestAmount); null when none states one. */
  amount?: number | null;
}

/**
 * The largest sum of money a measure's benefits state, in 元 (最高500万元 → 5,000,000; a range's upper
 * end), for sorting by amount. Rates, ratios and other currencies are not comparable sums: left out.
 */
export function largestAmount(benefits: { value: number; valueMax: number | null; unit: { zh: string } }[]): number | null {
  let max: number | null = null;
  for (const b of benefits) {
    const { factor, base } = splitUnit(b.unit.zh);
    if (base !== '元') continue;
    const yuan = (b.valueMax ?? b.value) * factor;
    if (max === null || yuan > max) max = yuan;
  }
  return max;
}

/** Whether a measure applies to the profile and offers one of the needs (an empty part matches everything); status is not considered. */
export function matchesFinder(m: { audiences: string[]; instruments: string[] }, choice: FinderChoice): boolean {
  const groups = eligibleAudiences(choice);
  const forYou = groups === null || m.audiences.some((a) => groups.includes(a));
  const offers = choice.needs.length === 0 || choice.needs.some((n) => m.instruments.includes(n));
  return forYou && offers;
}

/** Whether a measure is shown: it matches, and it is current unless the choice includes ended plans. */
export function shownInFinder(m: FinderItem, choice: FinderChoice): boolean {
  return (m.current || choice.all === true) && matchesFinder(m, choice);
}

/** The choice with a need ticked (kept when already ticked): counts say what you see *with* the option. */
export function withNeed(choice: FinderChoice, id: string): FinderChoice {
  return choice.needs.includes(id) ? choice : { ...choice, needs: [...choice.needs, id] };
}

/** The choice with one fact set (null: not said). */
export function withFact(choice: FinderChoice, fact: Fact, value: string | null): FinderChoice {
  return { ...choice, [fact]: value };
}

/** Counts per option: how many measures are shown with that option chosen (GOV.UK finders' convention). */
export interface FinderCounts {
  facts: Record<Fact, Record<string, number>>;
  needs: Record<string, number>;
}

/** For each fact value ('' = not said) and each need, the number of measures shown with it chosen, the rest of the choice kept. */
export function finderCounts(items: FinderItem[], choice: FinderChoice, needs: readonly string[]): FinderCounts {
  const count = (c: FinderChoice) => items.filter((m) => shownInFinder(m, c)).length;
  const facts = { org: {}, size: {}, tech: {} } as FinderCounts['facts'];
  for (const fact of Object.keys(FACTS) as Fact[]) {
    facts[fact][''] = count(withFact(choice, fact, null));
    for (const v of FACTS[fact]) facts[fact][v] = count(withFact(choice, fact, v));
  }
  return { facts, needs: Object.fromEntries(needs.map((id) => [id, count(withNeed(choice, id))])) };
}

/**
 * Measures in the finder's order: current ones first — those inside a stated plan period before
 * those whose document states no end (status basis no-end-stated, src/lib/status.ts) — then the rest; stable within each.
 */
export function finderOrder<T extends { current: boolean; basis?: string }>(items: T[]): T[] {
  const rank = (m: T) => (m.current ? (m.basis === 'no-end-stated' ? 1 : 0) : 2);
  return [...items].sort((a, b) => rank(a) - rank(b));
}

/** Profiles of the audience ids of old links (`?audience=startups`), so that they still land on the right results. */
const LEGACY_AUDIENCE: Record<string, Partial<Profile>> = {
  startups: { org: 'enterprise', size: 'small' },
  'tech-enterprises': { org: 'enterprise', tech: 'yes' },
  'large-firms': { org: 'enterprise', size: 'large' },
  enterprises: { org: 'enterprise' },
  'universities-institutes': { org: 'university' },
  'researchers-talent': { org: 'researcher' },
  'investors-finance': { org: 'investor' },
  'service-providers': { org: 'service-provider' },
  'district-governments': { org: 'district' },
  citizens: { org: 'citizen' },
};

/**
 * How well a shown measure fits the profile: 0 when every group it is for is one the profile
 * belongs to (or no profile is given), 1 when it also names groups the profile is not in (a
 * measure for tech-based and large firms, shown to a small firm). Results are ordered by it
 * after their status (finderOrder), so the closest fits come first.
 */
export function fitRank(m: { audiences: string[] }, choice: FinderChoice): number {
  const groups = eligibleAudiences(choice);
  return groups === null || m.audiences.every((a) => groups.includes(a)) ? 0 : 1;
}

/**
 * The positions of the items in the order the finder shows them: status rank (finderOrder) first,
 * then fit; with `sort: 'amount'`, current before not current, then the largest amount first
 * (measures stating none last), then fit. Stable.
 */
export function finderRanking(items: (FinderItem & { basis?: string })[], choice: FinderChoice): number[] {
  const byAmount = choice.sort === 'amount';
  const status = (m: FinderItem & { basis?: string }) => (m.current ? (m.basis === 'no-end-stated' && !byAmount ? 1 : 0) : 2);
  const amount = (m: FinderItem) => (byAmount ? (m.amount ?? -1) : 0);
  return items
    .map((m, i) => ({ i, status: status(m), amount: amount(m), fit: fitRank(m, choice) }))
    .sort((a, b) => a.status - b.status || b.amount - a.amount || a.fit - b.fit || a.i - b.i)
    .map((x) => x.i);
}

/** Reads the choice from a query string (?org=…&size=…&tech=…&need=…&all=1&sort=amount; the old ?audience= and ?instrument= too), keeping only known values. */
export function parseFinderChoice(search: string, needs: readonly string[]): FinderChoice {
  const params = readQuery(search);
  const empty: FinderChoice = { org: null, size: null, tech: null, needs: [], all: false };
  if (!params) return empty;
  const legacy = LEGACY_AUDIENCE[params.get('audience') ?? ''] ?? {};
  return {
    org: (knownValue(params, 'org', ORGS) as Org | null) ?? legacy.org ?? null,
    size: (knownValue(params, 'size', SIZES) as Size | null) ?? legacy.size ?? null,
    tech: (knownValue(params, 'tech', TECH) as Tech | null) ?? legacy.tech ?? null,
    needs: [...new Set([...knownValues(params, 'need', needs), ...knownValues(params, 'instrument', needs)])],
    all: flag(params, 'all'),
    ...(params.get('sort') === 'amount' ? { sort: 'amount' as const } : {}),
  };
}

/** The query string of a choice. */
export function serializeFinderChoice(choice: FinderChoice): string {
  return writeQuery([
    ['org', choice.org],
    ['size', choice.size],
    ['tech', choice.tech],
    ['need', choice.needs],
    ['all', choice.all],
    ['sort', choice.sort === 'amount' ? 'amount' : null],
  ]);
}
