import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/report/errors.ts';
import type { Paragraph } from '../../src/ingest/stages/segment.ts';
import { segment } from '../../src/ingest/stages/segment.ts';
import { buildTree, MAX_PROVISIONS, runSuffix, splitInlineHeading, walk, type DocumentTree, type NumberingRepeat } from '../../src/ingest/stages/structure.ts';
import { nodesByKey, nodeText, SEEDS, seedTree } from './_seeds.ts';

const paras = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ text, line: i + 1, endLine: i + 1 }));
const keys = (tree: DocumentTree) => [...walk(tree.provisions)].map(({ node }) => node.key);
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二', '二十三', '二十四', '二十五', '二十六'];

function buildError(body: Paragraph[]): IngestError {
  try {
    buildTree('t.txt', body);
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    return e as IngestError;
  }
  throw new Error('buildTree did not throw');
}

describe('splitInlineHeading', () => {
  it('splits an inline heading from its text at the first 。', () => {
    expect(splitInlineHeading('加强组织领导，高效务实推进。设立重庆市创新驱动发展战略行动计划领导小组')).toMatchObject({
      title: '加强组织领导，高效务实推进',
      text: '设立重庆市创新驱动发展战略行动计划领导小组',
    });
  });

  it('gives a heading that is alone on its line (（一）指导思想。) a title and no text', () => {
    expect(splitInlineHeading('指导思想。')).toMatchObject({ title: '指导思想', text: '' });
    expect(splitInlineHeading('指导思想')).toMatchObject({ title: '指导思想', text: '' });
  });

  it('does not take a first sentence that states a rate of change as a heading: it is a goal (ninth trial)', () => {
    expect(splitInlineHeading('社会消费品零售总额增长9%左右。')).toMatchObject({ title: null, text: '社会消费品零售总额增长9%左右。' });
    expect(splitInlineHeading('全面促进消费增长。推广…')).toMatchObject({ title: '全面促进消费增长' });
  });

  it('does not take a first sentence that states an amount in Chinese numerals as a heading (每案最高補助新臺幣一千萬元，…)', () => {
    expect(splitInlineHeading('每案最高補助新臺幣一千萬元，惟經評審小組決議具重要意義之提案，不在此限。').title).toBeNull();
    expect(splitInlineHeading('每案補助金額以新臺幣二百萬元為上限。').title).toBeNull();
  });

  it('does not take a first sentence longer than 40 characters as a heading', () => {
    const rest = '一二三四五六七八九十'.repeat(4) + '一。正文';
    expect(splitInlineHeading(rest)).toMatchObject({ title: null, text: rest });
  });

  it('returns no title for empty text', () => {
    expect(splitInlineHeading('')).toMatchObject({ title: null, text: '' });
  });
});

describe('buildTree: cq-2015-action-plan.txt', () => {
  const tree = seedTree(SEEDS.plan2015);
  const nodes = nodesByKey(tree);

  it('has 6 top-level chapters 一、 … 六、', () => {
    expect(tree.provisions.map((p) => [p.label, p.level])).toEqual(CN.slice(0, 6).map((n) => [`${n}、`, 'item1']));
    expect(tree.provisions.map((p) => p.title)).toEqual([
      '总体要求',
      '构建以市场为导向的创新体系',
      '激发广大科技人员的创新活力',
      '营造全面开放的创新环境',
      '构建有利于创新驱动的投融资体制机制',
      '强化组织实施',
    ]);
    expect(tree.diagnostics).toEqual([]);
  });

  it('puts the publication note, the title and the opening paragraph in the preamble (the issuer mark is an element)', () => {
    expect(tree.preamble.map((p) => p.line)).toEqual([2, 5, 6, 7, 11]);
    expect(tree.preamble[0]!.text).toBe('（此件正文公开发布，附件不公开发布）');
  });

  it('gives a heading on its own line (（一）指导思想) a title and takes the next paragraph as its text', () => {
    const n = nodes.get('1-1')!;
    expect(n.title).toBe('指导思想');
    expect(n.paragraphs).toHaveLength(1);
    expect(n.paragraphs[0]!.line).toBe(17);
    expect(nodes.get('1-3')!.paragraphs.map((p) => p.line)).toEqual([29, 31, 33]);
  });

  it('makes named lead-ins children keyed 2-1-l1 …', () => {
    const l1 = nodes.get('2-1-l1')!;
    expect(l1.level).toBe('leadIn');
    expect(l1.label).toBeNull();
    expect(l1.title).toBe('培育10家以上在国内同行业中具有领先地位的企业研发创新中心');
    expect(l1.paragraphs[0]!.text.startsWith('重点围绕汽车、电子信息、高端装备')).toBe(true);
    expect(nodes.get('2-1')!.children.map((c) => c.key)).toEqual(['2-1-l1', '2-1-l2', '2-1-l3', '2-1-l4']);
    expect(nodes.get('2-3-l2')!.title).toBe('打造1000个以上众创空间');
    expect(nodes.get('5-3')!.children.map((c) => c.title)).toEqual([
      '设立重点创新型企业上市储备库',
      '启动科技型中小微企业新三板挂牌培育计划',
      '推动有条件企业IPO（首次公开募股）上市',
      '启动创新型企业增资扩股',
      '稳步推进债权融资',
    ]);
  });

  it('attaches the unnamed paragraph after a lead-in to that lead-in', () => {
    // line 49 (对于市级企业技术中心…) continues 实施差异化的“靶向”扶持措施 (line 47)
    expect(nodes.get('2-1-l4')!.paragraphs.map((p) => p.line)).toEqual([47, 49]);
  });

  it('splits the inline heading of （一）加强组织领导，高效务实推进。设立…', () => {
    const n = nodes.get('6-1')!;
    expect(n.title).toBe('加强组织领导，高效务实推进');
    expect(nodeText(n).startsWith('设立重庆市创新驱动发展战略行动计划领导小组')).toBe(true);
    expect(n.children).toEqual([]);
  });

  it('has no closing part (the plan ends with its last measure)', () => {
    expect(tree.closing).toEqual([]);
  });
});

describe('buildTree: cq-2016-work-plan.txt', () => {
  const tree = seedTree(SEEDS.plan2016);
  const measures = [...walk(tree.provisions)].filter(({ node }) => node.level === 'item2').map(({ node }) => node);

  it('has 5 chapters and 21 （N） measures numbered continuously across chapters', () => {
    expect(tree.provisions.map((p) => p.label)).toEqual(['一、', '二、', '三、', '四、', '五、']);
    expect(measures).toHaveLength(21);
    expect(measures.map((m) => m.label)).toEqual(CN.slice(0, 21).map((n) => `（${n}）`));
    expect(tree.diagnostics).toEqual([]);
  });

  it('keys each measure by chapter and its own number (（七） under 二、 is 2-7)', () => {
    expect(measures.map((m) => m.key)).toEqual([
      '1-1', '1-2', '1-3', '1-4', '1-5', '1-6',
      '2-7', '2-8', '2-9', '2-10',
      '3-11', '3-12', '3-13', '3-14',
      '4-15', '4-16', '4-17', '4-18',
      '5-19', '5-20', '5-21',
    ]);
    const m7 = nodesByKey(tree).get('2-7')!;
    expect(m7.title).toBe('加快建设众创空间');
    expect(nodeText(m7)).toContain('力争2016年改造新建200家以上众创空间');
  });

  it('keeps the notice, with its signature and date, in the preamble; the 文号 line is metadata, not text', () => {
    const texts = tree.preamble.map((p) => p.text);
    expect(texts[0]).toBe('重庆市人民政府办公厅关于');
    expect(texts).not.toContain('渝府办发〔2016〕25号');
    expect(texts).toContain('重庆市人民政府办公厅');
    expect(texts).toContain('2016年2月6日');
    expect(tree.preamble.at(-1)!.text.startsWith('为深入贯彻实施市委、市政府《深化体制机制改革加快实施创新驱动发展战略行动计划（2015―2020年）》')).toBe(true);
    expect(tree.closing).toEqual([]);
  });
});

describe('buildTree: cq-2022-district-guidance.txt', () => {
  const tree = seedTree(SEEDS.guidance2022);
  const sections = [...walk(tree.provisions)].filter(({ node }) => node.level === 'item2');

  it('has 8 chapters and 26 sections', () => {
    expect(tree.provisions).toHaveLength(8);
    expect(tree.provisions.at(-1)!.title).toBe('保障措施');
    expect(sections).toHaveLength(26);
    expect(sections.map(({ node }) => node.value)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(sections.at(-1)!.node.key).toBe('8-26');
    expect(sections.at(-1)!.node.title).toBe('统筹工作落实');
  });

  it('gives （一）指导思想。 (heading alone on its line) the title 指导思想 and the next paragraph as text', () => {
    const n = nodesByKey(tree).get('1-1')!;
    expect(n.title).toBe('指导思想');
    expect(n.paragraphs).toHaveLength(1);
    expect(n.paragraphs[0]!.text.startsWith('坚持以习近平新时代中国特色社会主义思想为指导')).toBe(true);
  });

  it('does not take 统筹规划，特色发展。… (no colon) as a lead-in', () => {
    const n = nodesByKey(tree).get('1-2')!;
    expect(n.children).toEqual([]);
    expect(n.paragraphs.map((p) => p.line)).toEqual([8, 9, 10]);
  });

  it('keeps the truncated title line and the opening paragraph in the preamble', () => {
    expect(tree.preamble.map((p) => p.line)).toEqual([1, 3]);
  });
});

describe('buildTree: cq-2023-double-growth.txt', () => {
  const tree = seedTree(SEEDS.growth2023);
  const nodes = nodesByKey(tree);

  it('has 3 chapters; 二、 has 4 sections holding items 1. … 15.', () => {
    expect(tree.provisions.map((p) => p.title)).toEqual(['总体要求', '重点任务', '保障措施']);
    const ch2 = tree.provisions[1]!;
    expect(ch2.children.map((c) => c.key)).toEqual(['2-1', '2-2', '2-3', '2-4']);
    expect(ch2.children.map((c) => c.children.map((i) => i.value))).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7],
      [8, 9, 10, 11],
      [12, 13, 14, 15],
    ]);
    expect(ch2.children.flatMap((c) => c.children.map((i) => i.level))).toEqual(Array(15).fill('item3'));
    expect(nodes.get('2-3-10')!.title).toBe('提升高校院所创新创业效能');
    expect(tree.provisions[2]!.children).toHaveLength(6);
    expect(tree.diagnostics).toEqual([]);
  });

  it('reads the （N） headings written with ASCII parentheses in the scraped page', () => {
    expect(nodes.get('2-1')!.label).toBe('（一）');
    expect(nodes.get('2-1')!.title).toBe('着力构建科技企业“微成长、小升高、高变强”梯次引育体系');
  });

  it('walks the tree depth first with the ancestors of each node', () => {
    const all = [...walk(tree.provisions)];
    expect(all).toHaveLength(3 + 2 + 4 + 15 + 6);
    expect(all.slice(0, 4).map(({ node }) => node.key)).toEqual(['1', '1-1', '1-2', '2']);
    const item10 = all.find(({ node }) => node.key === '2-3-10')!;
    expect(item10.ancestors.map((a) => a.key)).toEqual(['2', '2-3']);
  });
});

describe('buildTree: errors and warnings', () => {
  it('keeps a text with no numbering at all as its preamble (text only), with a no-structure warning', () => {
    const tree = buildTree('t.txt', paras('为加快培育高新技术企业，制定本行动计划。', '坚持企业主导和政府引导并重。'));
    expect(tree.textOnly).toBe(true);
    expect(tree.provisions).toEqual([]);
    expect(tree.preamble.map((p) => p.text)).toEqual(['为加快培育高新技术企业，制定本行动计划。', '坚持企业主导和政府引导并重。']);
    expect(tree.diagnostics.map((d) => [d.file, d.line, d.rule, d.severity])).toEqual([['t.txt', 1, 'no-structure', 'warning']]);
  });

  it('throws for an empty body, and for a body that is only a signature', () => {
    expect(buildError([]).message).toMatch(/no recognisable structure: the document has no text/);
    const err = buildError(paras('云岭市科学技术局', '2024年3月8日'));
    expect(err.message).toMatch(/no recognisable structure: the document has no text/);
    expect([err.file, err.line]).toEqual(['t.txt', 1]);
  });

  it('warns (without throwing) about numbering that skips, as a numbering-skip diagnostic with file and line', () => {
    const tree = buildTree('t.txt', paras('一、总体要求', '（一）指导思想。坚持。', '（三）基本原则。坚持。'));
    expect(keys(tree)).toEqual(['1', '1-1', '1-3']);
    expect(tree.diagnostics).toEqual([
      { file: 't.txt', line: 3, column: null, rule: 'numbering-skip', severity: 'warning', message: '（三） after （一） (expected number 2)' },
    ]);
  });

  it('accepts numbering that restarts at 1 under each chapter', () => {
    const tree = buildTree('t.txt', paras('一、甲', '（一）子。', '（二）子。', '二、乙', '（一）子。'));
    expect(keys(tree)).toEqual(['1', '1-1', '1-2', '2', '2-1']);
    expect(tree.diagnostics).toEqual([]);
  });
});

describe('buildTree: closing signature', () => {
  it('moves an issuer line and a date at the end to closing', () => {
    const tree = buildTree('t.txt', paras('一、组织实施', '（一）加强组织领导。设立领导小组。', '重庆市人民政府办公厅', '2016年2月6日'));
    expect(tree.closing.map((p) => p.text)).toEqual(['重庆市人民政府办公厅', '2016年2月6日']);
    expect(nodeText(tree.provisions[0]!.children[0]!)).toBe('设立领导小组。');
    expect(keys(tree)).toEqual(['1', '1-1']);
  });

  it('includes two issuer lines, a date in Chinese numerals and a publication note', () => {
    const tree = buildTree('t.txt', paras('一、组织实施', '（一）加强组织领导。设立领导小组。', '中共重庆市委', '重庆市人民政府', '二〇一五年十月二十日', '（此件公开发布）'));
    expect(tree.closing.map((p) => p.text)).toEqual(['中共重庆市委', '重庆市人民政府', '二〇一五年十月二十日', '（此件公开发布）']);
  });

  it('does not take a last paragraph ending in 。 as part of the signature', () => {
    const tree = buildTree('t.txt', paras('一、组织实施', '本方案自印发之日起施行。', '2016年2月6日'));
    expect(tree.closing.map((p) => p.text)).toEqual(['2016年2月6日']);
    expect(nodeText(tree.provisions[0]!)).toBe('本方案自印发之日起施行。');
  });

  it('has no closing without a date line at the end', () => {
    const tree = buildTree('t.txt', paras('一、组织实施', '（一）加强组织领导。', '重庆市人民政府办公厅'));
    expect(tree.closing).toEqual([]);
  });

  // Regression test (fixed bug): splitClosing walks back over every short paragraph without 。，；： before the date,
  // including numbered headings. A plan whose last parts are title-only headings loses them
  // to the signature; here every provision is swallowed and buildTree throws
  // “no recognisable structure”. Numbered paragraphs should never be part of a signature.
  it('never moves a numbered heading into the closing signature', () => {
    const tree = buildTree('t.txt', paras('一、组织实施', '（一）加强组织领导', '（二）强化督查考核', '重庆市人民政府办公厅', '2016年2月6日'));
    expect(keys(tree)).toEqual(['1', '1-1', '1-2']);
    expect(tree.closing.map((p) => p.text)).toEqual(['重庆市人民政府办公厅', '2016年2月6日']);
  });
});

describe('buildTree: 第一章 / 第一节 / 第一条 documents', () => {
  const tree = buildTree(
    't.txt',
    paras(
      '第一章 总则',
      '第一节 目的和依据',
      '第一条 为了促进科技创新，制定本办法。',
      '第二条 本办法适用于本市行政区域。',
      '第二节 适用范围',
      '第三条 市科技局负责组织实施。',
      '第二章 附则',
      '第四条 本办法自发布之日起施行。',
    ),
  );

  it('builds a 3-level tree chapter → section → article', () => {
    expect(tree.provisions.map((p) => [p.level, p.title])).toEqual([
      ['chapter', '总则'],
      ['chapter', '附则'],
    ]);
    expect(tree.provisions[0]!.children.map((s) => [s.level, s.title, s.children.map((a) => a.key)])).toEqual([
      ['section', '目的和依据', ['1-1-1', '1-1-2']],
      ['section', '适用范围', ['1-2-3']],
    ]);
    expect(tree.diagnostics).toEqual([]);
  });

  it('gives articles no title and keeps their whole text (articles are numbered across the document)', () => {
    const a1 = tree.provisions[0]!.children[0]!.children[0]!;
    expect(a1).toMatchObject({ level: 'article', label: '第一条', title: null, value: 1 });
    expect(nodeText(a1)).toBe('为了促进科技创新，制定本办法。');
    const a4 = tree.provisions[1]!.children[0]!;
    expect(a4).toMatchObject({ level: 'article', label: '第四条', key: '2-4' });
  });
});

describe('buildTree: numbering that repeats is not fatal', () => {
  it('keys the same numbering twice under one parent 1-1, 1-1-b and reports it with file and line', () => {
    const tree = buildTree('seeds/t.txt', paras('一、总体要求', '（一）指导思想。坚持创新。', '（一）基本原则。需求导向。'));
    expect(keys(tree)).toEqual(['1', '1-1', '1-1-b']);
    expect(tree.diagnostics).toHaveLength(1);
    expect(tree.diagnostics[0]).toMatchObject({ file: 'seeds/t.txt', line: 3, rule: 'numbering-repeat', severity: 'warning' });
    expect(tree.diagnostics[0]!.message).toMatch(/^（一） repeats the numbering of line 2 \(（一）\) under 一、总体要求: .*suffix -b \(1-1-b\)$/);
  });

  it('gives items that restart (一、 … 一、) under unnumbered headings stable keys run by run', () => {
    // Two unnumbered headings, each followed by its own list 一、二、…: the second list restarts at 一、.
    const body = paras('创新平台建设', '一、建设实验室。推进建设。', '（一）重点实验室。', '二、建设中心。推进。', '人才队伍建设', '一、引进人才。推进。', '（一）高端人才。', '二、培养人才。推进。', '三、用好人才。推进。', '创新生态建设', '一、优化环境。推进。');
    const tree = buildTree('t.txt', body);
    expect(keys(tree)).toEqual(['1', '1-1', '2', '1-b', '1-b-1', '2-b', '3-b', '1-c']);
    expect(tree.provisions.map((p) => p.title)).toEqual(['建设实验室', '建设中心', '引进人才', '培养人才', '用好人才', '优化环境']);
    // one diagnostic per restart (at the line that restarts), none for the items that continue a run
    expect(tree.diagnostics.map((d) => [d.rule, d.line])).toEqual([
      ['numbering-repeat', 6],
      ['numbering-repeat', 11],
    ]);
    // the unnumbered heading stays text of the part before it, as before
    expect(tree.provisions[1]!.paragraphs.map((p) => p.text)).toEqual(['推进。', '人才队伍建设']);
  });

  it('keeps keys of the first run and of documents without repeats unchanged', () => {
    const tree = buildTree('t.txt', paras('一、甲', '（一）子。', '（二）子。', '二、乙', '（一）子。', '一、丙'));
    expect(keys(tree)).toEqual(['1', '1-1', '1-2', '2', '2-1', '1-b']);
  });

  it('keys a repeat inside a repeated run under its new parent (1-b-1 is not a repeat of 1-1)', () => {
    const tree = buildTree('t.txt', paras('一、甲', '（一）子。', '一、乙', '（一）子。', '（一）又。'));
    expect(keys(tree)).toEqual(['1', '1-1', '1-b', '1-b-1', '1-b-1-b']);
    expect(tree.diagnostics.map((d) => d.line)).toEqual([3, 5]);
  });

  it('keeps keys unique when two numbering levels give the same number under one parent (1. then （一）)', () => {
    const tree = buildTree('t.txt', paras('一、甲', '1.子。', '（一）丑。', '（二）寅。', '2.卯。'));
    const all = keys(tree);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(['1', '1-1', '1-1-b', '1-2', '1-2-2']);
    expect(tree.diagnostics.map((d) => [d.rule, d.line])).toEqual([['numbering-repeat', 3]]);
  });

  it('numbers runs b … z, aa …', () => {
    expect([2, 3, 26, 27, 28, 53].map(runSuffix)).toEqual(['b', 'c', 'z', 'aa', 'ab', 'ba']);
  });

  it('says when the earlier run has headings only (a table of contents left in the body)', () => {
    const tree = buildTree('t.txt', paras('目录', '第一章 总则', '第二章 附则', '第一章 总则', '第一条 为了促进创新，制定本办法。', '第二章 附则', '第二条 本办法自发布之日起施行。'));
    expect(keys(tree)).toEqual(['1', '2', '1-b', '1-b-1', '2-b', '2-b-2']);
    expect(tree.diagnostics).toHaveLength(1);
    expect(tree.diagnostics[0]!.message).toMatch(/headings only: a table of contents \(目录\) left in the body\?$/);
  });

  it('lets the pipeline make a repeat an error through the onRepeat hook (e.g. for a table of contents)', () => {
    const seen: NumberingRepeat[] = [];
    const onRepeat = (r: NumberingRepeat) => (seen.push(r), r.headingsOnly ? ('error' as const) : ('disambiguate' as const));
    const toc = paras('第一章 总则', '第二章 附则', '第一章 总则', '第一条 为了促进创新。');
    let err: unknown;
    try {
      buildTree('t.txt', toc, { onRepeat });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).line).toBe(3);
    expect((err as IngestError).message).toMatch(/duplicate provision id 1: 第一章 repeats the numbering of line 1/);
    expect(seen.map((r) => [r.node.line, r.earlier.line, r.headingsOnly])).toEqual([[3, 1, true]]);
    // a repeat after a run with text is still only reported
    const tree = buildTree('t.txt', paras('一、甲。正文。', '一、乙。正文。'), { onRepeat });
    expect(keys(tree)).toEqual(['1', '1-b']);
  });
});

describe('buildTree: 第一篇 parts, half-width (5), numbers of any width', () => {
  it('puts 第一篇 above 第一章', () => {
    const tree = buildTree('t.txt', paras('第一篇 发展基础', '第一章 发展环境', '第一节 机遇。', '第二章 总体要求', '第二篇 重点任务', '第三章 创新平台'));
    expect(tree.provisions.map((p) => [p.level, p.label, p.children.map((c) => c.key)])).toEqual([
      ['part', '第一篇', ['1-1', '1-2']],
      ['part', '第二篇', ['2-3']],
    ]);
    expect(tree.diagnostics).toEqual([]);
  });

  it('reads (5) with half-width brackets at the level of （5）, continuing the same run', () => {
    const tree = buildTree('t.txt', paras('一、甲', '1.子。', '（1）丑。正文。', '(2)寅。正文。', '（3）卯。正文。'));
    expect(keys(tree)).toEqual(['1', '1-1', '1-1-1', '1-1-2', '1-1-3']);
    expect(tree.diagnostics).toEqual([]);
  });

  it('keeps item 1000 and above as items (they were merged into item 999)', () => {
    const lines = ['一、重点任务', ...Array.from({ length: 1002 }, (_, i) => `${i + 1}.任务${i + 1}。推进。`)];
    const body = segment(lines.map((text, i) => ({ line: i + 1, text }))).body;
    const tree = buildTree('t.txt', body);
    const items = tree.provisions[0]!.children;
    expect(items).toHaveLength(1002);
    expect(items.slice(-3).map((n) => [n.key, n.label, n.title])).toEqual([
      ['1-1000', '1000.', '任务1000'],
      ['1-1001', '1001.', '任务1001'],
      ['1-1002', '1002.', '任务1002'],
    ]);
    expect(tree.diagnostics).toEqual([]);
  });
});

describe('buildTree: the limit on provisions per document', () => {
  it(`accepts ${MAX_PROVISIONS} provisions and stops with an IngestError naming the file, the line and the limit above`, () => {
    const items = (n: number) => paras('一、重点任务', ...Array.from({ length: n - 1 }, (_, i) => `${i + 1}.任务。`));
    expect(keys(buildTree('t.txt', items(MAX_PROVISIONS)))).toHaveLength(MAX_PROVISIONS);
    const err = buildError(items(MAX_PROVISIONS + 1));
    expect(err.file).toBe('t.txt');
    expect(err.line).toBe(MAX_PROVISIONS + 1);
    expect(err.message).toContain('limit per document is 10,000');
  });
});

describe('full-width Arabic numbering (１． ２．)', () => {
  it('items numbered with full-width digits are items of their own, not text of their parent', () => {
    const tree = buildTree('t.txt', paras('一、总则', '１．第一项工作。', '２．第二项工作。', '（１０）第十项细则。'));
    expect(keys(tree)).toEqual(['1', '1-1', '1-2', '1-2-10']);
  });
});
