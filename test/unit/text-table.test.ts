/** src/ingest/recognisers/text-table.ts: table rows as received, and the goals of an indicator table. */
import { describe, expect, it } from 'vitest';
import { indicatorColumns, indicatorTargets, innerPipeCells, splitTables, tableCells, tableRowIndices } from '../../src/ingest/recognisers/text-table.ts';

describe('tableCells', () => {
  it('reads tab rows of three cells or more, keeping an empty cell in its column', () => {
    expect(tableCells('1\t研发投入强度\t%\t2.8')).toEqual(['1', '研发投入强度', '%', '2.8']);
    expect(tableCells('\t小计\t\t100')).toEqual(['', '小计', '', '100']);
    expect(tableCells('第一条\t为了促进科技创新，制定本条例。')).toBeNull();
    // the separator row of a Markdown table a page store flattened (---|---|---|) is markup, not a row
    expect(tableCells('---|---|---|---|')).toBeNull();
    expect(tableCells('作物 | 金额 | ||')).toEqual(['作物', '金额', '', '']);
  });

  it('reads Markdown pipe rows, not their separator row nor a menu without outer pipes', () => {
    expect(tableCells('| 1 | 科技型企业 | 家 |')).toEqual(['1', '科技型企业', '家']);
    expect(tableCells('| --- | :-: | ---: |')).toBeNull();
    expect(tableCells('飲食 | 嬰兒兒童 | 女性')).toBeNull();
  });
});

describe('tableRowIndices', () => {
  it('takes runs of two rows or more (a separator row may stand among them), never a lone line with tabs', () => {
    const lines = ['到2027年：', '| 指标 | 2027年 |', '| --- | --- |', '| 企业 | 100 |', '', 'a\tb\tc', '正文。'];
    expect([...tableRowIndices(lines)]).toEqual([1, 3]);
  });
});

describe('a row of a table the store cut (inner pipes only)', () => {
  it('continues a run of rows, and is no row alone', () => {
    const lines = ['序号 | 目标与任务 | 牵头责任单位 |', '(8) | 统筹衔接消费券发放。 | 市商务局 |', '(9) | 实施提振消费专项行动。 | 市发展改革委 |', '(10) | 积极发展数字消费、绿色消费'];
    expect([...tableRowIndices(lines)]).toEqual([0, 1, 2, 3]);
    expect(innerPipeCells(lines[3]!)).toEqual(['(10)', '积极发展数字消费、绿色消费']);
    expect([...tableRowIndices(['正文一段。', '甲 | 乙'])]).toEqual([]);
    expect(innerPipeCells('没有竖线的一行')).toBeNull();
    expect(innerPipeCells('---|---|---')).toBeNull();
  });
});

describe('indicator tables', () => {
  const header = ['序号', '指标名称', '单位', '2024年基期值', '2027年目标值', '指标属性'];

  it('finds the name, the unit and the goal columns; a base year column is no goal', () => {
    expect(indicatorColumns(header, 2025)).toEqual({ name: 1, unit: 2, goals: [{ at: 4, year: 2027 }] });
    expect(indicatorColumns(['指标', '2020年', '2025年'], 2021)).toEqual({ name: 0, unit: -1, goals: [{ at: 2, year: 2025 }] });
    // without the document's year, of several year columns the last is the goal
    expect(indicatorColumns(['指标', '2020年', '2025年'], null)?.goals).toEqual([{ at: 2, year: 2025 }]);
    expect(indicatorColumns(['序号', '重点任务', '牵头单位', '完成时限'], 2025)).toBeNull();
  });

  it('reads each row: value, unit from its column or from the name, comparator from ≥ or 以上', () => {
    const rows = [header, ['1', '研发经费投入强度', '%', '2.3', '2.8', '预期性'], ['2', '高新技术企业', '家', '6500', '10000以上', '预期性'], ['3', '技术合同成交额（亿元）', '', '800', '约1200', '预期性'], ['4', '数字化水平', '—', '—', '显著提升', '预期性']];
    expect(indicatorTargets(rows, 2025).map((t) => [t.indicator, t.value, t.unit, t.comparator, t.year])).toEqual([
      ['研发经费投入强度', 2.8, '%', '=', 2027],
      ['高新技术企业', 10000, '家', '≥', 2027],
      ['技术合同成交额', 1200, '亿元', '≈', 2027],
    ]);
    expect(indicatorTargets(rows, 2025)[0]!.quote).toBe('1 | 研发经费投入强度 | % | 2.3 | 2.8 | 预期性');
  });

  it('skips rows whose cells do not line up with the header', () => {
    expect(indicatorTargets([header, ['创新投入'], ['1', '研发经费投入强度', '%', '2.3', '2.8', '预期性']], 2025)).toHaveLength(1);
  });
});

describe('splitTables', () => {
  it('leaves the prose (table rows as empty lines) and gives each run of rows as one table', () => {
    const { prose, tables } = splitTables('见下表。\n指标\t单位\t2027年\n企业\t家\t100\n其他说明。');
    expect(prose).toBe('见下表。\n\n\n其他说明。');
    expect(tables).toEqual([[['指标', '单位', '2027年'], ['企业', '家', '100']]]);
  });
});

describe('joinCellLines (rule table/cell-lines)', () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));
  it('joins a table printed one cell a line into its header and rows, by the cells before row 1', async () => {
    const { joinCellLines } = await import('../../src/ingest/recognisers/text-table.ts');
    const out = joinCellLines(lines(['标题', '序号 |', '指标 |', '2027年 |', '1 |', '研发强度 |', '3% |', '2 |', '企业 |', '100家 |', '3 |', '残']));
    expect(out.lines.map((l) => [l.line, l.text])).toEqual([
      [1, '标题'],
      [2, '序号 | 指标 | 2027年 |'],
      [5, '1 | 研发强度 | 3% |'],
      [8, '2 | 企业 | 100家 |'],
      [11, '3 |'],
      [12, '残'],
    ]);
    expect(out.rebuilt).toEqual([2, 5, 8]);
  });
  it('leaves lines that end in a pipe but are no such table (no row 1, fewer than three header cells)', async () => {
    const { joinCellLines } = await import('../../src/ingest/recognisers/text-table.ts');
    for (const texts of [['甲 |', '乙 |', '丙 |'], ['序号 |', '指标 |', '1 |', '研发 |']]) expect(joinCellLines(lines(texts)).rebuilt).toEqual([]);
  });
});

describe('indicatorColumns: the document\'s own year after a base year', () => {
  it('is a goal column when an earlier year is the base, and not without one', async () => {
    const { indicatorColumns } = await import('../../src/ingest/recognisers/text-table.ts');
    expect(indicatorColumns(['序号', '指标名称', '单位', '2023年', '2025年', '2027年'], 2025)!.goals.map((g) => g.year)).toEqual([2025, 2027]);
    expect(indicatorColumns(['指标名称', '单位', '2025年', '2027年'], 2025)!.goals.map((g) => g.year)).toEqual([2027]);
  });
});
