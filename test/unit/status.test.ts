import { describe, expect, it } from 'vitest';
import { deadlineEnd, lastDeadline, measureStatus, policyStatus } from '../../src/lib/status.ts';
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

  it('a policy with no stated period and no deadline, but an issue date, is in force with no end date stated', () => {
    const g = policy('cq-2022-district-guidance');
    const deadlines = [...g.measures.map((m) => m.deadline), ...g.tasks.map((x) => x.deadline)];
    expect(deadlines.filter(Boolean)).toEqual([]);
    expect(policyStatus(g.policy, at('2026-11-25'), null, deadlines)).toMatchObject({ kind: 'in-force', current: true, basis: 'no-end-stated', date: null });
  });

  it('the 2016 work plan states no period, and every deadline (2016–2017) has passed: ended, with its last deadline', () => {
    const wp = policy('cq-2016-work-plan');
    const deadlines = [...wp.measures.map((m) => m.deadline), ...wp.tasks.map((x) => x.deadline)];
    expect(deadlines.filter(Boolean).every((d) => /^201[67]/.test(d!))).toBe(true);
    expect(policyStatus(wp.policy, at('2017-12-31'), null, deadlines)).toMatchObject({ kind: 'in-force', basis: 'no-end-stated' });
    expect(policyStatus(wp.policy, at('2026-11-25'), null, deadlines)).toMatchObject({ kind: 'ended', current: false, basis: 'deadlines', date: lastDeadline(deadlines) });
    expect(lastDeadline(deadlines)).toMatch(/^2017/);
  });

  it('each seed policy has its status at the build date of 2026-12-06', () => {
    const expected: Record<string, [string, string]> = {
      'cq-2015-action-plan': ['ended', 'period'],
      'cq-2016-work-plan': ['ended', 'deadlines'],
      'cq-2022-district-guidance': ['in-force', 'no-end-stated'],
      'cq-2023-double-growth': ['in-force', 'period'],
    };
    const got = Object.fromEntries(
      policies.map(({ policy: p, measures, tasks }) => {
        const s = policyStatus(p, at('2026-12-06'), p.supersession, [...measures.map((m) => m.deadline), ...tasks.map((x) => x.deadline)]);
        return [p.id, [s.kind, s.basis]];
      }),
    );
    expect(got).toEqual(expected);
  });

  it('a one-year plan has ended once its year is over; a plan of the future is not yet in force; nothing to go on is unknown', () => {
    const oneYear = { period: { start: 2024, end: 2024 }, issued: '2024-02-01' };
    expect(policyStatus(oneYear, at('2024-12-31'))).toMatchObject({ kind: 'in-force', basis: 'one-year', date: '2024' });
    expect(policyStatus(oneYear, at('2025-01-01'))).toMatchObject({ kind: 'ended', basis: 'one-year', current: false });
    expect(policyStatus({ period: { start: 2028, end: 2030 } }, at('2026-12-06'))).toMatchObject({ kind: 'not-yet', current: false, date: '2028' });
    expect(policyStatus({ period: { start: null, end: null }, issued: null }, at('2026-12-06'))).toMatchObject({ kind: 'unknown', current: false, basis: 'nothing' });
    // a deadline still to come keeps a policy without a stated end in force
    expect(policyStatus({ period: { start: null, end: null }, issued: null }, at('2026-12-06'), null, ['2025', '2027-06'])).toMatchObject({ kind: 'in-force', basis: 'no-end-stated' });
  });

  it('an authored supersession or a portal 有效性 of 失效 wins over the period', () => {
    const p = policy('cq-2023-double-growth').policy;
    const s = policyStatus(p, at('2026-11-25'), { by: 'later-plan', evidence: '本计划自印发之日起施行，原计划同时废止。' });
    expect(s).toMatchObject({ kind: 'superseded', current: false, basis: 'relation', supersession: { by: 'later-plan' } });
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
    // the policy's own deadlines are left out here, so that it stays in force and the measure's deadline decides
    expect(measureStatus(m, policyStatus(wp.policy, at('2017-12-31')), at('2017-12-31'))).toEqual({ kind: 'in-force', current: true, basis: 'no-end-stated', date: null });
    expect(measureStatus(m, policyStatus(wp.policy, at('2018-01-01')), at('2018-01-01'))).toEqual({ kind: 'ended', current: false, basis: 'deadline', date: '2017' });
  });

  it('a measure of an ended plan is not current, whatever its deadline', () => {
    const ap = policy('cq-2015-action-plan');
    const m = ap.measures[0]!;
    expect(measureStatus(m, policyStatus(ap.policy, at('2026-11-25')), at('2026-11-25'))).toEqual({ kind: 'ended', current: false, basis: 'period', date: '2020' });
  });
});
