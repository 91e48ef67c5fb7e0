import { describe, expect, it } from 'vitest';
import { hashOf, parseTranslationFile, Translator, updatedTranslationFile, type TranslationEntry, type TranslationFile } from '../../src/ingest/authored/translations.ts';
import { markDifferences, matchText, NEAR_MATCH_THRESHOLD, similarity, TranslationMemory } from '../../src/translation/memory.ts';

const entry = (zh: string, en: string | null, state?: 'translated' | 'reviewed' | 'needs-review') => ({ hash: hashOf(zh), zh, en, ...(state ? { state } : {}) });

// Real segments of the seeds: the 2015 action plan and the 2016 work plan repeat indicators with small changes.
const files = new Map<string, TranslationFile>([
  [
    'cq-2015-action-plan',
    new Map([
      ['4-2-l1/t1/indicator', entry('引进或共建国外研发机构', 'foreign R&D institutions introduced or jointly established')],
      ['4-2-l1/t3/indicator', entry('引进联合研发团队', 'joint R&D teams introduced')],
      ['1/title', { hash: hashOf('总体要求'), zh: '旧的标题', en: 'Old title' }], // hash of other Chinese: not memory
      ['2/title', entry('主要任务', 'Main tasks', 'needs-review')], // a proposal: not memory
    ]),
  ],
]);
const memory = new TranslationMemory(files);

describe('TranslationMemory', () => {
  it('holds only confirmed English written for the Chinese it records', () => {
    expect(memory.size).toBe(2);
    expect(memory.exact('主要任务')).toBeNull();
    expect(memory.exact('旧的标题')).toBeNull();
  });
  it('finds an exact match', () => expect(memory.exact('引进联合研发团队')).toMatchObject({ policy: 'cq-2015-action-plan', id: '4-2-l1/t3/indicator' }));
  it('proposes a near match with the differences marked', () => {
    const near = memory.near('引进或共建研发机构');
    expect(near?.entry.id).toBe('4-2-l1/t1/indicator');
    expect(near?.similarity).toBeGreaterThanOrEqual(NEAR_MATCH_THRESHOLD);
    expect(near?.diff).toBe('引进或共建[-国外-]研发机构');
  });
  it('proposes nothing for a different sentence', () => expect(memory.near('布局国际合作基地')).toBeNull());
  it('compares Simplified and Traditional, full-width and punctuation alike', () => {
    expect(matchText('引進聯合研發團隊。')).toBe('引进联合研发团队');
    expect(similarity('引進聯合研發團隊', '引进联合研发团队')).toBe(1);
    expect(similarity('新材料、信息技术', '新材料和信息技术')).toBeLessThan(1);
  });
  it('marks removed and added text', () => expect(markDifferences('优化人才培养方式', '优化人才培养模式')).toBe('优化人才培养[-方-]{+模+}式'));
});

describe('Translator with a memory', () => {
  it('reuses the English of an identical segment, and reports it', () => {
    const t = new Translator(new Map(), memory);
    expect(t.get('1-2/t2/indicator', '引进联合研发团队')).toEqual({ en: 'joint R&D teams introduced', stale: false });
    expect(t.reused.get('1-2/t2/indicator')).toBe('cq-2015-action-plan/4-2-l1/t3/indicator');
    expect(t.missing).toEqual([]);
  });
  it('keeps a needs-review proposal unpublished (pending) until confirmed', () => {
    const file: TranslationFile = new Map([['1-2/t1/indicator', entry('引进或共建研发机构', 'foreign R&D institutions introduced or jointly established', 'needs-review')]]);
    const t = new Translator(file, memory);
    expect(t.get('1-2/t1/indicator', '引进或共建研发机构')).toEqual({ en: null, stale: false });
    expect([...t.needsReview]).toEqual(['1-2/t1/indicator']);
    expect(t.missing).toEqual(['1-2/t1/indicator']);
    const confirmed = new Translator(new Map([['x', entry('引进或共建研发机构', 'R&D institutions introduced or jointly established', 'reviewed')]]));
    expect(confirmed.get('x', '引进或共建研发机构').en).toBe('R&D institutions introduced or jointly established');
    expect([...confirmed.reviewed]).toEqual(['x']);
  });
});

describe('updatedTranslationFile with proposals', () => {
  it('writes a proposal for a segment without English, never over existing English', () => {
    const existing: TranslationFile = new Map([['1/title', entry('总体要求', 'General requirements')]]);
    const proposal = { ...entry('引进或共建研发机构', 'foreign R&D institutions introduced or jointly established', 'needs-review'), match: { from: 'cq-2015-action-plan/4-2-l1/t1/indicator', similarity: 0.778, diff: '引进或共建[-国外-]研发机构' } };
    const proposals: TranslationFile = new Map<string, TranslationEntry>([
      ['1/title', { ...entry('总体要求', 'Overall requirements', 'needs-review') }],
      ['1-2/t1/indicator', proposal],
    ]);
    const text = updatedTranslationFile('方案', existing, [{ id: '1/title', zh: '总体要求' }, { id: '1-2/t1/indicator', zh: '引进或共建研发机构' }, { id: '1-3/p1', zh: '新的段落。' }], proposals);
    const back = parseTranslationFile('x.yaml', text);
    expect(back.get('1/title')).toEqual(existing.get('1/title'));
    expect(back.get('1-2/t1/indicator')).toEqual(proposal);
    expect(back.get('1-3/p1')).toEqual(entry('新的段落。', null));
  });
});
