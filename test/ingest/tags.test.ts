/** Taxonomy rules on real measures, and the finder's filtering. */
import { describe, expect, it } from 'vitest';
import { keywordHits, tagsFor } from '../../src/ingest/tags.ts';
import { runIngest } from '../../src/ingest/pipeline.ts';
import { matchesFinder, parseFinderChoice } from '../../src/lib/finder.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { realInput, ROOT } from '../helpers.ts';

const input = {
  ...realInput(),
  taxonomyText: readFileSync(join(ROOT, 'content', 'taxonomy.yaml'), 'utf8'),
  tagOverridesText: readFileSync(join(ROOT, 'content', 'overrides', 'tags.yaml'), 'utf8'),
};
const result = runIngest(input);
const measure = (id: string) => result.policies.flatMap((p) => p.measures).find((m) => m.id === id)!;

describe('keyword rule', () => {
  it('counts non-overlapping keywords, longest first', () => {
    expect(keywordHits('支持科技型企业和科技企业', ['科技企业', '科技型企业'])).toBe(2);
    expect(keywordHits('众创空间', ['众创'])).toBe(1);
  });
  it('a heading keyword is enough; text needs two hits', () => {
    const tag = { id: 'x', label: { zh: '', en: '' }, definition: { zh: '', en: '' }, keywords: ['孵化器'] };
    expect(tagsFor([tag], '推进建设企业孵化器', '')).toEqual(['x']);
    expect(tagsFor([tag], '其他', '建设孵化器。')).toEqual([]);
    expect(tagsFor([tag], '其他', '建设孵化器。孵化器服务。')).toEqual(['x']);
  });
});

describe('tags of real measures', () => {
  it.each([
    ['cq-2016-work-plan/2-7', { audiences: ['district-governments'], instruments: ['platforms-incubators'], themes: ['maker-spaces', 'funds'] }],
    ['cq-2016-work-plan/5-19', { audiences: ['investors-finance'], instruments: ['funds-equity'], themes: ['funds'] }],
    ['cq-2016-work-plan/5-20', { audiences: ['tech-enterprises'], instruments: ['capital-market'], themes: [] }],
    ['cq-2016-work-plan/5-21', { audiences: ['investors-finance'], instruments: ['loans-credit-insurance', 'intellectual-property'], themes: ['ip-financing'] }],
    ['cq-2016-work-plan/4-17', { audiences: ['researchers-talent'], instruments: ['talent-reforms'], themes: [] }],
    ['cq-2015-action-plan/4-3-l1', { audiences: [], instruments: ['public-procurement'], themes: [] }],
    ['cq-2016-work-plan/1-6', { audiences: ['tech-enterprises'], instruments: ['tax-relief'], themes: ['little-giants', 'tech-based-and-high-tech'] }],
    ['cq-2015-action-plan/5-1-l2', { audiences: ['tech-enterprises'], instruments: ['grants-subsidies'], themes: [] }],
    ['cq-2022-district-guidance/6-18', { audiences: ['tech-enterprises', 'investors-finance'], instruments: ['loans-credit-insurance'], themes: [] }],
    ['cq-2023-double-growth/2-1-1', { audiences: ['tech-enterprises'], instruments: ['platforms-incubators'], themes: ['tech-based-and-high-tech'] }],
    ['cq-2023-double-growth/2-4-15', { audiences: ['tech-enterprises'], instruments: ['intellectual-property'], themes: ['ip-financing'] }],
  ])('%s', (id, expected) => {
    const m = measure(id);
    expect(m.audiences).toEqual(expect.arrayContaining(expected.audiences));
    expect(m.instruments).toEqual(expect.arrayContaining(expected.instruments));
    expect(m.themes).toEqual(expect.arrayContaining(expected.themes));
  });

  it('the override removes a tag the rule gave (2015 guiding ideology mentions talent in passing)', () => {
    expect(measure('cq-2015-action-plan/1-1').audiences).not.toContain('researchers-talent');
  });

  it('the report lists measures without an audience or an instrument', () => {
    const untagged = result.report.policies.flatMap((p) => p.untagged);
    expect(untagged).toContain('cq-2015-action-plan/1-1');
    expect(untagged).not.toContain('cq-2016-work-plan/2-7');
  });
});

describe('finder filtering', () => {
  it('keeps only known choices from the URL (not names inherited from Object.prototype)', () => {
    const known = { audiences: ['startups'], instruments: ['funds-equity'] };
    expect(parseFinderChoice('?audience=startups&audience=toString&instrument=__proto__&instrument=valueOf', known)).toEqual({ audiences: ['startups'], instruments: [], all: false });
  });

  const measures = result.policies.flatMap((p) => p.measures);
  it('no choice matches every measure; a choice matches measures with that tag', () => {
    expect(measures.filter((m) => matchesFinder(m, { audiences: [], instruments: [] }))).toHaveLength(measures.length);
    const startups = measures.filter((m) => matchesFinder(m, { audiences: ['startups'], instruments: [] }));
    expect(startups.length).toBeGreaterThan(0);
    expect(startups.every((m) => m.audiences.includes('startups'))).toBe(true);
  });
  it('audience and instrument combine with AND, choices within a group with OR', () => {
    const hits = measures.filter((m) => matchesFinder(m, { audiences: ['investors-finance', 'startups'], instruments: ['funds-equity'] }));
    expect(hits.map((m) => m.id)).toContain('cq-2016-work-plan/5-19');
    expect(hits.every((m) => m.instruments.includes('funds-equity') && (m.audiences.includes('investors-finance') || m.audiences.includes('startups')))).toBe(true);
  });
});
