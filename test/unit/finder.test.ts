/** The support finder's pure logic: eligibility by profile, default hiding of non-current measures, ?all=1, counts per option. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AUDIENCES_USED, eligibleAudiences, finderCounts, finderOrder, finderRanking, fitRank, largestAmount, matchesFinder, parseFinderChoice, serializeFinderChoice, shownInFinder, type FinderChoice, type FinderItem } from '../../src/lib/finder.ts';

const needs = ['funds', 'loans', 'tax'];
const none: FinderChoice = { org: null, size: null, tech: null, needs: [] };
const items: (FinderItem & { id: string })[] = [
  { id: 'a', audiences: ['startups'], instruments: ['funds'], current: true },
  { id: 'b', audiences: ['startups'], instruments: ['loans'], current: false },
  { id: 'c', audiences: ['universities-institutes'], instruments: ['funds', 'loans'], current: true },
  { id: 'd', audiences: ['universities-institutes'], instruments: ['tax'], current: false },
  { id: 'e', audiences: ['tech-enterprises'], instruments: ['loans'], current: true },
  { id: 'f', audiences: ['enterprises'], instruments: ['tax'], current: true },
  { id: 'g', audiences: ['large-firms'], instruments: ['funds'], current: true },
];
const ids = (choice: FinderChoice) => items.filter((m) => shownInFinder(m, choice)).map((m) => m.id);

describe('finder: eligibility', () => {
  it('a profile that says nothing does not filter', () => {
    expect(eligibleAudiences(none)).toBeNull();
    expect(ids(none)).toEqual(['a', 'c', 'e', 'f', 'g']);
  });

  it('a small enterprise belongs to the broader groups: enterprises, small firms, and (unless it says otherwise) tech-based ones', () => {
    expect(eligibleAudiences({ ...none, org: 'enterprise', size: 'small' })).toEqual(['enterprises', 'startups', 'tech-enterprises']);
    expect(ids({ ...none, org: 'enterprise', size: 'small' })).toEqual(['a', 'e', 'f']);
    expect(ids({ ...none, org: 'enterprise', size: 'small', tech: 'no' })).toEqual(['a', 'f']);
    expect(ids({ ...none, org: 'enterprise', size: 'large', tech: 'no' })).toEqual(['f', 'g']);
  });

  it('size or tech without a kind of organisation imply an enterprise', () => {
    expect(eligibleAudiences({ ...none, tech: 'yes' })).toEqual(['enterprises', 'startups', 'large-firms', 'tech-enterprises']);
  });

  it('other kinds of organisation match only their own group', () => {
    expect(ids({ ...none, org: 'university' })).toEqual(['c']);
    expect(ids({ ...none, org: 'citizen' })).toEqual([]);
  });

  it('profile AND needs; needs OR', () => {
    expect(ids({ ...none, org: 'enterprise', needs: ['loans', 'tax'] })).toEqual(['e', 'f']);
    expect(matchesFinder({ audiences: ['startups'], instruments: [] }, { ...none, needs: ['funds'] })).toBe(false);
  });

  it('names only audience tags of the taxonomy', () => {
    const taxonomy = parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'taxonomy.yaml'), 'utf8')) as { audiences: { id: string }[] };
    const known = taxonomy.audiences.map((a) => a.id);
    for (const id of AUDIENCES_USED) expect(known, id).toContain(id);
  });
});

describe('finder: default hiding and order', () => {
  it('hides non-current measures unless the choice includes ended plans', () => {
    expect(ids({ ...none, org: 'enterprise', size: 'small', tech: 'no', all: true })).toEqual(['a', 'b', 'f']);
  });

  it('puts current measures first, keeping the order within each group', () => {
    expect(finderOrder(items.slice(0, 4)).map((m) => m.id)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('puts measures inside a stated plan period before current ones whose document states no end', () => {
    const ranked = [
      { id: 'open', current: true, basis: 'no-end-stated' },
      { id: 'old', current: false, basis: 'period' },
      { id: 'in', current: true, basis: 'period' },
    ];
    expect(finderOrder(ranked).map((m) => m.id)).toEqual(['in', 'open', 'old']);
  });
});

describe('finder: closest fits first', () => {
  it('a measure for groups the profile is all in ranks before one that also names other groups, after status', () => {
    const small = { ...none, org: 'enterprise' as const, size: 'small' as const };
    expect(fitRank({ audiences: ['tech-enterprises'] }, small)).toBe(0);
    expect(fitRank({ audiences: ['tech-enterprises', 'large-firms'] }, small)).toBe(1);
    expect(fitRank({ audiences: ['large-firms'] }, none)).toBe(0);
    const list = [
      { audiences: ['tech-enterprises', 'large-firms'], instruments: [], current: true, basis: 'period' },
      { audiences: ['startups'], instruments: [], current: true, basis: 'no-end-stated' },
      { audiences: ['startups'], instruments: [], current: true, basis: 'period' },
      { audiences: ['startups'], instruments: [], current: false, basis: 'period' },
    ];
    expect(finderRanking(list, small)).toEqual([2, 0, 1, 3]);
    expect(finderRanking(list, none)).toEqual([0, 2, 1, 3]);
  });
});

describe('finder: sort by amount', () => {
  const money = (value: number, unit: string, valueMax: number | null = null) => ({ value, valueMax, unit: { zh: unit } });
  it('reads the largest sum of money in 元, a range by its upper end, leaving out rates and other currencies', () => {
    expect(largestAmount([money(500, '万元'), money(1, '亿元'), money(30, '%')])).toBe(1e8);
    expect(largestAmount([money(50, '万元', 200)])).toBe(2e6);
    expect(largestAmount([money(5, '%'), money(100, '万美元')])).toBeNull();
    expect(largestAmount([])).toBeNull();
  });

  it('orders by status, then the largest amount first (none last), then fit; ?sort=amount round-trips', () => {
    const item = (amount: number | null, current = true) => ({ audiences: ['startups'], instruments: [], current, basis: 'period', amount });
    const list = [item(null), item(2e6), item(5e8, false), item(1e7), { ...item(3e7), basis: 'no-end-stated' }];
    // current ones by amount, whether or not their plan states an end; by fit, a stated period first
    expect(finderRanking(list, { ...none, sort: 'amount' })).toEqual([4, 3, 1, 0, 2]);
    expect(finderRanking(list, none)).toEqual([0, 1, 3, 4, 2]);
    const choice = parseFinderChoice('?need=loans&sort=amount', needs);
    expect(choice.sort).toBe('amount');
    expect(serializeFinderChoice(choice)).toBe('?need=loans&sort=amount');
    expect(parseFinderChoice('?sort=biggest', needs).sort).toBeUndefined();
  });
});

describe('finder: URL', () => {
  it('round-trips a choice, in a stable order', () => {
    const choice = parseFinderChoice('?need=loans&tech=yes&org=enterprise&size=small&need=funds&all=1', needs);
    expect(choice).toEqual({ org: 'enterprise', size: 'small', tech: 'yes', needs: ['loans', 'funds'], all: true });
    expect(serializeFinderChoice(choice)).toBe('?org=enterprise&size=small&tech=yes&need=loans&need=funds&all=1');
    expect(serializeFinderChoice({ ...none, all: false })).toBe('');
  });

  it('ignores unknown or empty values (a form sent without JavaScript writes org=)', () => {
    expect(parseFinderChoice('?org=&size=huge&tech=maybe&need=nope&all=yes', needs)).toEqual({ ...none, all: false });
  });

  it('reads the old ?audience= and ?instrument= links as a profile and needs', () => {
    expect(parseFinderChoice('?audience=startups&instrument=funds', needs)).toEqual({ org: 'enterprise', size: 'small', tech: null, needs: ['funds'], all: false });
    expect(parseFinderChoice('?audience=researchers-talent', needs).org).toBe('researcher');
  });
});

describe('finder: counts per option (what you see with it chosen)', () => {
  it('a need counts the results with it ticked, the rest of the choice kept; a ticked need counts what is shown', () => {
    const choice = { ...none, org: 'enterprise' as const, needs: ['loans'] };
    const counts = finderCounts(items, choice, needs);
    expect(ids(choice)).toEqual(['e']);
    expect(counts.needs).toEqual({ loans: 1, funds: 3, tax: 2 }); // loans: e; loans|funds: a e g; loans|tax: e f
  });

  it('a fact counts the results with that value chosen instead of the current one', () => {
    const counts = finderCounts(items, { ...none, org: 'enterprise', size: 'small' }, needs);
    expect(counts.facts.size).toEqual({ '': 4, small: 3, large: 3 }); // any: a e f g; small: a e f; large: e f g
    expect(counts.facts.org.university).toBe(1);
    expect(counts.facts.tech).toEqual({ '': 3, yes: 3, no: 2 });
  });

  it('counts ended measures too when the choice includes them', () => {
    expect(finderCounts(items, { ...none, all: true }, needs).needs.loans).toBe(3); // b c e
  });
});
