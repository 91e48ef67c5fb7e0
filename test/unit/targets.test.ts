import { describe, expect, it } from 'vitest';
import { cleanLine } from '../../src/ingest/stages/normalize.ts';
import { comparatorOf, extractTargets, readFigures, readTargets, targetYears, unknownUnitNumbers, type ExtractedTarget } from '../../src/ingest/recognisers/targets.ts';
import { statesGoal } from '../../src/ingest/recognisers/figures.ts';
import { nodesByKey, nodeText, rawLines, SEEDS, seedTree } from './_seeds.ts';

const byValue = (ts: ExtractedTarget[], value: number) => {
  const hits = ts.filter((t) => t.value === value);
  expect(hits).toHaveLength(1);
  return hits[0]!;
};

describe('extractTargets: 主要目标 of cq-2023-double-growth.txt (line 20 after cleanLine)', () => {
  const text = cleanLine(rawLines(SEEDS.growth2023)[19]!);
  const ts = extractTargets(text);

  it('finds all 14 numbers, numbered 1 … 14', () => {
    expect(ts.map((t) => t.n)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });

  it('reads 1万家 and 6.7万家 for 2025 (突破 / 超过 → >)', () => {
    expect(ts[0]).toMatchObject({ value: 1, unit: '万家', comparator: '>', year: 2025, yearSource: 'text', valueMax: null, perYear: false });
    expect(ts[1]).toMatchObject({ value: 6.7, unit: '万家', comparator: '>', year: 2025, indicator: '科技型企业' });
    expect(ts[0]!.indicator).toContain('高新技术企业');
  });

  it('reads 1.28万家 as value 1.28 and unit 万家 for 2027, not the baseline year 2022', () => {
    expect(byValue(ts, 1.28)).toMatchObject({ unit: '万家', comparator: '>', year: 2027, yearSource: 'text', indicator: '高新技术企业', scope: null });
    expect(byValue(ts, 8.6)).toMatchObject({ unit: '万家', year: 2027, indicator: '科技型企业' });
    expect(ts.some((t) => t.year === 2022)).toBe(false);
  });

  it('distributes 分别 over 高新技术企业 / 科技型企业 with the scope of each area', () => {
    const rows = ts.filter((t) => t.scope !== null).map((t) => [t.scope, t.indicator, t.value, t.unit, t.comparator, t.year]);
    expect(rows).toEqual([
      ['中心城区', '高新技术企业', 7110, '家', '>', 2027],
      ['中心城区', '科技型企业', 46560, '家', '>', 2027],
      ['主城新区', '高新技术企业', 4640, '家', '>', 2027],
      ['主城新区', '科技型企业', 29780, '家', '>', 2027],
      ['“两群”地区', '高新技术企业', 1060, '家', '>', 2027],
      ['“两群”地区', '科技型企业', 9720, '家', '>', 2027],
    ]);
  });

  it('keeps the year of the sentence across ； (突破500家 is still a 2027 target)', () => {
    expect(byValue(ts, 500)).toMatchObject({ unit: '家', comparator: '>', year: 2027 });
    expect(byValue(ts, 500).indicator).toContain('小巨人');
  });

  it('reads percentages: 超过36% → >, 提高到22% → =', () => {
    expect(byValue(ts, 36)).toMatchObject({ unit: '%', comparator: '>', year: 2027 });
    expect(byValue(ts, 22)).toMatchObject({ unit: '%', comparator: '=', year: 2027 });
    expect(byValue(ts, 22).indicator).toBe('高技术制造业增加值占规模以上工业增加值的比重');
  });

  it('quotes the source sentence', () => {
    expect(byValue(ts, 1.28).quote).toContain('分别超过1.28万家和8.6万家');
  });
});

describe('extractTargets: value and unit forms', () => {
  it('4.5万家 (cq-2022-district-guidance.txt 工作目标)', () => {
    const ts = extractTargets('到2025年，各区县共同培育科技型企业4.5万家、高新技术企业8000家。');
    expect(ts.map((t) => [t.value, t.unit, t.year, t.scope])).toEqual([
      [4.5, '万家', 2025, '各区县'],
      [8000, '家', 2025, '各区县'],
    ]);
    expect(ts[0]!.indicator).toContain('科技型企业');
    expect(ts[1]!.indicator).toBe('高新技术企业');
  });

  it('200亿元 and 500项 (task-table row 6)', () => {
    const ts = extractTargets('在先进制造、新材料、信息技术、现代农业等重点领域引进新技术和新产品500项以上，年度技术交易合同额达到200亿元以上。');
    expect(ts.map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [500, '项', '≥'],
      [200, '亿元', '≥'],
    ]);
    expect(ts[1]!.indicator).toBe('年度技术交易合同额');
  });

  it('50万户 and 350万人 (2016 plan （十二）)', () => {
    const ts = extractTargets('努力创建小微企业创业创新基地示范城市，推动就业服务平台、创业券等创新试点，力争到2017年，微型企业达到50万户，带动和解决350万人就业。');
    expect(ts.map((t) => [t.value, t.unit, t.comparator, t.year])).toEqual([
      [50, '万户', '=', 2017],
      [350, '万人', '=', 2017],
    ]);
    expect(ts[0]!.indicator).toBe('微型企业');
  });

  it('1000万平方米 and 17件', () => {
    expect(extractTargets('到2027年，全市孵化载体面积超过1000万平方米。')[0]).toMatchObject({ value: 1000, unit: '万平方米', comparator: '>', year: 2027 });
    expect(extractTargets('到2027年，每亿元研发投入高价值专利产出达到17件。')[0]).toMatchObject({ value: 17, unit: '件', comparator: '=', year: 2027 });
  });

  it('a range 3―5家 gives value 3 and valueMax 5 (2016 plan （一）, U+2015 dash)', () => {
    const [t] = extractTargets('确保每年新认定3―5家国家级技术创新平台、新增50家以上市级技术创新平台。');
    expect(t).toMatchObject({ value: 3, valueMax: 5, unit: '家' });
    expect(t!.indicator).toContain('国家级技术创新平台');
  });

  it('a range with an em dash 3—5个 under 至少 (2015 plan, 打造1000个以上众创空间)', () => {
    const ts = extractTargets('2016年，各区县至少打造3—5个众创空间，各高等学校至少打造2—3个众创空间，全市众创空间达到500个以上；2020年，众创空间达到1000个以上，其中至少10个在国内具有品牌效应。');
    expect(ts.slice(0, 2).map((t) => [t.value, t.valueMax, t.unit, t.comparator, t.year, t.scope])).toEqual([
      [3, 5, '个', '≥', 2016, '各区县'],
      [2, 3, '个', '≥', 2016, '各高等学校'],
    ]);
    expect(ts.map((t) => [t.value, t.year])).toEqual([
      [3, 2016],
      [2, 2016],
      [500, 2016],
      [1000, 2020],
      [10, 2020],
    ]);
  });

  it('does not read numbers without a unit of measure (世界500强, 3D, 2011协同创新中心, “6+1”)', () => {
    expect(extractTargets('引导世界500强企业来渝建立分支机构，组建3D打印研究院，联合2011协同创新中心，依托“6+1”支柱产业。')).toEqual([]);
  });

  it('does not read a number followed by 的 as a target (it is a condition)', () => {
    expect(extractTargets('将作价份额不低于20%的比例奖励给成果完成人')).toEqual([]);
  });
});

describe('extractTargets: years', () => {
  it('到2020年 applies to every target of the sentence (2015 plan 总体目标)', () => {
    const ts = extractTargets(
      '到2020年，全社会R&D（研究与开发）经费支出占GDP（国内生产总值）比重超过2%，规模以上工业企业研发投入占销售收入比重达到1.2%，技术进步贡献率达到60%以上，科研成果转化中的股权化率达到75%以上，战略性新兴产业产值占工业总产值的比重提高到30%以上，万人有效专利拥有量达到50件。',
    );
    expect(ts.map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [2, '%', '>'],
      [1.2, '%', '='],
      [60, '%', '≥'],
      [75, '%', '≥'],
      [30, '%', '≥'],
      [50, '件', '='],
    ]);
    for (const t of ts) expect(t).toMatchObject({ year: 2020, yearSource: 'text' });
  });

  it('力争2016年 … ；2017年 … gives each target its own year (2016 plan （七）)', () => {
    const ts = extractTargets('力争2016年改造新建200家以上众创空间，实现高等院校及区县（自治县）全覆盖；2017年复制推广成功模式，新建200家以上众创空间。');
    expect(ts.map((t) => [t.value, t.comparator, t.year])).toEqual([
      [200, '≥', 2016],
      [200, '≥', 2017],
    ]);
  });

  it('2017年前 sets the year (2016 plan （九）)', () => {
    const ts = extractTargets('坚持以企业为主导，协同高等院校的优质科技资源，2017年前集中实施18个重大主题专项，攻克100个共性关键技术，开发9个核心产品，推动相关产业迈向中高端水平。');
    expect(ts.map((t) => [t.value, t.unit, t.year])).toEqual([
      [18, '个', 2017],
      [100, '个', 2017],
      [9, '个', 2017],
    ]);
  });

  it('a year inside a sentence does not carry over into the next full sentence', () => {
    const ts = extractTargets('全市科技成果交易量到2020年位居西部前列。建成企业孵化器100家以上。');
    expect(ts).toHaveLength(1);
    expect(ts[0]).toMatchObject({ value: 100, year: null, yearSource: null, yearFromParagraph: false });
    expect(ts[0]!.suspicious).toContain('no year');
  });

  it('a year that opens a sentence holds for the later sentences of its paragraph (rule paragraph-year), not the next paragraph', () => {
    const ts = extractTargets('到2020年，全市科技成果交易量位居西部前列。建成企业孵化器100家以上。\n新增众创空间30家。');
    expect(ts.map((t) => [t.value, t.year, t.yearSource, t.yearFromParagraph])).toEqual([
      [100, 2020, 'text', true],
      [30, null, null, false],
    ]);
    // a bare year opens a statement of where things stand: not carried over
    expect(extractTargets('2020年，全市光纤用户占比达到94%。移动宽带普及率达到108%。').map((t) => [t.value, t.year])).toEqual([
      [94, 2020],
      [108, null],
    ]);
    expect(extractTargets('——平台加快完善。力争到2027年，建成实验室2家。新增研发机构3家。').map((t) => [t.value, t.year, t.yearFromParagraph])).toEqual([
      [2, 2027, false],
      [3, 2027, true],
    ]);
  });
});

describe('targetYears', () => {
  it('skips a baseline year 在2022年的基础上', () => {
    expect(targetYears('到2027年，全市高新技术企业和科技型企业在2022年的基础上实现“双倍增”')).toEqual([{ index: 1, year: 2027 }]);
  });

  it('skips a baseline 2020年底的水平 / 2020年的基数', () => {
    expect(targetYears('到2025年达到2020年底的水平的两倍')).toEqual([{ index: 1, year: 2025 }]);
    expect(targetYears('以2020年的基数计算')).toEqual([]);
  });

  it('skips both ends of a plan period (2015—2020年, 2015―2020年)', () => {
    expect(targetYears('行动计划（2015—2020年）')).toEqual([]);
    expect(targetYears('行动计划（2015―2020年）》，到2017年')).toEqual([{ index: '行动计划（2015―2020年）》，到'.length, year: 2017 }]);
  });

  it('keeps 2016年 and 2017年 of 力争2016年推动2家以上、2017年推动3家以上', () => {
    expect(targetYears('力争2016年推动2家以上、2017年推动3家以上').map((y) => y.year)).toEqual([2016, 2017]);
  });

  it('does not take 年度 as a year', () => {
    expect(targetYears('2016年度技术交易合同额')).toEqual([]);
  });

  // Regression test (fixed bug): only 在…的基础上 / …的水平 / …的基数 are recognised as baselines. A year after 比 or 较
  // (“比2020年增长50%”) is taken as a target year, so extractTargets gives this target the
  // year 2020 instead of 2025 (and the indicator “全市研发经费投入比增长”).
  it('skips a baseline year after 比 / 较', () => {
    expect(targetYears('到2025年，全市研发经费投入比2020年增长50%以上').map((y) => y.year)).toEqual([2025]);
    expect(targetYears('到2025年，高新技术企业数量较2020年翻一番').map((y) => y.year)).toEqual([2025]);
    expect(extractTargets('到2025年，全市研发经费投入比2020年增长50%以上。')[0]).toMatchObject({ value: 50, year: 2025 });
  });
});

describe('comparators', () => {
  it.each([
    ['', '以上', '≥'],
    ['达到', '以上', '≥'], // the word after the number wins: 达到60%以上
    ['超过', undefined, '>'],
    ['突破', undefined, '>'],
    ['高于', undefined, '>'],
    ['达到', undefined, '='],
    ['提高到', undefined, '='],
    ['', '左右', '≈'],
    ['不低于', undefined, '≥'],
    ['不少于', undefined, '≥'],
    ['至少打造', undefined, '≥'],
    ['不超过', undefined, '≤'],
    ['', '以内', '≤'],
    ['', '以下', '≤'],
    ['新建', undefined, '='],
    ['占比超', undefined, '>'], // 超 alone right before the number (a Q&A page: 占比超40%)
    ['占比超 ', undefined, '>'],
    ['建成超算中心', undefined, '='], // 超 starting a word (超算) is no comparator
    ['占比不超', undefined, '≤'],
  ] as const)('comparatorOf(%j, %j) is %s', (before, suffix, expected) => {
    expect(comparatorOf(before, suffix)).toBe(expected);
  });

  it('applies them in context', () => {
    const c = (text: string) => extractTargets(text).map((t) => t.comparator);
    expect(c('到2027年，全市技术合同成交额超过1300亿元。')).toEqual(['>']);
    expect(c('到2025年，全市高新技术企业突破1万家。')).toEqual(['>']);
    expect(c('到2020年，全市总量达到600家。')).toEqual(['=']);
    expect(c('力争到2017年交易规模达到50亿元左右。')).toEqual(['≈']);
    expect(c('到2027年，研发投入强度不低于2.5%。')).toEqual(['≥']);
    expect(c('到2027年，比重提高到22%。')).toEqual(['=']);
    expect(c('到2027年，各类科技创新平台1000个以上。')).toEqual(['≥']);
    expect(c('到2020年，单笔投资不超过500万元。')).toEqual(['≤']);
    expect(c('到2027年，高新技术企业营业收入占比超40%。')).toEqual(['>']);
    expect(extractTargets('到2027年，高技术制造业增加值占规模以上工业增加值的比重超38%。')[0]!.indicator).toBe('高技术制造业增加值占规模以上工业增加值的比重');
    // one indicator, a target per year
    expect(extractTargets('高新技术企业2024年突破3.5万家、2025年突破3.8万家。').map((t) => [t.indicator, t.year, t.value])).toEqual([['高新技术企业', 2024, 3.5], ['高新技术企业', 2025, 3.8]]);
    // a task table's row number glued to its text
    expect(extractTargets('33新培育科技型中小企业50家以上。')[0]!.indicator).toBe('新培育科技型中小企业');
    expect(c('到2027年，建成超算中心3个。')).toEqual(['=']);
  });

  it('carries a comparator to the following numbers of a list (分别超过7110家、46560家)', () => {
    expect(extractTargets('到2027年，中心城区分别超过7110家、46560家。').map((t) => t.comparator)).toEqual(['>', '>']);
  });
});

describe('extractTargets: context and exclusions', () => {
  it('falls back to the task-table year when the text names none (yearSource task-table)', () => {
    const ts = extractTargets('在先进制造、新材料、信息技术、现代农业等重点领域引进新技术和新产品500项以上，年度技术交易合同额达到200亿元以上。', { taskYear: 2017 });
    for (const t of ts) expect(t).toMatchObject({ year: 2017, yearSource: 'task-table' });
    expect(ts[0]!.suspicious).not.toContain('no year');
  });

  it('prefers a year in the text to the task-table year', () => {
    expect(extractTargets('力争到2017年，微型企业达到50万户。', { taskYear: 2016 })[0]).toMatchObject({ year: 2017, yearSource: 'text' });
  });

  it('marks a target with no year at all', () => {
    expect(extractTargets('力争建成企业孵化器100家以上。')[0]).toMatchObject({ year: null, yearSource: null });
    expect(extractTargets('力争建成企业孵化器100家以上。')[0]!.suspicious).toContain('no year');
  });

  it('sets perYear for 每年 targets and does not give them the task-table year', () => {
    const ts = extractTargets('积极开展研发创新、科技金融、知识产权等服务，每年新培育2―3个市级“双创”示范基地。', { taskYear: 2017 });
    expect(ts).toHaveLength(1);
    expect(ts[0]).toMatchObject({ value: 2, valueMax: 3, unit: '个', perYear: true, year: null, yearSource: null });
    expect(ts[0]!.suspicious).not.toContain('no year');
    expect(extractTargets('建立上市激励机制，力争每年上市企业10家。')[0]).toMatchObject({ value: 10, unit: '家', perYear: true });
  });

  it('is not perYear without 每年', () => {
    expect(extractTargets('到2027年，新增规模以上科技服务企业700家。')[0]).toMatchObject({ value: 700, perYear: false, year: 2027 });
  });

  it('produces no target for an eligibility criterion starting with 凡 (2015 plan 2-1-l1)', () => {
    expect(
      extractTargets('凡发明专利拥有量在国内同行业保持前五名，研发成果转化率达到50%以上、新产品销售收入占主营业务收入达到50%以上、R&D经费支出占企业销售收入达到5%以上，即认定为企业研发创新中心。'),
    ).toEqual([]);
  });

  it('produces no target for a 凡 criterion without 即认定 / 优先申报 (2015 plan 2-1-l3: 凡R&D经费支出…达到3%以上…)', () => {
    expect(
      extractTargets('凡R&D经费支出占企业销售收入达到3%以上，有较强的经济技术实力和较好的经济效益，研究开发与创新水平在全市同行业中处于领先地位的，优先纳入市级企业技术中心评定范围。'),
    ).toEqual([]);
    const node = nodesByKey(seedTree(SEEDS.plan2015)).get('2-1-l3')!;
    expect(extractTargets(nodeText(node)).map((t) => [t.value, t.unit, t.comparator, t.year])).toEqual([
      [200, '家', '≈', 2020],
      [600, '家', '=', 2020],
    ]);
  });

  it('keeps the targets but not the criterion of a measure that holds both (2015 plan 2-1-l2)', () => {
    const node = nodesByKey(seedTree(SEEDS.plan2015)).get('2-1-l2')!;
    const ts = extractTargets(nodeText(node));
    expect(ts.map((t) => [t.value, t.unit, t.comparator, t.year])).toEqual([
      [30, '家', '≈', 2020],
      [50, '家', '=', 2020],
    ]);
  });

  it('returns nothing for text without numbers', () => {
    expect(extractTargets('强化知识产权运用和保护，依法打击侵犯知识产权的违法行为。')).toEqual([]);
    expect(extractTargets('')).toEqual([]);
  });

  // Regression test (fixed bug): scopes are found by substring, so 高新区 (the Chongqing hi-tech zone) is found inside
  // 璧山高新区, a different zone. In the 2016 plan （十二） the sentence
  // “围绕两江新区、高新区、璧山高新区等重点区域，…，每年新培育2―3个市级“双创”示范基地。”
  // gives this citywide target the scope 高新区 (taken from 璧山高新区).
  it('does not find the scope 高新区 inside 璧山高新区', () => {
    expect(extractTargets('到2020年，璧山高新区新增孵化器10家。')[0]!.scope).toBeNull();
  });
});

describe('scope from an opening clause that lists several areas', () => {
  it('is null: the areas say where work happens, not what the target covers (2016 plan （十二）)', async () => {
    const { extractTargets: extract } = await import('../../src/ingest/recognisers/targets.ts');
    const [t] = extract('围绕两江新区、高新区、璧山高新区等重点区域，积极开展研发创新、科技金融、知识产权等服务，每年新培育2―3个市级“双创”示范基地。');
    expect(t!.scope).toBeNull();
    expect(t!.perYear).toBe(true);
  });
});

describe('extractTargets: units of measure beyond counts of entities (issue #10)', () => {
  // Our own sentence with the units that were missing: 330万人次 used to come out as 330 万人, 22万吨 was dropped.
  const ts = extractTargets('到2025年，年接待游客330万人次，处理能力达到22万吨，建成绿道120公里，新增标准厂房50万平方米。');

  it('reads each number with its whole unit', () => {
    expect(ts.map((t) => [t.value, t.unit, t.year])).toEqual([
      [330, '万人次', 2025],
      [22, '万吨', 2025],
      [120, '公里', 2025],
      [50, '万平方米', 2025],
    ]);
  });

  it('keeps the counted noun out of the unit (人次 beats 人, so 次 is not left in the indicator)', () => {
    expect(ts[0]!.indicator).toBe('年接待游客');
    expect(ts[1]!.indicator).toBe('处理能力');
  });

  it('matches the longest unit: 人年 before 人, 台（套） before 台, 个百分点 before 个, 亿美元 and 万亿元', () => {
    const u = (s: string) => extractTargets(s).map((t) => [t.value, t.unit]);
    expect(u('到2027年，研发人员投入达到209人年以上。')).toEqual([[209, '人年']]);
    expect(u('到2026年，推广首台（套）重大技术装备30台（套）。')).toEqual([[30, '台（套）']]);
    expect(u('到2026年，推广智能装备30台套。')).toEqual([[30, '台套']]);
    expect(u('到2025年，研发投入强度提高1.5个百分点。')).toEqual([[1.5, '个百分点']]);
    expect(u('到2025年，实际利用外资达到15亿美元，工业总产值突破3.2万亿元。')).toEqual([
      [15, '亿美元'],
      [3.2, '万亿元'],
    ]);
    expect(u('到2030年，新增光伏装机120万千瓦、储能50兆瓦，新增造林8000亩。')).toEqual([
      [120, '万千瓦'],
      [50, '兆瓦'],
      [8000, '亩'],
    ]);
  });

  it('marks a rank (前N位) for review, and never reads an ordinal (第N) as a target (rule figure/ordinal)', () => {
    expect(extractTargets('到2027年，区域创新能力进入全省前20位。')[0]!.suspicious).toContain('a rank (前N位), not a count');
    expect(extractTargets('到2027年，举办第5次创新大会。')).toEqual([]);
    expect(readFigures('到2027年，举办第5次创新大会。').others.map((o) => [o.figure.raw, o.kind, o.rule])).toEqual([['5次', 'none', 'figure/ordinal']]);
    expect(extractTargets('到2027年，引进院士等顶尖人才20位。')[0]!.suspicious).not.toContain('a rank (前N位), not a count');
  });
});

describe('unknownUnitNumbers / readTargets (rule target-unknown-unit)', () => {
  it('names a number followed by characters that are not a known unit, in a target-year sentence', () => {
    const { targets, unknownUnits } = readTargets('到2025年，建成充电桩1200根，新增公共服务站点35处，建设雕塑12樽，培育肉牛22万头。');
    expect(targets.map((t) => [t.value, t.unit])).toEqual([[1200, '根'], [35, '处']]);
    expect(unknownUnits.map((u) => [u.number, u.following])).toEqual([
      ['12', '樽'],
      ['22', '万头'],
    ]);
    expect(unknownUnits[0]!.quote).toBe('到2025年，建成充电桩1200根，新增公共服务站点35处，建设雕塑12樽，培育肉牛22万头。');
  });

  it('keeps the original sentence as the quote across ；', () => {
    expect(unknownUnitNumbers('到2025年，新建基地3个；配套冷库12栋。')).toEqual([{ number: '12', following: '栋', quote: '到2025年，新建基地3个；配套冷库12栋。' }]);
  });

  it('says nothing outside a target-year sentence, or for years, names, ordinals, codes, time spans and rankings', () => {
    expect(unknownUnitNumbers('建成充电桩1200根。')).toEqual([]);
    expect(unknownUnitNumbers('到2025年，落实中国制造2025行动，第3轮评估通过ISO9001认证，3年内完成，6个月内启动，引进世界500强企业，12月底前完成。')).toEqual([]);
    expect(unknownUnitNumbers('行动计划（2015—2020年）明确了任务。')).toEqual([]);
  });
});

describe('relative years and baselines (seventh trial)', () => {
  it('reads 今年 and 明年 against the document year (rule figure/relative-year), not where they date what happened', () => {
    expect(targetYears('今年节电潜力至少达到6230万度，明年新增企业100家。', 2026)).toEqual([
      { index: 0, year: 2026, relative: true },
      { index: 17, year: 2027, relative: true },
    ]);
    expect(targetYears('今年以来新增企业100家，今年上半年产值增长5%，今年3月31日印发通报。', 2026)).toEqual([]);
    expect(targetYears('今年新增企业100家。')).toEqual([]); // no document year: 今年 is no year
    const read = readTargets('今年力争新增科技型企业500家。', { taskYear: null, issuedYear: 2026 });
    expect(read.targets.map((t) => [t.value, t.year, t.relativeYear])).toEqual([[500, 2026, true]]);
  });

  it('reads 年内 and 全年 as this year, but not after a year', () => {
    expect(targetYears('年内完成投资14亿元，全年开展活动40场以上。', 2018)).toEqual([
      { index: 0, year: 2018, relative: true },
      { index: 11, year: 2018, relative: true },
    ]);
    expect(targetYears('2023年全年完成投资14亿元。', 2024).map((y) => y.year)).toEqual([2023]);
  });

  it('keeps a figure after 年内 or 全年 as a goal where no year is known (not figure/undated-no-goal)', () => {
    expect(statesGoal('强力推进涉旅工程项目，年内完成投资')).toBe(true);
    expect(statesGoal('持之以恒举办乡村文化旅游季，全年开展乡村旅游活动')).toBe(true);
    expect(statesGoal('2023年全年开展乡村旅游活动')).toBe(false);
    // 超过 says where things stand, unless words of intent come before it
    expect(statesGoal('中小企占本港私营企业总数超过')).toBe(false);
    expect(statesGoal('政府将推动中小企数目超过')).toBe(true);
  });

  it('reads a rate of growth with a floor or an approximation, and a level kept, as a goal (ninth trial)', () => {
    expect(statesGoal('社会消费品零售总额增长', '9%左右')).toBe(true);
    expect(statesGoal('全省生产总值增长', '7%以上')).toBe(true);
    // a statistic prints the rate exact
    expect(statesGoal('全省生产总值增长', '7.2%')).toBe(false);
    expect(statesGoal('耕地保有量保持在')).toBe(true);
  });

  it('skips a baseline year after 基准年 and the start of a span after 从原', () => {
    expect(targetYears('2030年减量目标，从原2022年发布的较基准年（2005年）减量24%提升为28%').map((y) => y.year)).toEqual([2030]);
  });
});
