import { describe, expect, it } from 'vitest';
import type { Benefit } from '../../src/data/schemas.ts';
import { restatedOnce } from '../../src/lib/restated-benefits.ts';

const benefit = (id: string, value: number, kind: Benefit['kind'] = 'loan', comparator: Benefit['comparator'] = '≤') =>
  ({ id, kind, value, valueMax: null, unit: { zh: '万新台币', en: '10k TWD' }, comparator, basis: null, eligibility: null }) as unknown as Benefit;

describe('restatedOnce', () => {
  it('lists a figure stated again once, in order, with the ids of its restatements', () => {
    const out = restatedOnce([benefit('p/a/b1', 200), benefit('p/a/b2', 100), benefit('p/b/b1', 200), benefit('p/c/b1', 200)]);
    expect(out.map((x) => [x.benefit.id, x.restated.map((r) => r.id)])).toEqual([
      ['p/a/b1', ['p/b/b1', 'p/c/b1']],
      ['p/a/b2', []],
    ]);
  });
  it('keeps figures apart that differ in kind or comparator', () => {
    expect(restatedOnce([benefit('x1', 100, 'loan'), benefit('x2', 100, 'subsidy'), benefit('x3', 100, 'loan', '=')])).toHaveLength(3);
  });
});
