import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { chineseFigures, compareFigures, englishFigures } from '../../src/translation/figures.ts';
import { checkTranslation, qaContext, QA_RULES } from '../../src/translation/qa.ts';
import { ROOT } from '../helpers.ts';

const values = (fs: { value: number }[]) => fs.map((f) => f.value);
const ctx = qaContext(YAML.parse(readFileSync(join(ROOT, 'content', 'glossary.yaml'), 'utf8')), YAML.parse(readFileSync(join(ROOT, 'content', 'units.yaml'), 'utf8')));
const rules = (zh: string, en: string, kind: 'text' | 'label' = 'text') => checkTranslation(zh, en, ctx, kind).map((f) => f.rule);

describe('figures', () => {
  it('reads number words and multipliers of the Chinese', () => {
    expect(values(chineseFigures('培育1.28万家科技型企业'))).toEqual([12800]);
    expect(values(chineseFigures('总投资五千亿元'))).toEqual([5e11]);
    expect(values(chineseFigures('提高百分之四'))).toEqual([4]);
    expect(values(chineseFigures('到2027年'))).toEqual([2027]);
    expect(values(chineseFigures('到二〇二七年，三分之一'))).toEqual([33.33, 2027]);
    expect(values(chineseFigures('万人有效专利拥有量；每亿元研发投入；百亿级企业'))).toEqual([1e4, 1e8, 1e10]);
  });
  it('leaves counting words and words made of numerals alone', () => {
    expect(values(chineseFigures('进一步推动大众创业、万众创新，千方百计形成一批三个'))).toEqual([]);
  });
  it('reads the English in digits, with separators, multipliers, percent and month names', () => {
    expect(values(englishFigures('12,800 firms, CNY 500 billion, 4% and CNY 10 Billion by February 2027'))).toEqual([12800, 5e11, 4, 1e10, 2027, 2]);
  });
  it('pairs them both ways (the issue’s examples)', () => {
    expect(compareFigures('培育1.28万家', 'cultivate 12,800')).toEqual({ missing: [], extra: [] });
    expect(compareFigures('五千亿元', 'CNY 500 billion')).toEqual({ missing: [], extra: [] });
    expect(compareFigures('百分之四', '4%')).toEqual({ missing: [], extra: [] });
    expect(compareFigures('2027年', '2027')).toEqual({ missing: [], extra: [] });
    expect(compareFigures('十八届三中全会', 'the Third Plenary Session of the 18th Central Committee')).toEqual({ missing: [], extra: [] });
    const wrong = compareFigures('培育1.28万家', 'cultivate 1,280');
    expect(values(wrong.missing)).toEqual([12800]);
    expect(values(wrong.extra)).toEqual([1280]);
  });
});

describe('checkTranslation', () => {
  it('passes a faithful translation', () => expect(rules('到2027年，培育科技型企业1.28万家。', 'By 2027, cultivate 12,800 tech-based enterprises.')).toEqual([]));
  it('finds a lost and an added figure', () => {
    expect(rules('到2027年，培育科技型企业1.28万家。', 'By 2027, cultivate many tech-based enterprises.')).toContain('translation-qa/figure-missing');
    expect(rules('到2027年，培育科技型企业。', 'By 2027, cultivate 500 tech-based enterprises.')).toEqual(['translation-qa/figure-extra']);
  });
  it('finds a glossary term not rendered with its agreed English', () => {
    expect(rules('建设众创空间，提供低成本的工作场所和服务。', 'Build maker spaces that provide low-cost workplaces and services.')).toEqual([]);
    expect(rules('建设众创空间，提供低成本的工作场所和服务。', 'Build co-working hubs that provide low-cost workplaces and services.')).toEqual(['translation-qa/glossary']);
  });
  it('finds a unit not named as units.yaml names it (and accepts names that share their body word)', () => {
    expect(rules('（牵头单位：西部科学城重庆高新区管委会）', '(Lead unit: Western (Chongqing) Science City / Chongqing High-tech Zone Administrative Committee)', 'label')).toEqual(['translation-qa/unit-name']);
    expect(rules('两江新区、万盛经开区管委会', 'the administrative committees of the Liangjiang New Area and the Wansheng Economic and Technological Development Zone', 'label')).toEqual([]);
  });
  it('finds Han left in the English, empty, identical and far too short targets', () => {
    expect(rules('支持企业开展科技创新活动。', 'Support enterprises in 科技 innovation.')).toContain('translation-qa/han');
    expect(rules('支持企业开展科技创新活动。', '  ')).toEqual(['translation-qa/empty']);
    expect(rules('支持企业开展科技创新活动。', '支持企业开展科技创新活动。')).toEqual(['translation-qa/identical']);
    expect(rules('支持大型企业发挥创新骨干作用，支持中小微企业开展科技创新。', 'Support large enterprises.')).toEqual(['translation-qa/too-short']);
  });
  it('has a stable rule list', () => expect(new Set(QA_RULES).size).toBe(QA_RULES.length));
});

describe('docs', () => {
  it('docs/formats.md and docs/translators.md list every translation rule the ingest reports', () => {
    const formats = readFileSync(join(ROOT, 'docs', 'formats.md'), 'utf8');
    const translators = readFileSync(join(ROOT, 'docs', 'translators.md'), 'utf8');
    const source = readFileSync(join(ROOT, 'src', 'ingest', 'stages', 'translate.ts'), 'utf8');
    const memoryRules = [...source.matchAll(/'(translation-(?:reused|near-match|needs-review))'/g)].map((m) => m[1]!);
    expect(memoryRules.sort()).toEqual(['translation-near-match', 'translation-needs-review', 'translation-reused']);
    for (const rule of [...QA_RULES, ...memoryRules]) {
      expect(formats, rule).toContain(`\`${rule}\``);
      expect(translators, rule).toContain(`\`${rule}\``);
    }
  });
});
