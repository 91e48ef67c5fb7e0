/**
 * test/fixtures/portal-metadata.txt is a SYNTHETIC page in the gov.cn portal layout
 * (a field block, two fields on some lines, a blank line inside the block, then the
 * body). Its 索引号 and 发布日期 are placeholders, not values from the real portal page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeSource } from '../../src/ingest/normalize.ts';
import { parseMetadataLine, parsePortalMetadata, portalDate, PORTAL_FIELDS } from '../../src/ingest/portal-metadata.ts';
import { readSource } from '../../src/ingest/read.ts';
import { segment } from '../../src/ingest/segment.ts';
import { buildTree } from '../../src/ingest/structure.ts';
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
    expect(metadata).toEqual({ fields: { 发文字号: '渝府办发〔2016〕25号' }, lines: [2] });
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
