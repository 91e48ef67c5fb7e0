import { describe, expect, it } from 'vitest';
import { englishLabel } from '../../src/lib/numbering.ts';
import { LEVEL_RANK, MARKER_LEVELS, matchLeadIn, matchMarker } from '../../src/ingest/recognisers/markers.ts';
import { cleanLine } from '../../src/ingest/stages/normalize.ts';

describe('matchMarker: numbering of Chinese official documents', () => {
  it.each([
    ['一、总体要求', 'item1', '一、', 1, '总体要求'],
    ['六、强化组织实施', 'item1', '六、', 6, '强化组织实施'],
    ['十、x', 'item1', '十、', 10, 'x'],
    ['（一）指导思想', 'item2', '（一）', 1, '指导思想'],
    ['（十二）着力打造一批创新创业示范基地。以猪八戒网众包平台', 'item2', '（十二）', 12, '着力打造一批创新创业示范基地。以猪八戒网众包平台'],
    ['（二十一）不断壮大科技金融服务规模。', 'item2', '（二十一）', 21, '不断壮大科技金融服务规模。'],
    ['1.孵化科技型企业。围绕我市优势特色产业', 'item3', '1.', 1, '孵化科技型企业。围绕我市优势特色产业'],
    ['15.强化知识产权保护。', 'item3', '15.', 15, '强化知识产权保护。'],
    ['2．培育高新技术企业', 'item3', '2．', 2, '培育高新技术企业'],
    ['3、引进高新技术企业', 'item3', '3、', 3, '引进高新技术企业'],
    ['（1）加强组织', 'item4', '（1）', 1, '加强组织'],
    ['（12）完善', 'item4', '（12）', 12, '完善'],
    ['①建立台账', 'item5', '①', 1, '建立台账'],
    ['⑩其他', 'item5', '⑩', 10, '其他'],
    ['第一章 总则', 'chapter', '第一章', 1, '总则'],
    ['第十二章附则', 'chapter', '第十二章', 12, '附则'],
    ['第二节 发展目标', 'section', '第二节', 2, '发展目标'],
    ['第三条 为了促进科技创新，制定本办法。', 'article', '第三条', 3, '为了促进科技创新，制定本办法。'],
    ['第一百零二条 本办法自发布之日起施行。', 'article', '第一百零二条', 102, '本办法自发布之日起施行。'],
    ['第一篇 发展环境', 'part', '第一篇', 1, '发展环境'],
    ['第十篇保障措施', 'part', '第十篇', 10, '保障措施'],
    ['(5)完善评价机制', 'item4', '(5)', 5, '完善评价机制'],
    ['(12)强化考核。', 'item4', '(12)', 12, '强化考核。'],
    ['(一)指导思想', 'item2', '(一)', 1, '指导思想'],
    ['1000.建设孵化平台', 'item3', '1000.', 1000, '建设孵化平台'],
    ['12345、扩大开放合作', 'item3', '12345、', 12345, '扩大开放合作'],
    ['（1000）加强监测', 'item4', '（1000）', 1000, '加强监测'],
    ['第一千零一条 附则。', 'article', '第一千零一条', 1001, '附则。'],
    // Traditional texts (a regulation printed in Traditional characters)
    ['第一條 為了促進科技進步，制定本條例。', 'article', '第一條', 1, '為了促進科技進步，制定本條例。'],
    ['第二十二條 本條例自公布之日起施行。', 'article', '第二十二條', 22, '本條例自公布之日起施行。'],
    ['第二節 科技人才', 'section', '第二節', 2, '科技人才'],
    ['第兩百條 附則', 'article', '第兩百條', 200, '附則'],
  ])('%j → %s %s (%d)', (text, level, label, value, rest) => {
    expect(matchMarker(text)).toEqual({ level, label, value, rest });
  });

  it('reads 第1条 (Arabic digits) as an article, as a city’s 实施细则 prints it', () => {
    expect(matchMarker('第1条 支持关键核心技术攻关')).toMatchObject({ level: 'article', value: 1, rest: '支持关键核心技术攻关' });
    expect(matchMarker('第12条 附则')).toMatchObject({ level: 'article', value: 12 });
  });

  it('trims the text after the numbering', () => {
    expect(matchMarker('第一条   为了')?.rest).toBe('为了');
    expect(matchMarker('三、')).toEqual({ level: 'item1', label: '三、', value: 3, rest: '' });
  });

  it.each([
    '1.28万家和8.6万家', // a decimal, not “1.”
    '6.7万家',
    '2016年，全市各类创新服务机构达到500家以上',
    '2017年前集中实施18个重大主题专项',
    '3―5家国家级技术创新平台',
    '100个以上',
    '3D打印等产业技术创新研究院',
    '“双倍增”行动计划',
    '（其中，中心城区分别超过7110家）',
    '（OTC）创新发展',
    '（2015—2020年）',
    '（〇）',
    '一带一路',
    '十大战略性新兴产业',
    '第一批',
    'R&D经费',
    '2025年，全市高新技术企业达到1万家', // a year at the start of a line is not an item
    '2025年底前完成',
    '2025、2026年分别新增50家', // a list of years
    '（2025年）',
    '2025.06.30前完成',
    '1.28万家',
    '10.5%以上',
    '(OTC)创新发展',
    '第一篇章', // the word 篇章 (“the first chapter” of a story), not part 1
    '',
  ])('%j is not a numbering marker', (text) => {
    expect(matchMarker(text)).toBeNull();
  });
});

describe('half-width brackets as they reach the marker rules after normalization', () => {
  it('keeps (5) half-width (no Chinese next to the bracket) and reads it at the level of （5）', () => {
    expect(cleanLine('(5)完善评价机制')).toBe('(5)完善评价机制');
    expect(matchMarker(cleanLine('(5)完善评价机制'))).toMatchObject({ level: 'item4', label: '(5)', value: 5 });
    expect(matchMarker('（5）完善评价机制')!.level).toBe(matchMarker('(5)完善评价机制')!.level);
  });

  it('turns (一) full-width before the marker rules see it', () => {
    expect(cleanLine('(一)指导思想')).toBe('（一）指导思想');
    expect(matchMarker(cleanLine('(一)指导思想'))).toMatchObject({ level: 'item2', label: '（一）', value: 1 });
  });
});

describe('LEVEL_RANK', () => {
  it('ranks 第一篇 > 第一章 > 第一节 > 第一条 > 一、 > （一） > 1. > （1） > ① > lead-ins, outermost first', () => {
    const order = ['part', 'chapter', 'section', 'article', 'item1', 'item2', 'item3', 'item4', 'item5', 'leadIn'] as const;
    for (let i = 1; i < order.length; i++) expect(LEVEL_RANK[order[i - 1]!]).toBeLessThan(LEVEL_RANK[order[i]!]);
    expect(MARKER_LEVELS).toEqual(order);
  });

  it('gives every numbered level an English label (第一篇 → Part 1)', () => {
    expect(englishLabel('part', 1)).toBe('Part 1');
    for (const level of MARKER_LEVELS.filter((l) => l !== 'leadIn')) expect(englishLabel(level, 2)).toMatch(/2|b/);
    expect(englishLabel('leadIn', 1)).toBeNull();
  });
});

describe('matchLeadIn', () => {
  it.each([
    ['打造1000个以上众创空间：以各类企业、投资机构、行业组织等社会力量为主构建市场化的众创空间', '打造1000个以上众创空间', '以各类企业、投资机构、行业组织等社会力量为主构建市场化的众创空间'],
    ['培育10家以上在国内同行业中具有领先地位的企业研发创新中心：重点围绕汽车', '培育10家以上在国内同行业中具有领先地位的企业研发创新中心', '重点围绕汽车'],
    ['改“前补助”为“后补助”：鼓励和引导研发企业', '改“前补助”为“后补助”', '鼓励和引导研发企业'],
    ['推动有条件企业IPO（首次公开募股）上市：围绕重点创新型企业', '推动有条件企业IPO（首次公开募股）上市', '围绕重点创新型企业'],
  ])('%j is a lead-in', (text, title, rest) => {
    expect(matchLeadIn(text)).toEqual({ title, rest });
  });

  it.each([
    '附件：1.《重庆市深化体制机制改革加快实施创新驱动发展战略行动计划（2015—2020年）》任务分工',
    '附件：深入实施创新驱动发展战略工作任务分工表',
    '附件1：重点任务分工',
    '各区县（自治县）人民政府，市政府各部门，有关单位：', // addressee line: has ， before the colon and nothing after it
    '需求导向，“三链”协同。紧扣经济社会发展重大需求', // no colon
    '到2020年，全市：目标', // ， before the colon
    '甲：乙', // title shorter than 2 characters
    '特此通知：', // nothing after the colon
    '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一：太长', // 41-character title
    '责任单位：市科技局、市财政局', // the units responsible for the measure above (inline-units.ts)
    '牵头单位：市科技局',
    '责任部门：市统计局',
    '配合单位：市财政局、市教委',
  ])('%j is not a lead-in', (text) => {
    expect(matchLeadIn(text)).toBeNull();
  });

  it('accepts a 40-character title', () => {
    const title = '一二三四五六七八九十'.repeat(4);
    expect(matchLeadIn(`${title}：正文`)).toEqual({ title, rest: '正文' });
  });
});

describe('an item\'s fields and numbering as a repost prints them (eighth trial)', () => {
  it('reads 1﹒ (a small full stop) as 1.', () => {
    expect(matchMarker('1﹒全省生产总值增长7%以上。')).toMatchObject({ level: 'item3', value: 1 });
  });
  it('takes no field of the item above for a lead-in (牵头责任单位：, 牵头负责领导：, 完成时限：)', () => {
    for (const line of ['牵头责任单位：省发展改革委。', '协同责任单位：省财政厅。', '牵头负责领导：刘惠。', '完成时限：2025年底。']) expect(matchLeadIn(line), line).toBeNull();
  });
  it('reads a first sentence of clauses that states a figure as text, a short parallel heading as a heading', async () => {
    const { splitInlineHeading } = await import('../../src/ingest/recognisers/markers.ts');
    expect(splitInlineHeading('全省生产总值增长7%以上，在实际工作中力争更好结果。牵头责任单位：省发展改革委。').title).toBeNull();
    expect(splitInlineHeading('加强组织领导，高效务实推进。设立领导小组。').title).toBe('加强组织领导，高效务实推进');
    // a first sentence that states an amount after a verb is text too
    expect(splitInlineHeading('個別申請補助款之補助上限為100萬元整。 -').title).toBeNull();
    expect(splitInlineHeading('加大资金支持。对企业给予补助。').title).toBe('加大资金支持');
  });
});

describe('articles inserted by an amendment (tenth trial, dev12a)', () => {
  it('reads 第 10-2 條 and 第十条之一 as articles numbered after the one they follow', () => {
    expect(matchMarker('第 10-2 條')).toMatchObject({ level: 'article', label: '第 10-2 條', value: 10 });
    expect(matchMarker('第十条之一 为了促进创新，制定本条。')).toMatchObject({ level: 'article', label: '第十条之一', value: 10, rest: '为了促进创新，制定本条。' });
    expect(matchMarker('第十条 为了促进创新')).toMatchObject({ label: '第十条' });
  });
});

