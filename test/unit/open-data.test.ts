/** Open data records are the records' schemas minus the one list of internal fields (src/data/schemas.ts). */
import { describe, expect, it } from 'vitest';
import { Benefit, INTERNAL_FIELDS, Measure, OPEN_DATA, OPEN_DATA_FILES, openRecord, Policy, Target, Task, TaxonomyEntry, Unit } from '../../src/data/schemas.ts';
import { runIngest } from '../../src/ingest/pipeline.ts';
import { seedInput } from '../helpers.ts';

const RECORD = { policies: Policy, measures: Measure, tasks: Task, units: Unit, targets: Target, benefits: Benefit, taxonomy: TaxonomyEntry };
const { policies } = runIngest(seedInput());
const status = { status: { kind: 'in-force', current: true, basis: 'period', date: '2027', asOf: '2026-11-25' } };

describe('open data records', () => {
  it('each file publishes its record minus the internal fields (plus the status of policies and measures)', () => {
    for (const name of OPEN_DATA_FILES) {
      const fields = Object.keys(RECORD[name].shape).filter((k) => !(INTERNAL_FIELDS[name] as readonly string[]).includes(k));
      expect(Object.keys(OPEN_DATA[name].shape).filter((k) => k !== 'status'), name).toEqual(fields);
      for (const internal of INTERNAL_FIELDS[name]) expect(Object.keys(RECORD[name].shape), `${name}: ${internal}`).toContain(internal);
    }
  });

  it('openRecord leaves out the internal fields of a measure, keeps the rest as it is', () => {
    const m = policies.find((p) => p.policy.id === 'cq-2016-work-plan')!.measures.find((x) => x.id === 'cq-2016-work-plan/2-7')!;
    const published = openRecord('measures', { ...m, ...status });
    for (const internal of INTERNAL_FIELDS.measures) expect(published).not.toHaveProperty(internal);
    const { ancestors: _a, order: _o, anchor: _n, unitsFrom: _u, enStale: _s, ...rest } = m;
    expect(published).toEqual({ ...rest, ...status });
  });

  it('openRecord stops on a record that does not match its open data schema', () => {
    const p = policies.find((x) => x.policy.id === 'cq-2015-action-plan')!.policy;
    expect(() => openRecord('policies', p)).toThrow(/status/); // a policy's status is computed at build time: required
    expect(() => openRecord('policies', { ...p, ...status, secret: 1 })).toThrow(/secret/);
  });
});
