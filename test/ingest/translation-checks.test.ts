/**
 * The ingest's translation checks and memory on the real seeds: a figure changed in an English
 * translation is reported with the line of its entry; English removed from a segment is reused from an
 * identical segment of another policy, or proposed from a near one and kept pending.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/pipeline.ts';
import { ROOT, SEED_POLICIES, seedInput } from '../helpers.ts';

const read = (id: string) => readFileSync(join(ROOT, 'content', 'translations', 'en', `${id}.yaml`), 'utf8');

function ingest(edit: (id: string, text: string) => string) {
  const input = seedInput();
  input.translations = new Map(SEED_POLICIES.map((id) => [id, edit(id, read(id))]));
  input.glossaryText = readFileSync(join(ROOT, 'content', 'glossary.yaml'), 'utf8');
  return runIngest(input);
}

describe('translation checks in the ingest', () => {
  it('the seeds as committed: no QA finding, nothing reused or proposed', () => {
    const { report } = ingest((_, t) => t);
    expect(report.diagnostics.filter((d) => d.rule.startsWith('translation-'))).toEqual([]);
  });

  it('reports a changed figure both ways, at the line of the entry', () => {
    const original = read('cq-2023-double-growth');
    const { report } = ingest((id, t) => (id === 'cq-2023-double-growth' ? t.replace('500,000 square meters', '50,000 square meters') : t));
    const found = report.diagnostics.filter((d) => d.rule.startsWith('translation-qa/'));
    const line = original.split('\n').indexOf('2-3-11/p1:') + 1;
    expect(found.map((d) => [d.file, d.line, d.rule, d.record])).toEqual([
      ['content/translations/en/cq-2023-double-growth.yaml', line, 'translation-qa/figure-extra', 'cq-2023-double-growth/2-3-11/p1'],
      ['content/translations/en/cq-2023-double-growth.yaml', line, 'translation-qa/figure-missing', 'cq-2023-double-growth/2-3-11/p1'],
    ]);
    expect(found.map((d) => d.message)).toEqual([expect.stringContaining('50,000'), expect.stringContaining('50万')]);
  });

  it('reuses identical Chinese, proposes a near match and keeps it pending', () => {
    const { report, policies } = ingest((id, t) =>
      id === 'cq-2016-work-plan'
        ? t.replace('en: "R&D institutions introduced or jointly built"', 'en: null').replace('en: "joint R&D teams introduced"', 'en: null')
        : t,
    );
    const plan = policies.find((p) => p.policy.id === 'cq-2016-work-plan')!;
    // the 2015 plan's English of the same indicator
    expect(plan.segments.find((s) => s.id === '1-2/t2/indicator')!.en).toBe('joint R&D teams attracted');
    expect(plan.segments.find((s) => s.id === '1-2/t1/indicator')!.en).toBeNull();
    expect(plan.policy.translation).toMatchObject({ pending: 1, needsReview: 0 });
    const rules = report.diagnostics.filter((d) => d.rule.startsWith('translation-')).map((d) => [d.rule, d.message]);
    expect(rules).toEqual(
      expect.arrayContaining([
        ['translation-reused', expect.stringContaining('1-2/t2/indicator ← cq-2015-action-plan/4-2-l1/t3/indicator')],
        ['translation-near-match', expect.stringContaining('1-2/t1/indicator is 78% like cq-2015-action-plan/4-2-l1/t1/indicator: 引进或共建[-国外-]研发机构')],
        ['translation-pending', expect.any(String)],
      ]),
    );
  });

  it('a needs-review entry is not published until confirmed', () => {
    const { policies } = ingest((id, t) => (id === 'cq-2016-work-plan' ? t.replace('  en: "R&D institutions introduced or jointly built"', '  en: "R&D institutions introduced or jointly built"\n  state: needs-review') : t));
    const plan = policies.find((p) => p.policy.id === 'cq-2016-work-plan')!;
    expect(plan.segments.find((s) => s.id === '1-2/t1/indicator')!.en).toBeNull();
    expect(plan.policy.translation).toMatchObject({ pending: 0, needsReview: 1 });
  });
});
