import { describe, expect, it } from 'vitest';
import { detectWrapWidth, reflow, segment } from '../../src/ingest/stages/segment.ts';
import { loadSeed, SEEDS } from './_seeds.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

describe('detectWrapWidth', () => {
  it('finds the fixed line width of the 2016 PDF text (about 36–42 wide characters a line)', () => {
    const body = loadSeed(SEEDS.plan2016).norm.lines.filter((l) => l.line < 192);
    const width = detectWrapWidth(body);
    expect(width).not.toBeNull();
    expect(width!).toBeGreaterThanOrEqual(72);
    expect(width!).toBeLessThanOrEqual(84);
  });

  it.each([SEEDS.plan2015, SEEDS.guidance2022, SEEDS.growth2023, SEEDS.hant])('finds no wrapping in %s (one paragraph a line)', (name) => {
    expect(detectWrapWidth(loadSeed(name).norm.lines)).toBeNull();
  });

  it('needs at least 10 long lines to decide', () => {
    const line = '推动整合行业研发创新资源协同创新，构建自主品牌汽车国内研发创新中';
    expect(detectWrapWidth(lines(...Array(9).fill(line)))).toBeNull();
    expect(detectWrapWidth(lines(...Array(10).fill(line)))).not.toBeNull();
  });
});

describe('reflow', () => {
  it('keeps one paragraph per line when the text is not wrapped', () => {
    const out = reflow(lines('一、总体要求', '', '（一）指导思想', '坚持创新，'), null);
    expect(out.map((p) => [p.text, p.line, p.endLine])).toEqual([
      ['一、总体要求', 1, 1],
      ['（一）指导思想', 3, 3],
      ['坚持创新，', 4, 4],
    ]);
  });

  it('joins a full-width line with the next, across blank lines, and records the line span', () => {
    const full = '甲'.repeat(39);
    const out = reflow(lines(`（一）${full}`, '', '', `${full}`, '收尾。', '下一段开头'), 80);
    expect(out).toEqual([
      { text: `（一）${full}${full}收尾。`, line: 1, endLine: 5 },
      { text: '下一段开头', line: 6, endLine: 6 },
    ]);
  });

  it('joins a short line that ends in a soft break (，、“ or a digit) but not one that ends a sentence', () => {
    const out = reflow(lines('请认真贯彻执行，', '现印发给你们。', '力争2017年交易规模达到50', '亿元左右；', '下一句'), 80);
    expect(out.map((p) => p.text)).toEqual(['请认真贯彻执行，现印发给你们。', '力争2017年交易规模达到50亿元左右；', '下一句']);
  });

  it('never joins a line that starts a numbered part or an annex to the full-width line before it', () => {
    const full = '甲'.repeat(39);
    for (const next of [`（二）${full}`, '附件：分工表', '1.孵化', '三、保障措施', '第二条 乙', '①丙']) {
      const out = reflow(lines(full, next), 80);
      expect(out.map((p) => p.text)).toEqual([full, next]);
    }
    // the same line without numbering is joined
    expect(reflow(lines(full, '孵化'), 80).map((p) => p.text)).toEqual([`${full}孵化`]);
  });
});

describe('segment: cq-2016-work-plan.txt (wrapped PDF text with an annex)', () => {
  const seg = loadSeed(SEEDS.plan2016).seg;
  const para = (start: string) => seg.body.find((p) => p.text.startsWith(start))!;

  it('is detected as wrapped and has no portal metadata', () => {
    expect(seg.wrapped).toBe(true);
    expect(seg.metadata).toBeNull();
  });

  it('rejoins measure （二） across the page break (在渝落 | 地)', () => {
    const p = para('（二）着力构建开放式研发创新体系。');
    expect(p.line).toBe(37);
    expect(p.endLine).toBe(48);
    expect(p.text).toContain('引导专业团队和科研成果在渝落地，力争到2017年，引进或共建研发机构30个以上');
    expect(p.text.endsWith('年度技术交易合同额达到200亿元以上。')).toBe(true);
    expect(p.text).not.toContain('（三）');
  });

  it('rejoins words split at line ends (有|潜力, 3D|打印, 传|感器, 互联网|+)', () => {
    expect(para('（一）').text).toContain('力争2016年推动2家以上、2017年推动3家以上有潜力企业组建');
    expect(para('（一）').text).toContain('3D打印等产业技术创新研究院');
    expect(para('（九）').text).toContain('高精度工业传感器、高性能铝合金、3MW―5MW海洋型风电装备');
    expect(para('（五）').text).toContain('利用“互联网+”手段');
  });

  it('starts a paragraph at every numbered heading of the body', () => {
    const numbered = seg.body.filter((p) => /^(（[一二三四五六七八九十]+）|[一二三四五]、)/.test(p.text));
    expect(numbered).toHaveLength(21 + 5);
  });

  it('keeps the preamble lines of the notice as their own paragraphs', () => {
    expect(seg.body.slice(0, 3).map((p) => p.text)).toEqual(['重庆市人民政府办公厅关于', '印发重庆市深入实施创新驱动发展战略', '工作方案的通知']);
    expect(seg.body.find((p) => p.line === 11)!.text).toBe('《重庆市深入实施创新驱动发展战略工作方案》已经市政府同意，现印发给你们，请认真贯彻执行。');
    expect(seg.body.find((p) => p.text === '2016年2月6日')?.line).toBe(16);
  });

  it('reads the 文号 under the title and the signature and date that close the notice (elements)', () => {
    expect(seg.stripped).toEqual([{ line: 2, text: '渝府办发〔2016〕25号', rule: 'element/doc-number' }]);
    expect([seg.elements.docNumber, seg.elements.issuer, seg.elements.issued]).toEqual(['渝府办发〔2016〕25号', '重庆市人民政府办公厅', '2016-02-06']);
  });

  it('ends the body before the annex reference', () => {
    const last = seg.body.at(-1)!;
    expect(last.text.startsWith('（二十一）不断壮大科技金融服务规模。')).toBe(true);
    expect(last.text.endsWith('不断探索中小商贸流通企业融资难问题的解决办法。')).toBe(true);
    expect(last.endLine).toBe(190);
  });

  it('lists the annex reference and keeps the annex table lines unreflowed', () => {
    expect(seg.annexList).toEqual([{ text: '附件：深入实施创新驱动发展战略工作任务分工表', line: 192, endLine: 192 }]);
    expect(seg.annexes).toHaveLength(1);
    const annex = seg.annexes[0]!;
    expect(annex.label).toBe('附件');
    expect(annex.line).toBe(194);
    expect(annex.lines[0]!.line).toBe(195);
    expect(annex.lines.find((l) => l.line === 196)!.text).toBe('深入实施创新驱动发展战略工作任务分工表');
    expect(annex.lines.at(-1)!.line).toBe(756);
    expect(annex.lines.find((l) => l.line === 212)!.text).toBe('市发展改革');
    expect(annex.lines.find((l) => l.line === 214)!.text).toBe('委、市经济信');
  });
});

describe('segment: unwrapped seeds', () => {
  it('keeps each line of cq-2015-action-plan.txt as a paragraph and lists its two unpublished annexes', () => {
    const { norm, seg } = loadSeed(SEEDS.plan2015);
    expect(seg.wrapped).toBe(false);
    // line 1, 中共重庆市委, is the issuer mark (element/issuer-mark), not text
    const bodyLines = norm.lines.filter((l) => l.text && l.line > 1 && l.line < 181);
    expect(seg.body.map((p) => p.line)).toEqual(bodyLines.map((l) => l.line));
    expect(seg.stripped).toEqual([{ line: 1, text: '中共重庆市委', rule: 'element/issuer-mark' }]);
    expect(seg.annexes).toEqual([]);
    expect(seg.annexList.map((p) => p.line)).toEqual([181, 183]);
    expect(seg.annexList[0]!.text).toBe('附件：1.《重庆市深化体制机制改革加快实施创新驱动发展战略行动计划（2015—2020年）》任务分工');
  });

  it('reads cq-2023-double-growth.txt from its title to its last measure, without the stripped footer', () => {
    const seg = loadSeed(SEEDS.growth2023).seg;
    expect(seg.wrapped).toBe(false);
    expect(seg.metadata).toBeNull();
    expect(seg.body[0]).toEqual({ text: '重庆市高新技术企业和科技型企业“双倍增”行动计划（2023—2027年）', line: 4, endLine: 4 });
    expect(seg.body.at(-1)!.text.startsWith('（六）营造良好氛围。')).toBe(true);
    expect(seg.annexList).toEqual([]);
  });
});

describe('segment: annex layout', () => {
  it('opens an annex at a bare 附件 / 附件2 line and collects the following lines', () => {
    const seg = segment(lines('一、总体要求', '附件：1.甲表', '2.乙表', '附件1', '甲表', '', '附件2', '乙表'));
    expect(seg.body.map((p) => p.text)).toEqual(['一、总体要求']);
    expect(seg.annexList.map((p) => p.text)).toEqual(['附件：1.甲表', '2.乙表']);
    expect(seg.annexes.map((a) => [a.label, a.line, a.lines.map((l) => l.text)])).toEqual([
      ['附件1', 4, ['甲表', '']],
      ['附件2', 7, ['乙表']],
    ]);
  });

  it('does not take a sentence that starts with 附件 but is not an annex label as the annex start', () => {
    const seg = segment(lines('一、总体要求', '附件材料应当齐全。', '二、重点任务'));
    expect(seg.body.map((p) => p.text)).toEqual(['一、总体要求', '附件材料应当齐全。', '二、重点任务']);
    expect(seg.annexes).toEqual([]);
  });

  it('takes the attachment a notice in prose publishes as the body (rule annex/published-document)', () => {
    const seg = segment(lines('各区县科技局：', '现将《暂行办法》印发给你们，请遵照执行。', '附件：暂行办法', '附件：', '暂行办法', '第一条 为规范管理，制定本办法。', '第二条 本办法所称经费，是指市级经费。'));
    expect(seg.body.map((p) => p.text)).toEqual(['各区县科技局：', '现将《暂行办法》印发给你们，请遵照执行。', '暂行办法', '第一条 为规范管理，制定本办法。', '第二条 本办法所称经费，是指市级经费。']);
    expect(seg.annexList.map((p) => p.text)).toEqual(['附件：暂行办法']);
    expect(seg.annexes).toEqual([]);
    expect(seg.stripped.filter((s) => s.rule === 'annex/published-document').map((s) => [s.line, s.text])).toEqual([[4, '附件：']]);
  });

  it('starts the attachment at its title when the notice names it (附件：《…》) and prints it after the signature with no 附件 mark', () => {
    const seg = segment(lines('各区县财政局：', '现将《资金管理办法》印发给你们。', '附件：1.《资金管理办法》', '市财政局', '2013年9月4日', '资金管理办法', '第一章 总则', '第一条 为规范管理，制定本办法。', '第二条 本办法所称资金，是指市级资金。'));
    // its title is the document's title line, kept as text (the title derivation reads it), not a mark
    expect(seg.body.map((p) => p.text)).toEqual(['各区县财政局：', '现将《资金管理办法》印发给你们。', '资金管理办法', '第一章 总则', '第一条 为规范管理，制定本办法。', '第二条 本办法所称资金，是指市级资金。']);
    expect(seg.annexList.map((p) => p.text)).toEqual(['附件：1.《资金管理办法》', '市财政局', '2013年9月4日']);
    expect(seg.stripped.filter((s) => s.rule === 'annex/published-document')).toEqual([]);
  });

  it('keeps an attachment an annex when the notice has numbered parts of its own, or the attachment has none', () => {
    expect(segment(lines('一、总体要求', '二、重点任务', '附件', '第一条 甲。', '第二条 乙。')).annexes).toHaveLength(1);
    expect(segment(lines('现印发给你们。', '附件', '申请表', '单位名称')).annexes).toHaveLength(1);
  });
});


describe('detectWrapWidth with short numbered headings (ninth trial)', () => {
  it('measures the width of text lines only: headings such as 七、贷款额度 are short by nature', () => {
    const text = '本要点所称小微事业系指依法办理公司、有限合伙、商业或税籍登记，雇用员';
    const headings = Array.from({ length: 14 }, (_, i) => `${'一二三四五六七八九十'[i % 10]}、贷款对象与用途的说明事项`);
    const body = lines(...headings.flatMap((h, i) => (i < 12 ? [h, text] : [h])));
    expect(detectWrapWidth(body)).not.toBeNull();
    // the same lines without their numbering read as unwrapped text of mixed lengths
    expect(detectWrapWidth(lines(...headings.map((h) => h.slice(2)).flatMap((h, i) => (i < 12 ? [h, text] : [h]))))).toBeNull();
  });
});
