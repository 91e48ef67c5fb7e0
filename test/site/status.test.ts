/** Status fields of the built open data (dist/data/): run `npm run build` first. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordStatus } from '../../src/data/schemas.ts';
import { measureStatus, policyStatus } from '../../src/lib/status.ts';
import { DIST } from '../helpers.ts';

const load = <T,>(name: string) => JSON.parse(readFileSync(join(DIST, 'data', `${name}.json`), 'utf8')) as T[];
type P = { id: string; period: { start: number | null; end: number | null }; supersession: { by: string | null; evidence: string } | null; status: { kind: string; current: boolean; asOf: string } };
type M = { id: string; policy: string; deadline: string | null; status: { kind: string; current: boolean; asOf: string } };

describe('status in the open data', () => {
  const policies = load<P>('policies');
  const measures = load<M>('measures');

  it('every policy and measure has a status at the build date, as src/lib/status.ts computes it', () => {
    for (const p of policies) {
      expect(RecordStatus.parse(p.status)).toBeTruthy();
      const at = new Date(`${p.status.asOf}T00:00:00Z`);
      const expected = policyStatus(p, at, p.supersession);
      expect([p.id, p.status.kind, p.status.current]).toEqual([p.id, expected.kind, expected.current]);
      for (const m of measures.filter((x) => x.policy === p.id)) {
        const e = measureStatus(m, expected, at);
        expect([m.id, m.status.kind, m.status.current]).toEqual([m.id, e.kind, e.current]);
      }
    }
  });

  it('the 2015–2020 action plan has ended (the site is built after 2020)', () => {
    const p = policies.find((x) => x.id === 'cq-2015-action-plan')!;
    expect(Number(p.status.asOf.slice(0, 4))).toBeGreaterThan(2020);
    expect(p.status).toMatchObject({ kind: 'ended', current: false });
    expect(measures.filter((m) => m.policy === p.id).every((m) => !m.status.current)).toBe(true);
  });
});
