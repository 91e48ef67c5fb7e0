/** The support finder's pure logic: default hiding of non-current measures, ?all=1, live counts per choice. */
import { describe, expect, it } from 'vitest';
import { finderCounts, finderOrder, parseFinderChoice, serializeFinderChoice, shownInFinder, type FinderItem } from '../../src/lib/finder.ts';

const known = { audiences: ['startups', 'universities'], instruments: ['funds', 'loans', 'tax'] };
const items: (FinderItem & { id: string })[] = [
  { id: 'a', audiences: ['startups'], instruments: ['funds'], current: true },
  { id: 'b', audiences: ['startups'], instruments: ['loans'], current: false },
  { id: 'c', audiences: ['universities'], instruments: ['funds', 'loans'], current: true },
  { id: 'd', audiences: ['universities'], instruments: ['tax'], current: false },
];

describe('finder: default hiding', () => {
  it('hides non-current measures unless the choice includes ended plans', () => {
    const none = { audiences: [], instruments: [] };
    expect(items.filter((m) => shownInFinder(m, none)).map((m) => m.id)).toEqual(['a', 'c']);
    expect(items.filter((m) => shownInFinder(m, { ...none, all: true })).map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('puts current measures first, keeping the order within each group', () => {
    expect(finderOrder(items).map((m) => m.id)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('puts measures inside a stated plan period before current ones whose document states no end', () => {
    const ranked = [
      { id: 'open', current: true, basis: 'no-end-stated' },
      { id: 'old', current: false, basis: 'period' },
      { id: 'in', current: true, basis: 'period' },
    ];
    expect(finderOrder(ranked).map((m) => m.id)).toEqual(['in', 'open', 'old']);
  });

  it('keeps “include ended plans” in the URL as all=1', () => {
    const choice = parseFinderChoice('?audience=startups&all=1', known);
    expect(choice).toEqual({ audiences: ['startups'], instruments: [], all: true });
    expect(serializeFinderChoice(choice)).toBe('?audience=startups&all=1');
    expect(parseFinderChoice('?audience=startups&all=yes', known).all).toBe(false);
    expect(serializeFinderChoice({ audiences: [], instruments: [], all: false })).toBe('');
  });
});

describe('finder: counts per choice', () => {
  it('counts what toggling each value would show, among current measures by default', () => {
    const counts = finderCounts(items, { audiences: ['startups'], instruments: [] }, known);
    // un-ticking startups leaves no audience filter: a and c
    expect(counts.audiences).toEqual({ startups: 2, universities: 2 });
    // startups AND funds → a; startups AND loans → b is not current → 0; tax → d is not current, not startups → 0
    expect(counts.instruments).toEqual({ funds: 1, loans: 0, tax: 0 });
  });

  it('counts ended measures too when the choice includes them', () => {
    const counts = finderCounts(items, { audiences: ['startups'], instruments: [], all: true }, known);
    expect(counts.instruments).toEqual({ funds: 1, loans: 1, tax: 0 });
    expect(counts.audiences).toEqual({ startups: 4, universities: 4 });
  });

  it('a value already ticked counts what un-ticking it shows', () => {
    const counts = finderCounts(items, { audiences: [], instruments: ['funds'] }, known);
    expect(counts.instruments.funds).toBe(2);
    expect(counts.instruments.loans).toBe(2); // funds OR loans: a, c
  });
});
