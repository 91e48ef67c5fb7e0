/**
 * Site chrome rules (src/ingest/recognisers/boilerplate.ts). The lines are our own, in the shapes real
 * portals print; test/fixtures/formats/chrome-lines.txt puts them around a short document.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_RULES, matchBoilerplate } from '../../src/ingest/recognisers/boilerplate.ts';
import { cleanLine, normalizeSource } from '../../src/ingest/stages/normalize.ts';
import { readSource } from '../../src/ingest/stages/read.ts';
import { ROOT } from './_seeds.ts';

/** The rule a raw line matches, as normalizeSource tests it (on the cleaned line). */
const ruleOf = (raw: string) => matchBoilerplate(cleanLine(raw))?.name ?? null;

describe('chrome lines and their rules', () => {
  it.each([
    ['您当前的位置：首页 > 政务公开 > 政策文件', 'breadcrumb'],
    ['您现在所在的位置: 首页 > 政务公开 > 市政府文件', 'breadcrumb'],
    ['当前位置：网站首页 > 新闻中心 > 通知公告', 'breadcrumb'],
    ['您的位置: 首页 >部门文件>详细内容', 'breadcrumb'],
    ['您现在的位置:', 'breadcrumb'],
    ['首页 >> 政策 >> 科技', 'breadcrumb'],
    ['> 专题专栏  > 重要专题  > 市政府重点工作信息公开  > 2018年政府工作报告', 'breadcrumb'],
    ['信息公开 | 政策文件 | 区政府文件 |', 'pipe breadcrumb'],
    ['政务公开 | 规划计划 | 专项规划', 'pipe breadcrumb'],
    ['晴时多云', 'weather'],
    ['河南省人民政府门户网站 www.henan.gov.cn 时间:2023-01-14 08:36 来源:河南政府网', 'page info'],
    ['点击:', 'page label'],
    ['退出登录', 'site header'],
    ['政府进一步把未来基金分配增100亿元，半数投资创科。(信报资料图片)', 'photo caption'],
    ['记者廖家宁／专题报导', 'news credits'],
    ['请继续往下阅读...', 'page label'],
    ['55分钟前', 'page label'],
    ['更多', 'page label'],
    ['如欲投稿、报料，发布新闻稿或采访通知，按这里联络我们', 'service offer'],
    ['① 本站遵循行业规范', 'disclaimer'],
    ['② 如果对本站有异议,请联系我们', 'disclaimer'],
    ['信报简介 | 服务条款 | 私隐条款 | 免责声明 | 广告查询 | 联络信报', 'footer links'],
    ['您的浏览器不支援JavaScript功能,若网页功能无法正常使用时,请开启浏览器JavaScript状态', 'site header'],
    ['跳到主要内容区块', 'site header'],
    ['Please use a Javascript-enabled browser. 081018tc03001', 'site header'],
    ['法规名称:', 'page label'],
    ['图表附件:', 'page label'],
    ['热门:', 'page label'],
    ['共同笔记', 'site footer'],
    ['历史法规', 'site footer'],
    ['本公司并非财务机构,亦并非中介。本公司只提供该政府计划之相关资料。', 'service offer'],
    ['• 原始资料来源:全国法规资料库、立法院法学系统', 'news credits'],
    ['本网站的内容概不构成任何投资意见,本网站内容亦并非招揽。', 'disclaimer'],
    ['中央社记者施宗晖摄 109年1月9日', 'photo caption'],
    ['简介:某文库小编为你整理了多篇相关的《奖励办法》,但愿对你工作学习有帮助。', 'document site blurb'],
    ['- 约 4页', 'document file info'],
    ['- 2021-01-26 发布于河北', 'document file info'],
    ['- 举报', 'document file info'],
    ['活动现场 图片来源:成都市新津区提供', 'photo caption'],
    ['局长表示，计划至今收到21宗申请。FB图片', 'photo caption'],
    ['，某财经资讯有限公司提供。外汇及黄金报价由路透社提供。', 'disclaimer'],
    ['(责任编辑:某某) |', 'news credits'],
    ['多云转晴 26°C', 'weather'],
    ['👉823重启核三公投并第二波罢免', 'link teaser'],
    ['823罢免并公投开票结果看这里', 'link teaser'],
    ['欢迎联络 StarFund。', 'service offer'],
    ['欢迎随时联络我们进行免费咨询和评估', 'service offer'],
    ['顾问服务费用将全数退还', 'service offer'],
    ['如果有任何关于资助申请服务的问题亦欢迎查询', 'service offer'],
    ['欢迎随时联络我们进行免费咨询和评估。若申请不成功,顾问服务费用将全数退还。', 'service offer'],
    ['如果有任何关于资助申请服务的问题亦欢迎查询,我们十分乐意解答您的问题。', 'service offer'],
    ['（记者 叶永茵唐卓）', 'news credits'],
    ['来自: 华声新闻 收藏 发布:如意潇湘网', 'news credits'],
    ['全国服务热线', 'service hotline'],
    ['- 400-168-9206', 'service hotline'],
    ['项目代理免费咨询热线:0551-65310892,15855157003(微信同号)QQ2885162378', 'service hotline'],
    ['今天是2025年5月1日 星期四', 'date widget'],
    ['【14:00更新】', 'live and widget labels'],
    ['分享至好友和朋友圈', 'live and widget labels'],
    ['如题所述', 'live and widget labels'],
    ['温馨提示:答案为网友推荐,仅供参考', 'live and widget labels'],
    ['咸宁市人民政府主办2020年第2号(总第55号)', 'live and widget labels'],
    ['↓请继续阅读↓', 'page label'],
    ['光明棋牌,光明棋牌下载', 'gambling keywords'],
    ['2023-05-17 22:20:35 来源: 中国新闻网', 'page info'],
    ['更多措施相关信息', 'page label'],
    ['各中小企业如计划申请，欢迎联络 StarFund。 我们承诺为您免费提供初步咨询服务，评估申请的成功机会。', 'service offer'],
    ['李家超发表施政报告(中评社 陆文煜摄) |', 'photo caption'],
    ['RSS阅读', 'page tools'],
    ['打印本页', 'page tools'],
    ['关闭窗口', 'page tools'],
    ['分享到', 'page tools'],
    ['分享到：', 'page tools'],
    ['【字体：大 中 小】', 'page tools'],
    ['字号：[ 大 中 小 ]', 'page tools'],
    ['【字体:', 'page tools'],
    ['打印 纠错', 'page tools'],
    ['打印 打印', 'page tools'],
    ['收藏本站', 'page tools'],
    ['设为首页 | 加入收藏', 'page tools'],
    ['  • 加入收藏 • 关闭', 'page tools'],
    ['【打印】【关闭】', 'page tools'],
    ['来源：某某区科技局  阅读次数：52', 'page info'],
    ['发布日期：2023-03-29 点击次数：120', 'page info'],
    ['发布时间:2021-05-21 浏览次数:3513', 'page info'],
    ['发布时间:2023-07-12 17:04 信息来源:某局 浏览次数: 字体:[ ]', 'page info'],
    ['时间:2023-04-11 【字体:', 'page info'],
    ['来源: | 作者:某某厅 | 发布时间: 2021-07-02 | 31 次浏览 | 分享到:', 'page info'],
    ['网址:www.example.org 来源:某某网发布时间:2018-06-08 10:25:23', 'page info'],
    ['作者:某某区政府【转载】', 'page info'],
    ['阅读人次: 391', 'page info'],
    ['评论人次: 0', 'page info'],
    ['主办：某某市科学技术局 承办：某某市信息中心', 'site credits'],
    ['版权所有：某某市人民政府办公室', 'site credits'],
    ['渝ICP备00000000号-1', 'site credits'],
    ['欢迎访问某某科技服务平台网站!', 'site header'],
    ['欢迎进入某某县人民政府网!今天是:', 'site header'],
    ['中国欢迎您!', 'site header'],
    ['(欢迎您)注销', 'site header'],
    ['信息检索:', 'site header'],
    ['全文检索', 'site header'],
    ['本文仅供参考', 'disclaimer'],
    ['法规内容  本文仅供参考,如需引用请以正式文件为准', 'disclaimer'],
    ['政策解读音频.mp3', 'attachment file name'],
    ['【科技局】工作目标是什么?.mp3', 'attachment file name'],
    ['实施细则全文.pdf', 'attachment file name'],
    ['海报.png', 'image file name'],
    ['首页/政府信息公开/政策/政策文件/县政府文件/正文', 'slash breadcrumb'],
    ['今天是：', 'site header'],
    ['无障碍阅读', 'site header'],
    ['扫一扫在手机打开当前页', 'site header'],
    ['- 格式：pdf', 'document file info'],
    ['- 大小：211.08 KB', 'document file info'],
    ['- 文档页数：4', 'document file info'],
    ["<span id='a1'></span><div></div>", 'empty tag residue'],
    ["• <tr id='x'><td></td></tr>", 'empty tag residue'],
    ["1. <dl id='x'></dl>", 'empty tag residue'],
    ['|', 'table rule'],
    ['||||||||||||', 'table rule'],
    ['|---|---|:---:|', 'table rule'],
    ['文章属性', 'page label'],
    ['条文内容', 'page label'],
    ['标签:', 'page label'],
    ['标题:', 'page label'],
    ['规范性文件 统一编号: |', 'page label'],
    ['立法理由', 'page label'],
    ['这条法条还没有人写下共笔', 'page label'],
    ['写些笔记,帮助学习与思考', 'page label'],
    ['无码国产精品久久APP, 在线观看一区二区, 人妻免费视频', 'seo filler'],
    ['对等关税被推翻、各国反应一次看', 'link teaser'],
    ['经典赛／中华队出现伤兵 「龙仔」热身赛意外造成左手肘拉伤', 'link teaser'],
    ['记者廖家宁／台北报导', 'news credits'],
    ['商务及经济发展局局长丘应桦。巴士的报资图片', 'photo caption'],
    ['选委会立法会议员简慧敏提问。 立法会直播截图', 'photo caption'],
    ['数码转型支援先导计划。 数码港IG', 'photo caption'],
    ['(Copyright 2020 i-CABLE. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.)', 'site credits'],
    ['版权所有，不得转载。', 'site credits'],
    ['发布日期:2024-08-31      阅读:', 'page info'],
    ['返回列表', 'page tools'],
    ['[广告] 请继续往下阅读', 'page label'],
    ['政府文件', 'page label'],
    ['点阅数9014', 'page info'],
    ['访谈解读:', 'related links'],
    ['2019各县市电动机车购车补助,点图可放大。(资料来源/经济部)', 'photo caption'],
    ['提供每名参加者 200 元的鼓励金，上限为1, 000 名。', null],
    ['如有疑问，欢迎咨询市科技局。', null],
    ['市政府主办的展会于2020年第2季度举行。', null],
    ['【重要更新】', null],
    ['加入资料夹:', 'page label'],
    ['法规类别: 行政 > 经济部 > 投资目', 'page label'],
    ['※如已配合行政院组织改造,公告变更管辖或停止办理业务之法规条文,请详见沿革', 'page label'],
    ['发文内容:', 'page label'],
    ['网站地图', 'site footer'],
    ['责编：白冰', 'news credits'],
    ['监制:雷某某', 'news credits'],
    ['原标题：某省出台新政支持企业', 'news credits'],
    ['信息来源：某区科技工业和信息化局', 'news credits'],
    ['某报／ 记者王某某／即时报导', 'news credits'],
    ['院长前往议会作施政报告。记者李某某／摄影', 'news credits'],
    ['相关解读', 'related links'],
    ['相关政策解读:一图读懂《某市专项扶持办法》', 'related links'],
    ['点击查看政策解读：【音频解读】关于《某办法》的解读', 'related links'],
    ['GMT+8, 2024-11-23 02:48', 'timestamp'],
    ['免责声明:本网站所有信息仅供参考,不做交易和服务的根据。', 'disclaimer'],
    ['上一页 | 目 录 | 下一页 |', 'page tools'],
    ['字体大小: 正常 放大', 'page tools'],
    ['原标题:', 'page label'],
    ['公(发)布日期:', 'page label'],
    ['某省商务厅 版权所有', 'site credits'],
    ['您需要登录后才可以发表回应 登录 | 免费注册', 'site header'],
    ['创作者介绍', 'site footer'],
    ['返回页首', 'page tools'],
    ['友善列印', 'page tools'],
    ['回上一页 | 回首页', 'page tools'],
    ['重要告示', 'site footer'],
    ['私隐政策', 'site footer'],
    ['版权告示', 'site footer'],
    ['最后修订日期：2024年1月1日', 'page info'],
    ['点阅次数：123', 'page info'],
    // seventh trial (news pages as received; a Traditional line is matched on its Simplified reading by normalize)
    ['15.05.2015 12:12', 'timestamp'],
    ['2024年04月18日 12:13 最后更新:12:30', 'timestamp'],
    ['2017-01-02', 'timestamp'],
    ['date 2025-10-17', 'timestamp'],
    ['某市城区一角(某某网发 王某 摄)', 'photo caption'],
    ['date 2025-09-07 某部推动屋顶光伏加速计划，单案最高补助30万元。（资料照）', 'photo caption'],
    ['风力发电示意图。图／AI生成', 'photo caption'],
    ['资料图片', 'photo caption'],
    ['图片:创新科技署', 'photo caption'],
    ['本文来源: 人民网', 'news credits'],
    ['原文刊于某某财经新闻', 'news credits'],
    ['版权声明:凡注有稿件来源为“某网”的稿件,均为某网版权稿件。', 'news credits'],
    ['以上内容仅用作资讯或教育之目的,不构成与某公司相关的任何投资建议。', 'disclaimer'],
    ['译文内容由第三人软体翻译。', 'disclaimer'],
    ['译文内容由第三方软件翻译。', 'disclaimer'],
    ['已复制链接', 'page tools'],
    // eighth round (dev sets): a Traditional page's 已複製連結 folds to 已复制连结 (Hong Kong variant)
    ['已复制连结', 'page tools'],
    ['搜寻', 'site header'],
    ['搜索', 'site header'],
    ['下载地址:点击此处下载', 'download link'],
    ['点此下载', 'download link'],
    ['原文如下:', 'page label'],
    ['广告 广告', 'page label'],
    ['制表:某报记者 王某', 'news credits'],
    ['■记者 郭某东', 'news credits'],
    ['来源:某院 example.org 日期:2023-07-28 点击:', 'page info'],
    ['报告内容', 'page label'],
    ['(此文有删减)', 'page label'],
    ['出版:更新:', 'page label'],
    ['-------------------', 'table rule'],
  ])('%j → %s', (line, rule) => {
    expect(ruleOf(line)).toBe(rule);
  });

  it('gives every rule a distinct name', () => {
    const names = BOILERPLATE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('document text that merely contains a chrome word is kept', () => {
  it.each([
    '本办法所称奖励资金来源：县级科技专项资金。',
    '来源于企业的技术需求应当及时发布。',
    '如有疑问，欢迎联系市科技局咨询。',
    '（三）新建5G基站和本站点配套设施。',
    '本公司应当建立健全财务制度。',
    '服务条款应当明确双方权利义务，免责声明不得排除法定责任。',
    '晴天与雨天的施工安排另行通知。',
    '申报指南请看这里的附件说明，按要求提交材料。',
    '来源：市统计局',
    '（二）分享转化收益的研发团队，按约定比例分享奖励。',
    '分享到各区县的经验要及时总结推广。',
    '建立科研数据分享机制，推动仪器设备开放共享。',
    '首页设计等技术服务不在奖励范围内。',
    '时间：2024年全年，地点：县科技局',
    '发布日期：以正式印发的文件为准。',
    '主办单位：市科技局',
    '版权所有者应当依法维护自身权益。',
    '欢迎访问者提出意见建议。',
    '打印机、复印机等办公设备纳入集中采购。',
    '关闭落后产能，淘汰高耗能设备。',
    '附件：成果转化奖励申请表.docx',
    '2.成果转化奖励申请表.docx',
    '本文仅供参考的说法不适用于本办法。本办法自印发之日起施行。',
    '当前位置偏远的园区要加强交通保障。',
    '| 序号 | 重点任务 | 牵头单位 |',
    '一、总体要求',
    '编辑出版物应当遵守本条例。',
    '相关文件规定的补贴标准继续执行。',
    '咨询电话：023-63899999，服务热线：12345',
    '今天是全市科技活动周的第一天。',
    '主要目标：',
    '附件：',
  ])('%j', (line) => {
    expect(ruleOf(line)).toBeNull();
  });
});

describe('page-info lines carry the publication date', () => {
  it.each([
    ['发布日期：2023-03-29 点击次数：120', { 发布日期: '2023-03-29' }],
    ['发布时间:2023-07-12 17:04 信息来源:某局 浏览次数: 字体:[ ]', { 发布日期: '2023-07-12 17:04' }],
    ['来源: | 作者:某某厅 | 发布时间: 2021-07-02 | 31 次浏览 | 分享到:', { 发布日期: '2021-07-02' }],
    ['时间:2023年4月11日 【字体:', { 发布日期: '2023年4月11日' }],
    ['来源：某某区科技局  阅读次数：52', {}],
    ['更新时间：2023-05-06 浏览次数：8', {}],
    ['最后修订日期：2024年1月1日', {}],
  ])('%j → %j', (line, fields) => {
    const clean = cleanLine(line);
    const rule = matchBoilerplate(clean);
    expect(rule?.name).toBe('page info');
    expect(rule!.fields!(clean)).toEqual(fields);
  });
});

describe('normalizeSource on test/fixtures/formats/chrome-lines.txt', () => {
  const file = 'test/fixtures/formats/chrome-lines.txt';
  const norm = normalizeSource(readSource(file, readFileSync(`${ROOT}${file}`)));

  it('strips every chrome line with its rule, and keeps the date of the page-info line', () => {
    expect(norm.stripped.map((s) => [s.line, s.rule])).toEqual([
      [1, 'page tools'],
      [2, 'site header'],
      [3, 'page tools'],
      [4, 'site header'],
      [5, 'page tools'],
      [6, 'breadcrumb'],
      [7, 'pipe breadcrumb'],
      [9, 'page info'],
      [10, 'page info'],
      [11, 'page tools'],
      [12, 'page tools'],
      [13, 'page tools'],
      [14, 'page tools'],
      [15, 'empty tag residue'],
      [16, 'attachment file name'],
      [17, 'attachment file name'],
      [28, 'disclaimer'],
      [29, 'page tools'],
      [30, 'page tools'],
      [31, 'site credits'],
      [32, 'site footer'],
      [33, 'table rule'],
    ]);
    expect(norm.stripped.find((s) => s.line === 9)!.fields).toEqual({ 发布日期: '2024-04-18' });
    expect(norm.stripped.filter((s) => s.fields).map((s) => s.line)).toEqual([9]);
  });

  it('keeps the document lines, including those that mention 来源, 分享, 首页 and 时间', () => {
    const kept = norm.lines.filter((l) => l.text).map((l) => l.text);
    expect(kept).toContain('本办法所称奖励资金来源：县级科技专项资金。');
    expect(kept).toContain('来源于企业的技术需求应当及时发布。');
    expect(kept).toContain('（二）分享转化收益的研发团队，按约定比例分享奖励。');
    expect(kept).toContain('首页设计等技术服务不在奖励范围内。');
    expect(kept).toContain('时间：2024年全年，地点：县科技局');
    expect(kept).toContain('附件：成果转化奖励申请表.docx');
    expect(kept).toHaveLength(norm.lines.length - norm.lines.filter((l) => !l.text).length);
    expect(kept.join('\n')).not.toMatch(/点击次数|阅读次数|字体|纠错|加入收藏|打印|关闭窗口|主办|网站地图|仅供参考|\.mp3|<span|^\|$/m);
  });
});

describe('a Traditional-character page', () => {
  it('is matched on its Simplified reading, the line quoted as printed', () => {
    const text = ['某市補貼辦法', '打印本頁', '瀏覽次數:', '第一條 為支持企業發展，制定本辦法。', '版權所有：某某辦公室'].join('\n');
    const norm = normalizeSource(readSource('seeds/x.txt', Buffer.from(text)));
    expect(norm.stripped.map((s) => [s.text, s.rule])).toEqual([
      ['打印本頁', 'page tools'],
      ['瀏覽次數:', 'page info'],
      ['版權所有：某某辦公室', 'site credits'],
    ]);
  });
});

describe('a site\'s menu before the first sentence (rule site menu)', () => {
  it('strips a line of short entries above the article, and keeps the same shape below a sentence', () => {
    const text = ['自由財經', '財經首頁 財經即時 財經政策 國際財經 證券產業', '即時 熱門 政治 軍武 社會 生活', '市发展改革委 市科技局 市财政局 市商务委', '某部今天宣布，補助上限提高至40萬元。', '甲 乙 丙 丁 戊', '縣長表示，措施將於下月實施。'].join('\n');
    const norm = normalizeSource(readSource('seeds/x.txt', Buffer.from(text)));
    expect(norm.stripped.filter((s) => s.rule === 'site menu').map((s) => s.line)).toEqual([2, 3]);
    expect(norm.lines.map((l) => l.line)).toContain(4);
    expect(norm.lines.map((l) => l.line)).toContain(6);
  });

  it('keeps a table\'s header row above the first sentence (序号 first, or two column names)', () => {
    const text = ['工作任务分解表', '序号 重点工作任务 主要责任单位 协同配合单位 完成期限', '项目 资助内容 资助金额 申报时间', '1 新培育科技型企业20家。 市科技局'].join('\n');
    const norm = normalizeSource(readSource('seeds/x.txt', Buffer.from(text)));
    expect(norm.stripped.filter((s) => s.rule === 'site menu')).toEqual([]);
  });
});

describe('sentences that mention a chrome word', () => {
  it.each(['请登录系统搜索申报指南。', '原文如下所述的三项措施均已实施。', '点击下载按钮后填写申报表。', '资金来源：市财政专项资金，按规定使用。', '资料来源：市统计局'])('%s is kept', (line) => {
    expect(ruleOf(line)).toBeNull();
  });
});

describe('a Traditional news page (test/fixtures/formats/news-page-zh-hant.txt)', () => {
  const file = 'test/fixtures/formats/news-page-zh-hant.txt';
  const norm = normalizeSource(readSource(file, readFileSync(`${ROOT}${file}`)));
  it('keeps the headline and the article, without dateline, caption, credits, related headlines or tools', () => {
    expect(norm.lines.map((l) => l.text).filter((t) => t.trim())).toEqual([
      '雲嶺日報>財經>即時',
      '雲嶺推出中小企資助新措施',
      '雲嶺縣政府今天宣布，中小企業數碼轉型資助上限由20萬元提高至40萬元。',
      '縣長表示，措施將於下月實施。',
    ]);
    expect(norm.stripped.filter((s) => s.text.trim()).map((s) => [s.text, s.rule])).toEqual([
      ['字體大小: 正常 放大', 'page tools'],
      ['2026-01-09 10:30', 'timestamp'],
      ['〔記者王小明／雲嶺報導〕', 'boundary/dateline'],
      ['行政院會通過預算案。（記者李大華攝）', 'photo caption'],
      ['責任編輯：張三', 'news credits'],
      ['相關新聞', 'related links'],
      ['雲嶺舉辦科技展覽', 'boundary/after-end'],
      ['往下看更多文章', 'boundary/after-end'],
    ]);
  });
});

describe('lost-character', () => {
  it('cuts a ? the page lost before a line\'s numbering, and leaves one inside text alone', () => {
    const text = ['某区六条措施', '?第一條 高新技術企業獎勵。對首次通過認定的企業給予獎勵。', '為什麼要申報?請見第二條。'].join('\n');
    const norm = normalizeSource(readSource('seeds/x.txt', Buffer.from(text)));
    // (cleaned: spaces between Han characters dropped, ? written full-width)
    expect(norm.lines.map((l) => l.text)).toEqual(['某区六条措施', '第一條高新技術企業獎勵。對首次通過認定的企業給予獎勵。', '為什麼要申報？請見第二條。']);
    expect(norm.stripped.map((s) => [s.line, s.text, s.rule])).toEqual([[2, '？', 'lost-character']]);
  });
});

describe('a news page\'s photo captions marked ▲ (rule boilerplate/photo caption)', () => {
  it('strips a ▲ line that repeats a line above it, and the copies above; keeps a ▲ bullet that repeats nothing', async () => {
    const { captionLines } = await import('../../src/ingest/recognisers/boilerplate.ts');
    const lines = ['标题', '政府目标在2027年前提升至约20万个。', '', '政府目标在2027年前提升至约20万个。', '', '▲政府目标在2027年前提升至约20万个。', '正文第一段。', '▲加强组织领导。'];
    expect([...captionLines(lines)].sort()).toEqual([1, 3, 5]);
  });
});

describe('decorative glyphs sown into the text (rule glyph-noise)', () => {
  it('drops runs of two or more, keeps a single glyph (a bullet) and reports each line', () => {
    const text = ['■首次认定的企业，给予20万元奖励。', '省财政统筹安排25亿元，支持科学中心建设■■★★★。（责任单位◆★◆■★■：省发展改革委）'].join('\n');
    const norm = normalizeSource(readSource('seeds/x.txt', Buffer.from(text)));
    expect(norm.lines.map((l) => l.text)).toEqual(['■首次认定的企业，给予20万元奖励。', '省财政统筹安排25亿元，支持科学中心建设。（责任单位：省发展改革委）']);
    expect(norm.notes.filter((n) => n.rule === 'glyph-noise').map((n) => n.line)).toEqual([2]);
  });
});

