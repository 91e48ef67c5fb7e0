/** Status fields of the built open data (dist/data/): run `npm run build` first. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordStatus } from '../../src/data/schemas.ts';
import { measureStatus, policyStatus } from '../../src/lib/status.ts';
import { DIST } from '../helpers.ts';

const load = <T,>(name: string) => JSON.parse(readFileSync(join(DIST, 'data', `${name}.json`), 'utf8')) as T[];
type S = { kind: string; current: boolean; basis: string; date: string | null; asOf: string };
type P = { id: string; period: { start: number | null; end: number | null }; issued: string | null; supersession: { by: string | null; evidence: string } | null; status: S };
type M = { id: string; policy: string; deadline: string | null; status: S };

describe('status in the open data', () => {
  const policies = load<P>('policies');
  const measures = load<M>('measures');
  const tasks = load<{ policy: string; deadline: string | null }>('tasks');
  /** A policy's dated deadlines, as the site passes them to policyStatus. */
  const deadlinesOf = (id: string) => [...measures.filter((m) => m.policy === id).map((m) => m.deadline), ...tasks.filter((x) => x.policy === id).map((x) => x.deadline)];

  it('every policy and measure has a status at the build date, as src/lib/status.ts computes it', () => {
    for (const p of policies) {
      expect(RecordStatus.parse(p.status)).toBeTruthy();
      const at = new Date(`${p.status.asOf}T00:00:00Z`);
      const expected = policyStatus(p, at, p.supersession, deadlinesOf(p.id));
      const { supersession: _, ...fields } = expected;
      expect([p.id, p.status]).toEqual([p.id, { ...fields, asOf: p.status.asOf }]);
      for (const m of measures.filter((x) => x.policy === p.id)) {
        const e = measureStatus(m, expected, at);
        expect([m.id, m.status]).toEqual([m.id, { ...e, asOf: p.status.asOf }]);
      }
    }
  });

  it('the 2015–2020 action plan has ended (the site is built after 2020)', () => {
    const p = policies.find((x) => x.id === 'cq-2015-action-plan')!;
    expect(Number(p.status.asOf.slice(0, 4))).toBeGreaterThan(2020);
    expect(p.status).toMatchObject({ kind: 'ended', current: false });
    expect(measures.filter((m) => m.policy === p.id).every((m) => !m.status.current)).toBe(true);
  });

  it('the 2016 work plan, all of whose deadlines are 2016–2017, has ended (not “current, no end date stated”)', () => {
    const p = policies.find((x) => x.id === 'cq-2016-work-plan')!;
    expect(p.period.end).toBeNull();
    expect(deadlinesOf(p.id).filter(Boolean).every((d) => /^201[67]/.test(d!))).toBe(true);
    expect(p.status).toMatchObject({ kind: 'ended', current: false, basis: 'deadlines' });
    expect(p.status.date).toMatch(/^2017/);
    expect(measures.filter((m) => m.policy === p.id).every((m) => m.status.kind === 'ended')).toBe(true);
  });
});
