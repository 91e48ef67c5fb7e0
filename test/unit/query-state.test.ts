import { describe, expect, it } from 'vitest';
import { flag, knownValue, knownValues, readQuery, withState, writeQuery } from '../../src/lib/query-state.ts';

describe('query state', () => {
  it('reads a query string with or without its ?', () => {
    expect(readQuery('?a=1&b=x')?.get('b')).toBe('x');
    expect(readQuery('a=1')?.get('a')).toBe('1');
    expect(readQuery('')?.toString()).toBe('');
  });

  it('keeps only allowed values, a repeated parameter deduplicated in URL order', () => {
    const p = readQuery('?kind=b&kind=x&kind=a&kind=b&one=zz&one=a')!;
    expect(knownValues(p, 'kind', ['a', 'b'])).toEqual(['b', 'a']);
    expect(knownValue(p, 'one', ['a'])).toBeNull(); // the first value counts, and it is unknown
    expect(knownValue(p, 'kind', ['b'])).toBe('b');
    expect(knownValue(p, 'missing', ['a'])).toBeNull();
    // a name like a built-in property is just an unknown value
    expect(knownValues(readQuery('?kind=toString&kind=__proto__')!, 'kind', ['a'])).toEqual([]);
  });

  it('reads a flag only as 1', () => {
    expect(flag(readQuery('?all=1')!, 'all')).toBe(true);
    expect(flag(readQuery('?all=true')!, 'all')).toBe(false);
    expect(flag(readQuery('')!, 'all')).toBe(false);
  });

  it('writes entries in the order given, leaving out empty ones', () => {
    expect(writeQuery([['q', '众创 空间'], ['kind', ['measure', 'unit']], ['from', 2016], ['other', true], ['all', false], ['x', null], ['y', ''], ['z', []]])).toBe(
      '?q=%E4%BC%97%E5%88%9B+%E7%A9%BA%E9%97%B4&kind=measure&kind=unit&from=2016&other=1',
    );
    expect(writeQuery([['a', null], ['b', undefined]])).toBe('');
  });

  it('round-trips what it writes', () => {
    const s = writeQuery([['kind', ['a&b', 'c=d']], ['all', true]]);
    const p = readQuery(s)!;
    expect(knownValues(p, 'kind', ['a&b', 'c=d'])).toEqual(['a&b', 'c=d']);
    expect(flag(p, 'all')).toBe(true);
  });
});

describe('withState (the language switch keeps the page state)', () => {
  it('puts the query and fragment on the other language path, replacing any it had', () => {
    expect(withState('/en/finder/', '?org=enterprise&need=funds-equity', '')).toBe('/en/finder/?org=enterprise&need=funds-equity');
    expect(withState('/targets/?old=1#x', '?policy=cq-2023-double-growth&view=table', '#timeline')).toBe('/targets/?policy=cq-2023-double-growth&view=table#timeline');
    expect(withState('/en/finder/', '', '')).toBe('/en/finder/');
  });
});
