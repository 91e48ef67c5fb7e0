/** The one order of the site's records (src/data/order.ts), used by the pages and the open data. */
import { describe, expect, it } from 'vitest';
import { orderRecords, policyYear } from '../../src/data/order.ts';
import type { Measure, Policy, Target, Task, TaxonomyEntry } from '../../src/data/schemas.ts';

// Only the fields the order reads; the rest of a record does not matter here.
const policy = (id: string, start: number | null, issued: string | null = null) => ({ id, period: { start, end: null }, issued }) as Policy;
const measure = (id: string, order: number) => ({ id, policy: id.split('/')[0]!, order }) as Measure;
const task = (policyId: string, seq: number) => ({ id: `${policyId}/task-${seq}`, policy: policyId, seq }) as Task;
const target = (id: string) => ({ id, policy: id.split('/')[0]! }) as Target;
const tag = (group: TaxonomyEntry['group'], id: string, order: number) => ({ id, group, order }) as TaxonomyEntry;

describe('orderRecords', () => {
  const records = orderRecords({
    policies: [policy('b-plan', null, '2016-02-06'), policy('z-plan', 2015), policy('undated', null), policy('a-plan', 2016)],
    measures: [measure('a-plan/2', 1), measure('z-plan/1', 0), measure('a-plan/1', 0), measure('b-plan/1', 0)],
    tasks: [task('b-plan', 2), task('z-plan', 1), task('b-plan', 1)],
    targets: [target('a-plan/1/t10'), target('z-plan/1/t1'), target('a-plan/1/t2'), target('a-plan/1/t1')],
    taxonomy: [tag('themes', 'x', 0), tag('audiences', 'b', 1), tag('instruments', 'c', 0), tag('general', 'general', 0), tag('audiences', 'a', 0)],
  });

  it('puts policies in time order (plan start, else year issued, unknown last), equal years by id', () => {
    expect(records.policies.map((p) => p.id)).toEqual(['z-plan', 'a-plan', 'b-plan', 'undated']);
    expect(policyYear(policy('x', null, '2019-05-01'))).toBe(2019);
  });

  it('puts measures and tasks by their policy in that order, then in document order', () => {
    expect(records.measures.map((m) => m.id)).toEqual(['z-plan/1', 'a-plan/1', 'a-plan/2', 'b-plan/1']);
    expect(records.tasks.map((t) => t.id)).toEqual(['z-plan/task-1', 'b-plan/task-1', 'b-plan/task-2']);
  });

  it('puts targets by policy, then by id with numbers compared as numbers (t2 before t10)', () => {
    expect(records.targets.map((t) => t.id)).toEqual(['z-plan/1/t1', 'a-plan/1/t1', 'a-plan/1/t2', 'a-plan/1/t10']);
  });

  it('puts taxonomy entries by group, then in their authored order', () => {
    expect(records.taxonomy.map((t) => `${t.group}:${t.id}`)).toEqual(['audiences:a', 'audiences:b', 'general:general', 'instruments:c', 'themes:x']);
  });

  it('gives the same order whatever order the records come in', () => {
    const reversed = orderRecords({
      policies: [...records.policies].reverse(),
      measures: [...records.measures].reverse(),
      tasks: [...records.tasks].reverse(),
      targets: [...records.targets].reverse(),
      taxonomy: [...records.taxonomy].reverse(),
    });
    expect(reversed).toEqual(records);
  });
});
