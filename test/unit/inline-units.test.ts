import { describe, expect, it } from 'vitest';
import { extractInlineAssignment } from '../../src/ingest/recognisers/inline-units.ts';
import { EMPTY_REGISTRY } from '../../src/ingest/recognisers/units.ts';
import { cleanLine } from '../../src/ingest/stages/normalize.ts';
import { nodesByKey, nodeText, rawLines, SEEDS, seedTree, unitRegistry } from './_seeds.ts';

const reg = unitRegistry();

// Unit ids (content/units.yaml)
const STI = 'cq-sti-bureau'; // 市科技局
const EDU = 'cq-education-commission'; // 市教委
const EIT = 'cq-economy-it-commission'; // 市经济信息委
const SASAC = 'cq-sasac'; // 市国资委
const SAMR = 'cq-market-regulation-administration'; // 市市场监管局
const FIN = 'cq-finance-bureau'; // 市财政局
const TAX = 'cq-tax-service'; // 重庆市税务局
const INV = 'cq-investment-promotion-bureau'; // 市招商投资局
const COM = 'cq-commerce-commission'; // 市商务委
const BDA = 'cq-big-data-administration'; // 市大数据发展局
const LFS = 'cq-local-financial-supervision-bureau'; // 市金融监管局
const DRC = 'cq-development-reform-commission'; // 市发展改革委
const IPO = 'cq-intellectual-property-office'; // 市知识产权局
const LJ = 'cq-liangjiang-new-area-committee'; // 两江新区管委会
const SC = 'cq-science-city-hitech-zone-committee'; // 西部科学城重庆高新区管委会
const ETDZ = 'cq-etdz-committee'; // 重庆经开区管委会
const ARA = 'cq-agriculture-rural-affairs-commission'; // 市农业农村委
const HRS = 'cq-hrss-bureau'; // 市人力社保局
const DCG = 'district-county-governments'; // 各区县政府
const PBOC = 'cq-pboc-operations-office'; // 人行重庆营管部
const CBIRC = 'cq-cbirc-office'; // 重庆银保监局
const CSRC = 'cq-csrc-bureau'; // 重庆证监局
const ORG = 'cq-cpc-organization-department'; // 市委组织部
const PLN = 'cq-planning-natural-resources-bureau'; // 市规划自然资源局
const STAT = 'cq-statistics-bureau'; // 市统计局
const PUB = 'cq-cpc-publicity-department'; // 市委宣传部

describe('extractInlineAssignment on a raw line of the 2023 plan after cleanLine', () => {
  it('reads item 1 (孵化科技型企业): lead 市科技局, support 市教委、市经济信息委、市国资委、市市场监管局', () => {
    const text = cleanLine(rawLines(SEEDS.growth2023)[28]!); // line 29, with ASCII ( : ; ) in the raw file
    const a = extractInlineAssignment(reg, text)!;
    expect(a.lead).toEqual([STI]);
    expect(a.support).toEqual([EDU, EIT, SASAC, SAMR]);
    expect(a.unknown).toEqual([]);
    expect(a.quote).toBe('（牵头单位：市科技局；责任单位：市教委、市经济信息委、市国资委、市市场监管局等）');
  });

  it('reads item 5 whose 牵头 单位 was split by a PDF space', () => {
    const raw = rawLines(SEEDS.growth2023)[43]!; // line 44
    expect(raw).toContain('(牵头 单位:市科技局;');
    expect(extractInlineAssignment(reg, cleanLine(raw))).toMatchObject({ lead: [STI], support: [DRC, EIT, SASAC] });
  });
});

describe('extractInlineAssignment on every measure of cq-2023-double-growth.txt', () => {
  const nodes = nodesByKey(seedTree(SEEDS.growth2023));

  // Read by hand from seeds/cq-2023-double-growth.txt: [measure key, 牵头单位, 责任单位]
  const EXPECTED: [string, string[], string[]][] = [
    ['2-1-1', [STI], [EDU, EIT, SASAC, SAMR]],
    ['2-1-2', [STI, EIT], [FIN, SASAC, TAX]],
    ['2-1-3', [INV], [STI, EIT, COM, SASAC, BDA]],
    ['2-1-4', [STI, EIT], [SASAC, LFS]],
    ['2-2-5', [STI], [DRC, EIT, SASAC]],
    ['2-2-6', [STI], [DRC, EIT, SASAC, IPO]],
    ['2-2-7', [DRC, EIT], [STI, SASAC, BDA]],
    ['2-3-8', [LJ, SC, ETDZ], []], // 牵头单位 only
    ['2-3-9', [DRC], [STI, EIT, ARA, COM]],
    ['2-3-10', [EDU], [STI, HRS]],
    ['2-3-11', [STI], [EDU, EIT, HRS]],
    ['2-4-12', [STI], [EDU, FIN, HRS, SASAC, SAMR, IPO]],
    ['2-4-13', [DRC, STI], [BDA]],
    ['2-4-14', [STI], [EDU]],
    ['2-4-15', [IPO], [EDU, STI, EIT, SASAC]],
    ['3-1', [STI], [DRC, EDU, EIT, FIN, SASAC, TAX, DCG]], // …重庆市税务局等，各区县政府
    ['3-2', [FIN, STI], [EIT, SASAC, DCG]],
    ['3-3', [LFS], [STI, EIT, FIN, INV, IPO, PBOC, CBIRC, CSRC]],
    ['3-4', [STI], [ORG, DRC, EDU, EIT, HRS, PLN, SASAC]],
    ['3-5', [STI], [EIT, SASAC, STAT, BDA]],
    ['3-6', [PUB, STI], [EIT, SASAC, DCG]],
  ];

  it.each(EXPECTED)('measure %s: lead %j, support %j', (key, lead, support) => {
    const a = extractInlineAssignment(reg, nodeText(nodes.get(key)!));
    expect(a).not.toBeNull();
    expect(a!.lead).toEqual(lead);
    expect(a!.support).toEqual(support);
    expect(a!.unknown).toEqual([]);
  });

  it.each(['1', '1-1', '1-2', '2', '2-1', '2-2', '2-3', '2-4', '3'])('measure %s names no units inline → null', (key) => {
    expect(extractInlineAssignment(reg, nodeText(nodes.get(key)!))).toBeNull();
  });
});

describe('extractInlineAssignment: forms', () => {
  it('returns null for text without an assignment, even when it names units', () => {
    expect(extractInlineAssignment(reg, '市科技局牵头抓好行动计划实施，市级有关部门按照职责分工推进落实。')).toBeNull();
    expect(extractInlineAssignment(reg, '明确牵头单位：市科技局。随后开展评估。')).toBeNull(); // a label inside a sentence, not the measure's last one
    expect(extractInlineAssignment(reg, '')).toBeNull();
  });

  it('reads 配合单位 as well as 责任单位', () => {
    expect(extractInlineAssignment(reg, '（牵头单位：市工商联；配合单位：市教委）')).toMatchObject({
      lead: ['cq-federation-industry-commerce'],
      support: [EDU],
    });
  });

  it('does not list a lead unit again among the supporting units', () => {
    expect(extractInlineAssignment(reg, '（牵头单位：市科技局；责任单位：市科技局、市教委等）')).toMatchObject({ lead: [STI], support: [EDU] });
  });

  it('reads a list that ends with 各区县政府 after a comma', () => {
    expect(extractInlineAssignment(reg, '落实属地责任。（牵头单位：市科技局；责任单位：市教委等，各区县政府）')).toMatchObject({
      lead: [STI],
      support: [EDU, DCG],
      unknown: [],
    });
  });

  it('reports names that are not in the registry', () => {
    expect(extractInlineAssignment(reg, '（牵头单位：市科技局、市外事办；责任单位：市文化旅游委等）')).toMatchObject({
      lead: [STI],
      support: [],
      unknown: ['市外事办', '市文化旅游委'],
    });
  });

  // Regression test (fixed bug): the ASSIGNMENT pattern stops a unit list at the first ）, so a unit whose registry
  // alias contains full-width brackets — 各区县（自治县）人民政府, 有关区县（自治县）人民政府,
  // 重庆市工商业联合会（总商会） — is cut: the first case below gives support [市教委] and
  // unknown ['各区县（自治县'], the second gives lead [] and unknown ['重庆市工商业联合会（总商会'].
  it('reads units whose names contain full-width brackets', () => {
    expect(extractInlineAssignment(reg, '（牵头单位：市科技局；责任单位：市教委、各区县（自治县）人民政府）')).toMatchObject({
      lead: [STI],
      support: [EDU, DCG],
      unknown: [],
      quote: '（牵头单位：市科技局；责任单位：市教委、各区县（自治县）人民政府）',
    });
    expect(extractInlineAssignment(reg, '（牵头单位：重庆市工商业联合会（总商会）；责任单位：市教委）')).toMatchObject({
      lead: ['cq-federation-industry-commerce'],
      support: [EDU],
      unknown: [],
    });
  });
});

// Issue #14: the other forms plans use. Our own sentences; the unit names are real (content/units.yaml) except
// 市文化旅游委, 区级相关部门 and 各区县, which the registry does not know.
describe('extractInlineAssignment: unlabelled and trailing forms', () => {
  it('shared duty: （A、B、C按职责分工负责） makes every unit named a lead unit', () => {
    expect(extractInlineAssignment(reg, '规范市场秩序。（市商务委、市文化旅游委、市市场监管局按职责分工负责）')).toMatchObject({
      lead: [COM, SAMR],
      support: [],
      unknown: ['市文化旅游委'],
      found: [{ form: 'shared-duty', quote: '（市商务委、市文化旅游委、市市场监管局按职责分工负责）' }],
    });
  });

  it('shared duty with a bank branch and 等相关部门 among the units (人行某中心支行, ninth trial)', () => {
    const found = extractInlineAssignment(reg, '加大消费支持。（市商务委、人行某某中心支行、某某银保监局等相关部门按职责分工负责）');
    expect(found?.found[0]?.form).toBe('shared-duty');
    expect(found?.unknown).toContain('人行某某中心支行');
  });

  it('shared duty with those who carry it out after it (，各县区政府具体落实: they support; eleventh trial)', () => {
    expect(extractInlineAssignment(reg, '淘汰落后产能。（市商务委、市市场监管局按职责分工负责，市财政局具体落实）')).toMatchObject({ lead: [COM, SAMR], support: [FIN] });
  });

  it('主办 … 协办 as a city prints 牵头 … 配合, a support of no name left out (eleventh trial)', () => {
    expect(extractInlineAssignment(reg, '扩大消费。（市商务委主办，市财政局协办）')).toMatchObject({ lead: [COM], support: [FIN], found: [{ form: 'lead-verb' }] });
    expect(extractInlineAssignment(reg, '扩大消费。（市商务委主办，相关街道协办）')).toMatchObject({ lead: [COM], support: [], unknown: [] });
  });

  it('lead verb: （A牵头，B配合）, （A牵头，B、C等配合）, （A牵头，B参与）', () => {
    expect(extractInlineAssignment(reg, '建设共享平台。（市科技局牵头，市财政局配合）')).toMatchObject({ lead: [STI], support: [FIN], unknown: [], found: [{ form: 'lead-verb' }] });
    expect(extractInlineAssignment(reg, '建设共享平台。（市科技局牵头，市财政局、市教委等配合）')).toMatchObject({ lead: [STI], support: [FIN, EDU], unknown: [] });
    expect(extractInlineAssignment(reg, '开展试点。（市经济信息委牵头，区级相关部门参与）')).toMatchObject({ lead: [EIT], support: [], unknown: ['区级相关部门'] });
    expect(extractInlineAssignment(reg, '开展试点。（市知识产权局牵头）')).toMatchObject({ lead: [IPO], support: [] });
    // “等部门” closes a list (not a name); 各街道办事处 looks like a unit, so the parenthesis is read and it is reported
    expect(extractInlineAssignment(reg, '完善配套设施。（区发改局牵头，市财政局、市统计局等部门，各街道办事处配合）')).toMatchObject({
      lead: [],
      support: [FIN, STAT],
      unknown: ['区发改局', '各街道办事处'],
    });
  });

  it('unlabelled list: （A、B）, 〔A、B〕 — the first leads; one unit only at the end; no explaining parenthesis', () => {
    expect(extractInlineAssignment(reg, '建设共享平台。（市科技局、市财政局）')).toMatchObject({ lead: [STI], support: [FIN], firstListedLeads: true, found: [{ form: 'unlabelled-list' }] });
    expect(extractInlineAssignment(reg, '加快推进重大项目建设。〔市科技局、市财政局、市教委〕')).toMatchObject({ lead: [STI], support: [FIN, EDU], found: [{ form: 'unlabelled-list', quote: '〔市科技局、市财政局、市教委〕' }] });
    expect(extractInlineAssignment(reg, '建设共享平台。（市科技局）')).toMatchObject({ lead: [STI], found: [{ form: 'unlabelled-list' }] });
    // one unit inside the text, or a parenthesis that explains a name, assigns nothing
    expect(extractInlineAssignment(reg, '由重庆市科学技术局（市科技局）组织实施平台建设工作。')).toBeNull();
    expect(extractInlineAssignment(reg, '设立管理机构（以下简称市科技局、市财政局）。')).toBeNull();
    expect(extractInlineAssignment(reg, '建设示范基地（2025年）。')).toBeNull();
    // a unit printed with its second name in brackets is one unit
    expect(extractInlineAssignment(EMPTY_REGISTRY, '推进项目。（省发展改革委、省数据局（省营商局）等按职责分工负责）')).toMatchObject({ leadAsPrinted: ['省发展改革委', '省数据局（省营商局）'] });
  });

  it('labelled parts separated by a comma: （牵头单位：A，配合单位：B）', () => {
    expect(extractInlineAssignment(reg, '办好创新大赛。（牵头单位：市科委，配合单位：各区县）')).toMatchObject({
      lead: ['cq-sti-commission'],
      support: [],
      unknown: ['各区县'],
      found: [{ form: 'labelled' }],
    });
  });

  it('a trailing sentence or line: 责任单位：…, 责任部门：…, 牵头单位：… / 配合单位：…', () => {
    // 责任单位 without 牵头: the first listed leads (rule first-listed-leads)
    expect(extractInlineAssignment(reg, '完善评价机制。责任单位：市科技局、市财政局')).toMatchObject({
      lead: [STI],
      support: [FIN],
      firstListedLeads: true,
      found: [{ form: 'trailing-label', quote: '责任单位：市科技局、市财政局' }],
    });
    expect(extractInlineAssignment(reg, '完善评价机制。\n责任部门：市统计局。')).toMatchObject({ lead: [STAT], support: [] });
    expect(extractInlineAssignment(reg, '完善评价机制。\n牵头单位：市科技局\n配合单位：市财政局、市教委')).toMatchObject({ lead: [STI], support: [FIN, EDU] });
    expect(extractInlineAssignment(reg, '完善评价机制。牵头单位：市科技局；责任单位：市财政局。')).toMatchObject({ lead: [STI], support: [FIN] });
    expect(extractInlineAssignment(reg, '牵头单位：市科技局')).toMatchObject({ lead: [STI] }); // a measure that is only its assignment
  });

  it('reads half-width ( : , ; ) as well (text that normalize.ts did not convert)', () => {
    expect(extractInlineAssignment(reg, '开展试点.(牵头单位:市科委,配合单位:市教委)')).toMatchObject({ lead: ['cq-sti-commission'], support: [EDU] });
    expect(extractInlineAssignment(reg, '开展试点.(市科技局牵头,市财政局配合)')).toMatchObject({ lead: [STI], support: [FIN] });
    expect(extractInlineAssignment(reg, '开展试点. (牵头单位:市科技局; 责任单位:市财政局)')).toMatchObject({ lead: [STI], support: [FIN] });
  });

  it('normalize.ts turns the ASCII punctuation of these forms into full width', () => {
    expect(cleanLine('加快推进网上审批。(区政务服务局牵头, 区级相关部门配合)')).toBe('加快推进网上审批。（区政务服务局牵头，区级相关部门配合）');
    expect(cleanLine('办好创新大赛(牵头单位: 市科委, 配合单位: 各区县)')).toBe('办好创新大赛（牵头单位：市科委，配合单位：各区县）');
  });

  it('takes the union of several assignments in one measure', () => {
    expect(extractInlineAssignment(reg, '建设平台（市科技局牵头）；落实资金（市财政局牵头，市教委配合）。')).toMatchObject({
      lead: [STI, FIN],
      support: [EDU],
      found: [{ form: 'lead-verb' }, { form: 'lead-verb' }],
    });
  });

  it('is not fooled by parentheses and sentences that only look like these forms', () => {
    expect(extractInlineAssignment(reg, '落实主体责任（由企业自主负责）。')).toBeNull();
    expect(extractInlineAssignment(reg, '组建联合体（鼓励龙头企业牵头，高校院所参与）。')).toBeNull();
    expect(extractInlineAssignment(reg, '完成评估（2025年底前完成）。')).toBeNull();
    expect(extractInlineAssignment(reg, '市科技局牵头抓好行动计划实施，市级有关部门按照职责分工推进落实。')).toBeNull();
    expect(extractInlineAssignment(reg, '责任单位：市科技局\n下一段说明工作要求')).toBeNull(); // the “list” runs on into text
  });
});

describe('units as printed, first listed leads, Traditional forms', () => {
  const registry = unitRegistry();

  it('keeps names the registry lacks as printed, by role', () => {
    const a = extractInlineAssignment(registry, '推进建设。（牵头单位：市科技局；配合单位：云岭区大数据中心）')!;
    expect([a.lead, a.leadAsPrinted, a.supportAsPrinted]).toEqual([[registry.byAlias.get('市科技局')!], [], ['云岭区大数据中心']]);
  });

  it('reads 责任单位 without 牵头 as first listed leads', () => {
    const a = extractInlineAssignment(registry, '推进建设。（责任单位：云岭县工信局、云岭县财政局）')!;
    expect([a.leadAsPrinted, a.supportAsPrinted, a.firstListedLeads]).toEqual([['云岭县工信局'], ['云岭县财政局'], true]);
    const b = extractInlineAssignment(registry, '推进建设。（牵头单位：云岭县科技局；责任单位：云岭县工信局、云岭县财政局）')!;
    expect([b.leadAsPrinted, b.supportAsPrinted, b.firstListedLeads]).toEqual([['云岭县科技局'], ['云岭县工信局', '云岭县财政局'], false]);
  });

  it('reads the units a note marks as leads (标☆的为牵头单位), in either script', () => {
    const a = extractInlineAssignment(registry, '打造智能化園區。(責任單位:☆云岭經信局、云岭科技局。標☆的為牽頭單位,下同。)')!;
    expect([a.leadAsPrinted, a.supportAsPrinted, a.firstListedLeads]).toEqual([['云岭經信局'], ['云岭科技局'], false]);
  });

  it('reads a list parted by slashes, and a bullet\'s one unit at the end of its line (Hong Kong\'s KPIs)', () => {
    const a = extractInlineAssignment(registry, '不少於70%取得進步。(政務司司長辦公室/勞工及福利局)')!;
    expect([a.leadAsPrinted, a.supportAsPrinted]).toEqual([['政務司司長辦公室'], ['勞工及福利局']]);
    const b = extractInlineAssignment(registry, '改善市容：\n- 鼠患黑點於2023年底前至少減半。(環境及生態局)\n- 每年進行約500次清潔行動。(房屋局)')!;
    expect(b.leadAsPrinted).toEqual(['環境及生態局', '房屋局']);
  });

  it('reads Traditional forms and gives the names back as printed', () => {
    const a = extractInlineAssignment(registry, '推進建設。(市殘聯、市稅務局負責)')!;
    expect([a.found[0]!.form, a.leadAsPrinted]).toEqual(['shared-duty', ['市殘聯', '市稅務局']]);
  });
});

describe('extractInlineAssignment: duty-subject (legislative texts only)', () => {
  it('takes the body a sentence opens with as the subject of a duty, one body even with 、 inside', () => {
    const law = extractInlineAssignment(reg, '某省农业农村部门应当定期编制成果目录。由省、自治区、直辖市气象主管机构组织年检。', { legislative: true })!;
    expect(law.leadAsPrinted).toEqual(['某省农业农村部门', '省、自治区、直辖市气象主管机构']);
    expect(law.found.map((f) => f.form)).toEqual(['duty-subject', 'duty-subject']);
  });
  it('reads nothing in a policy text, in a sentence whose subject is no body, or where a unit list is printed', () => {
    expect(extractInlineAssignment(reg, '某省农业农村部门应当定期编制成果目录。')).toBeNull();
    expect(extractInlineAssignment(reg, '任何单位和个人应当遵守本条例。', { legislative: true })).toBeNull();
    const labelled = extractInlineAssignment(reg, '市科技局应当统筹推进。（牵头单位：市财政局）', { legislative: true })!;
    expect(labelled.found.map((f) => f.form)).toEqual(['labelled']);
  });
});

describe('extractInlineAssignment: by-lead (由A牵头, 由A会同B制定, in running text)', () => {
  it('reads the lead and the bodies it works with, known units by id', () => {
    const a = extractInlineAssignment(reg, '专项资金管理办法由市财政局会同市科技局、两江新区管委会制定。')!;
    expect([a.lead, a.support, a.found.map((f) => f.form)]).toEqual([[FIN], [STI, LJ], ['by-lead']]);
    expect(extractInlineAssignment(reg, '建设成本由市招商投资局牵头相关部门测算。')!.lead).toEqual([INV]);
  });

  it('splits a list at 和 only after a body (奉贤区和临港地区管委会), never inside a name (市人力资源和社会保障局)', () => {
    // a text of another place: no registry, names as printed
    const a = extractInlineAssignment(EMPTY_REGISTRY, '办法由某市财政局会同某区和临港地区管委会制定。')!;
    expect([a.leadAsPrinted, a.supportAsPrinted]).toEqual([['某市财政局'], ['某区', '临港地区管委会']]);
    const b = extractInlineAssignment(EMPTY_REGISTRY, '由某市人力资源和社会保障局会同某市住房和城乡建设委员会研究制定。')!;
    expect([b.leadAsPrinted, b.supportAsPrinted]).toEqual([['某市人力资源和社会保障局'], ['某市住房和城乡建设委员会']]);
  });

  it('reads nothing from 由 that names no body, and gives way to a printed unit list', () => {
    expect(extractInlineAssignment(reg, '由此可见，企业负责申报。')).toBeNull();
    expect(extractInlineAssignment(reg, '由市科技局牵头推进。（牵头单位：市财政局）')!.found.map((f) => f.form)).toEqual(['labelled']);
  });
});

describe('labelled fields on lines of their own, each ending in 。 (eighth trial)', () => {
  it('reads the lead and supporting units, skipping the leader in charge', () => {
    const a = extractInlineAssignment(EMPTY_REGISTRY, '牵头负责领导：刘惠。\n牵头责任单位：省发展改革委。\n协同责任单位：省财政厅、省商务厅。');
    expect([a?.leadAsPrinted, a?.supportAsPrinted]).toEqual([['省发展改革委'], ['省财政厅', '省商务厅']]);
  });
});

describe('a note after the labelled lists inside their parenthesis (tenth trial, dev12b)', () => {
  it('reads the lists and leaves the note out', () => {
    const a = extractInlineAssignment(EMPTY_REGISTRY, '深化政务服务。（牵头单位：市行政审批服务局；责任单位：市直有关部门。以下任务均需各区市政府落实，不再一一列出）');
    expect(a?.leadAsPrinted).toEqual(['市行政审批服务局']);
  });
  it('still rejects a parenthesis that runs on as text', () => {
    expect(extractInlineAssignment(EMPTY_REGISTRY, '深化服务（责任单位：市科技局。企业应当按时申报）')).toBeNull();
  });
});
