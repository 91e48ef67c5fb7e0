import { LEVEL_RANK } from '../../src/ingest/recognisers/markers.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeSource } from '../../src/ingest/stages/normalize.ts';
import { readSource, type SourceLine } from '../../src/ingest/stages/read.ts';
import { segment } from '../../src/ingest/stages/segment.ts';
import { headingMatches, parseTocLine, splitPageNumber, stripPageNumbers, stripToc } from '../../src/ingest/recognisers/toc.ts';
import { loadSeed, ROOT, SEEDS } from './_seeds.ts';

/** A fixture of test/fixtures/formats as normalize leaves it (spaces next to Chinese removed, punctuation full-width). */
const fixture = (name: string): SourceLine[] => {
  const file = `test/fixtures/formats/${name}`;
  return normalizeSource(readSource(file, readFileSync(`${ROOT}${file}`))).lines;
};
const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

describe('splitPageNumber', () => {
  it.each([
    ['（一）发展基础……………1', '（一）发展基础', 1, true],
    ['一、总体要求····12', '一、总体要求', 12, true],
    ['二、重点任务.......8', '二、重点任务', 8, true],
    ['第一节 发展基础 16', '第一节发展基础', 16, false],
    ['第一节发展基础16', '第一节发展基础', 16, false], // glued, as normalize leaves “发展基础 16”
    ['3.实施“双创”行动21', '3.实施“双创”行动', 21, false],
    ['…………9', '', 9, true],
    ['7', '', 7, false],
  ])('%s → %s, page %s', (text, core, page, leaders) => {
    expect(splitPageNumber(text)).toEqual({ core, page, leaders });
  });

  it.each([
    ['（三）远景目标2035', '（三）远景目标2035'], // a year is not a page number
    ['比例提高到3.2', '比例提高到3.2'], // nor is the end of a decimal
    ['建设5G基站', '建设5G基站'],
  ])('leaves %s whole', (text, core) => {
    expect(splitPageNumber(text)).toEqual({ core, page: null, leaders: false });
  });
});

describe('parseTocLine', () => {
  it('reads numbered entries at every level, with or without a page number', () => {
    expect(parseTocLine('（二）面临挑战……3')).toMatchObject({ kind: 'entry', label: '（二）', title: '（二）面临挑战', page: 3 });
    expect(parseTocLine('第二篇 建设创新型城市')).toMatchObject({ kind: 'entry', label: '第二篇', rank: LEVEL_RANK.part, page: null });
    expect(parseTocLine('第三章总则')).toMatchObject({ kind: 'entry', label: '第三章', rank: LEVEL_RANK.chapter });
  });

  it('reads unnumbered entries only with leaders, a page number or a front/back-matter word', () => {
    expect(parseTocLine('序言……………1')).toMatchObject({ kind: 'entry', label: null, title: '序言', page: 1 });
    expect(parseTocLine('附件 重点项目表')).toMatchObject({ kind: 'entry', label: null });
    expect(parseTocLine('云岭市科学技术局')).toBeNull();
  });

  it('reads a lone page number or a leader line as a page line', () => {
    expect(parseTocLine('12')).toMatchObject({ kind: 'page', page: 12 });
    expect(parseTocLine('………………')).toMatchObject({ kind: 'page', page: null, leaders: true });
  });

  it('never reads a sentence or a long line as an entry', () => {
    expect(parseTocLine('（一）工作目标。到2026年，全市技术合同成交额突破200亿元。')).toBeNull();
    expect(parseTocLine(`一、${'甲'.repeat(90)}`)).toBeNull();
  });
});

describe('headingMatches', () => {
  it('matches a heading line, or an inline heading before its text', () => {
    expect(headingMatches('（一）指导思想', '（一）指导思想')).toBe(true);
    expect(headingMatches('（一）指导思想', '（一）指导思想。坚持创新引领。')).toBe(true);
    expect(headingMatches('（一）指导思想', '（一）指导思想和基本原则')).toBe(false);
  });
});

describe('stripPageNumbers (pdf-page-number)', () => {
  const result = stripPageNumbers(fixture('pdf-page-numbers.txt'));

  it('strips footer lines - 1 -, —2—, 第5页 and footers glued to a line', () => {
    expect(result.stripped.map((s) => [s.line, s.text, s.rule])).toEqual([
      [2, '- 1 -', 'pdf-page-number'],
      [5, '—2—', 'pdf-page-number'],
      [8, '- 3 -', 'pdf-page-number'],
      [9, '- 4 -', 'pdf-page-number'],
      [10, '第5页', 'pdf-page-number'],
    ]);
  });

  it('keeps the text a footer was glued to, on its own line number', () => {
    const byLine = new Map(result.lines.map((l) => [l.line, l.text]));
    expect(byLine.get(8)).toBe('（一）扩大信贷投放。鼓励银行机构设立科技支行。');
    expect(byLine.get(9)).toBe('（二）发展创业投资。设立天使投资引导基金。');
    expect(byLine.has(2)).toBe(false);
  });

  it('strips the spaced GB/T 9704 form and a page-flip viewer\'s page marks', () => {
    const marks = lines('— 1 —', 'P. 8', 'Page 8 - 关于加快推进工业经济高质量发展的若干政策意见', '第一条 为了规范');
    expect(stripPageNumbers(marks).stripped.map((s) => s.text)).toEqual(['— 1 —', 'P. 8', 'Page 8 - 关于加快推进工业经济高质量发展的若干政策意见']);
    // as normalize cleans it: the space between the dash and a Han character is dropped
    expect(stripPageNumbers(lines('Page 8 -关于加快推进工业经济高质量发展的若干政策意见')).stripped).toHaveLength(1);
  });

  it('leaves numbers that are text alone (a lone task-table number, a range, dashes in text)', () => {
    const kept = lines('1', '3—5家', '——培育5家以上', '第一条', '增长率为-3-5%');
    expect(stripPageNumbers(kept)).toEqual({ lines: kept, stripped: [] });
  });
});

describe('stripToc', () => {
  it('toc/heading: a 目录 heading, dot leaders and page numbers, an entry wrapped over two lines', () => {
    const r = stripToc(fixture('toc-dot-leaders.txt'));
    expect(r.rule).toBe('toc/heading');
    expect(r.stripped.map((s) => s.line)).toEqual([7, 9, 11, 13, 15, 17, 19, 21, 23, 24, 26]);
    expect(r.stripped.every((s) => s.rule === 'toc/heading')).toBe(true);
    expect(r.entries!.map((e) => [e.title, e.page])).toContainEqual(['（一）建设高能级创新平台，打造区域科技创新策源地', 6]);
    expect(r.notes).toEqual([]);
    // the body starts at its own first heading, line numbers kept
    expect(r.lines.find((l) => l.text === '一、发展形势')!.line).toBe(28);
  });

  it('toc/gazette: a gazette issue\'s contents, the titles of its documents under a section label, up to the first document (gazette-contents.txt)', () => {
    const r = stripToc(fixture('gazette-contents.txt'));
    expect(r.rule).toBe('toc/gazette');
    expect(r.stripped.map((s) => s.line)).toEqual([2, 3, 4, 5, 6]);
    // (the masthead, line 1, is page chrome: normalize has taken it out)
    expect(r.lines[0]!.text).toBe('云岭市人民政府关于印发云岭市生活垃圾处理收费管理办法的通知');
    // two titles are no contents
    expect(stripToc(lines('目录', '市人民政府关于甲的通知', '市人民政府关于乙的通知', '一、总则')).rule).not.toBe('toc/gazette');
  });

  it('toc/leaders-and-page-numbers: no heading, page numbers glued to the titles by normalize', () => {
    const r = stripToc(fixture('toc-no-heading.txt'));
    expect(r.rule).toBe('toc/leaders-and-page-numbers');
    expect(r.stripped.map((s) => s.line)).toEqual([13, 14, 15, 16, 17, 18, 19, 20]);
    expect(r.entries!.map((e) => e.page)).toEqual([1, 1, 1, 3, 4, 6, 6, 7]);
    expect(r.notes).toEqual([]);
  });

  it('toc/numbering-restarts: numbered headings with nothing between them, then 第一章 again with its articles', () => {
    const r = stripToc(fixture('toc-numbering-restarts.txt'));
    expect(r.rule).toBe('toc/numbering-restarts');
    expect(r.stripped.map((s) => s.line)).toEqual([3, 4, 5, 6, 7]);
    expect(r.lines.some((l) => /^第一章\s*总则$/.test(l.text))).toBe(true);
    // the chapters the excerpt lacks are reported, not published as empty chapters
    expect(r.notes.map((n) => n.rule)).toContain('toc-mismatch');
  });

  it('toc/heading: 目    录 with 第X章 / 第X节 and page numbers glued or spaced', () => {
    const r = stripToc(fixture('toc-chapters-glued-page-numbers.txt'));
    expect(r.rule).toBe('toc/heading');
    expect(r.stripped.map((s) => s.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(r.entries!.map((e) => [e.title, e.page])).toContainEqual(['第二节提升产业园区能级', 10]);
    expect(r.notes).toEqual([]);
  });

  it('toc/repeated-headings: no heading and no page numbers, but the body repeats the headings', () => {
    const r = stripToc(fixture('toc-repeated-headings.txt'));
    expect(r.rule).toBe('toc/repeated-headings');
    expect(r.stripped.map((s) => s.line)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(r.entries!.map((e) => e.title)).toContain('第二节“十四五”时期全市经济社会发展的主要目标');
    expect(r.notes).toEqual([]);
  });

  it('toc/heading: a Traditional 目 錄 of a regulation’s chapters (spaced 總 則)', () => {
    const r = stripToc(fixture('toc-regulation-trad.txt'));
    expect(r.rule).toBe('toc/heading');
    expect(r.stripped.map((s) => s.text)).toEqual(['目錄', '第一章總則', '第二章創新主體', '第三章保障措施', '第四章附則']);
    expect(r.notes).toEqual([]);
  });

  it('toc-mismatch: an entry the body lacks, and body chapters the contents lack', () => {
    const r = stripToc(fixture('toc-mismatch.txt'));
    expect(r.notes).toEqual([
      { line: 5, rule: 'toc-mismatch', message: 'table-of-contents entry “三、组织保障” matches no heading of the body' },
      { line: 11, rule: 'toc-mismatch', message: '“三、保障措施” is not in the table of contents' },
      { line: 13, rule: 'toc-mismatch', message: '“四、附则” is not in the table of contents' },
    ]);
  });

  it('a 目录 heading whose entries were lost: strips the heading and a lone page number, and warns', () => {
    const r = stripToc(lines('云岭市科技创新规划', '目录', '1', '“十四五”时期是全市创新发展的关键时期。', '一、发展基础', '全市创新能力稳步提升。'));
    expect(r.stripped.map((s) => s.text)).toEqual(['目录', '1']);
    expect(r.notes.map((n) => [n.line, n.rule])).toEqual([[2, 'toc-mismatch']]);
    expect(r.lines.map((l) => l.text)).toEqual(['云岭市科技创新规划', '“十四五”时期是全市创新发展的关键时期。', '一、发展基础', '全市创新能力稳步提升。']);
  });

  it('is not fooled by a body whose headings are short lines', () => {
    const input = fixture('toc-short-headings-body.txt');
    const r = stripToc(input);
    expect([r.rule, r.entries, r.stripped]).toEqual([null, null, []]);
    expect(r.lines).toEqual(input);
  });

  it('is not fooled by numbered lines ending in figures that do not rise like page numbers', () => {
    const r = stripToc(lines('云岭市创新平台建设方案', '（一）新增孵化器12', '（二）新增众创空间8', '（三）新增研发平台20', '以上均为年度新增数量。'));
    expect(r.rule).toBeNull();
  });

  it.each(Object.values(SEEDS))('finds no table of contents and no page numbers in %s', (name) => {
    const seg = loadSeed(name).seg;
    expect([seg.toc.rule, seg.stripped.filter((x) => !x.rule.startsWith('element/')), seg.notes]).toEqual([null, [], []]);
  });
});

describe('segment strips page numbers and the contents before reflow', () => {
  it('reports them in Segments.stripped with their rules and leaves them out of the body', () => {
    const seg = segment(fixture('toc-dot-leaders.txt'));
    expect(seg.stripped.map((s) => s.rule)).toEqual(Array(11).fill('toc/heading'));
    expect(seg.body.some((p) => p.text.includes('……'))).toBe(false);
    expect(seg.body.filter((p) => p.text === '一、发展形势')).toHaveLength(1);
  });
});
