import { describe, expect, it } from 'vitest';
import { detectScript, findVariants, SCRIPT_SAMPLE, scriptSample } from '../../src/ingest/variants.ts';

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

describe('findVariants', () => {
  it('finds nothing for a single document, and the Traditional copy among two', () => {
    expect(findVariants([{ id: 'a', text: HANS.repeat(20), script: 'zh-Hans' }])).toEqual([]);
    const matches = findVariants([
      { id: 'a', text: HANS.repeat(20), script: 'zh-Hans' },
      { id: 'b', text: HANT.repeat(20), script: 'zh-Hant' },
    ]);
    expect(matches.map((m) => [m.variant, m.of])).toEqual([['b', 'a']]);
  });
});
