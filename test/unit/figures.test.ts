import { describe, expect, it } from 'vitest';
import { benefitKind, benefitsOf, eligibilityOf, rateBasis } from '../../src/ingest/recognisers/benefits.ts';
import { classifyFigure, isPastHeading, isSupportHeading, matchFigures, oneYearPlan, statesGoal, type FigureSite } from '../../src/ingest/recognisers/figures.ts';
import { readFigures, readTargets, targetYears } from '../../src/ingest/recognisers/targets.ts';

/** The site of the first figure of a sentence (its clause: the sentence up to the next ，). */
function site(sentence: string, extra: Partial<FigureSite> = {}): FigureSite {
  const figure = matchFigures(sentence)[0]!;
  const clauseStart = sentence.lastIndexOf('，', figure.index) + 1;
  const clauseEnd = sentence.indexOf('，', figure.index);
  return { sentence, at: figure.index, clause: sentence.slice(clauseStart, clauseEnd < 0 ? undefined : clauseEnd + 1), figure, targetYear: /到20\d\d年/.test(sentence), pastYear: false, ...extra };
}
const kind = (sentence: string, extra: Partial<FigureSite> = {}) => {
  const c = classifyFigure(site(sentence, extra));
  return [c.kind, c.rule];
};

describe('matchFigures', () => {
  it('reads Arabic, Chinese numerals, shares in words and ratios, each once', () => {
    expect(matchFigures('培育企业两千家、1.28万家，占比百分之四，达到三分之一，按1:2配套，规模五千亿元').map((f) => [f.raw, f.value, f.unit, f.form])).toEqual([
      ['两千家', 2000, '家', 'chinese'],
      ['1.28万家', 1.28, '万家', 'arabic'],
      ['百分之四', 4, '%', 'share'],
      ['三分之一', 33.33, '%', 'share'],
      ['1:2', 2, '1:N', 'ratio'],
      ['五千亿元', 5000, '亿元', 'chinese'],
    ]);
  });
  it('reads no counting words as figures (一个, 两项, 三批, 千家万户, 十三五)', () => {
    expect(matchFigures('建设一个中心、两项制度、三批试点，千家万户参与，“十三五”时期')).toEqual([]);
  });
  it('reads a numeral that starts with 十 whole, and none inside another numeral or after 数/几', () => {
    expect(matchFigures('注资十五亿元，再注资十亿元').map((f) => [f.raw, f.value])).toEqual([['十五亿元', 15], ['十亿元', 10]]);
    expect(matchFigures('投入数十万元、几百万元')).toEqual([]);
  });
  it('gives numbers listed with 、 the unit of the figure the list ends with (rule figure/shared-unit)', () => {
    expect(matchFigures('审批时间分别压缩至70、40、35个工作日').map((f) => [f.raw, f.value, f.unit, f.form])).toEqual([
      ['70', 70, '个工作日', 'listed'],
      ['40', 40, '个工作日', 'listed'],
      ['35个工作日', 35, '个工作日', 'arabic'],
    ]);
    expect(matchFigures('2023、2024年新增5家').map((f) => f.raw)).toEqual(['5家']);
  });
  it('reads thousands separators, and two figures of one unit joined by 至 or a dash as one range', () => {
    expect(matchFigures('累计资助总额不得超过1,500万元')[0]).toMatchObject({ value: 1500, unit: '万元' });
    expect(matchFigures('给予1万元至3万元奖励，或3万元-5万元').map((f) => [f.value, f.valueMax, f.unit])).toEqual([[1, 3, '万元'], [3, 5, '万元']]);
    expect(matchFigures('2025年至2027年新增5家').map((f) => f.raw)).toEqual(['5家']);
  });
  it('reads tenths (五成, 3成以上) as a share, and no word that starts with 成', () => {
    expect(matchFigures('降低担保费五成，覆盖3成以上企业').map((f) => [f.raw, f.value, f.unit])).toEqual([['五成', 50, '%'], ['3成以上', 30, '%']]);
    expect(matchFigures('一成不变，建成三个中心，两成本项目，成为龙头')).toEqual([]);
  });
  it('keeps the suffix of a share (百分之十以上) and a range of Arabic numbers', () => {
    expect(matchFigures('增长百分之十以上')[0]).toMatchObject({ value: 10, suffix: '以上', unit: '%' });
    expect(matchFigures('每年认定3―5家')[0]).toMatchObject({ value: 3, valueMax: 5 });
  });
});

describe('classifyFigure: the rules in their order', () => {
  it('figure/ordinal: 第N', () => expect(kind('到2027年，举办第5次创新大会。')).toEqual(['none', 'figure/ordinal']));
  it('a condition ending its clause is a threshold without report', () => expect(kind('凡研发投入占比达到4%以上的，优先申报。')).toEqual(['threshold', null]));
  it('figure/threshold: number first in a sentence that grants support, or without a target year', () => {
    expect(kind('对投资额达到1000万元以上的项目，给予奖励。')).toEqual(['threshold', 'figure/threshold']);
    expect(kind('建设面积10万平方米以上的孵化园。')).toEqual(['threshold', 'figure/threshold']);
  });
  it('figure/threshold: a bracketed note and 部分 before the 的 of who qualifies', () => {
    expect(kind('年纳税总额200—500万元（不含本数）部分的总部经济项目，按其贡献额的95%奖励给企业。')).toEqual(['threshold', 'figure/threshold']);
    expect(kind('年纳税总额500万元以上部分的总部经济项目，按其贡献额的98%奖励给企业。')).toEqual(['threshold', 'figure/threshold']);
  });
  it('figure/instalment: a share of the support paid at a stage', () => {
    const sentence = '按建设成本的10%给予补助，实行分段支付：开工后支付20%，封顶后支付50%，竣工后支付余款';
    const figures = matchFigures(sentence);
    const at = (raw: string) => classifyFigure({ ...site(sentence), at: sentence.indexOf(raw), figure: figures.find((f) => f.raw === raw)! });
    expect([at('10%').kind, at('20%').rule, at('50%').rule]).toEqual(['benefit', 'figure/instalment', 'figure/instalment']);
    // paying out a share to the applicant is support (按贡献额的50%支付给企业 is no stage)
    expect(kind('对企业给予奖励，按其贡献额支付50%。')[1]).not.toBe('figure/instalment');
  });
  it('number first with a target year and no support is a target (rule figure/number-first)', () => {
    expect(kind('到2027年，90%以上的研发机构设立在企业。')).toEqual(['target', null]);
  });
  it('figure/benefit: money, a share or a ratio with a word that grants support', () => {
    expect(kind('对新认定的企业，最高给予100万元奖励。')).toEqual(['benefit', 'figure/benefit']);
    expect(kind('给予不超过100万元的资助。')).toEqual(['benefit', 'figure/benefit']);
    expect(kind('按设备投资额的5%给予补助。')).toEqual(['benefit', 'figure/benefit']);
    expect(kind('市财政以1:1配套。')).toEqual(['benefit', 'figure/benefit']);
  });
  it('keeps a target a target when the support word stands in another clause of a sentence with a target year', () => {
    expect(kind('到2027年，全市研发投入超过1000亿元，对企业给予奖励。')).toEqual(['target', null]);
    expect(kind('到2027年，全市企业研发投入超过1000亿元。')).toEqual(['target', null]);
  });
  it('a ratio without support is nothing', () => expect(kind('男女比例为1:1。')).toEqual(['none', null]));
  it('figure/statistic: 目前, 已…, a past year, a past part', () => {
    expect(kind('目前，全市已培育高新技术企业4762家。')).toEqual(['statistic', 'figure/statistic']);
    expect(kind('2023年全市高新技术企业达到6348家。', { targetYear: false, pastYear: true })).toEqual(['statistic', 'figure/statistic']);
    expect(kind('到2027年，全市已有企业达到8000家。')).toEqual(['target', null]); // a target year holds: 已 does not decide
  });
  it('figure/earmark and figure/statutory-rule', () => {
    expect(kind('科研项目资金的70%以上用于支持企业。')).toEqual(['rule', 'figure/earmark']);
    expect(kind('每次授予人数不超过2名。')).toEqual(['rule', 'figure/statutory-rule']);
    expect(kind('到2025年，单位产值能耗控制在5%以内。')).toEqual(['target', null]);
  });
});

describe('classifyFigure and benefitsOf on 若干措施 wording (own examples)', () => {
  const read = (text: string) => benefitsOf(readFigures(text).others).map((b) => [b.kind, b.value, b.unit, b.comparator, b.basis, b.eligibility]);
  it('reads one-off awards in each clause of a ；-list', () => {
    expect(read('对首次认定的高新技术企业，给予一次性奖励20万元；对重新认定的，给予10万元奖励。')).toEqual([
      ['award', 20, '万元', '=', null, null],
      ['award', 10, '万元', '=', null, null],
    ]);
  });
  it('reads a capped rate above a threshold, an interest subsidy as a share, a matching ratio 的比例', () => {
    expect(read('对年度研发投入超过1亿元的企业，按研发投入的3%给予后补助，最高不超过1000万元。')).toEqual([
      ['subsidy', 3, '%', '=', '研发投入', '年度研发投入超过1亿元的企业'],
      ['subsidy', 1000, '万元', '≤', null, '年度研发投入超过1亿元的企业'],
    ]);
    expect(read('知识产权质押融资，按贷款利息给予不超过50%的贴息。')).toEqual([['interest-subsidy', 50, '%', '≤', null, null]]);
    expect(read('按照1:1的比例给予配套资助。')).toEqual([['grant', 1, '1:N', '=', null, null]]);
  });
  it('reads support caps, a monthly allowance and tax rates', () => {
    expect(read('单个项目支持金额原则上不超过300万元。')).toEqual([['grant', 300, '万元', '≤', null, null]]);
    expect(read('给予每人每月2000元生活补贴。')).toEqual([['subsidy', 2000, '元', '=', null, null]]);
    expect(read('减按15%的税率征收企业所得税。')).toEqual([['tax', 15, '%', '=', null, null]]);
    expect(read('研发费用按100%在税前加计扣除。')).toEqual([['tax', 100, '%', '=', null, null]]);
  });
  it('leaves the goals of an action plan to the targets', () => {
    const { targets, others } = readFigures('到2025年，全市技术合同成交额达到1000亿元，企业研发投入占比达到75%。');
    expect(targets.map((t) => t.value)).toEqual([1000, 75]);
    expect(others).toEqual([]);
  });
});

describe('isPastHeading', () => {
  it('knows the headings that review where things stand', () => {
    for (const t of ['发展基础', '发展现状', '发展成效', '基本情况', '现状与形势', '发展基础和面临形势']) expect(isPastHeading(t), t).toBe(true);
    for (const t of ['发展目标', '重点任务', '保障措施', null, '夯实发展基础']) expect(isPastHeading(t), String(t)).toBe(false);
  });
});

describe('benefits', () => {
  it('benefitKind: the clause first, most specific word first', () => {
    expect(benefitKind('按贷款利息的50%给予贴息', '')).toBe('interest-subsidy');
    expect(benefitKind('最高不超过500万元', '按5%给予奖励，最高不超过500万元')).toBe('award');
    expect(benefitKind('最高可申领20万元', '发放科技创新券，最高可申领20万元')).toBe('voucher');
    expect(benefitKind('给予一次性100万元', '给予一次性100万元')).toBe('other');
  });
  it('rateBasis: what a rate is a share of, null when not in that form', () => {
    expect(rateBasis('对企业，按其研发投入增量的')).toBe('研发投入增量');
    expect(rateBasis('资助金额不超过核定经费的')).toBe('核定经费');
    expect(rateBasis('收益比例不低于')).toBeNull();
  });
  it('benefitsOf ties a threshold of the same sentence before the benefit as its eligibility', () => {
    const { others } = readFigures('对投资额达到1000万元以上的项目，按设备投资额的5%给予奖励，最高不超过500万元。对其他项目，给予10万元补助。');
    const b = benefitsOf(others);
    expect(b.map((x) => [x.value, x.unit, x.comparator, x.eligibility])).toEqual([
      [5, '%', '=', '投资额达到1000万元以上的项目'],
      [500, '万元', '≤', '投资额达到1000万元以上的项目'],
      [10, '万元', '=', null],
    ]);
    expect(eligibilityOf(others.find((o) => o.kind === 'threshold')!)).toBe('投资额达到1000万元以上的项目');
  });
});

describe('figures of a Traditional-character text (rule figure/traditional-folded)', () => {
  it('reads 萬元 benefits and targets on the Simplified reading, quoting the text as printed', async () => {
    const { readTargets } = await import('../../src/ingest/recognisers/targets.ts');
    const { benefitsOf } = await import('../../src/ingest/recognisers/benefits.ts');
    const text = '對於投資額達到1000萬元以上的項目，按設備投資額的5%給予獎勵，最高不超過100萬元。到2027年，全市高新技術企業達到1.2萬家。';
    const read = readTargets(text, { taskYear: null });
    expect(read.folded).toBe(true);
    expect(read.targets.map((t) => [t.value, t.unit, t.year])).toEqual([[1.2, '万家', 2027]]);
    expect(read.targets[0]!.quote).toContain('高新技術企業');
    const benefits = benefitsOf(read.others);
    expect(benefits.map((b) => [b.value, b.unit, b.comparator])).toEqual([[5, '%', '='], [100, '万元', '≤']]);
    expect(benefits[0]!.quote).toBe(text.slice(0, text.indexOf('。') + 1));
    expect(benefits[0]!.basis).toBe('設備投資額');
    expect(benefits[0]!.eligibility).toBe('投資額達到1000萬元以上的項目');
  });

  it('leaves a Simplified text as it is', async () => {
    const { readTargets } = await import('../../src/ingest/recognisers/targets.ts');
    expect(readTargets('给予最高100万元补助。', { taskYear: null }).folded).toBe(false);
    // a document detected as Simplified is not converted at all (a stray 萬 stays as printed)
    expect(readTargets('给予最高100萬元补助。', { taskYear: null, traditional: false }).folded).toBe(false);
  });
});

describe('undated figures outside a plan (rule figure/undated-no-goal)', () => {
  it('tells a plan by its dated goals or period, and goal wording before a figure', async () => {
    const { readsAsPlan, statesGoal } = await import('../../src/ingest/recognisers/figures.ts');
    expect(readsAsPlan('到2027年，全市高新技术企业达到1.2万家')).toBe(true);
    expect(readsAsPlan('重庆市科技创新行动方案（2023—2027年）')).toBe(true);
    expect(readsAsPlan('云岭市2025年科技工作要点')).toBe(true);
    expect(readsAsPlan('2025年3月27日，区卫生健康局召开推进会，共88人参加')).toBe(false);
    expect(statesGoal('审批时间分别压缩至')).toBe(true);
    expect(statesGoal('消息指活动预计花费约')).toBe(false);
    // an increase said with intent, and 目标 before the figure, state a goal; one said of last year does not
    expect(statesGoal('亦会加强课余托管服务，包括增加')).toBe(true);
    expect(statesGoal('能源署估算，计画目标总计汰换')).toBe(true);
    expect(statesGoal('绿能发电量年增加')).toBe(false);
    expect(statesGoal('不可能单靠风电完成净零碳排目标，也配合地矿中心选定')).toBe(false);
  });
});

describe('a count of the list before it (rule figure/list-count)', () => {
  it('is not a target; a goal after a list still is', async () => {
    const { readTargets } = await import('../../src/ingest/recognisers/targets.ts');
    const count = readTargets('围绕工业软件、电子器件、智能制造等十个产业方向，构建产业技术创新体系。', { taskYear: null });
    expect(count.targets).toEqual([]);
    expect(count.others.map((o) => o.rule)).toEqual(['figure/list-count']);
    expect(readTargets('到2027年，培育软件、电子等领域企业达到500家。', { taskYear: null }).targets.map((t) => t.value)).toEqual([500]);
  });
  it('counts firms after a list of kinds as a goal, and the document\'s own size and its 具体措施 as no goal', async () => {
    const { readTargets } = await import('../../src/ingest/recognisers/targets.ts');
    const goal = readTargets('到2027年，新增单项冠军、独角兽和科创上市企业等10家。', { taskYear: null });
    expect(goal.targets.map((t) => [t.value, t.unit])).toEqual([[10, '家']]);
    const size = readTargets('到2027年，方案分总体目标、主要任务、保障机制3部分40条，推动6大重点行动28项具体措施。', { taskYear: null });
    expect(size.targets).toEqual([]);
    expect(size.others.map((o) => [o.figure.raw, o.rule])).toEqual([
      ['40条', 'figure/list-count'],
      ['28项', 'figure/list-count'],
    ]);
  });
});

describe('funds set aside for a use (rule figure/earmark)', () => {
  it('is neither a target nor a benefit, even in a sentence that grants support', async () => {
    const { readTargets } = await import('../../src/ingest/recognisers/targets.ts');
    const { benefitsOf } = await import('../../src/ingest/recognisers/benefits.ts');
    const read = readTargets('每年安排10万元额度用于支持开展电商培训，对新认定企业给予5万元奖励。', { taskYear: null });
    expect(read.targets).toEqual([]);
    expect(read.others.map((o) => [o.figure.value, o.rule])).toEqual([[10, 'figure/earmark'], [5, 'figure/benefit']]);
    expect(benefitsOf(read.others).map((b) => b.value)).toEqual([5]);
  });
});

describe('thresholds (rule figure/threshold)', () => {
  it('reads who qualifies after a verb of reaching, and every figure of a list ending in one', async () => {
    const { readTargets } = await import('../../src/ingest/recognisers/targets.ts');
    const reached = readTargets('到2025年，对纳税过1亿元的企业给予表彰，全市规上企业达到500家。', { taskYear: null });
    expect(reached.targets.map((t) => t.value)).toEqual([500]);
    expect(reached.others.map((o) => [o.figure.value, o.kind])).toEqual([[1, 'threshold']]);
    const list = readTargets('对年销售收入首次突破1000万元、2000万元、5000万元的企业，分别给予10万元、20万元、30万元奖励。', { taskYear: null });
    expect(list.others.map((o) => [o.figure.value, o.kind])).toEqual([[1000, 'threshold'], [2000, 'threshold'], [5000, 'threshold'], [10, 'benefit'], [20, 'benefit'], [30, 'benefit']]);
  });
});

describe('a span of time within which something is done (rule figure/time-limit)', () => {
  it('is no target; a time limit a goal sets still is', async () => {
    const { readTargets } = await import('../../src/ingest/recognisers/targets.ts');
    const read = readTargets('到2025年，6个月内启动项目建设，审批时间压缩至20个工作日以内。', { taskYear: null });
    expect(read.targets.map((t) => [t.value, t.unit])).toEqual([[20, '个工作日']]);
    expect(read.others.map((o) => o.rule)).toEqual(['figure/time-limit']);
  });
});

describe('figures of support schemes, plans and Hong Kong texts (fifth trial)', () => {
  const read = (text: string, issuedYear: number | null = null) => readFigures(text, { taskYear: null, issuedYear });
  const others = (text: string, issuedYear: number | null = null) => read(text, issuedYear).others.map((o) => [o.figure.value, o.kind, o.rule]);

  it('reads an amount right after a verb of granting as granted, whatever noun follows its 的', () => {
    expect(others('对获奖企业给予一次性10万元的落户奖金支持。')).toEqual([[10, 'benefit', 'figure/benefit']]);
    expect(others('一次性给予5万元的就业补贴。')).toEqual([[5, 'benefit', 'figure/benefit']]);
    // a threshold stays one: the verb of granting is not right before it
    expect(others('对投资额达到1000万元以上的项目给予补助。')).toEqual([[1000, 'threshold', 'figure/threshold']]);
  });

  it('reads a capped sum a scheme sets aside every year as support, and its caps on how many as rules', () => {
    expect(others('每年安排最高100万元经费支持服务中心建设。')).toEqual([[100, 'benefit', 'figure/benefit']]);
    expect(others('给予一次性10万元的落户奖金支持，每年获支持企业数量最多不超过10个。')).toEqual([
      [10, 'benefit', 'figure/benefit'],
      [10, 'rule', 'figure/statutory-rule'],
    ]);
    expect(others('奖励600万元/家，每年200万元。')).toEqual([
      [600, 'benefit', 'figure/benefit'],
      [200, 'benefit', 'figure/benefit'],
    ]);
    // a dated goal with a cap is still a goal
    expect(read('到2025年，给予支持的项目不超过50个。').targets.map((t) => t.value)).toEqual([50]);
  });

  it('takes out counts of a plan\'s own parts and the ordinals of meetings', () => {
    expect(others('到2025年，实施十项工程、15项重大工程。').map((o) => o[2])).toEqual(['figure/list-count', 'figure/list-count']);
    expect(others('贯彻市委十四届十次全会精神，到2025年新增企业100家。')).toEqual([[10, 'none', 'figure/ordinal']]);
    expect(read('到2025年，新增项目100个。').targets.map((t) => t.value)).toEqual([100]);
  });

  it('reads a budget and an amount before a change as no support', () => {
    expect(others('建议增加350亿元信贷保证承担额。')).toEqual([[350, 'rule', 'figure/earmark']]);
    expect(others('每月津贴增至18,000元（之前的每月津贴为16,000元）。')).toEqual([
      [18000, 'benefit', 'figure/benefit'],
      [16000, 'statistic', 'figure/statistic'],
    ]);
  });

  it('reads 百分百, a tolerance (28±2%), 余 (more than) and the currencies of Hong Kong and Taiwan', () => {
    expect(matchFigures('八成、九成及百分百信贷保证').map((f) => [f.value, f.unit])).toEqual([[80, '%'], [90, '%'], [100, '%']]);
    expect(matchFigures('减量28±2%，支持1000余家').map((f) => [f.value, f.unit, f.suffix])).toEqual([[28, '%', null], [1000, '家', '余']]);
    expect(read('到2025年，支持1000余家企业。').targets.map((t) => t.comparator)).toEqual(['>']);
    expect(matchFigures('新资源约1,500亿港元，补贴3万新台币').map((f) => [f.value, f.unit])).toEqual([[1500, '亿港元'], [3, '万新台币']]);
    expect(others('每间企业资助上限倍增至40万港元。')).toEqual([[40, 'benefit', 'figure/benefit']]);
  });

  it('dates a five-year plan period by its last year, and an estimate is no goal', () => {
    expect(read('到“十四五”末，数字经济核心产业增加值达到7000亿元。').targets.map((t) => [t.value, t.year])).toEqual([[7000, 2025]]);
    expect(others('“十三五”期间，培育千亿元级企业1家。', 2021)).toEqual([[1, 'statistic', 'figure/statistic']]);
    expect(others('预计2021年全省数字经济增加值超2.3万亿元。')).toEqual([[2.3, 'statistic', 'figure/statistic']]);
    expect(read('预计到2025年，带动投资100亿元。').targets.map((t) => t.year)).toEqual([2025]);
  });
});

describe('oneYearPlan: the year in brackets after the plan words (dev11a)', () => {
  it('reads 市政府工作报告重点工作责任分解（2023年） as a plan of 2023', () => {
    expect(oneYearPlan('市政府工作报告重点工作责任分解(2023年)')).toBe(2023);
    expect(oneYearPlan('某市科技创新规划（2021—2025年）')).toBeNull();
  });
});

describe('oneYearPlan (rule period-year from the title)', () => {
  it('reads the year of a plan of one year, and none from a span or another kind of text', async () => {
    const { oneYearPlan } = await import('../../src/ingest/recognisers/figures.ts');
    expect(oneYearPlan('批转市发改委关于2025年全市国民经济和社会发展计划报告的通知')).toBe(2025);
    expect(oneYearPlan('2025年省《政府工作报告》重点工作分工方案')).toBe(2025);
    expect(oneYearPlan('科学技术局2024年度工作计划')).toBe(2024);
    expect(oneYearPlan('重庆市科技创新行动计划（2023—2027年）')).toBeNull();
    expect(oneYearPlan('关于2025年度高新技术企业认定的通知')).toBeNull();
  });
});

describe('a budget allocated (rule figure/earmark)', () => {
  it('is no target and no benefit', () => {
    const read = readFigures('到2025年，安排省级财政资金1042.8亿元，供应建设用地35万亩以上。', { taskYear: null });
    expect(read.others.map((o) => [o.figure.value, o.rule])).toEqual([[1042.8, 'figure/earmark']]);
    expect(read.targets.map((t) => t.value)).toEqual([35]);
  });
});

describe('amounts as Hong Kong, Taiwan and news pages write them (sixth trial)', () => {
  const read = (text: string) => readFigures(text, { taskYear: null, issuedYear: null });
  const others = (text: string) => read(text).others.map((o) => [o.figure.value, o.figure.unit, o.kind]);

  it('reads numbers written across 万 and 亿, and currencies written before the amount', () => {
    expect(matchFigures('累计辅导22万3,676家，共124万4000多家').map((f) => [f.value, f.unit, f.suffix])).toEqual([
      [223676, '家', null],
      [1244000, '家', '余'],
    ]);
    expect(matchFigures('3亿5000万元，新台币1亿2,000万，最高为HK$2,000,000').map((f) => [f.value, f.unit])).toEqual([
      [35000, '万元'],
      [12000, '万新台币'],
      [2000000, '港元'],
    ]);
    // a ratio of 配对 puts the support first (the Technology Voucher Programme's 2:1: the firm pays a third)
    expect(matchFigures('按2比1配对').map((f) => [f.value, f.unit, f.ratioOrder])).toEqual([[2, '1:N', 'support first (配对)']]);
  });

  it('reads a full-width ％, a range of tenths and a unit per cubic metre', () => {
    const read = (text: string) => matchFigures(text).map((f) => [f.raw, f.value, f.valueMax, f.unit]);
    expect(read('利率上限2.22％')).toEqual([['2.22％', 2.22, null, '%']]);
    expect(read('保证成数8至9成')).toEqual([['8至9成', 80, 90, '%']]);
    expect(read('按0.2元/立方米减免')).toEqual([['0.2元/立方米', 0.2, null, '元/立方米']]);
  });

  it('reads a loan scheme\'s amounts as support, and what has been lent so far as a statistic', () => {
    expect(others('提供最高3500万元贷款额度、利率上限2.22％，目前已申贷562件，申贷金额54.9亿元。')).toEqual([
      [3500, '万元', 'benefit'],
      [2.22, '%', 'benefit'],
      [562, '件', 'statistic'],
      [54.9, '亿元', 'statistic'],
    ]);
  });

  it('reads the share of a loan the government guarantees as support', () => {
    expect(others('将八成担保产品的申请期延长两年。')).toEqual([[80, '%', 'benefit']]);
    expect(others('保证成数8至9成，由政府承担。')).toEqual([[80, '%', 'benefit']]);
    // a goal that names a guarantee is still a goal
    expect(others('到2027年，担保覆盖率达到八成担保。')).toEqual([]);
  });

  it('reads a matching ratio as the support per 1 of the applicant\'s own (rule figure/matching-ratio)', async () => {
    const read = (text: string) => matchFigures(text).map((f) => [f.raw, f.value, f.ratioOrder]);
    expect(read('以3(政府):1(企业/机构)配对模式为项目提供资助')).toEqual([['3(政府):1(企业/机构)', 3, 'labelled']]);
    expect(read('以1(政府):2(机构)的配对比例')).toEqual([['1(政府):2(机构)', 0.5, 'labelled']]);
    expect(read('给予1:0.5的配套资金奖励')).toEqual([['1:0.5', 0.5, 'base first']]);
    expect(read('按1元对1元的等额出资方式')).toEqual([['1元对1元', 1, 'base first']]);
    // 1对1 (one to one) with no 元 is a word, not a ratio
    expect(read('开展1对1辅导')).toEqual([]);
    // a ratio with a full-width colon is read whole (its colon is no clause break)
    const { readTargets } = await import('../../src/ingest/recognisers/targets.ts');
    const benefits = (text: string) => readTargets(text, { taskYear: null }).others.filter((o) => o.kind === 'benefit').map((o) => [o.figure.raw, o.figure.value]);
    expect(benefits('按照1：1的比例给予配套资助。')).toEqual([['1：1', 1]]);
    // a ratio before 的 and a cap after 获得最高 are support (not who qualifies, not an amount received)
    expect(benefits('每个获批项目会按1元对1元的等额出资方式，获得最高1,000万元资助。')).toEqual([['1元对1元', 1], ['1,000万元', 1000]]);
    expect(benefits('并拨款1.8亿元以1（政府）：2（机构）的配对比例，资助上限为3,000万元。')).toEqual([['1（政府）：2（机构）', 0.5], ['3,000万元', 3000]]);
  });

  it('reads fee concessions and matching ratios as support, and the value a change starts from as where things stood', () => {
    expect(others('政府会宽减非住宅用户50%的水费。')).toEqual([[50, '%', 'benefit']]);
    expect(others('科技券计划会以2:1的配对模式，提供资助。')).toEqual([[2, '1:N', 'benefit']]);
    expect(others('每家企业的资助上限将从原来的100万港元增至200万港元。')).toEqual([
      [100, '万港元', 'statistic'],
      [200, '万港元', 'benefit'],
    ]);
    expect(others('把资助上限由目前的二十万元加倍至四十万元。').map((o) => o[2])).toEqual(['statistic', 'benefit']);
  });

  it('reads the size of a fund or a budget as set aside, not granted nor a goal', () => {
    expect(others('向专项基金注资10亿元，提供资助。').map((o) => o[2])).toEqual(['rule']);
    expect(others('减碳行动计划编列422亿元，加计特种基金480亿元，用于补助。').map((o) => o[2])).toEqual(['rule', 'rule']);
    expect(others('会额外预留300亿元，每年平均约为1,200亿元。')[0]).toEqual([300, '亿元', 'rule']);
    // a cap on support stays support
    expect(others('累计资助总额不得超过1,500万元。')).toEqual([[1500, '万元', 'benefit']]);
  });

  it('reads what an applicant must put in as a rule, and a span\'s start year as no target year', () => {
    expect(others('申请企业必须以现金投入不少于核准项目总成本三分之一的资金。')).toEqual([[33.33, '%', 'rule']]);
    expect(read('由2020年至今年5月底，共批准3.6亿元。').targets).toEqual([]);
  });
});

describe('periods, brackets and goal verbs (sixth trial)', () => {
  const read = (text: string) => readFigures(text, { taskYear: null, issuedYear: null });
  it('dates the figures of a sentence a period opens by its end, and reads no comparator from brackets', () => {
    expect(read('2021—2025年，分三批（每批不超过三年）重点支持1000余家企业。').targets.map((t) => [t.value, t.comparator, t.year])).toEqual([[1000, '>', 2025]]);
    // a period in brackets (a plan's span) still dates nothing
    expect(read('行动计划（2015—2020年）提出培育100家企业。').targets.map((t) => t.year)).toEqual([null]);
  });
  it('reads 岁 as a unit', () => {
    expect(read('到2030年，人均预期寿命达到80岁。').targets.map((t) => [t.value, t.unit, t.year])).toEqual([[80, '岁', 2030]]);
  });
  it('counts 新开通 among the words that state a goal', async () => {
    const { statesGoal } = await import('../../src/ingest/recognisers/figures.ts');
    expect(statesGoal('新开通5G基站')).toBe(true);
    expect(statesGoal('全省共有5G基站')).toBe(false);
  });
});

describe('documentCurrency (rule figure/currency)', () => {
  it('gives plain 元 the currency of the place the title or issuer names', async () => {
    const { documentCurrency } = await import('../../src/ingest/recognisers/figures.ts');
    expect(documentCurrency('香港', '', false)).toEqual({ currency: '港元', place: 'Hong Kong' });
    expect(documentCurrency('行政院', '', true)).toEqual({ currency: '新台币', place: 'Taiwan' });
    expect(documentCurrency('澳门', '', false)).toEqual({ currency: '澳门元', place: 'Macao' });
    // a mainland place, or a Simplified text that names none: renminbi
    expect(documentCurrency('广州', '支持香港青年，香港特区政府', false)).toBeNull();
    expect(documentCurrency(null, '支持香港青年，香港特区政府', false)).toBeNull();
  });
  it('places a Traditional text that names no place by the place it names most, at least twice', async () => {
    const { documentCurrency } = await import('../../src/ingest/recognisers/figures.ts');
    expect(documentCurrency(null, '特区政府宣布，香港中小企可获资助', true)).toEqual({ currency: '港元', place: 'Hong Kong' });
    expect(documentCurrency(null, '行政院会今天通过，香港', true)).toBeNull();
  });
  it('reads what has been granted so far as a statistic, not an offer', () => {
    const read = readFigures('截至9月14日，已批出5,253宗补助金申请，总金额约2.62亿元。', { taskYear: null });
    expect(read.others.map((o) => [o.figure.value, o.kind])).toEqual([[2.62, 'statistic']]);
  });
});

describe('a level reached or an increment before the support it earns (rule figure/threshold)', () => {
  it('is the condition of that support, not support', () => {
    const read = (text: string) => readFigures(text, { taskYear: null }).others.map((o) => [o.figure.value, o.kind]);
    expect(read('营业收入首次超过2000万元，给予10万元奖励。')).toEqual([[2000, 'threshold'], [10, 'benefit']]);
    expect(read('按照产值每新增1000万元奖励2万元的标准给予奖励。')).toEqual([[1000, 'threshold'], [2, 'benefit']]);
    // a cap (不超过) is the support itself
    expect(read('单家企业奖励最高不超过100万元，对新认定企业给予5万元奖励。')).toEqual([[100, 'benefit'], [5, 'benefit']]);
  });
});

describe('a cap in a part of a sentence whose other part grants the support (rule figure/benefit)', () => {
  it('is support too', () => {
    const read = readFigures('每年每单位最高以补助三十万元为原则；但有对等以上自筹款者以五十万元为限。', { taskYear: null });
    expect(read.others.map((o) => [o.figure.value, o.kind])).toEqual([[30, 'benefit'], [50, 'benefit']]);
    // a dated goal's sentence keeps its figures goals
    expect(readFigures('到2025年，对企业给予补助；全市研发投入不超过500亿元。', { taskYear: null }).targets.map((t) => t.value)).toEqual([500]);
  });
});

describe('shares and multiples in words (seventh trial)', () => {
  // readTargets reads a Traditional text folded, as the ingest does
  const others = (text: string) => readTargets(text, { taskYear: null, issuedYear: null }).others.map((o) => [o.figure.value, o.figure.unit, o.kind]);

  it('reads 全数/全额 before support, 一半 of a cost, 减半 and 双倍 as rates of support', () => {
    expect(others('合資格場地可獲全數場租資助。')).toEqual([[100, '%', 'benefit']]);
    expect(others('其後的展覽可獲場租一半的資助。')).toEqual([[50, '%', 'benefit']]);
    expect(others('对获得省级奖励的县，给予双倍奖励。')).toEqual([[2, '倍', 'benefit']]);
    expect(others('对小微企业房产税减半征收，给予补贴。')).toEqual([[50, '%', 'benefit']]);
  });

  it('reads no share from a count (超过一半的企业) nor from 全数 without support (全数通过)', () => {
    expect(matchFigures('超过一半的企业没有申请贷款，议案全数通过。')).toEqual([]);
  });
});

describe("the size of a scheme and a budget's new total (rule figure/earmark, seventh trial)", () => {
  const others = (text: string) => readTargets(text, { taskYear: null, issuedYear: null }).others.map((o) => [o.figure.value, o.kind, o.rule]);

  it('reads 5亿元科技券计划 and a guarantee commitment raised to a total as funds set aside, the grant of the scheme as support', () => {
    expect(others('创新科技署宣布，5亿元科技券计划现正接受申请，每家企业可获最高40万元资助。')).toEqual([
      [5, 'rule', 'figure/earmark'],
      [40, 'benefit', 'figure/benefit'],
    ]);
    expect(others('计划下的总信贷保证承担额将额外增加100亿元，至2900亿元，为企业提供贷款担保。').map((o) => o[2])).toEqual(['figure/earmark', 'figure/earmark']);
  });

  it('keeps support granted within a budget a benefit', () => {
    expect(others('在年度预算内给予每家企业最高50万元资助。')).toEqual([[50, 'benefit', 'figure/benefit']]);
  });
});

describe('news pages of support schemes (eighth trial)', () => {
  const read = (text: string) => readTargets(text, { taskYear: null, issuedYear: null });
  const others = (text: string) => read(text).others.map((o) => [o.figure.value, o.kind, o.rule]);

  it('reads investment a measure is expected to bring as its goal, and investment brought so far as a statistic (rule figure/leveraged)', async () => {
    const { statesGoal } = await import('../../src/ingest/recognisers/figures.ts');
    const t = read('经济部提供设备汰旧换新补助，最高补助300万元，预计带动9亿元投资额，可促进300家业者转型升级。');
    expect(t.targets.map((x) => [x.value, x.unit])).toEqual([[9, '亿元'], [300, '家']]);
    expect(t.others.map((o) => [o.figure.value, o.kind])).toEqual([[300, 'benefit']]);
    expect(others('截至去年底，该计划已带动企业投资50亿元，给予补助。')).toEqual([[50, 'statistic', 'figure/leveraged']]);
    // an expected effect states a goal in an undated text; a forecast of spending does not
    expect([statesGoal('经济部提供补助，预计带动'), statesGoal('消息指活动预计花费约')]).toEqual([true, false]);
  });

  it('reads 投资总额在…以上 as who qualifies, a rate before 的投资补助 as support, and a budget for awards as an earmark', () => {
    expect(others('对新入区项目，投资总额在1亿元以上，按照双向约束原则，给予企业固定资产投资额5%的投资补助，最高不超过2000万元。')).toEqual([
      [1, 'threshold', 'figure/threshold'],
      [5, 'benefit', 'figure/benefit'],
      [2000, 'benefit', 'figure/benefit'],
    ]);
    expect(others('市财政安排200万元对重点项目进行奖补，给予每个项目20万元一次性奖补。')).toEqual([
      [200, 'rule', 'figure/earmark'],
      [20, 'benefit', 'figure/benefit'],
    ]);
  });

  it('reads how many firms apply together as who qualifies for a cap (rule figure/threshold)', () => {
    expect(others('单一企业最高补助100万元，2家厂商联合申请，补助上限可至200万元。')).toEqual([
      [100, 'benefit', 'figure/benefit'],
      [2, 'threshold', 'figure/threshold'],
      [200, 'benefit', 'figure/benefit'],
    ]);
  });
});

describe('amounts as Hong Kong and Taiwan pages print them (eighth trial)', () => {
  const values = (text: string) => matchFigures(text).map((f) => [f.value, f.unit]);
  it('reads numerals written against alteration before 万, 亿 or 元, a bare $ before an amount, tenths with a decimal and 1比2', () => {
    expect(values('每一事业最高新台币伍百万元，壹仟贰佰元，队伍100人')).toEqual([[500, '万元'], [1200, '元'], [100, '人']]);
    expect(values('80%担保贷款（上限$1,800万）')).toEqual([[80, '%'], [1800, '万元']]);
    expect(values('信用保证成数九点五成')).toEqual([[95, '%']]);
  });

  it('reads the value of an index after its name and a verb of reaching as a number without unit', () => {
    expect(matchFigures('区域科技创新指数达到160以上，综合评分提高到85。').map((f) => [f.value, f.unit, f.suffix])).toEqual([[160, '', '以上'], [85, '', null]]);
    expect(readTargets('到2027年，区域科技创新指数达到160以上。', { taskYear: null, issuedYear: 2023 }).targets.map((t) => [t.value, t.unit, t.comparator, t.year])).toEqual([[160, '', '≥', 2027]]);
    // a unit after the number is the figure's own
    expect(values('指数达到160家')).toEqual([[160, '家']]);
  });

  it('reads a ratio by the sides named in order before it (政府与企业以1比2)', () => {
    expect(matchFigures('政府与企业以1比2的出资比例').map((f) => [f.value, f.ratioOrder])).toEqual([[0.5, 'labelled']]);
    expect(matchFigures('企业与政府按2:1出资').map((f) => [f.value, f.ratioOrder])).toEqual([[0.5, 'labelled']]);
  });

  it('reads a combined cap as support, a loan line and a cap before 的 as offers, a past year in the clause as a statistic', () => {
    const others = (text: string) => readTargets(text, { taskYear: null, issuedYear: null }).others.map((o) => [o.figure.value, o.kind]);
    expect(others('80%担保贷款及90%信贷担保产品的合计上限为$1,800万。')).toEqual([[80, 'benefit'], [90, 'benefit'], [1800, 'benefit']]);
    expect(others('除原有最高二〇〇万元的贷款额度外，可以申请最高一〇〇万元的创业准备金。')).toEqual([[200, 'benefit'], [100, 'benefit']]);
    expect(others('去年每8辆新私家车即有一辆为电动车。')).toEqual([[8, 'statistic']]);
  });
});

describe('Hong Kong budget and scheme wording (eighth trial, dev8)', () => {
  it('reads a ratio whose sides are named before their numbers, and tax reliefs as support', () => {
    expect(matchFigures('政府会以政府1比服务机构2的配对比例提供资助').map((f) => [f.value, f.ratioOrder])).toEqual([[0.5, 'labelled']]);
    const others = (text: string) => readTargets(text, { taskYear: null, issuedYear: null }).others.map((o) => [o.figure.value, o.kind]);
    expect(others('扣减薪俸税一半金额，以1.5万元为上限。')).toEqual([[1.5, 'benefit']]);
    expect(others('子女免税额由4万元增至5万元。')).toEqual([[4, 'statistic'], [5, 'benefit']]);
  });
});

describe('conditions of an award, support headings and a policy’s parts (ninth trial, dev7–dev8)', () => {
  const others = (text: string, context: Parameters<typeof readTargets>[1] = { taskYear: null, issuedYear: null }) =>
    readTargets(text, context).others.map((o) => [o.figure.value, o.kind]);
  it('reads a count of at least N before support granted later in its sentence as that support’s condition', () => {
    expect(others('每个街区新增市场主体不少于100户，给予每个街区50万元奖励。')).toEqual([[100, 'threshold'], [50, 'benefit']]);
    expect(others('打造平台且新增市场主体200个以上，分别给予100万元奖励。')).toEqual([[200, 'threshold'], [100, 'benefit']]);
    // a count after 每新增 is what the support is paid per
    expect(kind('每新增1个市级以上龙头企业的，奖励县区。')).toEqual(['threshold', 'figure/threshold']);
    // a dated goal beside a grant stays a goal
    expect(readTargets('到2027年，新增市场主体不少于100户，给予每个街区50万元奖励。', { taskYear: null, issuedYear: 2024 }).targets.map((t) => t.value)).toEqual([100]);
    // a count with no level of at least N is not read as a condition
    expect(kind('新增市场主体100户，给予50万元奖励。')[1]).not.toBe('figure/threshold');
  });

  it('reads money under a heading that names support as that support, not a reserved share of a fund', () => {
    expect(others('每一事业最高新台币500万元。')).toEqual([[500, 'rule']]);
    expect(others('每一事业最高新台币500万元。', { taskYear: null, issuedYear: null, supportSection: true })).toEqual([[500, 'benefit']]);
    expect(others('用于小企业的资金比例应当不低于三分之一。', { taskYear: null, issuedYear: null, supportSection: true })).not.toContainEqual([33.33, 'benefit']);
    expect(isSupportHeading('贷款额度')).toBe(true);
    expect(isSupportHeading('补助标准')).toBe(true);
    expect(isSupportHeading('承贷金融机构')).toBe(false);
  });

  it('reads a figure of a year things have run since as where things stand (2018年开办以来，已投资296家)', () => {
    expect(others('创业天使投资方案2018年5月开办以来，截至今年10月底，已通过投资296家新创事业。', { taskYear: null, issuedYear: null })).toEqual([[296, 'statistic']]);
    expect(others('累积投资家数已达505家。')).toEqual([[505, 'statistic']]);
  });

  it('reads the terms of a guarantee after 保证条件： as support, not as who qualifies', () => {
    expect(kind('保证条件：信保基金提供贷款金额最低8成之信用保证。')).toEqual(['benefit', 'figure/benefit']);
    expect(kind('申请条件：年营业收入2000万元以上。')).toEqual(['threshold', 'figure/threshold']);
    // who the figure qualifies (…以内者), and the guarantee share it gets
    expect(others('累计贷款额度新台币一百万元以内者，信用保证成数九点五成。')).toEqual([[100, 'threshold'], [95, 'benefit']]);
    expect(benefitKind('信用保证成数九点五成', '')).toBe('guarantee');
    expect(benefitKind('登记设立于台北市未满5年的事业核贷金额最高200万元', '…利息由台北市政府全额补贴。')).toBe('loan');
  });

  it('reads a thousand of a currency after Arabic digits (5千元, 5千万元)', () => {
    expect(matchFigures('每公顷加码奖励5千元，另有5千万元').map((f) => [f.raw, f.value, f.unit])).toEqual([['5千元', 5000, '元'], ['5千万元', 5000, '万元']]);
    expect(matchFigures('千家万户')).toEqual([]);
  });

  it('reads a fund that invests in firms as support of kind equity-fund, not money put into a fund', () => {
    expect(others('政府会成立创科创投基金20亿元，与私人风投基金共同投资。')).toEqual([[20, 'benefit']]);
    expect(benefitKind('「创业天使投资方案」总额度将加码至100亿元', '')).toBe('equity-fund');
    expect(others('政府计划向创新及科技基金注资20亿元，支持创投。')).not.toContainEqual([20, 'benefit']);
    expect(others('截至10月底，已通过天使投资296家新创事业，投资金额约41.45亿元。')).toEqual([[296, 'statistic'], [41.45, 'statistic']]);
  });

  it('reads a rate of what a firm received, granted to it, as support (给予企业获得支持经费的2%)', () => {
    expect(kind('一次性给予企业获得支持经费的2%的配套资金。')).toEqual(['benefit', 'figure/benefit']);
    expect(kind('江西省获奖励15亿元。')).toEqual(['statistic', 'figure/statistic']);
  });

  it('reads a guarantee, a cap or a graded rate after 的 as the amount itself, not who qualifies (dev10)', () => {
    expect(kind('每家中小企业在其营运期内最多可获1,200万元的信贷保证。')).toEqual(['benefit', 'figure/benefit']);
    expect(kind('但保留每家中小企业600万元的整体信贷保证上限。')).toEqual(['benefit', 'figure/benefit']);
    expect(kind('按照多消费多补贴方式，实行20%至30%的阶梯式补贴。')).toEqual(['benefit', 'figure/benefit']);
    expect(kind('每个项目的机器设备拨款上限为港币100万元。')).toEqual(['benefit', 'figure/benefit']);
    // a threshold stays one
    expect(kind('对年营业收入2000万元以上的企业给予补助。')).toEqual(['threshold', 'figure/threshold']);
  });

  it('reads a half-tenth after tenths (9成5, 九成五), a rate of interest after 的, and conditions (若…, 16至40岁) (dev10)', () => {
    expect(matchFigures('提供9成5保证，九成五，8至9成').map((f) => [f.raw, f.value, f.valueMax])).toEqual([['9成5', 95, null], ['九成五', 95, null], ['8至9成', 80, 90]]);
    expect(kind('提供9成5保证，且免提保证人。')).toEqual(['benefit', 'figure/benefit']);
    expect(kind('透过最高可达2.5%的年利率补贴，减轻利息压力。')).toEqual(['benefit', 'figure/benefit']);
    expect(kind('若拟购买的机器设备的成本超过项目总支出的50%，该项目将不获考虑。')).toEqual(['threshold', 'figure/threshold']);
    expect(kind('邀请全台16至40岁青年组队参加。')[0]).toBe('threshold');
    expect(kind('其补（捐）助金额每年以不超过三十万元为原则。')).toEqual(['benefit', 'figure/benefit']);
  });

  it('reads a round amount with no digit after a verb of reaching, and a population in 万 without its unit (dev11a)', () => {
    expect(matchFigures('产值突破万亿元，收入超百亿元，打造千亿级产业，常住人口达到1750万').map((f) => [f.raw, f.value, f.unit])).toEqual([
      ['万亿元', 1, '万亿元'],
      ['百亿元', 100, '亿元'],
      ['1750万', 1750, '万人'],
    ]);
    // 力争2025年 dates a goal: a size after 规模 is then no budget
    expect(readTargets('力争2025年材料产业规模突破2万亿元。', { taskYear: null, issuedYear: 2023 }).targets.map((t) => [t.value, t.unit, t.year])).toEqual([[2, '万亿元', 2025]]);
  });

  it('reads a count inside a short quotation as a name (“十件实事”), not a goal', () => {
    expect(kind('市政府承诺的“十件实事”要按期完成。')).toEqual(['none', 'figure/quoted-name']);
    expect(kind('到2027年，新增“专精特新”企业100家。')[0]).toBe('target');
  });

  it('reads the counts of the parts a policy is divided into, and of its directions, as its size', () => {
    expect(matchFigures('分为1个品牌政策、3个产业专项政策和1个人才政策').map((f) => classifyFigure(site2('分为1个品牌政策、3个产业专项政策和1个人才政策', f)).rule)).toEqual(['figure/list-count', 'figure/list-count', 'figure/list-count']);
    expect(kind('重点从农业科技等10个方向支持。')).toEqual(['none', 'figure/list-count']);
  });
});

describe('deadlines, task counts, budgets and what was done this year (tenth trial, dev7–dev11)', () => {
  const others = (text: string, issuedYear: number | null = null) => readTargets(text, { taskYear: null, issuedYear }).others.map((o) => [o.figure.value, o.rule]);
  it('reads a span within which something is done as a deadline, after 一般在 too; 控制在…以内 stays a goal', () => {
    expect(kind('一般在24个月内完成。')).toEqual(['none', 'figure/time-limit']);
    expect(kind('在6个月内完成验收。')).toEqual(['none', 'figure/time-limit']);
    expect(kind('到2025年，审批时限控制在20个工作日以内。', { targetYear: true })[0]).toBe('target');
  });
  it("reads a bracketed count of a part's tasks as the part's size", () => {
    expect(kind('在“聚焦对外开放”方面（分解任务15项）。')).toEqual(['none', 'figure/list-count']);
    expect(kind('到2025年，完成重点任务15项。')[0]).toBe('target');
  });
  it('reads a budget, its shares after 其中, and an expense as budgets, not targets', () => {
    expect(others('2025年，市级财政预算安排13.06亿元，其中，支持平台建设4.26亿元，支持大学建设6.49亿元。', 2025)).toEqual([
      [13.06, 'figure/earmark'],
      [4.26, 'figure/earmark'],
      [6.49, 'figure/earmark'],
    ]);
    expect(kind('有关措施的额外支出为每年4800万元。')).toEqual(['rule', 'figure/earmark']);
    // a cap stated as a share of a project's expense is still support
    expect(kind('资助上限为获批项目总开支的三分之一或1500万元，以较低者为准。')[1]).not.toBe('figure/earmark');
  });
  it('reads what has been approved or passed this year (今年共核定, 已突破) as a statistic, a goal for this year as a goal', () => {
    expect(others('今年共核定634件创新研发案，申请已突破1300件。', 2025)).toEqual([
      [634, 'figure/statistic'],
      [1300, 'figure/statistic'],
    ]);
    expect(readTargets('今年力争新增高新技术企业100家。', { taskYear: null, issuedYear: 2025 }).targets.map((t) => [t.value, t.year])).toEqual([[100, 2025]]);
  });
  it('tells a news item from a plan by its reporting words and its title', async () => {
    const { namesPlan, readsAsNews } = await import('../../src/ingest/recognisers/figures.ts');
    expect(readsAsNews('本报讯 园区负责人介绍，到2027年…')).toBe(true);
    expect(readsAsNews('到2027年，全市高新技术企业达到1.2万家。')).toBe(false);
    expect(namesPlan('云岭市科技创新行动方案')).toBe(true);
    expect(namesPlan('云溪科技园迎来首批入驻企业')).toBe(false);
  });
  it('reads a count right after 推进 or 完成 as a goal outside a plan', () => {
    expect(statesGoal('推进')).toBe(true);
    expect(statesGoal('园区占地面积约')).toBe(false);
  });
});

describe('Hong Kong and Taiwan amounts as budgets and news print them (tenth trial, dev12a)', () => {
  const read = (text: string) => matchFigures(text).map((f) => [f.raw, f.value, f.unit]);
  it('reads a Chinese numeral in 万 with its rest, a middle-dot decimal, and 十成', () => {
    expect(read('免税额由十二万元增加至十三万二千元')).toEqual([
      ['十二万元', 12, '万元'],
      ['十三万二千元', 132000, '元'],
    ]);
    expect(read('总额一亿二千万元，共三万零五百人')).toEqual([
      ['一亿二千万元', 12000, '万元'],
      ['三万零五百人', 30500, '人'],
    ]);
    expect(read('利率上限二·二二%，利率减码一·五%')).toEqual([
      ['二·二二%', 2.22, '%'],
      ['一·五%', 1.5, '%'],
    ]);
    expect(read('保证成数一律为十成')).toEqual([['十成', 100, '%']]);
  });
  it('reads 可获 (an offer), a share of a tax relieved, and a tax credit (抵减) as support', () => {
    expect(kind('卡拉OK场所可获25,000元。')).toEqual(['benefit', 'figure/benefit']);
    expect(kind('宽减二零一五/一六年度百分之七十五的利得税，上限为二万元。')).toEqual(['benefit', 'figure/benefit']);
    expect(kind('得就当年度研究发展支出金额百分之二十五，抵减当年度应纳营利事业所得税额。')).toEqual(['benefit', 'figure/benefit']);
  });
});

describe('computing power, spans of years and shares of a fund (tenth trial, dev12b)', () => {
  it('reads computing power and latency as units of measure', () => {
    expect(matchFigures('算力规模达到5EFLOPS，人工智能算力突破3500PFlops，时延1毫秒').map((f) => [f.value, f.unit])).toEqual([
      [5, 'EFLOPS'],
      [3500, 'PFlops'],
      [1, '毫秒'],
    ]);
  });
  it('reads 五年内 as a span, not as 年内 (this year)', () => {
    expect(targetYears('连续五年内每年提取不低于百分之五', 2019)).toEqual([]);
    expect(targetYears('年内完成', 2019).map((y) => y.year)).toEqual([2019]);
  });
  it('reads a floor on a share of a fund as a rule of its use, not support', () => {
    expect(kind('其中，投资于初创期中小企业资金占比不低于百分之五十。')).toEqual(['rule', 'figure/statutory-rule']);
  });
});

describe('bands, notes and per-mille rates of an award (tenth trial, dev7b, dev11b)', () => {
  const others = (text: string) => readTargets(text, { taskYear: null, issuedYear: null }).others.map((o) => [o.figure.raw, o.kind]);
  it('reads the bounds of a band and its inclusive note as who qualifies, and a rate in ‰ as the award', () => {
    expect(others('固定资产投资额5000万元(含5000万元)—1亿元的工业项目，给予固定资产投资额4‰的奖励。')).toEqual([
      ['5000万元', 'threshold'],
      ['5000万元', 'threshold'],
      ['1亿元', 'threshold'],
      ['4‰', 'benefit'],
    ]);
  });
  it('reads an amount before the name of a grant (的收购补助金) as the grant', () => {
    expect(kind('汰换为电动车提供每辆5100元的收购补助金。')).toEqual(['benefit', 'figure/benefit']);
  });
});

describe('Hong Kong relief measures as a budget report prints them (tenth trial, dev13a)', () => {
  const others = (text: string) => readTargets(text, { taskYear: null, issuedYear: null }).others.map((o) => [o.figure.raw, o.kind]);
  it('reads a rates waiver and a tax deduction as support, and what the measures cost as a budget', () => {
    expect(others('来年亦会免差饷，住宅物业每季上限1,500港元。')).toEqual([['1,500港元', 'benefit']]);
    expect(others('设立住宅租金开支扣税，每个课税年度扣除10万元，预计收入减少33亿元。')).toEqual([
      ['10万元', 'benefit'],
      ['33亿元', 'rule'],
    ]);
    expect(others('宽减物业差饷，首两季以1,500元上限，涉及117亿元。').at(-1)).toEqual(['117亿元', 'rule']);
    expect(others('对固定资产投资总额达500万元及以上的项目，按装机容量给予100元/千瓦时补贴。')[0]).toEqual(['500万元', 'threshold']);
    // an offer per firm (每间…最多获) and a change to come (将提高到) are support, whatever was granted so far
    expect(others('每间初创企业每年最多获150万元资助。')).toEqual([['150万元', 'benefit']]);
    expect(others('至今已补助136位青年，县政府宣布补助金额将提高到50万元。').at(-1)).toEqual(['50万元', 'benefit']);
    expect(others('江西省获奖励15亿元。')).toEqual([['15亿元', 'statistic']]);
    // 至今年 is no 至今 (至今 still is)
    expect(others('已把申请期延长至今年3月底，每家企业可获最高100万元补助。')).toEqual([['100万元', 'benefit']]);
    expect(others('至今已资助300万元。')).toEqual([['300万元', 'statistic']]);
    // 免费 is no support amount
    expect(others('城乡居民免费健康体检人数达1000万以上，开放率达70%以上。').map((o) => o[1])).not.toContain('benefit');
  });
});

describe('quotas and another body\'s grant in a condition (tenth trial, dev14b)', () => {
  const others = (text: string) => readTargets(text, { taskYear: null, issuedYear: null }).others.map((o) => [o.figure.raw, o.kind]);
  it('reads a quota on applicants as a rule of the scheme', () => {
    expect(others('「早鸟加码补助」由九千元提高至一万元（限量四千五百名）；')).toContainEqual(['四千五百名', 'rule']);
  });
  it('reads an amount named as a grant inside a clause of condition as support', () => {
    expect(others('若搭配经济部七千元补助及环境部三千三百元奖励金，采取「双汰旧」方案。')).toEqual([
      ['七千元', 'benefit'],
      ['三千三百元', 'benefit'],
    ]);
    expect(kind('若拟购买的机器设备的成本超过项目总支出的50%，该项目将不获考虑。')).toEqual(['threshold', 'figure/threshold']);
  });
});

/** The site of a given figure of a sentence. */
function site2(sentence: string, figure: ReturnType<typeof matchFigures>[number]): FigureSite {
  return { ...site(sentence), at: figure.index, figure };
}

describe('a Hong Kong policy address as a news page reports it (eleventh trial, own wording)', () => {
  const read = (text: string) => readTargets(text, { taskYear: null, issuedYear: 2022, traditional: true });
  it('reads a fraction without 之 (四分三, 三分一) as a share, and a school year by its first year', () => {
    expect(matchFigures('至少四分三學校').map((f) => [f.value, f.unit])).toEqual([[75, '%']]);
    expect(matchFigures('三分一').map((f) => f.value)).toEqual([33.33]);
    // not a fraction: a larger part, or 十分 (very)
    expect(matchFigures('五分六')).toEqual([]);
    expect(targetYears('逐步增至2024/25学年的7200个')).toEqual([{ index: 4, year: 2024 }]);
  });
  it('takes 增至 as a goal word and 最少 as ≥, and 资助 before a school or university as its name, no support', () => {
    const t = read('將諮詢委員會數目由60多個增至180個，將涵蓋的行業由6個增至最少18個。').targets;
    expect(t.map((x) => [x.value, x.comparator])).toEqual([[180, '='], [18, '≥']]);
    const aided = read('未來五年內，教資會資助大學的學生當中有35%修讀STEAM學科。');
    expect(aided.others.filter((o) => o.kind === 'benefit')).toEqual([]);
    expect(kind('资助非政府机构租用房间，每间补助3000元。')).toEqual(['benefit', 'figure/benefit']);
    expect(kind('资助学校的学生当中有35%修读STEAM学科。')[0]).not.toBe('benefit');
  });
});

describe('counts, budgets and thresholds an explainer reports (eleventh trial, own wording)', () => {
  const kinds = (text: string) => readFigures(text, { taskYear: null }).others.map((o) => [o.figure.raw, o.kind, o.rule]);
  it('a policy\'s own measures and clauses counted are no goal (figure/list-count)', () => {
    expect(kinds('提出政策措施15条，涉及具体条款95项。')).toEqual([['15条', 'none', 'figure/list-count'], ['95项', 'none', 'figure/list-count']]);
    expect(kinds('从五个方面提出27条政策措施。')).toEqual([['27条', 'none', 'figure/list-count']]);
  });
  it('a budget for three years, and a fund set up for a use, are earmarks', () => {
    expect(kinds('全市三年统筹安排财政资金不少于100亿元，加快推动产业数字化。')).toEqual([['100亿元', 'rule', 'figure/earmark']]);
    expect(kinds('设立每年5亿元的财政专项资金用于支持先进制造业发展。')).toEqual([['5亿元', 'rule', 'figure/earmark']]);
  });
  it('how long a step takes is no goal (figure/time-limit), a time cut to is one', () => {
    expect(kinds('（需要4-6个月时间）')).toEqual([['4-6个月', 'none', 'figure/time-limit']]);
    expect(readFigures('到2025年，审批时间压缩至3个月以内。', { taskYear: null }).targets.map((t) => t.value)).toEqual([3]);
  });
  it('a threshold lowered is who qualifies; the field a rank is counted in is no goal, the rank is', () => {
    expect(kinds('技术改造专项支持门槛从2000万元降低至1000万元。').map((k) => k[1])).toEqual(['threshold', 'threshold']);
    const rank = readFigures('到2025年，退出全国168个重点城市后20名。', { taskYear: null });
    expect([rank.others.map((o) => o.rule), rank.targets.map((t) => t.raw)]).toEqual([['figure/ordinal'], ['20名']]);
  });
});

describe('a Hong Kong budget\'s tax measures (eleventh trial, own wording)', () => {
  const kinds = (text: string) => readFigures(text, { taskYear: null }).others.map((o) => [o.figure.raw, o.kind]);
  it('what a measure costs the government is no support; a widened tax band and a higher deduction are', () => {
    expect(kinds('宽减百分之七十五的利得税，上限为2万元，政府收入将减少十九亿元。')).toEqual([['百分之七十五', 'benefit'], ['2万元', 'benefit'], ['十九亿元', 'rule']]);
    expect(kinds('把薪俸税的边际税阶扩阔至45,000元，政府每年的税收会减少15亿元。')).toEqual([['45,000元', 'benefit'], ['15亿元', 'rule']]);
    expect(kinds('增加个人进修开支的最高扣除额至十万元。')).toEqual([['十万元', 'benefit']]);
  });
});

describe('targetYears in a Taiwan text (rule figure/roc-year)', () => {
  it('reads the Republic\'s years only when told the text is Taiwan\'s', async () => {
    const { targetYears } = await import('../../src/ingest/recognisers/targets.ts');
    expect(targetYears('112年补助1,000辆电动机车', null, true).map((y) => y.year)).toEqual([2023]);
    expect(targetYears('113年度补助计划', null, true).map((y) => y.year)).toEqual([2024]);
    expect(targetYears('庆祝建党100年', null, false)).toEqual([]);
  });
});
