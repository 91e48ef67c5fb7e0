/** Figures by kind (src/ingest/recognisers/figures.ts, benefits.ts): the whole ingest over the seeds plus own-written fixtures of test/fixtures/formats. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Benefit } from '../../src/data/schemas.ts';
import { runIngest } from '../../src/ingest/pipeline.ts';
import { manifestEntry, ROOT, seedInput } from '../helpers.ts';

const FORMATS = join(ROOT, 'test', 'fixtures', 'formats');

/** Runs the ingest with one fixture added as policy `id`, issued on `issued` (the title read from the document when `ownTitle`). */
function ingestWith(fixture: string, id: string, issued = '2025-03-01', ownTitle = false) {
  const input = seedInput();
  input.seeds.set(fixture, readFileSync(join(FORMATS, fixture)));
  const entry = manifestEntry(fixture, id).replace('issued: null', `issued: ${issued}`);
  input.manifestText += ownTitle ? entry.replace('title: 测试文件', 'title: null') : entry;
  const result = runIngest(input);
  const policy = result.policies.find((p) => p.policy.id === id)!;
  const diagnostics = result.report.diagnostics.filter((d) => d.file === `seeds/${fixture}`);
  return { policy, diagnostics, result };
}
/** The figure a diagnostic names (“provision 1-1: 10% read as …”). */
const figureOf = (message: string) => /: (\S+) read as/.exec(message)?.[1];

describe('a 若干措施 full of support amounts (benefits-measures.txt)', () => {
  const { policy, diagnostics } = ingestWith('benefits-measures.txt', 'support-doc');
  const benefit = (id: string) => policy.benefits.find((b) => b.id === `support-doc/${id}`);

  it('publishes only the goals of 五、工作目标 as targets', () => {
    expect(policy.targets.map((t) => [t.id, t.value, t.unit.zh, t.comparator, t.year])).toEqual([
      ['support-doc/5-9/t1', 8000, '家', '>', 2027],
      ['support-doc/5-9/t2', 50, '%', '=', 2027],
    ]);
  });

  it('reads a rate with its basis and eligibility, and a cap with ≤ (（一）)', () => {
    expect(benefit('1-1/b1')).toMatchObject({ kind: 'subsidy', value: 10, unit: { zh: '%', en: '%' }, comparator: '=', basis: '研发投入增量', eligibility: '上年度研发投入达到500万元以上的企业' });
    expect(benefit('1-1/b2')).toMatchObject({ kind: 'subsidy', value: 200, unit: { zh: '万元', en: 'CNY 10,000' }, comparator: '≤', basis: null, eligibility: '上年度研发投入达到500万元以上的企业' });
    expect(benefit('1-2/b1')).toMatchObject({ kind: 'award', value: 5, basis: '设备投资额', eligibility: '投资额达到1000万元以上的产业化项目' });
    expect(benefit('1-2/b2')).toMatchObject({ kind: 'award', value: 500, comparator: '≤' });
  });

  it('reads an amount, a matching ratio, a capped share of a basis, interest subsidies and a voucher', () => {
    expect(benefit('2-3/b1')).toMatchObject({ kind: 'award', value: 1000, unit: { zh: '万元' }, comparator: '=', eligibility: null });
    expect(benefit('2-4/b1')).toMatchObject({ kind: 'grant', value: 0.5, unit: { zh: '1:N', en: 'matching ratio 1:N' } });
    expect(benefit('2-4/b2')).toMatchObject({ kind: 'grant', value: 50, comparator: '≤', basis: '核定经费' });
    expect([benefit('3-5/b1')?.kind, benefit('3-5/b1')?.basis, benefit('3-5/b2')?.comparator]).toEqual(['interest-subsidy', '贷款利息', '≤']);
    expect(benefit('3-6/b1')).toMatchObject({ kind: 'voucher', value: 20, comparator: '≤' });
    expect(policy.benefits).toHaveLength(10);
  });

  it('gives each benefit its measure, provision, page and source sentence, valid against the schema', () => {
    for (const b of policy.benefits) {
      expect(() => Benefit.strict().parse(b)).not.toThrow();
      expect(b.measure).toBe(b.provision);
      expect(b.url.zh).toBe(`/policies/${b.measure}/`);
      expect(policy.measures.find((m) => m.id === b.measure)!.text.zh).toContain(b.quote.replace(/[。；]$/, ''));
    }
  });

  it('reports every figure it took out of the targets, with its rule', () => {
    const by = (rule: string) => diagnostics.filter((d) => d.rule === rule).map((d) => figureOf(d.message));
    expect(by('figure/benefit')).toHaveLength(10);
    expect(by('figure/threshold').sort()).toEqual(['1000万元以上', '500万元以上']);
    expect(by('figure/statutory-rule')).toEqual(['10名']);
    expect(by('figure/earmark')).toEqual(['60%以上']);
    expect(by('figure/statistic')).toEqual(['4762家']);
    expect(diagnostics.find((d) => d.rule === 'figure/chinese-numeral')!.message).toBe('target support-doc/5-9/t2: 百分之五十 read as 50%');
    expect(diagnostics.filter((d) => d.rule === 'figure/statistic' || d.rule === 'figure/statutory-rule').every((d) => d.severity === 'review')).toBe(true);
  });
});

describe('a 行动方案 with Chinese numerals and number-first targets (targets-chinese-numerals.txt)', () => {
  const { policy, diagnostics } = ingestWith('targets-chinese-numerals.txt', 'numerals-doc');

  it('reads 百分之四, 五千亿元, 两千家, 三分之一 and 90%以上的… as 2030 targets', () => {
    expect(policy.targets.map((t) => [t.id, t.indicator.zh, t.comparator, t.value, t.unit.zh, t.year])).toEqual([
      ['numerals-doc/2/t1', '全社会研发经费投入强度', '=', 4, '%', 2030],
      ['numerals-doc/2/t2', '数字经济核心产业规模', '>', 5000, '亿元', 2030],
      ['numerals-doc/2/t3', '培育科技型领军企业', '≥', 2000, '家', 2030],
      ['numerals-doc/2/t4', '战略性新兴产业增加值占地区生产总值的比重', '=', 33.33, '%', 2030],
      ['numerals-doc/2/t5', '规模以上工业企业建立研发机构', '≥', 90, '%', 2030],
      ['numerals-doc/3-1/t1', '新型研发机构', '=', 300, '家', 2028],
    ]);
    expect(policy.targets.find((t) => t.value === 5000)!.unit.en).toBe('CNY 100 million');
  });

  it('takes statistics out: a 发展基础 part, a year before the document, 截至…', () => {
    const statistics = diagnostics.filter((d) => d.rule === 'figure/statistic').map((d) => figureOf(d.message));
    expect(statistics.sort()).toEqual(['0.2个百分点', '180家', '3100家', '5200家']);
  });

  it('with an unknown issue date, the year before it is no longer known to be past: 2024年…5200家 stays a target', () => {
    const unknown = ingestWith('targets-chinese-numerals.txt', 'numerals-undated', 'null');
    expect(unknown.policy.targets.map((t) => t.value)).toContain(5200);
    expect(unknown.policy.targets.map((t) => t.value)).not.toContain(180); // 截至 is past whatever the date
  });

  it('reads no figure from counting words (一个中心、两个基地, 千家万户)', () => {
    expect(policy.targets.filter((t) => t.provision === 'numerals-doc/3-2')).toEqual([]);
    expect(diagnostics.filter((d) => d.record?.startsWith('numerals-doc/3-2'))).toEqual([]);
  });

  it('reports the targets read in Chinese numerals and number-first', () => {
    expect(diagnostics.filter((d) => d.rule === 'figure/chinese-numeral').map((d) => d.message)).toEqual([
      'target numerals-doc/2/t1: 百分之四 read as 4%',
      'target numerals-doc/2/t2: 五千亿元 read as 5000亿元',
      'target numerals-doc/2/t3: 两千家以上 read as 2000家',
      'target numerals-doc/2/t4: 三分之一 read as 33.33%',
    ]);
    expect(diagnostics.filter((d) => d.rule === 'figure/number-first').map((d) => d.record)).toEqual(['numerals-doc/2/t5']);
  });
});

describe('the seeds', () => {
  const result = runIngest(seedInput());
  const of = (id: string) => result.policies.find((p) => p.policy.id === id)!;

  it('publish the shares of invention income as award benefits, not targets (cq-2015-action-plan 3-3-l2, 3-3-l3)', () => {
    const plan = of('cq-2015-action-plan');
    expect(plan.benefits.map((b) => [b.id, b.kind, b.comparator, b.value, b.unit.zh])).toEqual([
      ['cq-2015-action-plan/3-3-l2/b1', 'award', '≥', 50, '%'],
      ['cq-2015-action-plan/3-3-l3/b1', 'award', '≥', 20, '%'],
    ]);
    expect(plan.targets.filter((t) => t.provision.includes('/3-3-'))).toEqual([]);
  });

  it('no longer publish the earmark of research funds as a target (cq-2023-double-growth 3-2)', () => {
    expect(of('cq-2023-double-growth').targets.filter((t) => t.provision === 'cq-2023-double-growth/3-2')).toEqual([]);
    expect(result.report.diagnostics.filter((d) => d.rule === 'figure/earmark').map((d) => d.record)).toEqual(['cq-2023-double-growth/3-2']);
  });
});

describe('a one-year plan report in Traditional characters (plan-report-zh-hant.txt)', () => {
  const { policy, diagnostics } = ingestWith('plan-report-zh-hant.txt', 'plan-report', '2026-02-10', true);

  it('dates the goals of a plan of one year by its title, the list under its goal heading included', () => {
    expect(policy.policy.title.zh).toBe('雲嶺縣人民政府關於2026年全縣國民經濟和社會發展計劃的報告');
    expect(policy.targets.map((t) => [t.value, t.unit.zh, t.comparator, t.year])).toEqual([
      [120, '亿元', '=', 2026],
      [6, '%', '≈', 2026],
      [8, '%', '≈', 2026],
      [1.2, '万人', '=', 2026],
    ]);
    expect(diagnostics.filter((d) => d.rule === 'period-year').every((d) => /of the title, a plan of one year/.test(d.message))).toBe(true);
  });

  it('reads the award as a benefit and takes out the cap on how many, the count of projects and a past period', () => {
    expect(policy.benefits.map((b) => [b.kind, b.value, b.unit.zh])).toEqual([['award', 20, '万元']]);
    const rules = diagnostics.filter((d) => d.rule.startsWith('figure/')).map((d) => d.rule);
    expect(rules).toEqual(expect.arrayContaining(['figure/statutory-rule', 'figure/list-count', 'figure/statistic']));
  });
});

describe('a Hong Kong scheme (hk-scheme-zh-hant.txt): plain 元 is the Hong Kong dollar', () => {
  const { policy, diagnostics } = ingestWith('hk-scheme-zh-hant.txt', 'hk-scheme', '2026-02-10', true);
  it('gives the amount in HKD, says so once, and keeps the matching ratio', () => {
    expect(policy.benefits.map((b) => [b.value, b.unit.zh, b.unit.en, b.comparator])).toEqual([
      [20, '万港元', 'HKD 10,000', '≤'],
      [2, '1:N', 'matching ratio 1:N', '='],
    ]);
    expect(diagnostics.filter((d) => d.rule === 'figure/currency').map((d) => d.message)).toEqual([expect.stringMatching(/read as 港元 \(HKD\): the text is from Hong Kong/)]);
  });
});

describe('an action plan with an indicator table, tab-separated and as Markdown pipes (indicator-table.txt)', () => {
  const { policy, diagnostics } = ingestWith('indicator-table.txt', 'table-doc', '2025-02-01');

  it("reads each row's goal in a column of a target year as a target, base-year values not", () => {
    expect(policy.targets.map((t) => [t.id, t.indicator.zh, t.value, t.unit.zh, t.comparator, t.year])).toEqual([
      ['table-doc/1/t1', '全社会研发经费投入强度', 2.8, '%', '=', 2027],
      ['table-doc/1/t2', '高新技术企业数量', 10000, '家', '≥', 2027],
      ['table-doc/1/t3', '每万人口高价值发明专利拥有量', 12, '件', '=', 2027],
      ['table-doc/1/t4', '技术合同成交额', 1200, '亿元', '=', 2027],
      ['table-doc/2-2/t1', '科技型企业', 15000, '家', '=', 2025],
      ['table-doc/2-2/t2', '规上工业企业研发机构覆盖率', 50, '%', '≥', 2025],
    ]);
    expect(policy.targets[0]!.quote).toBe('1 | 全社会研发经费投入强度 | % | 2.3 | 2.8 | 预期性');
    expect(diagnostics.filter((d) => d.rule === 'figure/indicator-table')).toHaveLength(2);
  });

  it('keeps the rows as rows: published as a table, no cell glued to the next, no row cut as page furniture', () => {
    expect(policy.mdx).toContain('<table>');
    expect(policy.mdx).not.toMatch(/单位2024年|家6500/);
    expect(policy.measures.find((m) => m.id === 'table-doc/2-2')!.text.zh).toContain('规上工业企业研发机构覆盖率\t%\t≥50');
    expect(diagnostics.filter((d) => d.rule === 'boundary/after-text')).toEqual([]);
    expect(diagnostics.find((d) => d.rule === 'table/rows')!.message).toMatch(/^read 8 lines \(7, 8, 9, 10, 11, 18, 20, 21\) as table rows/);
    // no number of a row is reported as a figure of unknown unit (表1, the row numbers, the base values)
    expect(diagnostics.filter((d) => d.rule === 'target-unknown-unit')).toEqual([]);
  });
});

describe('a news page with no date of its own (news-figures.txt)', () => {
  const { policy, diagnostics } = ingestWith('news-figures.txt', 'news-doc', 'null');
  const benefits = () => policy.benefits.map((b) => [b.value, b.unit.zh, b.comparator]);

  it("reads its figures as of the page's time stamp: figures of 2023 state where things stood", () => {
    expect(diagnostics.find((d) => d.rule === 'figure/page-date')!.message).toContain('read as of 2024-05-16');
    expect(policy.policy.issued).toBeNull(); // the page's date is not published as the document's
    expect(policy.targets.map((t) => t.value)).not.toContain(17);
  });

  it("publishes no target from a news report: a cited plan's period, a span of years, 重点培育的, 集聚了", () => {
    expect(policy.targets).toEqual([]);
    const statistics = diagnostics.filter((d) => d.rule === 'figure/statistic').map((d) => figureOf(d.message));
    expect(statistics).toEqual(expect.arrayContaining(['1.5亿元', '1305万元', '2.5万家', '17个']));
    expect(diagnostics.filter((d) => d.rule === 'figure/threshold').map((d) => figureOf(d.message))).toContain('两亿公斤');
  });

  it('publishes the offer, not what was received or budgeted; a digit-by-digit amount (三○○○元) is read', () => {
    expect(benefits()).toEqual([
      [100, '万元', '≤'],
      [3000, '元', '='],
    ]);
    expect(diagnostics.filter((d) => d.rule === 'figure/earmark').map((d) => figureOf(d.message))).toContain('5700万元');
  });

  it('reads the headline printed twice once (figure/repeated)', () => {
    expect(diagnostics.filter((d) => d.rule === 'figure/repeated').map((d) => d.message.split(' ')[0])).toEqual(['1.5亿元']);
  });
});

describe('a news item that dates one goal (news-park-goal.txt, own wording)', () => {
  const { policy, diagnostics } = ingestWith('news-park-goal.txt', 'park-news', 'null');
  const ruled = (rule: string) => diagnostics.filter((d) => d.rule === rule).map((d) => figureOf(d.message) ?? /: (\S+) is not published/.exec(d.message)?.[1]);

  it('publishes only its dated goals: a text-only item is no plan because one sentence dates a goal', () => {
    expect(policy.targets.map((t) => [t.value, t.unit.zh, t.year])).toEqual([
      [100, '家', 2027],
      [50, '亿元', 2027],
    ]);
    expect(ruled('figure/undated-no-goal')).toEqual(expect.arrayContaining(['12家', '200亩', '9万平方米', '3000多名']));
  });

  it('reports the deadline, the budget and its shares, and what was done this year, each by its rule', () => {
    expect(ruled('figure/time-limit')).toEqual(['18个月']);
    expect(ruled('figure/earmark')).toEqual(expect.arrayContaining(['2.6亿元', '1.2亿元', '0.8亿元']));
    expect(ruled('figure/statistic')).toEqual(expect.arrayContaining(['36件', '120件']));
    expect(policy.benefits).toEqual([]);
  });
});

describe("an aggregator's digest above a notice whose attachment it does not print (digest-head.txt, own wording)", () => {
  const { policy, diagnostics } = ingestWith('digest-head.txt', 'digest-doc', 'null', true);

  it('publishes the digest as the text, reports it, and still reads the head below it', () => {
    expect(policy.benefits.map((b) => [b.value, b.unit.zh, b.kind])).toEqual([
      [20, '万元', 'award'],
      [30, '万元', 'award'],
    ]);
    expect(diagnostics.filter((d) => d.rule === 'boundary/digest').map((d) => d.line)).toEqual([2]);
    expect(policy.policy).toMatchObject({ title: { zh: '云岭县科技企业奖励办法' }, docNumber: '云科发〔2025〕3号', issued: '2025-02-08' });
  });

  it('reads a band (在1000万~5000万元之间的) as who qualifies, and cuts the site name, the page date and the source line', () => {
    expect(diagnostics.filter((d) => d.rule === 'figure/threshold').map((d) => figureOf(d.message))).toEqual(['5000万元']);
    expect(policy.mdx).not.toMatch(/云岭政策通|发布日期|来源/);
  });
});

describe("a reposted plan with the site's digest above its notice (repost-lead-notice.txt, own wording)", () => {
  const { policy, diagnostics } = ingestWith('repost-lead-notice.txt', 'repost-doc', 'null', true);

  it("publishes neither the page's lead between the title and the 主送 line nor its goal", () => {
    expect(diagnostics.filter((d) => d.rule === 'boundary/before-addressee').map((d) => d.line)).toEqual([4, 5]);
    expect(policy.mdx).not.toContain('规划期限为');
    expect(policy.targets.map((t) => [t.value, t.unit.zh, t.year])).toEqual([
      [8000, '座', 2025],
      [15, '万台', 2025],
      [100, '座', null],
    ]);
  });

  it('keeps the addressee and the note of transmittal, and reads 五年内 as no year', () => {
    expect(policy.mdx).toContain('现印发给你们');
    expect(diagnostics.filter((d) => d.rule === 'figure/relative-year')).toEqual([]);
  });
});

describe('a law in Markdown (law-markdown-headnote.txt)', () => {
  const { policy, diagnostics } = ingestWith('law-markdown-headnote.txt', 'law-doc', 'null', true);
  it('publishes no target from a duty it ties only to 每年 (每年组织…不少于10场)', () => {
    expect(policy.targets).toEqual([]);
    expect(diagnostics.filter((d) => d.rule === 'figure/legislative-text').map((d) => d.message)).toEqual([expect.stringContaining('10场')]);
  });
});

describe('a call for comments whose attached draft the page cuts after its first part (draft-call-for-comments.txt, own wording)', () => {
  const { policy, diagnostics } = ingestWith('draft-call-for-comments.txt', 'draft-doc', 'null', true);
  it('publishes the draft as the text, its award read, its 附件 mark reported', () => {
    expect(diagnostics.some((d) => d.rule === 'annex/published-document')).toBe(true);
    expect(policy.benefits.map((b) => [b.value, b.unit.zh, b.comparator])).toEqual([[100, '万元', '≤']]);
    expect(policy.mdx).toContain('支持企业开展跨境电商业务');
  });
});

describe('a news page of a support scheme (news-headline-figures.txt, own wording)', () => {
  const { policy, diagnostics } = ingestWith('news-headline-figures.txt', 'headline-doc', '2026-02-04', true);
  const rulesOn = (line: number) => diagnostics.filter((d) => d.line === line).map((d) => d.rule);

  it('reads the headline as the title, its figures not again (rule figure/in-title), and the body\'s goals and cap once', () => {
    expect(policy.policy.title.zh).toBe('云岭县工厂转型补助启动估带动5亿元投资、200家企业升级');
    expect(rulesOn(1)).toContain('figure/in-title');
    expect(policy.targets.map((t) => [t.value, t.unit.zh])).toEqual([[5, '亿元'], [200, '家']]);
    expect(policy.benefits.map((b) => [b.value, b.unit.zh, b.comparator])).toEqual([[200, '万元', '≤']]);
  });

  it('publishes no photo caption, closing byline or related reading', () => {
    expect(rulesOn(3)).toContain('boilerplate/photo caption');
    expect(rulesOn(7)).toContain('boundary/byline');
    expect(rulesOn(8)).toContain('boilerplate/related links');
    // the page after the article, its blank lines not listed
    expect(diagnostics.filter((d) => d.rule === 'boundary/after-end').map((d) => d.line)).toEqual([9]);
    for (const chrome of ['县政府提供', '记者王明', '延伸阅读', '召开经济工作会议']) expect(policy.mdx).not.toContain(chrome);
    expect(policy.mdx).toContain('计划自今年1月起受理申请。');
  });

  it('names the facts nobody gives, once, for the maintainer (rule metadata-missing)', () => {
    expect([policy.policy.issuer, policy.policy.docNumber]).toEqual([null, null]);
    expect(diagnostics.filter((d) => d.rule === 'metadata-missing').map((d) => [d.severity, d.message.slice(0, 30)])).toEqual([['review', 'issuer, docNumber unknown: the']]);
  });
});

describe('a table of support amounts (benefit-table.txt, own wording)', () => {
  const { policy, diagnostics } = ingestWith('benefit-table.txt', 'benefit-table-doc', 'null', true);
  it('grants each amount in 元 its rows print, of the kind its header names (rule figure/benefit-table), and no other figure', () => {
    expect(policy.benefits.map((b) => [b.value, b.unit.zh, b.kind])).toEqual([[300, '元', 'award'], [450, '元', 'award'], [600, '元', 'award'], [500, '元', 'award'], [50, '万元', 'award']]);
    expect(policy.benefits[1]!.quote).toBe('大豆、玉米 | 450元');
    expect(policy.targets).toEqual([]);
    // (a row lined up with its header: its threshold, 1亿元以上, is left to its column)
    expect(diagnostics.filter((d) => d.rule === 'figure/benefit-table')).toHaveLength(2);
  });
});

describe('a one-year split of a city\'s work (task-split-plan.txt, own wording)', () => {
  const { policy, diagnostics } = ingestWith('task-split-plan.txt', 'task-split-doc', 'null', true);
  const leadOf = (n: string) => policy.measures.find((m) => m.number === n)!;
  it('takes the attachment\'s own title line as the title, not a mark to strip', () => {
    expect(policy.policy.title.zh).toBe('云岭市2026年重点工作分解落实方案');
  });
  it('reads the goal a heading states, a limit of a one-year plan as a goal, and no count of the plan\'s own tasks', () => {
    expect(policy.targets.map((t) => [t.value, t.unit.zh, t.comparator, t.year])).toEqual([[4, '%', '=', 2026], [3.5, '%', '≤', 2026], [5, '%', '≥', 2026], [10, '家', '=', 2026]]);
    expect(diagnostics.some((d) => d.rule === 'figure/list-count' && d.message.includes('30项'))).toBe(true);
  });
  it('reads a lead parted from the districts by a comma, 主办 … 协办, and lists parted by spaces (as printed: another city\'s units)', () => {
    const units = (n: string) => [leadOf(n).leadAsPrinted, leadOf(n).supportAsPrinted];
    expect(units('2、')).toEqual([['市人力社保局'], ['各区县政府']]);
    expect(units('3、')).toEqual([['市商务委'], []]);
    expect(units('4、')).toEqual([['市科技局'], ['市财政局']]);
  });
});

describe('vouchers by price band, a part closed by its units (voucher-bands.txt, own wording)', () => {
  const { policy, diagnostics } = ingestWith('voucher-bands.txt', 'voucher-doc', 'null', true);
  it('grants each voucher, an item stated as its heading too; the bands, (含) included, are who qualifies', () => {
    expect(policy.benefits.map((b) => [b.value, b.unit.zh, b.kind])).toEqual([[6000, '元', 'voucher'], [4000, '元', 'voucher'], [1000, '元', 'voucher']]);
  });
  it('gives the line of units that closes a part to each of its items (rule assignment/part-closing-label)', () => {
    const printed = policy.measures.map((m) => [m.number, [...m.lead, ...m.leadAsPrinted]]);
    expect(printed.slice(0, 2)).toEqual([['1、', ['市商务委', '市财政局']], ['2、', ['市商务委', '市财政局']]]);
    expect(diagnostics.filter((d) => d.rule === 'assignment/part-closing-label').map((d) => d.line)).toEqual([3]);
  });
});

describe('a list of key work printed one cell a line, with no numbered part (task-list-cells.txt, own wording)', () => {
  const { policy, diagnostics } = ingestWith('task-list-cells.txt', 'task-list-doc', 'null', true);
  it('reads its rows as the policy\'s tasks by the header\'s columns (重点工作 as the task column), each with its lead', () => {
    expect(policy.tasks.map((t) => [t.seq, t.leadAsPrinted])).toEqual([[1, ['招商工作部']], [2, ['改革办']]]);
    expect(diagnostics.some((d) => d.rule === 'task-table/body')).toBe(true);
    // a text-only policy has no measure to link a task to: no task-unlinked per row
    expect(diagnostics.filter((d) => d.rule === 'task-unlinked')).toEqual([]);
  });
  it('reads the goals of its task cells, dated by the one-year title', () => {
    expect(policy.targets.map((t) => [t.value, t.unit.zh, t.year])).toEqual([[400, '亩', 2026]]);
  });
});

describe('an explainer whose title names no place, its text another city (explainer-place-in-text.txt, own wording)', () => {
  const { policy, diagnostics } = ingestWith('explainer-place-in-text.txt', 'place-in-text-doc', 'null', true);
  it('reads it as that place\'s (rule units/other-jurisdiction): its 市科技局 is shown as printed, not linked to Chongqing\'s', () => {
    const organise = policy.measures.find((m) => m.number === '2、' && m.path.includes('二、'))!;
    expect([organise.lead, organise.leadAsPrinted]).toEqual([[], ['市科技局', '市财政局']]);
    const rule = diagnostics.find((d) => d.rule === 'units/other-jurisdiction');
    expect(rule?.message).toContain('舟山市 (浙江省) (its text names it and never Chongqing)');
    // the record says so: the measure's contact box points to no Chongqing directory
    expect(policy.policy.jurisdiction).toBe('舟山市');
  });
});

describe('a news report of goals with estimates around them (news-estimates-zh-hant.txt, own wording)', () => {
  const { policy, diagnostics } = ingestWith('news-estimates-zh-hant.txt', 'estimates-doc', '2025-03-01');
  it('reads years and decimals in Chinese numerals (二〇三〇年, 十一．七％) and GW, and publishes only the goals', () => {
    expect(policy.targets.map((t) => [t.value, t.unit.zh, t.year])).toEqual([[30, '%', 2030], [20, 'GW', 2026]]);
  });
  it('reads last year\'s share in its own clause and the count before a later goal as statistics, a projection as no goal (rule figure/forecast)', () => {
    const read = (rule: string) => diagnostics.filter((d) => d.rule === rule).map((d) => /: (\S+) read as/.exec(d.message)?.[1]);
    expect(read('figure/statistic')).toEqual(expect.arrayContaining(['十一．七％', '十五GW']));
    expect(read('figure/statistic')).not.toContain('三十％');
    // (the report quotes figures on the Simplified reading of a Traditional text)
    expect(read('figure/forecast')).toEqual(['二十九万辆', '五十万辆']);
  });
});

describe('a guide whose conditions follow a lead-in line (application-conditions.txt, own wording)', () => {
  const { policy, diagnostics } = ingestWith('application-conditions.txt', 'conditions-doc', 'null', true);
  it('reads the figures of the parts under 申报条件： as who qualifies, not targets; the award is support', () => {
    expect(policy.targets).toEqual([]);
    expect(policy.benefits.map((b) => [b.value, b.unit.zh])).toEqual([[5, '万元']]);
    expect(diagnostics.filter((d) => d.rule === 'figure/threshold').length).toBeGreaterThanOrEqual(2);
  });
});

describe('a Hong Kong address with reach, purse and a raised cap (hk-address-reach.txt, own wording)', () => {
  const { policy, diagnostics } = ingestWith('hk-address-reach.txt', 'hk-reach-doc', '2019-10-16');
  const read = (rule: string) => diagnostics.filter((d) => d.rule === rule).map((d) => /: (\S+) read as/.exec(d.message)?.[1]);
  it('reads the pupils a measure reaches as its reach (rule figure/reach), an earlier change and a surplus as statistics', () => {
    expect(read('figure/reach')).toEqual(['90万名']);
    expect(read('figure/statistic')).toEqual(expect.arrayContaining(['7,000个', '610亿元', '50万元']));
  });
  it('reads yearly spending as a budget and a raised cap as support, and publishes only the new places as a goal', () => {
    expect(read('figure/earmark')).toContain('1,200亿元');
    expect(policy.benefits.map((b) => [b.value, b.unit.zh, b.comparator])).toEqual(expect.arrayContaining([[2500, '港元', '='], [100, '万港元', '≤']]));
    expect(policy.targets.map((t) => [t.value, t.unit.zh])).toEqual([[1000, '个']]);
  });
});

describe('bands and rates in percentage points (measures-bands-points.txt, own wording)', () => {
  const { policy, diagnostics } = ingestWith('measures-bands-points.txt', 'bands-points-doc', 'null', true);
  it('reads a band reached and a growth rate before the grant as who qualifies', () => {
    const thresholds = diagnostics.filter((d) => d.rule === 'figure/threshold').map((d) => /: (\S+) read as/.exec(d.message)?.[1]);
    expect(thresholds).toEqual(expect.arrayContaining(['3000万元', '100%以上']));
  });
  it('grants the award, and rates in percentage points, as support; no target', () => {
    expect(policy.benefits.map((b) => [b.value, b.unit.zh])).toEqual([[8, '万元'], [5, '个百分点'], [20, '%'], [1.5, '个百分点']]);
    expect(policy.targets).toEqual([]);
  });
});

describe('a scheme\'s terms for the applicant (scheme-applicant-terms.txt, own wording)', () => {
  const { policy, diagnostics } = ingestWith('scheme-applicant-terms.txt', 'applicant-terms-doc', 'null', true);
  const read = (rule: string) => diagnostics.filter((d) => d.rule === rule).map((d) => /: (\S+) read as/.exec(d.message)?.[1]);
  it('reads a chain of conditions ending in who qualifies (之公司) and a project\'s least cost as thresholds', () => {
    expect(read('figure/threshold')).toEqual(expect.arrayContaining(['1,000万元以下', '500万元', '三亿元']));
  });
  it('reads what the applicant must put in as a term of the support, not support', () => {
    expect(read('figure/statutory-rule')).toEqual(expect.arrayContaining(['30%', '二亿元']));
    expect(policy.benefits.map((b) => [b.value, b.unit.zh])).toEqual([[8, '万元'], [70, '%'], [33.33, '%']]);
  });
});

describe('a plan\'s limits and sizes (plan-limits.txt, own wording)', () => {
  const { policy } = ingestWith('plan-limits.txt', 'plan-limits-doc', '2023-05-01');
  it('reads a limit worded as a goal as a goal (低于, 小于: <), an industry\'s size as no budget, and 目标 before a figure as a goal word', () => {
    expect(policy.targets.map((t) => [t.value, t.unit.zh, t.comparator])).toEqual([
      [43, '微克/立方米', '<'],
      [1.3, '万亿元', '>'],
      [1, '毫秒', '<'],
      [10, '毫秒', '≤'],
      [730, '万台', '='],
      [10, '个', '='],
    ]);
  });
});

describe('relief measured in time (relief-durations.txt, own wording)', () => {
  const { policy } = ingestWith('relief-durations.txt', 'relief-durations-doc', '2022-02-23');
  it('grants a year of waived fees and months of allowance (rule figure/benefit-duration), not a scheme\'s deadline extended', () => {
    expect(policy.benefits.map((b) => [b.value, b.unit.zh, b.unit.en])).toEqual([[1, '年', 'years'], [1, '个月', 'months'], [0.5, '个月', 'months']]);
  });
});

describe('a law database\'s page of one article (law-database-one-article.txt, own wording)', () => {
  const { policy, diagnostics } = ingestWith('law-database-one-article.txt', 'one-article-doc', 'null', true);
  it('reads the 法規章節 label as the article\'s number (rule markup/article-label): the items are the article\'s', () => {
    expect(policy.measures.map((m) => [...m.path, m.number].join('/'))).toEqual(['第4條/一、', '第4條/二、']);
    expect(diagnostics.some((d) => d.rule === 'markup/article-label')).toBe(true);
  });
});

describe('a Taiwan page with years of the Republic\'s count (taiwan-roc-years.txt, own wording)', () => {
  const { policy, diagnostics } = ingestWith('taiwan-roc-years.txt', 'roc-years-doc', 'null', true);
  it('reads 112年 as 2023 (rule figure/roc-year) and an age span as who qualifies', () => {
    expect(policy.targets.map((t) => [t.value, t.unit.zh, t.year])).toEqual([[1000, '辆', 2023]]);
    expect(diagnostics.filter((d) => d.rule === 'figure/roc-year').length).toBe(1);
    expect(diagnostics.filter((d) => d.rule === 'figure/threshold').map((d) => /: (\S+) read as/.exec(d.message)?.[1])).toEqual(expect.arrayContaining(['18-45岁', '46岁']));
  });
});
