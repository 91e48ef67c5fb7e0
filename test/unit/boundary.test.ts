import { describe, expect, it } from 'vitest';
import { afterEnd, afterText, bylineLength, columnLabelLength, cutOutside, datelineLength, isFurniture } from '../../src/ingest/recognisers/boundary.ts';
import { recogniseElements } from '../../src/ingest/recognisers/elements.ts';

const paras = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1, endLine: i + 1 }));

describe('isFurniture', () => {
  it('takes short lines that read as no wording', () => {
    for (const t of ['A A A', 'TOP', '收缩通版', '• 2021-09-29', '分享工具 facebook', '21.12.2015 17:27']) expect(isFurniture(t), t).toBe(true);
  });
  it('leaves wording, addressees and long lines', () => {
    for (const t of ['各区县人民政府，市政府各部门：', '为加快创新，制定本方案。', '一、总体要求', '政府公布創新科技發展藍圖提出4大方向包括新型工業化', '免繳07/08年度首兩季差餉，每季上限5,000元']) expect(isFurniture(t), t).toBe(false);
  });
});

describe('cutOutside', () => {
  it('cuts what stands before the title, keeps elements and the title’s lines, then furniture before the text', () => {
    const lines = '某站文档.docx\n上传人：某某 页数：15\n某府发〔2025〕3号\n某市关于加快科技创新发展的\n若干措施\nA A A\n为加快科技创新，制定本措施。\nTOP';
    const p = paras(lines);
    const els = recogniseElements(p.map((x) => ({ line: x.line, text: x.text })));
    const cut = cutOutside(p, null, els);
    expect(cut.outside.map((o) => `${o.line} ${o.rule}`)).toEqual(['1 boundary/before-title', '2 boundary/before-title', '6 boundary/page-furniture']);
    expect(cut.preamble.map((x) => x.line)).toEqual([3, 4, 5, 7, 8]);
  });

  it('cuts nothing before the title when no line reads as one', () => {
    const p = paras('某市发布新政策支持企业创新发展的最新消息\n市里发布新政策，支持企业创新。');
    expect(cutOutside(p, null, recogniseElements([])).outside).toEqual([]);
  });

  it('starts at the line that prints the manifest’s title', () => {
    const p = paras('甲市促进创业若干措施\n乙市科技创新行动计划\n正文。');
    expect(cutOutside(p, '乙市科技创新行动计划', recogniseElements([])).outside.map((o) => o.line)).toEqual([1]);
    expect(cutOutside(p, null, recogniseElements([])).outside.map((o) => o.line)).toEqual([]);
  });

  it('starts at a title printed on its own line even when it does not read as an official title', () => {
    const p = paras('登录\n首页\n本月起，这笔补贴直接发给个人！\n符合条件的职工可在线申请。');
    expect(cutOutside(p, '本月起，这笔补贴直接发给个人！', recogniseElements([])).outside.map((o) => `${o.line} ${o.rule}`)).toEqual(['1 boundary/before-title', '2 boundary/before-title']);
  });
});

describe('cutOutside: wording before a sure title', () => {
  it('cuts a reporter’s lead before a notice title, and keeps a sentence before a title that is only a guess', () => {
    const lead = paras('日前，某区人民政府印发关于推动发展若干政策举措的通知。\n文件详情如下：\n某区人民政府关于印发关于推动发展若干政策举措的通知\n各乡镇：\n现印发给你们。');
    expect(cutOutside(lead, null, recogniseElements([])).outside.map((o) => `${o.line} ${o.rule}`)).toEqual(['1 boundary/before-title', '2 boundary/before-title']);
    const guess = paras('市里出台新政策，支持企业创新。\n某市科技创新行动计划\n一、总体要求');
    expect(cutOutside(guess, null, recogniseElements([])).outside).toEqual([]);
  });
});

describe('cutOutside: a notice head below a page\'s own heading', () => {
  it('starts at a notice title with its 文号 under it when wording stands between it and an earlier title', () => {
    const text = '某省大气污染防治实施方案\n2013年12月30日，某省人民政府以某政〔2013〕89号印发该方案。\n基本介绍\n中文名:某省大气污染防治实施方案\n某省人民政府关于印发某省大气污染防治实施方案的通知\n某政〔2013〕89号\n各市、县人民政府：\n现将方案印发给你们。';
    const p = paras(text);
    const cut = cutOutside(p, null, recogniseElements(p.map((x) => ({ line: x.line, text: x.text }))));
    expect(cut.outside.map((o) => `${o.line} ${o.rule}`)).toEqual(['1 boundary/before-title', '2 boundary/before-title', '3 boundary/before-title', '4 boundary/before-title']);
  });
  it('keeps a title page above its notice when nothing but the title stands between them', () => {
    const p = paras('某省人民政府关于印发某省方案的通知\n某政〔2013〕89号\n各市：\n现将方案印发给你们。');
    expect(cutOutside(p, null, recogniseElements(p.map((x) => ({ line: x.line, text: x.text })))).outside).toEqual([]);
  });
});

describe('afterEnd (rule boundary/after-end)', () => {
  const lines = (s: string) => s.split('\n').map((text) => ({ text }));
  it('ends the document at a block portals print after the article, or at the title printed again', () => {
    expect(afterEnd(lines('某市补贴办法\n符合条件的可以申请。\n相关新闻\n某区召开会议'), null)).toBe(2);
    expect(afterEnd(lines('某市补贴办法\n可以申请。\n扫一扫在手机打开当前页'), null)).toBe(2);
    expect(afterEnd(lines('某市补贴办法\n可以申请。\n分享\n某市补贴办法\n登录'), '某市补贴办法')).toBe(3);
    // a related-reading label, a news site's sponsored block or its comment box
    for (const label of ['延伸閱讀', '新闻推荐', '贊助廣告', 'udn討論區']) expect(afterEnd(lines(`某县补助启动\n最高可申请200万元。\n${label}\n共 0 則留言`), null), label).toBe(2);
  });
  it('does not end a document before its text has begun, nor without such a line', () => {
    expect(afterEnd(lines('相关文件\n某市补贴办法\n可以申请。'), null)).toBeNull();
    expect(afterEnd(lines('某市补贴办法\n可以申请。\n附件：申请表'), '某市补贴办法')).toBeNull();
  });
});


describe('afterText (rule boundary/after-text)', () => {
  const at = (text: string) => afterText(text.split('\n').map((t) => ({ text: t })));
  it('takes the related headlines and appeals after the last line of wording', () => {
    expect(at('某区出台扶持办法\n符合条件的企业可获补贴。\nRelated Posts\n某地召开会议\n- Posted March 6, 2026')).toBe(2);
    expect(at('符合条件的企业可获补贴。\n太阳报')).toBe(1);
  });
  it('keeps what may close a document: signature, date, 附件, a release time, a numbered part, a task table\'s cells', () => {
    expect(at('现予印发，请认真贯彻执行。\n某市人民政府\n2025年6月7日')).toBeNull();
    expect(at('特此通知。\n附件：申请表')).toBeNull();
    expect(at('政府今日公布措施。\n完\n2024年3月1日（星期五）\n香港时间11时00分')).toBeNull();
    expect(at('全面推进。\n五、保障措施')).toBeNull();
    expect(at('解决融资难问题。\n2017年年\n底前\n市商委 市金融办')).toBeNull();
  });
  it("takes a page's source field after the text or before it, never a table's source note inside it (tenth trial)", () => {
    expect(at('到2027年，绿色金融贷款余额达12000亿元。\n来源: 某市发改委')).toBe(1);
    expect(at('全面推进。\n来源：市统计局\n五、保障措施')).toBeNull();
    expect(isFurniture('来源:某市政府办')).toBe(true);
    expect(isFurniture('资金来源：市财政专项资金，按规定使用。')).toBe(false);
  });
  it('ends the article at a news site’s “more” list (1. 更多) and cuts an outlet’s tag before the lead (【Now新闻台】)', () => {
    expect(afterEnd([{ text: '政府今日公布措施。' }, { text: '1. 更多' }, { text: '1. 某地发现骸骨' }], null)).toBe(1);
    expect(datelineLength('【Now新闻台】有调查机构的数据显示，中小企…')).toBe('【Now新闻台】'.length);
  });

  it('keeps the bulleted items a lead-in introduces, not bulleted headlines after the text (ninth trial)', () => {
    expect(at('资助涵盖以下费用：\n• 相关测试费用\n• 专利注册费用（每个项目最高25万元）\n如何申请')).toBe(3);
    expect(at('符合条件的企业可获补贴。\n• 某地召开会议\n• 某区举办论坛')).toBe(1);
  });
  it('keeps a page opening that ends mid-sentence, and cuts nothing before the text begins', () => {
    expect(at('第一条 为了规范听证。\n本条例所称听证人，是')).toBeNull();
    expect(at('一是加快创新。\n四是突出统')).toBeNull();
    expect(at('某区出台扶持办法\n相关阅读')).toBeNull();
  });
});

describe('datelineLength (rule boundary/dateline)', () => {
  it('cuts an outlet\'s dateline and byline from the start of the article\'s first line', () => {
    const cut = (line: string) => line.slice(0, datelineLength(line));
    expect(cut('【大公报讯】记者张琪报道：特区政府昨日宣布')).toBe('【大公报讯】记者张琪报道：');
    expect(cut('〔记者廖家宁／台北报导〕行政院会今天通过')).toBe('〔记者廖家宁／台北报导〕');
    expect(cut('据新华社北京3月5日电 国务院总理')).toBe('据新华社北京3月5日电 ');
    expect(cut('【大纪元8月30日报导】(中央社记者杨淑闵台北三十日电)行政院长')).toBe('【大纪元8月30日报导】(中央社记者杨淑闵台北三十日电)');
    expect(cut('新华社杭州7月5日电(记者 岳德亮)到2025年，')).toBe('新华社杭州7月5日电(记者 岳德亮)');
    // a reader's stamp glued to the first sentence, as normalize cleans it (no space before a Han character)
    expect(cut('date 2025-10-17立法院会今(17)日三读通过')).toBe('date 2025-10-17');
    // an agency's dateline without the month, alone on its line
    expect(cut('中央社／ 彰化1日电')).toBe('中央社／ 彰化1日电');
  });
  it('leaves wording that names an agency', () => {
    for (const line of ['date 2025-10-170万元', '新华社是国家通讯社。', '各区县人民政府，市政府各部门：', '（一）加强组织领导。']) expect(datelineLength(line), line).toBe(0);
  });
});

describe('bylineLength (rule boundary/byline)', () => {
  it('cuts a news article\'s closing byline from the end of its line', () => {
    const cut = (line: string) => line.slice(line.length - bylineLength(line));
    expect(cut('并由市政府每月进行专项通报。(记者陈岩)')).toBe('(记者陈岩)');
    expect(cut('新计划不设收回政府资助款额的规定。■记者 郭兆东')).toBe('■记者 郭兆东');
    expect(cut('（通讯员 王芳 记者 李强）')).toBe('（通讯员 王芳 记者 李强）');
    expect(cut('陪同青创业者在高雄落地扎根。（编辑：吴素柔）1141229')).toBe('（编辑：吴素柔）1141229');
    expect(cut('资助上限为3,000万元。(ss/u)')).toBe('(ss/u)');
  });
  it('leaves a bracket that is part of a sentence', () => {
    for (const line of ['支持新闻记者协会开展培训（记者协会）', '由市科技局负责（牵头单位）。', '记者陈岩报道：']) expect(bylineLength(line), line).toBe(0);
  });
});

describe('columnLabelLength (rule boundary/column-label)', () => {
  it('cuts a portal\'s column label before a title on its line, not a label before text', () => {
    expect(columnLabelLength('【市政府重点工作及责任分解】滁州市人民政府关于2020年市政府重点工作及责任分解的通知')).toBe('【市政府重点工作及责任分解】'.length);
    expect(columnLabelLength('【预算案】政府将推出多项措施，支持中小企。')).toBe(0);
    expect(columnLabelLength('滁州市人民政府关于2020年市政府重点工作及责任分解的通知')).toBe(0);
  });
});
