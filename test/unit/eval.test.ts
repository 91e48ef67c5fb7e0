import { describe, expect, it } from 'vitest';
import { dedent, evaluateFolder } from '../../src/eval/run.ts';
import { baseValue, canonicalValue, headline, NOTHING_FOUND, matchFigures, publishedChrome, scoreDocument, structureOf, totals, type IngestedDocument } from '../../src/eval/score.ts';
import { GoldDocument } from '../../src/eval/gold.ts';
import { ROOT } from '../helpers.ts';

const gold = (g: object) => GoldDocument.parse(g);
const doc = (d: Partial<IngestedDocument>): IngestedDocument => ({ ...NOTHING_FOUND, ...d });

describe('scoring', () => {
  it('compares values in their base unit', () => {
    expect(baseValue(1.28, '万家')).toEqual({ value: 12800, base: '家' });
    expect(baseValue(100, '萬元')).toEqual({ value: 1e6, base: '元' });
    // a matching ratio is a pure number, whether the gold writes its unit 1:N or leaves it empty
    expect(baseValue(3, '1:N')).toEqual(baseValue(3, ''));
    // the gold has no currency: an amount the ingest gives in 港元 compares with the gold's 萬元 by value
    expect(baseValue(20, '万港元')).toEqual({ value: 2e5, base: '元' });
    expect(baseValue(5, '成')).toEqual({ value: 50, base: '%' });
    const m = matchFigures([{ value: 5000, unit: '亿元' }, { value: 4, unit: '%' }], [{ value: 5000, unit: '亿元' }, { value: 100, unit: '万元' }]);
    expect([m.matched, m.missed, m.extra]).toEqual([1, ['4%'], ['100万元']]);
  });

  it('tells right, flagged and wrong metadata apart', () => {
    const g = gold({ metadata: { title: '某条例', docNumber: '某发〔2025〕1号', issuer: '某局', issued: null } });
    const s = scoreDocument(g, doc({ metadata: { title: '某条例', docNumber: '某发[2025]1号', issuer: '别局', issued: '2025-01-01' }, flagged: new Set(['issuer']) }));
    expect(s.metadata).toEqual({ title: 'right', docNumber: 'right', issuer: 'flagged', issued: 'wrong' });
  });

  it('compares a draft\'s title with or without its status note (（征求意见稿）)', () => {
    const g = gold({ metadata: { title: '某市若干措施', docNumber: null, issuer: null, issued: null } });
    const right = scoreDocument(g, doc({ metadata: { title: '某市若干措施(征求意见稿)', docNumber: null, issuer: null, issued: null } }));
    const wrong = scoreDocument(g, doc({ metadata: { title: '某市若干措施(试行)', docNumber: null, issuer: null, issued: null } }));
    expect([right.metadata.title, wrong.metadata.title]).toEqual(['right', 'wrong']);
  });

  it('counts chapters, articles and top-level parts from the measures’ paths', () => {
    expect(structureOf([['第一章', '第一条'], ['第一章', '第二条'], ['第二章', '第三条', '（一）']])).toEqual({ chapters: 2, articles: 3, topParts: 0 });
    expect(structureOf([['一、', '（一）'], ['一、', '（二）'], ['二、']])).toEqual({ chapters: 0, articles: 0, topParts: 2 });
    // an article inserted after article 10, as Taiwan's law database prints it
    expect(structureOf([['第10-2條', '一、'], ['第10-2條', '二、']])).toEqual({ chapters: 0, articles: 1, topParts: 0 });
  });

  it('finds chrome lines in the published text', () => {
    expect(publishedChrome(['分享到：', '打印', '某'], '正文。\n分享到：微信')).toEqual(['分享到：']);
    // punctuation compared in one width: the ingest prints a half-width colon full-width
    expect(publishedChrome(['下载地址:点击此处下载'], '正文。下载地址：点击此处下载')).toEqual(['下载地址:点击此处下载']);
  });

  it('compares text without the pinyin glosses of a machine conversion, as the ingest publishes it', () => {
    expect(canonicalValue('單個企業(yè)一年最高補助200萬元')).toBe(canonicalValue('單個企業一年最高補助200萬元'));
    expect(canonicalValue('(a)款')).toBe('（a）款');
  });

  it('names each wrong assignment with the leads found for its quote', () => {
    const g = gold({
      metadata: { title: null, docNumber: null, issuer: null, issued: null },
      assignments: [{ quote: '建设孵化器', lead: ['市科技局'] }, { quote: '设立基金', lead: ['市财政局'] }, { quote: '不在文中', lead: ['市商务局'] }],
    });
    const measures = [{ text: '建设孵化器。', lead: ['市科技局'] }, { text: '设立基金。', lead: ['市金融局'] }];
    expect(scoreDocument(g, doc({ measures })).assignments).toEqual({
      gold: 3,
      right: 1,
      wrong: [{ quote: '设立基金', lead: '市财政局', found: ['市金融局'] }, { quote: '不在文中', lead: '市商务局', found: null }],
    });
  });

  it('matches an assignment\'s quote without the part\'s number the gold quotes (1. , （一）, 一、)', () => {
    const g = gold({ metadata: { title: null, docNumber: null, issued: null, issuer: null }, assignments: [{ quote: '1. 地区生产总值增长8%以上。', lead: ['市发展改革委'] }, { quote: '（二）财政收入增长8%左右', lead: ['市财政局'] }] });
    const measures = [{ text: '地区生产总值增长8%以上。', lead: ['市发展改革委'] }, { text: '财政收入增长8%左右。', lead: ['市财政局'] }];
    expect(scoreDocument(g, doc({ measures })).assignments.right).toBe(2);
  });

  it('takes a row of the policy\'s task table as holding an assignment when no measure does (a text-only policy\'s tasks)', () => {
    const g = gold({ metadata: { title: null, docNumber: null, issued: null, issuer: null }, assignments: [{ quote: '盘活存量土地', lead: ['改革办'] }] });
    expect(scoreDocument(g, doc({ tasks: [{ text: '力争全年盘活存量土地400亩。', lead: ['改革办'] }] })).assignments.right).toBe(1);
    expect(scoreDocument(g, doc({ tasks: [{ text: '力争全年盘活存量土地400亩。', lead: ['招商部'] }] })).assignments.right).toBe(0);
  });

  it('checks thresholds on figures that can fail', () => {
    const g = gold({ metadata: { title: null, docNumber: null, issuer: null, issued: null }, targets: [{ value: 1, unit: '家' }] });
    const h = headline(totals([scoreDocument(g, doc({ targets: [{ value: 2, unit: '家' }] }))]));
    expect([h['targets.precision'], h['targets.recall'], h.metadata]).toEqual([0, 0, 1]);
  });
});

const rows = await evaluateFolder(`${ROOT}/test/fixtures/eval`, `${ROOT}/content`);

describe('evaluateFolder on own-written fixtures (test/fixtures/eval)', () => {
  const row = (name: string) => rows.find((r) => r.name === name)!;

  it('reads a Markdown law’s title, 题注, chapters and articles, and publishes no markup', () => {
    const s = row('law-markdown').score;
    expect(row('law-markdown').error).toBeNull();
    expect(s.metadata).toEqual({ title: 'right', docNumber: 'right', issuer: 'right', issued: 'right' });
    expect([s.structureRight, s.structure.found]).toEqual([true, { chapters: 3, articles: 5, topParts: 0 }]);
    // a law's figure without a year is a rule, not a target (figure/legislative-text)
    expect(s.targets.found).toBe(0);
    expect(s.chromePublished).toEqual([]);
  });

  it('reads a notice’s 文号, signature and Chinese-numeral date, and publishes none of its other elements', () => {
    const s = row('notice-elements').score;
    expect(s.metadata.docNumber).toBe('right');
    expect(s.metadata.issuer).toBe('right');
    expect(s.metadata.issued).toBe('right');
    expect(s.chromePublished).toEqual([]);
  });
});

describe('dedent (a manifest entry as helpers and maintainers write it)', () => {
  it('reads an entry written flush left or indented to append under sources:', () => {
    const flush = '- file: a.txt\n  id: a\n';
    expect(dedent(flush)).toBe('- file: a.txt\n  id: a');
    expect(dedent('  - file: a.txt\n    id: a\n')).toBe('- file: a.txt\n  id: a');
    expect(dedent('\n    - file: a.txt\n      id: a')).toBe('- file: a.txt\n  id: a');
  });
});
