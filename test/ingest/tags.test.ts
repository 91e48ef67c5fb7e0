/** Taxonomy rules on real measures, reviewed overrides (general provisions, quoted reasons), and the finder's filtering. */
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/report/errors.ts';
import { keywordHits, parseTagOverrides, parseTaxonomy, reasonQuoteProblem, reasonQuotes, tagMeasure, tagsFor } from '../../src/ingest/authored/tags.ts';
import { runIngest } from '../../src/ingest/pipeline.ts';
import { isSupportMeasure, matchesFinder, parseFinderChoice } from '../../src/lib/finder.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedInput, ROOT } from '../helpers.ts';

const input = {
  ...seedInput(),
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

  it('an override removes a tag the rule gave (2015 post-completion subsidies: 成果转化率 is a yardstick, not a service)', () => {
    const m = measure('cq-2015-action-plan/5-1-l2');
    expect(m.instruments).not.toContain('services-transfer');
    expect(m.instruments).toContain('grants-subsidies');
  });

  it('a general provision has no audience or instrument, even where the rule matched words (2015 guiding ideology)', () => {
    const withoutOverrides = runIngest({ ...input, tagOverridesText: null }).policies.flatMap((p) => p.measures);
    expect(withoutOverrides.find((m) => m.id === 'cq-2015-action-plan/1-2')!.audiences.length).toBeGreaterThan(0);
    for (const id of ['cq-2015-action-plan/1-1', 'cq-2015-action-plan/1-2']) {
      expect(measure(id)).toMatchObject({ general: true, audiences: [], instruments: [] });
    }
    expect(measure('cq-2016-work-plan/2-7').general).toBe(false);
  });

  it('without reviewed overrides the report lists measures without an audience or an instrument', () => {
    const bare = runIngest({ ...input, tagOverridesText: null });
    const untagged = bare.report.policies.flatMap((p) => p.untagged);
    expect(untagged).toContain('cq-2015-action-plan/1-1');
    expect(untagged).not.toContain('cq-2016-work-plan/2-7');
    expect(bare.report.diagnostics.some((d) => d.rule === 'untagged')).toBe(true);
  });
});

describe('every seed measure is tagged or general', () => {
  it.each(['cq-2015-action-plan', 'cq-2016-work-plan', 'cq-2022-district-guidance', 'cq-2023-double-growth'])('%s: no measure is untagged', (policyId) => {
    const policy = result.policies.find((p) => p.policy.id === policyId)!;
    expect(policy.measures.length).toBeGreaterThan(0);
    const loose = policy.measures.filter((m) => !m.general && (!m.audiences.length || !m.instruments.length)).map((m) => m.id);
    expect(loose).toEqual([]);
    expect(result.report.policies.find((p) => p.id === policyId)!.untagged).toEqual([]);
  });

  it('the report has no untagged or override diagnostics for the seeds', () => {
    expect(result.report.diagnostics.filter((d) => ['untagged', 'override-unquoted', 'override-stale'].includes(d.rule))).toEqual([]);
  });

  it('general measures have no audience and no instrument, and the finder does not list them', () => {
    const general = result.policies.flatMap((p) => p.measures).filter((m) => m.general);
    expect(general.map((m) => m.id)).toContain('cq-2023-double-growth/3-6');
    for (const m of general) {
      expect(m.audiences, m.id).toEqual([]);
      expect(m.instruments, m.id).toEqual([]);
      expect(isSupportMeasure(m), m.id).toBe(false);
    }
  });

  const { overrides } = parseTagOverrides(input.tagOverridesText);
  it('every override names a seed measure and its reason quotes words of that measure (「…」 in its heading or text)', () => {
    expect(overrides.length).toBeGreaterThan(0);
    for (const o of overrides) {
      const m = result.policies.flatMap((p) => p.measures).find((x) => x.id === o.measure);
      expect(m, o.measure).toBeDefined();
      const quotes = [...o.reason.matchAll(/「([^「」]+)」/g)].map((q) => q[1]!);
      expect(quotes.length, `${o.measure}: ${o.reason}`).toBeGreaterThan(0);
      const words = `${m!.title?.zh ?? ''}\n${m!.text.zh}`;
      for (const q of quotes) expect(words.includes(q), `${o.measure}: 「${q}」`).toBe(true);
    }
  });
});

describe('reviewed tag overrides', () => {
  const taxonomy = parseTaxonomy(`
audiences:
  - {id: makers, label: {zh: 创客, en: Makers}, definition: {zh: 创客, en: Makers}, keywords: [创客]}
instruments:
  - {id: grants, label: {zh: 补助, en: Grants}, definition: {zh: 补助, en: Grants}, keywords: [补助]}
themes:
  - {id: spaces, label: {zh: 空间, en: Spaces}, definition: {zh: 空间, en: Spaces}, keywords: [空间]}
general:
  label: {zh: 总体性条款, en: General provision}
  definition: {zh: 不提供支持, en: Offers no support}
`)!;
  const text = '创客空间由创客自己管理，补助按年发放补助。';

  it('general clears the audiences and instruments the rule matched, and keeps themes', () => {
    expect(tagMeasure(taxonomy, [], 'p/1', '', text)).toEqual({ audiences: ['makers'], instruments: ['grants'], themes: ['spaces'], general: false });
    const general = [{ measure: 'p/1', general: true as const, reason: '「创客空间由创客自己管理」' }];
    expect(tagMeasure(taxonomy, general, 'p/1', '', text)).toEqual({ audiences: [], instruments: [], themes: ['spaces'], general: true });
    expect(tagMeasure(taxonomy, general, 'p/2', '', text).general).toBe(false);
  });

  it('reads quotes between 「」 and reports a reason that quotes nothing or words not in the measure', () => {
    expect(reasonQuotes('For 「创客」 with 「补助按年发放」.')).toEqual(['创客', '补助按年发放']);
    expect(reasonQuoteProblem('For 「创客」 with 「补助按年发放」.', '', text)).toBeNull();
    expect(reasonQuoteProblem('Heading words count: 「建设空间」', '建设空间', text)).toBeNull();
    expect(reasonQuoteProblem('For makers (创客).', '', text)).toMatch(/quotes none of the measure's words/);
    expect(reasonQuoteProblem('For 「创客」 and 「贷款贴息」.', '', text)).toMatch(/not in the measure: 「贷款贴息」/);
  });

  it('the ingest reports an override whose quote is not in its measure (override-unquoted)', () => {
    const stale = `- measure: cq-2016-work-plan/2-7\n  add: [startups]\n  reason: "For 「这句话不在措施里」."\n- measure: cq-2016-work-plan/2-8\n  add: [startups]\n  reason: No quote at all.\n`;
    const diagnostics = runIngest({ ...input, tagOverridesText: stale }).report.diagnostics.filter((d) => d.rule === 'override-unquoted');
    expect(diagnostics.map((d) => d.record)).toEqual(['cq-2016-work-plan/2-7', 'cq-2016-work-plan/2-8']);
    expect(diagnostics[0]!.file).toBe('content/overrides/tags.yaml');
  });

  it.each([
    ['an empty reason', '- measure: p/1\n  add: [makers]\n  reason: "  "\n', /reason/],
    ['no reason', '- measure: p/1\n  add: [makers]\n', /reason/],
    ['general with tags to add', '- measure: p/1\n  general: true\n  add: [makers]\n  reason: 「x」\n', /general provision has no tags to add or remove/],
    ['an override that does nothing', '- measure: p/1\n  reason: 「x」\n', /adds, removes, or marks the measure general/],
    ['general: false', '- measure: p/1\n  general: false\n  add: [makers]\n  reason: 「x」\n', /general/],
  ])('rejects %s', (_what, yaml, message) => {
    expect(() => parseTagOverrides(yaml)).toThrow(IngestError);
    expect(() => parseTagOverrides(yaml)).toThrow(message);
  });

  it('reserves the tag id general', () => {
    const bad = 'audiences:\n  - {id: general, label: {zh: a, en: a}, definition: {zh: a, en: a}, keywords: [a]}\ninstruments: []\nthemes: []\n';
    expect(() => parseTaxonomy(bad)).toThrow(/the tag id general is reserved/);
  });
});

describe('finder filtering', () => {
  const none = { org: null, size: null, tech: null, needs: [] };
  it('keeps only known choices from the URL (not names inherited from Object.prototype)', () => {
    expect(parseFinderChoice('?org=toString&size=small&need=__proto__&need=funds-equity&need=valueOf', ['funds-equity'])).toEqual({ org: null, size: 'small', tech: null, needs: ['funds-equity'], all: false });
  });

  const measures = result.policies.flatMap((p) => p.measures);
  it('lists measures that offer support, never general provisions', () => {
    expect(isSupportMeasure({ audiences: ['startups'], instruments: [], general: false })).toBe(true);
    expect(isSupportMeasure({ audiences: [], instruments: [], general: false })).toBe(false);
    expect(isSupportMeasure({ audiences: ['startups'], instruments: ['funds-equity'], general: true })).toBe(false);
    expect(measures.filter(isSupportMeasure).map((m) => m.id)).not.toContain('cq-2022-district-guidance/8-24');
    expect(measures.filter(isSupportMeasure).map((m) => m.id)).toContain('cq-2022-district-guidance/8-25');
  });
  it('no choice matches every measure; a profile matches measures for one of its groups', () => {
    expect(measures.filter((m) => matchesFinder(m, none))).toHaveLength(measures.length);
    const researchers = measures.filter((m) => matchesFinder(m, { ...none, org: 'researcher' }));
    expect(researchers.length).toBeGreaterThan(0);
    expect(researchers.every((m) => m.audiences.includes('researchers-talent'))).toBe(true);
  });
  it('a small enterprise that does not say whether it is tech-based finds the 2023 plan\'s financing measure (for tech-based enterprises)', () => {
    const ids = measures.filter((m) => matchesFinder(m, { ...none, org: 'enterprise', size: 'small', needs: ['loans-credit-insurance'] })).map((m) => m.id);
    expect(ids).toContain('cq-2023-double-growth/3-3');
    expect(ids).toContain('cq-2022-district-guidance/6-18');
    // one that says it is not tech-based does not
    expect(measures.filter((m) => matchesFinder(m, { ...none, org: 'enterprise', size: 'small', tech: 'no', needs: ['loans-credit-insurance'] })).map((m) => m.id)).not.toContain('cq-2023-double-growth/3-3');
  });
  it('profile and needs combine with AND, needs with OR', () => {
    const hits = measures.filter((m) => matchesFinder(m, { ...none, org: 'investor', needs: ['funds-equity', 'capital-market'] }));
    expect(hits.map((m) => m.id)).toContain('cq-2016-work-plan/5-19');
    expect(hits.every((m) => (m.instruments.includes('funds-equity') || m.instruments.includes('capital-market')) && m.audiences.includes('investors-finance'))).toBe(true);
  });
});
