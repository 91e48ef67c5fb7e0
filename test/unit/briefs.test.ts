import { describe, expect, it } from 'vitest';
import { missingBriefs } from '../../src/ingest/authored/briefs.ts';

describe('missingBriefs (rule brief-missing)', () => {
  const policies = [
    { id: 'plan-a', file: 'seeds/plan-a.txt' },
    { id: 'plan-b', file: 'seeds/plan-b.txt' },
  ];

  it('reports each policy whose content/briefs/<id>.yaml is not among the brief files, under its seed file', () => {
    const found = missingBriefs(policies, ['plan-a.yaml', 'other.yaml']);
    expect(found.map((d) => [d.file, d.line, d.rule, d.severity, d.record])).toEqual([['seeds/plan-b.txt', null, 'brief-missing', 'info', 'plan-b']]);
    expect(found[0]!.message).toContain('content/briefs/plan-b.yaml');
    expect(found[0]!.fix).toMatch(/^- topic: what$/m);
  });

  it('reports nothing when every policy has a brief, and every policy when there are none', () => {
    expect(missingBriefs(policies, ['plan-b.yaml', 'plan-a.yaml'])).toEqual([]);
    expect(missingBriefs(policies, []).map((d) => d.record)).toEqual(['plan-a', 'plan-b']);
  });

  it('matches the whole file name (a brief of plan-a does not count for plan-a-2)', () => {
    expect(missingBriefs([{ id: 'plan-a-2', file: 'seeds/x.txt' }], ['plan-a.yaml', 'plan-a-2.yml']).map((d) => d.record)).toEqual(['plan-a-2']);
  });
});
