import { describe, expect, it } from 'vitest';
import { comparisonText, detectScript, findVariants, NEAR_MISS_THRESHOLD, noiseIn, SCRIPT_SAMPLE, scriptSample, VARIANT_THRESHOLD } from '../../src/ingest/recognisers/variants.ts';
import { loadSeed, SEEDS } from './_seeds.ts';

const body = (name: string) => loadSeed(name).seg.body.map((p) => p.text).join('\n');
const doc = (id: string, text: string, script: 'zh-Hans' | 'zh-Hant' = 'zh-Hans') => ({ id, text, script });

/** A scraped copy: “@@” inserted every 15 characters (what a scraper's markup residue looks like). */
const withNoise = (text: string, every = 15, junk = '@@') => [...text].map((ch, i) => (i > 0 && i % every === 0 ? junk + ch : ch)).join('');

const guidance = body(SEEDS.guidance2022);

describe('comparisonText and noiseIn (rule variant/normalised-comparison)', () => {
  it('keeps Han characters and digits only', () => {
    expect(comparisonText('到2025年，建成@@孵化器*10家\u200b（R&D）。', 'zh-Hans')).toBe('到2025年建成孵化器10家');
    expect(comparisonText('積體電路產業', 'zh-Hant')).toBe('集成电路产业');
  });

  it('counts the noise characters, not punctuation or Latin letters', () => {
    expect([...noiseIn('建成@@孵化器*，R&D\u200b。')]).toEqual([
      ['@', 2],
      ['*', 1],
      ['\u200b', 1],
    ]);
    expect(noiseIn(guidance).size).toBe(0);
  });
});

describe('findVariants', () => {
  it('recognises a noisy copy of cq-2022-district-guidance (@@ every 15 characters) as a variant', () => {
    const { variants, nearMisses } = findVariants([doc('cq-2022-district-guidance', guidance), doc('scraped', withNoise(guidance))]);
    expect(variants).toEqual([{ variant: 'scraped', of: 'cq-2022-district-guidance', similarity: 1, identical: true }]);
    expect(nearMisses).toEqual([]);
  });

  it('recognises a copy with other noise: “\\*”, zero-width spaces and an advertising line', () => {
    const noisy = withNoise(withNoise(guidance, 23, '\u200b'), 31, '*') + '\n更多政策资讯请关注本站微信公众号，每日更新。';
    const [v] = findVariants([doc('cq-2022-district-guidance', guidance), doc('scraped', noisy)]).variants;
    expect(v).toMatchObject({ variant: 'scraped', of: 'cq-2022-district-guidance', identical: false });
    expect(v!.similarity).toBeGreaterThan(0.95);
  });

  it('makes an exact copy a variant: the document listed first stays primary, whatever the ids', () => {
    expect(findVariants([doc('cq-2022-district-guidance', guidance), doc('aaa-copy', guidance)]).variants).toEqual([
      { variant: 'aaa-copy', of: 'cq-2022-district-guidance', similarity: 1, identical: true },
    ]);
    expect(findVariants([doc('zzz-first', guidance), doc('cq-2022-district-guidance', guidance)]).variants).toEqual([
      { variant: 'cq-2022-district-guidance', of: 'zzz-first', similarity: 1, identical: true },
    ]);
  });

  it('makes every further exact copy a variant of the first, not of another copy', () => {
    const { variants } = findVariants([doc('a', guidance), doc('b', guidance), doc('c', guidance)]);
    expect(variants.map((v) => [v.variant, v.of])).toEqual([
      ['b', 'a'],
      ['c', 'a'],
    ]);
  });

  it('makes a part of a text (60% of it) a variant of the full text even when the part is listed first', () => {
    const lines = guidance.split('\n');
    const part = lines.slice(0, Math.floor(lines.length * 0.6)).join('\n');
    expect(findVariants([doc('part', part), doc('cq-2022-district-guidance', guidance)]).variants.map((v) => [v.variant, v.of])).toEqual([
      ['part', 'cq-2022-district-guidance'],
    ]);
  });

  it('of two near-identical texts (each found in the other at 0.7 or more), keeps the one listed first', () => {
    const lines = guidance.split('\n');
    const most = lines.slice(0, Math.floor(lines.length * 0.9)).join('\n');
    expect(findVariants([doc('most', most), doc('cq-2022-district-guidance', guidance)]).variants.map((v) => [v.variant, v.of])).toEqual([
      ['cq-2022-district-guidance', 'most'],
    ]);
  });

  it('keeps the Traditional copy of cq-2016-work-plan a variant, and the four distinct policies apart (no near miss)', () => {
    const docs = [
      doc('cq-2015-action-plan', body(SEEDS.plan2015)),
      doc('cq-2016-work-plan', body(SEEDS.plan2016)),
      doc('copy', body(SEEDS.hant), 'zh-Hant'),
      doc('cq-2022-district-guidance', guidance),
      doc('cq-2023-double-growth', body(SEEDS.growth2023)),
    ];
    const { variants, nearMisses } = findVariants(docs);
    expect(variants.map((v) => [v.variant, v.of])).toEqual([['copy', 'cq-2016-work-plan']]);
    expect(variants[0]!.similarity).toBeGreaterThan(0.9);
    expect(nearMisses).toEqual([]);
  });

  it('reports a document that shares about half its text with another as a near miss, not a variant', () => {
    // Our own second half: the first half of the guidance, then text of the same length that is not in it.
    const lines = guidance.split('\n');
    const half = lines.slice(0, Math.floor(lines.length / 2)).join('\n');
    const own = '本区结合实际制定配套办法，明确年度重点工作清单并逐项落实。'.split('').reverse().join('');
    const mixed = half + '\n' + Array.from({ length: Math.ceil([...half].length / own.length) }, (_, i) => `${i}${own}`).join('\n');
    const { variants, nearMisses } = findVariants([doc('cq-2022-district-guidance', guidance), doc('mixed', mixed)]);
    expect(variants).toEqual([]);
    expect(nearMisses.map((m) => [m.doc, m.like])).toEqual([['mixed', 'cq-2022-district-guidance']]);
    expect(nearMisses[0]!.similarity).toBeGreaterThanOrEqual(NEAR_MISS_THRESHOLD);
    expect(nearMisses[0]!.similarity).toBeLessThan(VARIANT_THRESHOLD);
  });
});

const HANS = '推动科技创新平台建设，支持企业开展研发活动，加强知识产权保护。';
const HANT = '推動科技創新平臺建設，支持企業開展研發活動，加強知識產權保護。';

describe('detectScript', () => {
  it('tells Simplified from Traditional text', () => {
    expect(detectScript(HANS)).toBe('zh-Hans');
    expect(detectScript(HANT)).toBe('zh-Hant');
  });

  it('reads a long text through a sample spread over all of it (not just its beginning)', () => {
    const long = HANS.repeat(2000) + HANT.repeat(2000); // ~128,000 characters, Traditional in the second half only
    const sample = scriptSample(long);
    expect(sample.length).toBeLessThanOrEqual(SCRIPT_SAMPLE.stretches * (SCRIPT_SAMPLE.length + 1));
    expect(sample.startsWith(long.slice(0, SCRIPT_SAMPLE.length))).toBe(true);
    expect(sample.endsWith(long.slice(-SCRIPT_SAMPLE.length))).toBe(true);
    expect(detectScript(long)).toBe('zh-Hant');
    expect(detectScript(HANS.repeat(4000))).toBe('zh-Hans');
  });

  it('reads a short text whole', () => {
    const short = HANS.repeat(100);
    expect(scriptSample(short)).toBe(short);
  });
});
