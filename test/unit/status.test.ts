import { describe, expect, it } from 'vitest';
import { deadlineEnd, measureStatus, policyStatus } from '../../src/lib/status.ts';
import { seedInput } from '../helpers.ts';
import { runIngest } from '../../src/ingest/pipeline.ts';

const at = (d: string) => new Date(`${d}T00:00:00Z`);
const { policies } = runIngest(seedInput());
const policy = (id: string) => policies.find((p) => p.policy.id === id)!;

describe('policy status on real dates', () => {
  it('the 2015–2020 action plan: not yet in 2014, in force inside its period, ended after it', () => {
    const p = policy('cq-2015-action-plan').policy;
    expect(policyStatus(p, at('2014-12-31')).kind).toBe('not-yet');
    expect(policyStatus(p, at('2015-01-01'))).toMatchObject({ kind: 'in-force', current: true });
    expect(policyStatus(p, at('2020-12-31'))).toMatchObject({ kind: 'in-force', current: true });
    expect(policyStatus(p, at('2021-01-01'))).toMatchObject({ kind: 'ended', current: false });
  });

  it('the 2023–2027 double-growth plan is in force at the end of 2026 and ended in 2028', () => {
    const p = policy('cq-2023-double-growth').policy;
    expect(policyStatus(p, at('2026-11-25'))).toMatchObject({ kind: 'in-force', current: true });
    expect(policyStatus(p, at('2028-01-01')).kind).toBe('ended');
  });

  it('a policy with no stated period is open-ended (current, “no end date stated”)', () => {
    expect(policyStatus(policy('cq-2022-district-guidance').policy, at('2026-11-25'))).toMatchObject({ kind: 'open-ended', current: true });
  });

  it('an authored supersession or a portal 有效性 of 失效 wins over the period', () => {
    const p = policy('cq-2023-double-growth').policy;
    const s = policyStatus(p, at('2026-11-25'), { by: 'later-plan', evidence: '本计划自印发之日起施行，原计划同时废止。' });
    expect(s).toMatchObject({ kind: 'superseded', current: false, supersession: { by: 'later-plan' } });
    expect(policyStatus({ ...p, portalMetadata: { 有效性: '失效' } }, at('2026-11-25')).kind).toBe('repealed');
    expect(policyStatus({ ...p, portalMetadata: { 有效性: '有效' } }, at('2026-11-25')).kind).toBe('in-force');
  });
});

describe('measure status', () => {
  it('deadlines cover their whole year or month', () => {
    expect(deadlineEnd('2017')?.toISOString().slice(0, 10)).toBe('2017-12-31');
    expect(deadlineEnd('2016-06')?.toISOString().slice(0, 10)).toBe('2016-06-30');
    expect(deadlineEnd('2016-02')?.toISOString().slice(0, 10)).toBe('2016-02-29');
    expect(deadlineEnd('2016-06-15')?.toISOString().slice(0, 10)).toBe('2016-06-15');
    expect(deadlineEnd('soon')).toBeNull();
  });

  it('a 2016 work-plan measure whose tasks were due in 2017 has passed its deadline in 2018, not in 2017', () => {
    const wp = policy('cq-2016-work-plan');
    const m = wp.measures.find((x) => x.id === 'cq-2016-work-plan/2-7')!; // 加快建设众创空间, deadline 2017
    expect(m.deadline).toBe('2017');
    expect(measureStatus(m, policyStatus(wp.policy, at('2017-12-31')), at('2017-12-31'))).toEqual({ kind: 'open-ended', current: true });
    expect(measureStatus(m, policyStatus(wp.policy, at('2018-01-01')), at('2018-01-01'))).toEqual({ kind: 'deadline-passed', current: false });
  });

  it('a measure of an ended plan is not current, whatever its deadline', () => {
    const ap = policy('cq-2015-action-plan');
    const m = ap.measures[0]!;
    expect(measureStatus(m, policyStatus(ap.policy, at('2026-11-25')), at('2026-11-25'))).toEqual({ kind: 'ended', current: false });
  });
});
