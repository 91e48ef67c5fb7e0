import { describe, expect, it } from 'vitest';
import { isDeadlineFragment, isTaskTable, linkTask, linkTasks, parseDeadline, parseTaskTable } from '../../src/ingest/recognisers/task-table.ts';
import { walk } from '../../src/ingest/stages/structure.ts';
import { loadSeed, SEEDS, seedTree, unitRegistry } from './_seeds.ts';

const reg = unitRegistry();
const { seg } = loadSeed(SEEDS.plan2016);
const annexLines = seg.annexes[0]!.lines;
const table = parseTaskTable(annexLines, reg);

// Unit ids (content/units.yaml)
const DRC = 'cq-development-reform-commission'; // 市发展改革委
const EIT = 'cq-economy-it-commission'; // 市经济信息委
const STC = 'cq-sti-commission'; // 市科委
const EDU = 'cq-education-commission'; // 市教委
const HTZ = 'cq-hitech-zone-committee'; // 高新区管委会
const FWO = 'cq-financial-work-office'; // 市金融办
const IPO = 'cq-intellectual-property-office'; // 市知识产权局
const QTS = 'cq-quality-technical-supervision-bureau'; // 市质监局
const FIN = 'cq-finance-bureau'; // 市财政局
const SME = 'cq-sme-bureau'; // 市中小企业局
const STB = 'cq-state-taxation-bureau'; // 市国税局
const DCG = 'district-county-governments'; // 各区县（自治县）人民政府
const COM = 'cq-commerce-commission-pre-2018'; // 市商委
const FTC = 'cq-foreign-trade-commission'; // 市外经贸委
const RMD = 'relevant-municipal-departments'; // 市政府有关部门
const ICA = 'cq-industry-commerce-administration'; // 市工商局
const AGR = 'cq-agriculture-commission'; // 市农委
const RDG = 'relevant-district-county-governments'; // 有关区县（自治县）人民政府
const HRS = 'cq-hrss-bureau'; // 市人力社保局
const FIC = 'cq-federation-industry-commerce'; // 市工商联

/**
 * The table as read by hand from seeds/cq-2016-work-plan.txt lines 196–755:
 * [序号, 牵头单位, 配合单位, 完成时限, the body measure （N） the task restates].
 * A cell whose units are joined by 、/， is one cell; a unit that directly follows
 * another with no separator starts the 配合单位 cell.
 */
const EXPECTED: [number, string[], string[], string, string][] = [
  [1, [DRC, EIT], [STC], '2016-12-31', '1-1'],
  [2, [DRC, EIT], [STC], '2017-12-31', '1-1'],
  [3, [STC], [DRC, EIT], '2016-12-31', '1-1'],
  [4, [DRC, EIT, STC, EDU], [], '2017', '1-1'], // one cell: 市发展改革委、市经济信息委、市科委、市教委
  [5, [EIT, STC, EDU], [DRC], '2017-12-31', '1-2'],
  [6, [STC], [EIT, EDU], '2017-12-31', '1-2'],
  [7, [EIT], [STC], '2016-06', '1-3'],
  [8, [STC], [EIT], '2017', '1-3'],
  [9, [STC], [], '2017', '1-4'],
  [10, [HTZ], [STC, FWO], '2017-12-31', '1-4'],
  [11, [STC], [IPO, QTS], '2017-12-31', '1-4'],
  [12, [STC], [EDU, FIN], '2017-12-31', '1-5'],
  [13, [STC], [DRC, EIT, EDU], '2017-12-31', '1-5'],
  [14, [STC], [IPO], '2017-12-31', '1-5'],
  [15, [SME], [STC, EIT, STB, FIN], '2017-12-31', '1-6'],
  [16, [STC, EDU, DCG], [], '2017', '2-7'], // one cell: 市科委、市教委，各区县（自治县）人民政府
  [17, [STC], [DCG], '2017-12-31', '2-8'],
  [18, [STC], [DRC, EIT, EDU], '2017-12-31', '2-9'],
  [19, [EIT], [STC, DRC], '2017', '2-9'],
  [20, [COM], [FTC, DRC, EIT], '2017', '2-10'], // lead 市商委 is on the row-number line
  [21, [COM], [FTC, DRC], '2017', '2-10'],
  [22, [STC], [RMD], '2016-12-31', '3-11'],
  [23, [DRC], [STC, EDU], '2017', '3-12'],
  [24, [ICA], [RMD], '2017-12-31', '3-12'],
  [25, [STC, AGR], [RDG], '2017-12-31', '3-13'],
  [26, [EDU], [], '2017-12-31', '3-13'],
  [27, [HRS], [STC, EDU], '2017', '3-14'],
  [28, [FIC], [RMD], '2017', '3-14'],
  [29, [EDU], [STC, EIT], '2017', '4-15'],
  [30, [STC], [EIT], '2017-12-31', '4-16'],
  [31, [HRS], [STC], '2016-12-31', '4-17'],
  [32, [HRS], [EDU], '2016-12-31', '4-17'],
  [33, [STC], [EDU, HRS], '2017-12-31', '4-18'],
  [34, [STC, FWO, FIN], [DRC, EIT], '2017-12-31', '5-19'],
  [35, [FWO], [STC, EIT, DRC], '2017-12-31', '5-20'],
  [36, [STC], [IPO, FWO], '2017-12-31', '5-21'],
  [37, [SME], [FWO], '2017-12-31', '5-21'],
  [38, [COM], [FWO], '2017-12-31', '5-21'],
];

describe('isTaskTable', () => {
  it('recognises the 2016 annex by its 重点任务 … 牵头单位 header', () => {
    expect(isTaskTable(annexLines)).toBe(true);
  });

  it('is false for body text', () => {
    expect(isTaskTable(loadSeed(SEEDS.plan2016).norm.lines.filter((l) => l.line < 192))).toBe(false);
    expect(isTaskTable([{ line: 1, text: '附件：1.《…》任务分工' }])).toBe(false);
  });
});

describe('isDeadlineFragment', () => {
  it.each(['2016年年', '底前', '2016年、', '2017年', '2016年6月', '前', '2017年年底前'])('%j is part of a 完成时限 cell', (t) => {
    expect(isDeadlineFragment(t)).toBe(true);
  });

  it.each(['市科委', '3―5家国家级技术创新平台、新增50家', '500个以上。', '2017年年底前全面建成', '力争2016年改造新建200家以上众创空', '2016', ''])('%j is not', (t) => {
    expect(isDeadlineFragment(t)).toBe(false);
  });
});

describe('parseDeadline', () => {
  it.each([
    ['2016年年底前', '2016-12-31'],
    ['2017年年底前', '2017-12-31'],
    ['2017年底前', '2017-12-31'],
    ['2016年6月前', '2016-06'],
    ['2016年、2017年', '2017'],
    ['2016年', '2016'],
    ['2016 年 年\n底前', '2016-12-31'],
  ])('%j → %s', (text, iso) => {
    expect(parseDeadline(text)).toBe(iso);
  });

  it.each(['', '前', '底前', '长期'])('%j → null', (text) => {
    expect(parseDeadline(text)).toBeNull();
  });
});

describe('parseTaskTable on the annex of cq-2016-work-plan.txt', () => {
  it('rebuilds exactly 38 rows numbered 1 … 38, with no warnings', () => {
    expect(table.rows).toHaveLength(38);
    expect(table.rows.map((r) => r.seq)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
    expect(table.warnings).toEqual([]);
  });

  it('reads the title and skips the header repeated after the page break', () => {
    expect(table.title).toBe('深入实施创新驱动发展战略工作任务分工表');
    expect(table.headerLines.map((l) => l.line)).toEqual([198, 199, 201, 313, 314, 316]);
  });

  it.each(EXPECTED)('row %i: lead %j, support %j, deadline %s', (seq, lead, support, deadline) => {
    const row = table.rows[seq - 1]!;
    expect(row.seq).toBe(seq);
    expect(row.lead).toEqual(lead);
    expect(row.support).toEqual(support);
    expect(row.deadline).toBe(deadline);
    expect(row.unknownUnits).toEqual([]);
  });

  it('starts each row at the line holding its number', () => {
    expect(table.rows[0]!.line).toBe(203);
    expect(table.rows[5]!.line).toBe(299); // “6 在先进制造…” number and text on one line
    expect(table.rows[19]!.line).toBe(487); // “20 市商委”
    expect(table.rows[37]!.line).toBe(747);
  });

  it('joins the task text of a row without its unit or deadline cells', () => {
    expect(table.rows[0]!.text).toBe('推动建设2个国内同行业领先的自主品牌汽车、集成电路研发创新中心。');
    expect(table.rows[19]!.text).toBe('在农产品流通等商贸流通领域推广电子商务应用。');
    expect(table.rows[21]!.text).toBe('积极创建国家自主创新示范区。');
    expect(table.rows[15]!.text).toBe('力争2016年改造新建200家以上众创空间，实现高等院校及区县（自治县）全覆盖。2017年，新建200家以上众创空间。');
    for (const row of table.rows) expect(row.text).not.toMatch(/市科委|市教委|底前/);
  });

  it('continues row 6 after the page break and the repeated header', () => {
    const row6 = table.rows[5]!;
    expect(row6.text).toContain('在先进制造');
    expect(row6.text).toContain('年度技术交易合同额达到200亿元以上');
    expect(row6.text).toBe('在先进制造、新材料、信息技术、现代农业等重点领域引进新技术和新产品500项以上，年度技术交易合同额达到200亿元以上。');
    expect(row6.lines).toContain(318);
    expect(row6.lines).toContain(320);
  });

  it('keeps the deadline text as found', () => {
    expect(table.rows[6]!.deadlineText).toBe('2016年6月前');
    expect(table.rows[0]!.deadlineText).toBe('2016年年底前');
    expect(table.rows[3]!.deadlineText).toBe('2016年、2017年');
  });

  it('gives rows with 2016年、2017年 the deadline 2017', () => {
    const both = table.rows.filter((r) => r.deadlineText === '2016年、2017年');
    expect(both.map((r) => r.seq)).toEqual([4, 8, 9, 16, 19, 20, 21, 23, 27, 28, 29]);
    for (const r of both) expect(r.deadline).toBe('2017');
  });

  it('accounts for every non-blank annex line: header, title or exactly one row', () => {
    const used = table.rows.flatMap((r) => r.lines);
    expect(new Set(used).size).toBe(used.length);
    const header = new Set(table.headerLines.map((l) => l.line));
    const title = annexLines.find((l) => l.text === table.title)!.line;
    const expected = annexLines.filter((l) => l.text && !header.has(l.line) && l.line !== title).map((l) => l.line);
    expect([...used].sort((a, b) => a - b)).toEqual(expected);
  });
});

describe('parseTaskTable: small tables', () => {
  const L = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

  it('warns about a row without deadline or lead unit', () => {
    const t = parseTaskTable(L('序号 重点任务 完成时限 牵头单位 配合单位', '1', '积极创建国家自主创新示范区。'), reg);
    expect(t.rows).toHaveLength(1);
    expect(t.warnings).toEqual(['row 1 (line 2): no deadline found', 'row 1 (line 2): no lead unit found']);
  });

  // Regression test (fixed bug): a unit cell line is only recognised when it is made of registry aliases
  // (looksLikeUnitFragment), so a unit missing from content/units.yaml is silently appended
  // to the task text: the row below gets text “积极创建国家自主创新示范区。市文化委” and
  // unknownUnits [] with no warning — the ingest report's unknown-unit count can never flag it.
  // A line such as “市科委、市文化委” is lost to the text entirely, known unit included.
  it('reports unit names that are not in the registry instead of adding them to the task text', () => {
    const t = parseTaskTable(L('序号 重点任务 完成时限 牵头单位 配合单位', '1', '积极创建国家自主创新示范区。', '2016年年底前', '市科委', '市文化委'), reg);
    expect(t.rows[0]!.text).toBe('积极创建国家自主创新示范区。');
    expect(t.rows[0]!.lead).toEqual([STC]);
    expect(t.rows[0]!.unknownUnits).toEqual(['市文化委']);
  });

  it('does not take a number inside task text (3个, 500项) as the next row', () => {
    const t = parseTaskTable(L('序号 重点任务 完成时限 牵头单位 配合单位', '1', '推动建设轨道交通、节能环保、液晶面板', '3个研发创新中心。', '2017年年底前', '市科委', '2', '引进新技术和新产品500', '项以上。', '2017年年底前', '市教委'), reg);
    expect(t.rows.map((r) => [r.seq, r.text])).toEqual([
      [1, '推动建设轨道交通、节能环保、液晶面板3个研发创新中心。'],
      [2, '引进新技术和新产品500项以上。'],
    ]);
  });

  // Regression test (fixed bug): rowStart accepts any line that begins with the expected next number unless a
  // digit or one of 年月日个家项名亿万%．.、―- follows, so a continuation line that starts with
  // “3D打印” (the wording of row 3 of this very table, cut one line earlier) is taken as row 3:
  // row 2 loses its deadline and units (warnings “no deadline”, “no lead unit”) and the real
  // row 3 is merged into it (“D打印等…。3定期发布…”).
  it('does not take 3D打印 at the start of a continuation line as row 3', () => {
    const t = parseTaskTable(
      L('序号 重点任务 完成时限 牵头单位 配合单位', '1', '推动建设轨道交通3个研发创新中心。', '2017年年底前', '市科委', '2', '组建石墨烯、液晶面板、机器人、', '3D打印等产业技术创新研究院。', '2016年年底前', '市科委', '市经济信息委', '3', '定期发布《产业关键共性技术指南》。', '2016年、2017年', '市科委 市经济信息委'),
      reg,
    );
    expect(t.rows.map((r) => [r.seq, r.text, r.deadline, r.lead, r.support])).toEqual([
      [1, '推动建设轨道交通3个研发创新中心。', '2017-12-31', [STC], []],
      [2, '组建石墨烯、液晶面板、机器人、3D打印等产业技术创新研究院。', '2016-12-31', [STC], [EIT]],
      [3, '定期发布《产业关键共性技术指南》。', '2017', [STC], [EIT]],
    ]);
    expect(t.warnings).toEqual([]);
  });
});

describe('linkTask: each task of the 2016 table links to the body measure it restates', () => {
  const tree = seedTree(SEEDS.plan2016);
  const measures = [...walk(tree.provisions)]
    .filter(({ node }) => node.children.length === 0)
    .map(({ node }) => ({ key: node.key, text: (node.title ?? '') + node.paragraphs.map((p) => p.text).join('\n') }));

  it.each(EXPECTED.map(([seq, , , , key]) => [seq, key] as const))('row %i → measure %s', (seq, key) => {
    const link = linkTask(table.rows[seq - 1]!.text, measures);
    expect(link.measureKey).toBe(key);
    expect(link.score).toBeGreaterThanOrEqual(0.5);
    expect(link.score).toBeLessThanOrEqual(1);
  });

  it('links row 16 to （七）加快建设众创空间 (key 2-7) with nearly all of its wording', () => {
    const link = linkTask(table.rows[15]!.text, measures);
    expect(link.measureKey).toBe('2-7');
    expect(link.score).toBeGreaterThan(0.9);
  });

  it('returns no measure (and the best score) when nothing reaches the minimum score', () => {
    const link = linkTask('建立健全安全生产责任制度，开展隐患排查治理。', measures);
    expect(link.measureKey).toBeNull();
    expect(link.score).toBeLessThan(0.5);
    expect(linkTask(table.rows[15]!.text, measures, 0.99).measureKey).toBeNull();
  });

  it('returns no measure for an empty measure list', () => {
    expect(linkTask('积极创建国家自主创新示范区。', [])).toEqual({ measureKey: null, score: 0 });
  });
});

describe('parseTaskTable: tables of 1,000 rows and more', () => {
  it('reads row 1000 as a row (row numbers of any width)', () => {
    const lines = ['序号 重点任务 完成时限 牵头单位 配合单位'];
    for (let seq = 1; seq <= 1001; seq++) lines.push(String(seq), `推进第${seq}项重点任务。`, '2025年年底前', '市科委');
    const t = parseTaskTable(lines.map((text, i) => ({ line: i + 1, text })), reg);
    expect(t.rows).toHaveLength(1001);
    expect(t.rows.slice(-2).map((r) => [r.seq, r.text, r.deadline])).toEqual([
      [1000, '推进第1000项重点任务。', '2025-12-31'],
      [1001, '推进第1001项重点任务。', '2025-12-31'],
    ]);
    expect(t.warnings).toEqual([]);
  });
});

describe('linkTasks: many tasks against one document, same links and scores as linkTask', () => {
  const tree = seedTree(SEEDS.plan2016);
  const measures = [...walk(tree.provisions)]
    .filter(({ node }) => node.children.length === 0)
    .map(({ node }) => ({ key: node.key, text: (node.title ?? '') + node.paragraphs.map((p) => p.text).join('\n') }));

  it('links every row of the 2016 table as linkTask does', () => {
    const texts = table.rows.map((r) => r.text);
    expect(linkTasks(texts, measures)).toEqual(texts.map((t) => linkTask(t, measures)));
  });

  it('gives a task that links to nothing the same best score, and honours minScore', () => {
    const unrelated = '建立健全安全生产责任制度，开展隐患排查治理。';
    expect(linkTasks([unrelated], measures)).toEqual([linkTask(unrelated, measures)]);
    expect(linkTasks([table.rows[15]!.text], measures, 0.99)).toEqual([linkTask(table.rows[15]!.text, measures, 0.99)]);
    expect(linkTasks([unrelated], [])).toEqual([{ measureKey: null, score: 0 }]);
    expect(linkTasks(['', ' \n'], measures)).toEqual([{ measureKey: null, score: 0 }, { measureKey: null, score: 0 }]);
    expect(linkTasks([], measures)).toEqual([]);
  });

  it('agrees with linkTask on pieces of the measures, their mixtures and ties (first measure wins)', () => {
    let x = 1;
    const rand = (n: number) => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 8) % n;
    // two identical measures make a tie: both linkTask and linkTasks take the first
    const withTie = [...measures, { key: 'copy', text: measures[3]!.text }];
    const tasks: string[] = [];
    for (let k = 0; k < 300; k++) {
      const a = withTie[rand(withTie.length)]!.text;
      const b = withTie[rand(withTie.length)]!.text;
      const start = rand(Math.max(1, a.length - 10));
      tasks.push(a.slice(start, start + 5 + rand(60)) + (k % 3 === 0 ? b.slice(0, rand(40)) : ''));
    }
    // whitespace and characters outside the BMP count as linkTask counts them
    tasks.push('科技 创新\u3000平台𠀀建设', '𠀀𠀁𠀀𠀁');
    expect(linkTasks(tasks, withTie)).toEqual(tasks.map((t) => linkTask(t, withTie)));
  });
});

describe('taskColumns and taskCells (a table of cells, rule task-table/body)', () => {
  it('finds the task, lead, supporting and deadline columns the header names', async () => {
    const { taskColumns } = await import('../../src/ingest/recognisers/cell-task-table.ts');
    expect(taskColumns(['序号', '目标与任务', '牵头责任单位', '责任单位'])).toEqual({ task: 1, lead: 2, support: 3, deadline: -1 });
    expect(taskColumns(['序号', '重点工作任务', '主要责任单位', '协同配合单位', '完成期限'])).toEqual({ task: 1, lead: 2, support: 3, deadline: 4 });
    expect(taskColumns(['指标', '单位', '2024年', '2027年'])).toBeNull();
  });

  it('gives the task cells of the numbered rows with a lead unit, none of another table', async () => {
    const { taskCells } = await import('../../src/ingest/recognisers/cell-task-table.ts');
    const rows = [['序号', '目标与任务', '牵头单位', '配合单位'], ['一、主要目标', '', '', ''], ['(1)', '地区生产总值增长6%以上。', '市发展改革委', ''], ['1', '培育创新主体。', '', '']];
    expect(taskCells(rows)).toEqual(['地区生产总值增长6%以上。']);
    expect(taskCells([['指标', '2027年'], ['研发投入强度', '3%']])).toEqual([]);
  });
});
