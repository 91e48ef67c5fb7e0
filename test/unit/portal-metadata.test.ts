/**
 * test/fixtures/portal-metadata.txt is a SYNTHETIC page in the gov.cn portal layout
 * (a field block, two fields on some lines, a blank line inside the block, then the
 * body). Its 索引号 and 发布日期 are placeholders, not values from the real portal page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanLine, normalizeSource } from '../../src/ingest/stages/normalize.ts';
import {
  parseMetadataLine,
  parseMetadataPairs,
  parsePortalMetadata,
  portalDate,
  portalFacts,
  portalMetadataDiagnostics,
  PORTAL_FIELDS,
  PORTAL_LABELS,
  withChromeFields,
} from '../../src/ingest/recognisers/portal-metadata.ts';
import { readSource } from '../../src/ingest/stages/read.ts';
import { segment } from '../../src/ingest/stages/segment.ts';
import { buildTree } from '../../src/ingest/stages/structure.ts';
import { loadSeed, ROOT, SEEDS } from './_seeds.ts';

const FIXTURE = 'test/fixtures/portal-metadata.txt';
const fixtureLines = () => normalizeSource(readSource(FIXTURE, readFileSync(`${ROOT}${FIXTURE}`))).lines;

describe('parseMetadataLine', () => {
  it('reads one field', () => {
    expect(parseMetadataLine('索引号：11500000000000000X/2023-00000')).toEqual({ 索引号: '11500000000000000X/2023-00000' });
  });

  it('reads two fields on one line, trimming the value before the next label', () => {
    expect(parseMetadataLine('发文字号：渝府办发〔2023〕6号 发布日期：2023-04-06')).toEqual({
      发文字号: '渝府办发〔2023〕6号',
      发布日期: '2023-04-06',
    });
    expect(parseMetadataLine('主题分类：科技、教育 发布机构：重庆市人民政府办公厅')).toEqual({
      主题分类: '科技、教育',
      发布机构: '重庆市人民政府办公厅',
    });
  });

  it('reads fields written with no space between them and with an ASCII colon', () => {
    expect(parseMetadataLine('成文日期:2023年03月29日有效性：有效')).toEqual({ 成文日期: '2023年03月29日', 有效性: '有效' });
  });

  it('keeps a value that contains brackets and quotes', () => {
    expect(parseMetadataLine('标题：重庆市高新技术企业和科技型企业“双倍增”行动计划（2023—2027年）')).toEqual({
      标题: '重庆市高新技术企业和科技型企业“双倍增”行动计划（2023—2027年）',
    });
  });

  it('returns null for a line that does not start with a field label', () => {
    expect(parseMetadataLine('一、总体要求')).toBeNull();
    expect(parseMetadataLine('各区县（自治县）人民政府，市政府各部门，有关单位：')).toBeNull();
    expect(parseMetadataLine('本通知的发文字号：渝府办发〔2023〕6号')).toBeNull();
    expect(parseMetadataLine('')).toBeNull();
  });

  it('does not take a label without a colon as a field', () => {
    expect(parseMetadataLine('标题党现象')).toBeNull();
  });

  it('knows the labels of the portal block', () => {
    for (const f of ['索引号', '发文字号', '发文机关', '发布机构', '主题分类', '成文日期', '发布日期', '有效性', '标题']) {
      expect(PORTAL_FIELDS).toContain(f);
    }
  });
});

describe('parsePortalMetadata on the fixture', () => {
  const lines = fixtureLines();
  const { metadata, rest } = parsePortalMetadata(lines);

  it('reads every field of the block', () => {
    expect(metadata).not.toBeNull();
    expect(metadata!.fields).toEqual({
      索引号: '11500000000000000X/2023-00000',
      主题分类: '科技、教育',
      发布机构: '重庆市人民政府办公厅',
      发文机关: '重庆市人民政府办公厅',
      成文日期: '2023年03月29日',
      标题: '重庆市人民政府办公厅关于印发重庆市高新技术企业和科技型企业“双倍增”行动计划（2023—2027年）的通知',
      发文字号: '渝府办发〔2023〕6号',
      发布日期: '2023-04-06',
      有效性: '有效',
    });
  });

  it('records the raw lines the block occupied (across a blank line)', () => {
    expect(metadata!.lines).toEqual([1, 2, 3, 4, 5, 6, 8]);
  });

  it('returns the rest starting at the body', () => {
    expect(rest[0]).toEqual({ line: 10, text: '一、总体要求' });
    expect(rest.filter((l) => l.text).map((l) => l.line)).toEqual([10, 11, 12, 13, 14, 15]);
  });

  it('lets segment and buildTree read the body after the block', () => {
    const seg = segment(lines);
    expect(seg.metadata?.fields['发文字号']).toBe('渝府办发〔2023〕6号');
    expect(seg.body[0]!.text).toBe('一、总体要求');
    const tree = buildTree(FIXTURE, seg.body);
    expect(tree.preamble).toEqual([]);
    expect(tree.provisions.map((p) => p.title)).toEqual(['总体要求', '重点任务']);
    expect(tree.provisions[1]!.children[0]!.children[0]!.key).toBe('2-1-1');
  });

  it('gives the dates of the block as ISO dates', () => {
    expect(portalDate(metadata!.fields['成文日期'])).toBe('2023-03-29');
    expect(portalDate(metadata!.fields['发布日期'])).toBe('2023-04-06');
  });
});

describe("Taiwan's law database (tenth trial, dev12a)", () => {
  it('reads 法規名稱 without the link to the English version after it', () => {
    const lines = [
      { line: 1, text: '法規名稱: 產業創新條例 EN' },
      { line: 2, text: '修正日期: 民國 112 年 01 月 19 日' },
    ];
    expect(parsePortalMetadata(lines).metadata?.fields['标题']).toBe('產業創新條例');
  });
});

describe('parsePortalMetadata without a block', () => {
  it('returns null and every line for a document that does not start with metadata', () => {
    const lines = loadSeed(SEEDS.plan2016).norm.lines;
    const { metadata, rest } = parsePortalMetadata(lines);
    expect(metadata).toBeNull();
    expect(rest).toEqual(lines);
  });

  it('does not read metadata that appears after the first body line', () => {
    const lines = [
      { line: 1, text: '一、总体要求' },
      { line: 2, text: '发文字号：渝府办发〔2023〕6号' },
    ];
    expect(parsePortalMetadata(lines).metadata).toBeNull();
  });

  it('skips blank lines before the block', () => {
    const lines = [
      { line: 1, text: '' },
      { line: 2, text: '发文字号：渝府办发〔2016〕25号' },
      { line: 3, text: '一、创新能力取得新突破' },
    ];
    const { metadata, rest } = parsePortalMetadata(lines);
    expect(metadata!.fields).toEqual({ 发文字号: '渝府办发〔2016〕25号' });
    expect(metadata!.lines).toEqual([2]);
    expect(metadata!.raw).toEqual([{ line: 2, text: '发文字号：渝府办发〔2016〕25号' }]);
    expect(rest).toEqual([{ line: 3, text: '一、创新能力取得新突破' }]);
  });
});

describe('portalDate', () => {
  it.each([
    ['2023-03-29', '2023-03-29'],
    ['2023年03月29日', '2023-03-29'],
    ['2023年3月29日', '2023-03-29'],
    ['2023/3/9', '2023-03-09'],
    ['2023.03.29', '2023-03-29'],
    ['2023 年 3 月 29 日', '2023-03-29'],
    ['2016-02-06 10:00:00', '2016-02-06'],
    // Taiwan's law database: the ROC calendar (year 1 is 1912)
    ['民國 104 年 08 月 26 日', '2015-08-26'],
    ['民國111年8月10日', '2022-08-10'],
  ])('%j → %s', (input, expected) => {
    expect(portalDate(input)).toBe(expected);
  });

  it.each([undefined, '', '有效', '2023年', '2023年3月', '渝府办发〔2023〕6号'])('%j → null', (input) => {
    expect(portalDate(input)).toBeNull();
  });

  // Regression test (fixed bug): portalDate only matches the digit pattern, so impossible dates pass through as
  // “ISO” dates: portalDate('2023年13月45日') returns '2023-13-45' (documented as a date or null).
  it('returns null for an impossible date', () => {
    expect(portalDate('2023年13月45日')).toBeNull();
    expect(portalDate('2023-02-30')).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// The portal layouts of test/fixtures/formats/portal-*.txt (our own short pages, invented values,
// laid out as real portals and law databases print their metadata).

/** Fields of one raw line, cleaned as the normalize stage cleans it first. */
const parse = (raw: string) => parseMetadataLine(cleanLine(raw));

describe('label normalisation', () => {
  it.each([
    ['发文文号', '发文字号'],
    ['字号', '发文字号'],
    ['文号', '发文字号'],
    ['发文部门', '发文机关'],
    ['制定机关', '发文机关'],
    ['发布单位', '发布机构'],
    ['发文标题', '标题'],
    ['名称', '标题'],
    ['公布日期', '成文日期'],
    ['发文时间', '成文日期'],
    ['发文日期', '成文日期'],
    ['生成日期', '成文日期'],
    ['发布时间', '发布日期'],
    ['实施时间', '施行日期'],
    ['时效性', '有效性'],
    ['关键词', '主题词'],
  ])('%s → %s', (label, field) => {
    expect(PORTAL_LABELS[label]).toBe(field);
    expect(PORTAL_FIELDS).toContain(field);
    expect(parseMetadataLine(`${label}：某值`)).toEqual({ [field]: '某值' });
  });

  it('lists each field once, and only fields that some label maps to', () => {
    expect(new Set(PORTAL_FIELDS).size).toBe(PORTAL_FIELDS.length);
    expect([...PORTAL_FIELDS].sort()).toEqual([...new Set(Object.values(PORTAL_LABELS))].sort());
  });
});

describe('parseMetadataLine in every layout', () => {
  it('reads [ key ]value pairs on one line, leaving out an empty last value', () => {
    expect(parse('[ 索引号 ]0000/2024-001 [ 发文字号 ]云府办发〔2024〕5号 [ 成文日期 ]2024-03-18 [ 有效性 ]')).toEqual({
      索引号: '0000/2024-001',
      发文字号: '云府办发〔2024〕5号',
      成文日期: '2024-03-18',
    });
  });

  it('reads a pipe-table row whose cells alternate label and value', () => {
    expect(parse('| 发文字号 | 渝府发〔2022〕3号 | 成文日期 | 2022-01-05 |')).toEqual({ 发文字号: '渝府发〔2022〕3号', 成文日期: '2022-01-05' });
    expect(parse('文号: | 青发改规划〔2024〕4号 | 成文日期: | 2024-02-06 |')).toEqual({ 发文字号: '青发改规划〔2024〕4号', 成文日期: '2024-02-06' });
    expect(parse('[ 发布机构 ] | 长渡区发展改革委 | ||')).toEqual({ 发布机构: '长渡区发展改革委' });
    // a label the table knows opens the row; a field it does not know (公开类型) is read beside it, not a reason to drop the row
    expect(parse('文号： |长府办发〔2024〕23号|公开类型： |主动公开|')).toEqual({ 发文字号: '长府办发〔2024〕23号', 公开类型: '主动公开' });
  });

  it('knows a separator row of a pipe table, and a pipe row that is text', () => {
    expect(parseMetadataPairs('|---|---|')).toEqual({ pairs: [], bulleted: false, separator: true });
    expect(parse('| 序号 | 重点任务 | 牵头单位 |')).toBeNull();
    expect(parse('某某局关于印发某某规划的通知 |')).toBeNull();
  });

  it('reads a “- key:value” list item with a spaced label and a time', () => {
    expect(parse('- 文 号:岭科发〔2024〕11号')).toEqual({ 发文字号: '岭科发〔2024〕11号' });
    expect(parse('- 发布日期:2024-05-20 09:30:12')).toEqual({ 发布日期: '2024-05-20 09:30:12' });
    expect(portalDate(parse('- 发布日期:2024-05-20 09:30:12')!['发布日期'])).toBe('2024-05-20');
    expect(parse('- 关键词:')).toEqual({});
  });

  it('reads the gov.cn two-column layout with spaced labels', () => {
    expect(parse('索 引 号: msrmzf-2024-000321 主题分类: 市政府办文件')).toEqual({ 索引号: 'msrmzf-2024-000321', 主题分类: '市政府办文件' });
    expect(parse('标  题: 梅山市人民政府办公室关于 印发某计划的通知')).toEqual({ 标题: '梅山市人民政府办公室关于印发某计划的通知' });
    expect(parse('生成日期: 2023-08-28 10:00')).toEqual({ 成文日期: '2023-08-28 10:00' });
  });

  it('reads a 【key】 strip separated by bullets', () => {
    expect(parse('•【制定机关】•【公布日期】2024.01.09•【字号】梅科规字〔2024〕2号•【时效性】现行有效')).toEqual({
      成文日期: '2024.01.09',
      发文字号: '梅科规字〔2024〕2号',
      有效性: '现行有效',
    });
  });

  it('reads the labels of a law database', () => {
    expect(parse('发文标题: 某县关于支持研发中心的意见')).toEqual({ 标题: '某县关于支持研发中心的意见' });
    expect(parse('发文部门: 青溪县人民政府')).toEqual({ 发文机关: '青溪县人民政府' });
  });

  it('reads labels printed without a colon only when the line has two of them', () => {
    expect(parse('索引号 0000/2024-00707 主题分类 国民经济发展规划、计划')).toEqual({ 索引号: '0000/2024-00707', 主题分类: '国民经济发展规划、计划' });
    expect(parse('发文字号 南府发〔2024〕6号 有 效 性')).toEqual({ 发文字号: '南府发〔2024〕6号' });
    expect(parse('标题党现象')).toBeNull();
    expect(parseMetadataPairs('有效性', 'always')!.pairs).toEqual([{ label: '有效性', field: '有效性', value: '' }]);
    expect(parseMetadataPairs('标题某县科技发展纲要', 'always')!.pairs).toEqual([{ label: '标题', field: '标题', value: '某县科技发展纲要' }]);
  });

  it('does not read bracketed words that are not portal labels, nor lines that mention a label', () => {
    expect(parse('【问】工作目标是什么？')).toBeNull();
    expect(parse('【科技局】答：到2027年实现倍增。')).toBeNull();
    expect(parse('本办法所称的索引号：由系统生成。')).toBeNull();
    expect(parse('来源：市统计局')).toBeNull();
  });
});

const fixture = (name: string) => {
  const file = `test/fixtures/formats/${name}`;
  return normalizeSource(readSource(file, readFileSync(`${ROOT}${file}`)));
};
const blockOf = (name: string) => {
  const norm = fixture(name);
  return { ...parsePortalMetadata(norm.lines), seg: segment(norm.lines, norm.stripped) };
};
const firstText = (rest: { text: string }[]) => rest.find((l) => l.text)!.text;

describe('parsePortalMetadata on the layout fixtures', () => {
  it('Taiwan’s law database: Traditional labels, ROC dates, its page labels stripped as chrome', () => {
    const { metadata, rest } = blockOf('portal-taiwan-law-database.txt');
    expect(metadata!.fields).toEqual({
      标题: '雲嶺科學園區創新育成中心空間使用要點',
      成文日期: '民國105年03月02日',
      修正日期: '民國112年07月18日',
      发文字号: '雲園字第1120001234號函',
      法规体系: '雲嶺科學園區管理局',
    });
    expect(portalDate(metadata!.fields['成文日期'])).toBe('2016-03-02');
    expect(firstText(rest)).toBe('一、為增進本園區育成中心空間使用效益，特訂定本要點。');
  });

  it('bracket labels on one line, after a breadcrumb', () => {
    const { metadata, rest } = blockOf('portal-bracket-one-line.txt');
    expect(metadata!.fields).toEqual({
      索引号: '00000000000000000A/2024-00101',
      发文字号: '云府办发〔2024〕5号',
      发布机构: '云岭区政府办公室',
      主题分类: '科技',
      成文日期: '2024-03-18',
      发布日期: '2024-03-25',
      体裁分类: '其他',
    });
    expect(metadata!.lines).toEqual([3]);
    expect(firstText(rest)).toBe('云岭区人民政府办公室关于印发云岭区科技特派员工作方案的通知');
  });

  it('bracket labels on several lines', () => {
    const { metadata, rest } = blockOf('portal-bracket-lines.txt');
    expect(metadata!.fields['发文字号']).toBe('溪府发〔2024〕9号');
    expect(metadata!.fields['发布日期']).toBe('2024-05-14');
    expect(metadata!.lines).toEqual([3, 4, 5, 6]);
    expect(firstText(rest)).toMatch(/^重庆市石溪区人民政府关于印发/);
  });

  it('bullet pairs: • [ key ] then • value', () => {
    const { metadata, rest } = blockOf('portal-bullet-pairs.txt');
    expect(metadata!.fields).toEqual({
      索引号: '00000000000000000C/2024-00303',
      发文字号: '北府发〔2024〕2号',
      主题分类: '科技、教育',
      发布机构: '湖北区人民政府',
      成文日期: '2024-01-15',
      发布日期: '2024-01-22',
    });
    expect(metadata!.printedAs).toEqual({ 成文日期: '生成日期' });
    expect(metadata!.fieldLines['发文字号']).toBe(6);
    expect(firstText(rest)).toBe('重庆市湖北区人民政府关于加快发展技术转移机构的意见');
  });

  it('a pipe table with separator rows and label cells ending in a colon', () => {
    const { metadata, rest } = blockOf('portal-pipe-table.txt');
    expect(metadata!.fields).toEqual({ 索引号: '000000-000/2024-000404', 公开方式: '主动公开', 发文字号: '青发改规划〔2024〕4号', 成文日期: '2024-02-06', 发布机构: '青溪县科技局' });
    expect(metadata!.lines).toEqual([1, 3, 4]); // the separator rows are stripped as chrome (table rule)
    expect(firstText(rest)).toMatch(/^青溪县发展和改革局关于印发/);
  });

  it('a pipe table of bracket labels printed twice (two per row, then one per row)', () => {
    const { metadata, rest } = blockOf('portal-pipe-bracket-twice.txt');
    expect(metadata!.fields['发文字号']).toBe('渡府发〔2024〕17号');
    expect(metadata!.fields['成文日期']).toBe('2024-08-17');
    expect(metadata!.lines).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(metadata!.disagreements).toEqual([]);
    expect(firstText(rest)).toBe('长渡区数字经济发展规划');
  });

  it('a “- key:value” list with an empty value and a time', () => {
    const { metadata } = blockOf('portal-dash-list.txt');
    expect(metadata!.fields).toEqual({ 索引号: '00000000000000000E/2024-00606', 发文字号: '岭科发〔2024〕11号', 发布机构: '政策法规处', 发布日期: '2024-05-20 09:30:12' });
    expect(metadata!.lines).toEqual([1, 2, 3, 4, 5]);
  });

  it('the gov.cn two-column block: spaced labels, the document number dropped from the title', () => {
    const { metadata } = blockOf('portal-govcn-two-columns.txt');
    expect(metadata!.fields['标题']).toBe('梅山市人民政府办公室关于印发科技型小微企业成长计划的通知');
    expect(metadata!.titleDocNumber).toBe('梅府办发〔2024〕12号');
    expect(metadata!.fields['发文机关']).toBe('梅山市政府');
    expect(metadata!.fields['成文日期']).toBe('2024-04-02');
    expect(metadata!.lines).toEqual([2, 3, 4, 5, 6]);
    // the raw lines are kept as printed (title with its number), for the coverage check
    expect(metadata!.raw[2]!.text).toBe('标题：梅府办发〔2024〕12号梅山市人民政府办公室关于印发科技型小微企业成长计划的通知');
  });

  it('labels without colons, then the same block with “ : ”, empty values left out', () => {
    const { metadata, rest } = blockOf('portal-colonless-twice.txt');
    expect(metadata!.fields).toEqual({
      索引号: '00000000000000000F/2024-00707',
      主题分类: '国民经济发展规划、计划',
      成文日期: '2024-02-10',
      发布日期: '2024-02-26',
      标题: '重庆市南岸县人民政府关于印发南岸县科技创新发展纲要的通知',
      发文字号: '南府发〔2024〕6号',
    });
    expect(metadata!.lines).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(firstText(rest)).toBe('重庆市南岸县人民政府');
  });

  it('a law database’s labels between chrome lines', () => {
    const { metadata, rest } = blockOf('portal-law-database.txt');
    expect(metadata!.fields).toEqual({
      标题: '青溪县人民政府关于支持企业建设研发中心的若干意见',
      发文字号: '青政发[2024]21号',
      发文机关: '青溪县人民政府',
      成文日期: '2024-06-11',
      施行日期: '2024-07-01',
      法规类型: '地方规范性文件',
      所属区域: '青溪',
    });
    expect(metadata!.printedAs).toMatchObject({ 标题: '发文标题', 发文字号: '发文文号', 发文机关: '发文部门', 成文日期: '发文时间' });
    expect(firstText(rest)).toBe('各乡镇人民政府，县政府各部门：');
  });

  it('a 【key】 strip on its own line', () => {
    const { metadata, rest } = blockOf('portal-strip.txt');
    expect(metadata!.fields).toMatchObject({ 成文日期: '2024.01.09', 发文字号: '梅科规字〔2024〕2号', 施行日期: '2024.02.01', 有效性: '现行有效' });
    expect(portalDate(metadata!.fields['成文日期'])).toBe('2024-01-09');
    expect(metadata!.lines).toEqual([3]);
    // the title above the strip stays in the document
    expect(firstText(rest)).toBe('梅山市科技创新委员会关于印发梅山市众创空间认定办法的通知');
  });

  it('a block below a header line (the site name), printed twice, with an empty 文号', () => {
    const { metadata, rest } = blockOf('portal-after-breadcrumb.txt');
    expect(metadata!.fields).toEqual({
      索引号: '000000000000000000/202403-00088',
      组配分类: '工作计划',
      发布机构: '示范县科学技术局',
      主题分类: '科技、教育',
      标题: '2024年科技工作要点',
      成文日期: '2024-03-05',
      发布日期: '2024-03-06',
    });
    expect(metadata!.lines).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    // line 1, the site name above the breadcrumb, is stripped as chrome (boilerplate/site navigation)
    expect(rest.filter((l) => l.text).map((l) => l.line).slice(0, 3)).toEqual([15, 17, 18]);
  });
});

describe('parsePortalMetadata: where a block is not read', () => {
  const at = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

  it('does not read one field line below the title (a block further down needs two fields)', () => {
    expect(parsePortalMetadata(at('某县科技工作要点', '发文字号：某发〔2024〕1号', '一、目标')).metadata).toBeNull();
    const two = parsePortalMetadata(at('某县科学技术局', '发文字号：某发〔2024〕1号', '成文日期：2024-01-02', '一、目标'));
    expect(two.metadata!.fields).toEqual({ 发文字号: '某发〔2024〕1号', 成文日期: '2024-01-02' });
    expect(two.rest.map((l) => l.line)).toEqual([1, 4]);
  });

  it('does not open a block with one label printed without a colon (a title such as 有效性评估…)', () => {
    expect(parsePortalMetadata(at('有效性评估工作方案', '一、目标')).metadata).toBeNull();
    expect(parsePortalMetadata(at('名称规范工作要点', '标题党治理', '一、目标')).metadata).toBeNull();
  });

  it('does not look past the first numbered heading', () => {
    expect(parsePortalMetadata(at('某县科技工作要点', '一、目标', '发文字号：某发〔2024〕1号', '成文日期：2024-01-02')).metadata).toBeNull();
  });

  it('keeps the first value when the block is printed twice with another, and says so', () => {
    const { metadata } = parsePortalMetadata(at('成文日期：2024-01-02', '发文字号：某发〔2024〕1号', '成文日期：2024-01-03', '一、目标'));
    expect(metadata!.fields['成文日期']).toBe('2024-01-02');
    expect(metadata!.disagreements).toEqual([{ field: '成文日期', line: 3, value: '2024-01-03' }]);
    const review = portalMetadataDiagnostics('x.txt', metadata).filter((d) => d.rule === 'portal-metadata/disagree');
    expect(review).toEqual([
      { file: 'x.txt', line: 3, column: null, rule: 'portal-metadata/disagree', severity: 'review', message: '成文日期 “2024-01-03” differs from “2024-01-02” given earlier (line 1); the first is kept' },
    ]);
  });
});

describe('page-info dates as metadata (withChromeFields, segment)', () => {
  it('takes 发布日期 from a page-info line when the block has none', () => {
    const seg = segment(fixture('chrome-lines.txt').lines, fixture('chrome-lines.txt').stripped);
    expect(seg.metadata!.fields).toEqual({ 发布日期: '2024-04-18' });
    expect(seg.metadata!.lines).toEqual([]);
    expect(seg.metadata!.fromChrome).toEqual({ 发布日期: 9 });
  });

  it('keeps the block’s own 发布日期 over a page-info line’s', () => {
    const { seg } = blockOf('portal-govcn-two-columns.txt');
    expect(seg.metadata!.fields['发布日期']).toBe('2024-04-03');
    expect(seg.metadata!.fromChrome).toEqual({});
    const block = parsePortalMetadata([{ line: 1, text: '发文字号：某发〔2024〕1号' }]).metadata;
    const merged = withChromeFields(block, [{ line: 7, text: '发布时间:2024-02-01 浏览次数:3', rule: 'page info', fields: { 发布日期: '2024-02-01' } }]);
    expect(merged!.fields).toEqual({ 发文字号: '某发〔2024〕1号', 发布日期: '2024-02-01' });
    expect(merged!.fieldLines['发布日期']).toBe(7);
  });

  it('leaves a document without metadata or dated chrome without metadata', () => {
    expect(withChromeFields(null, [{ line: 1, text: '打印本页', rule: 'page tools' }])).toBeNull();
  });
});

describe('portalFacts and the portal-metadata diagnostic', () => {
  it('takes the issuer from 发文机关 only (发布机构 is often the office that posted the page)', () => {
    expect(portalFacts({ 发布机构: '政策法规处', 发文机关: '某省科学技术厅' }).issuer).toBe('某省科学技术厅');
    expect(portalFacts({ 发布机构: '某区发展改革委' }).issuer).toBeNull();
    expect(portalFacts({ 成文日期: '2024.01.09', 标题: '某办法', 发文字号: '某字〔2024〕2号' })).toEqual({ docNumber: '某字〔2024〕2号', issuer: null, issued: '2024-01-09', title: '某办法' });
    expect(portalFacts(null)).toEqual({ docNumber: null, issuer: null, issued: null, title: null });
  });

  it('lists the fields read, with the labels they were printed under and the block’s lines', () => {
    const { seg } = blockOf('portal-law-database.txt');
    const [info] = portalMetadataDiagnostics('seeds/x.txt', seg.metadata);
    expect(info).toEqual({
      file: 'seeds/x.txt',
      line: 3,
      column: null,
      rule: 'portal-metadata',
      severity: 'info',
      message: 'read 7 fields from the block on lines 3–9: 标题 (as 发文标题), 发文字号 (as 发文文号), 发文机关 (as 发文部门), 成文日期 (as 发文时间), 施行日期 (as 实施时间), 法规类型, 所属区域',
    });
  });

  it('names the page-info line a date came from', () => {
    const seg = segment(fixture('chrome-lines.txt').lines, fixture('chrome-lines.txt').stripped);
    expect(portalMetadataDiagnostics('x.txt', seg.metadata).map((d) => [d.line, d.message])).toEqual([[9, 'read 1 field from page-info lines: 发布日期 (from the page-info line 9)']]);
  });

  it('says nothing for a document without metadata', () => {
    expect(portalMetadataDiagnostics('x.txt', null)).toEqual([]);
  });
});
