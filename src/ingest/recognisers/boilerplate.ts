/**
 * Web-page boilerplate (site chrome) that scraped copies carry around the document text.
 * Each rule names what it removes; every removed line is listed in the ingest report
 * (diagnostic `boilerplate/<rule>`). Rules are anchored: a line is chrome only when the
 * whole line has the shape of chrome, so a document sentence that merely contains a
 * chrome word (来源, 分享, 首页 …) is kept. The rules are documented in docs/formats.md.
 * Add a rule here when a new source site brings new chrome (and a test with its line).
 */
import type { BoilerplateName } from '../report/rules.ts';
import { timeStampDate } from './page-date.ts';
import { portalDate } from './portal-metadata.ts';

export interface BoilerplateRule {
  /** Reported as `boilerplate/<name>` (a rule of src/ingest/report/rules.ts). */
  name: BoilerplateName;
  /** Tested against the cleaned line (no spaces between Chinese characters, full-width ： ， ！). */
  pattern: RegExp;
  /** Portal metadata the chrome line carries (its publication date), so that stripping it does not lose it. */
  fields?: (line: string) => Record<string, string>;
}

/** Page tools: print, close, share, font size, bookmark (every token of the line must be one of these). */
const TOOL_WORDS = '返回列表|已复制链接|复制链接|已复制连结|复制连结|友善列印|列印本页|列印|返回页首|回到页首|回页首|回上一页|回首页|回顶端|分享至|转寄|字级|打印本页|打印|关闭窗口|关闭本页|关闭|纠错|分享到|分享|收藏本站|加入收藏|收藏|设为首页|返回顶部|回顶部|返回|RSS阅读|RSS订阅|RSS|页面功能|字体大小|字体|字号|正常|放大|缩小|大|中|小|默认|上一页|下一页|上一篇|下一篇|目录';
const TOOL_SEPARATORS = '[\\s•·|/【】\\[\\]()（）：:]*';
const TOOLS_ONLY = new RegExp(`^(?=.*(?:返回列表|复制链接|复制连结|打印|列印|关闭|纠错|分享|收藏|设为首页|返回顶部|回顶部|页首|回上一页|回首页|回顶端|转寄|RSS|字体|字号|字级|页面功能|上一页|下一页))${TOOL_SEPARATORS}(?:(?:${TOOL_WORDS})${TOOL_SEPARATORS})+$`);

/** Labels that open a page-info line (publication date, source, author, site address). */
const PAGE_INFO_LEAD = '(?:发布日期|发布时间|更新时间|时间|日期|来源|信息来源|文章来源|作者|网址|发布者)[：:]';
/** What a page-info line carries besides its lead: a counter, another page-info label, a font or share tool. */
const PAGE_INFO_MORE = '(?:阅读[：:]|点击次数|浏览次数|阅读次数|访问次数|点击数|点击量|浏览量|阅读量|次浏览|次阅读|字体|字号|分享到|转载|来源[：:]|作者[：:]|发布时间[：:]|发布日期[：:]|日期[：:]|点击[：:])';
/** A news page's dateline: its time stamp and its source (2023-05-17 22:20:35 来源：中国新闻网). */
const STAMP_AND_SOURCE = '\\d{4}-\\d{1,2}-\\d{1,2}\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?\\s*来源[：:]\\s*[^\\s。，；]{2,20}';
const COUNTER_LINE = '(?:阅读人次|评论人次|阅读次数|点击次数|浏览次数|访问次数|点阅次数|浏览人次|点击数|点击量|浏览量|阅读量)[：:]\\s*\\d*|(?:点阅数|点阅次数|浏览数)\\s*\\d+|(?:最后修订日期|最后更新日期|修订日期|更新日期|最后更新)[：:]\\s*[\\d年月日/.\\s-]*';

const DATE_IN_PAGE_INFO = /(?<!更新|修订)(?:发布日期|发布时间|时间|日期)[：:]\s*(\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)/;

/** The publication date a page-info line carries, as the portal field 发布日期 (the line itself is chrome). */
function pageInfoDate(line: string): Record<string, string> {
  const m = line.match(DATE_IN_PAGE_INFO);
  return m && portalDate(m[1]) ? { 发布日期: m[1]!.trim() } : {};
}

export const BOILERPLATE_RULES: BoilerplateRule[] = [
  {
    name: 'breadcrumb',
    // (also > 专题专栏 > 重要专题 > 工作报告: a breadcrumb whose home link was an image, the line opening with its >)
    pattern: /^(?:(?:>>?|»|›)\s*[^>»›。，；]{1,24}?(?:\s*(?:>>?|»|›)\s*[^>»›。，；]{1,24}?)+$|(?:首页|首頁|网站首页|当前位置|當前位置)\s*(?:>>|>|»|›)|(?:您当前的位置|您當前的位置|您现在所在的位置|您现在的位置|您所在的位置|您的位置|当前位置|當前位置|当前的位置|所在位置)[：:])/,
  },
  {
    // 首页/政府信息公开/政策/政策文件/县政府文件/正文: portal sections separated by slashes, from the home page
    name: 'slash breadcrumb',
    pattern: /^(?:首页|首頁|网站首页)\s*\/(?:\s*[^/。，；：]{1,12}\s*\/)+\s*[^/。，；：]{0,12}$/,
  },
  {
    // 信息公开 | 政策文件 | 区政府文件 |: portal sections separated by pipes, starting with a known section name
    name: 'pipe breadcrumb',
    pattern: /^(?:首页|网站首页|信息公开|政务公开|政府信息公开|政策文件|政策法规|新闻中心|通知公告)\s*\|(?:\s*[^|。，；：]{1,12}\s*\|)+\s*(?:[^|。，；：]{1,12})?$/,
  },
  {
    name: 'page label',
    pattern: /^(?:详细内容|詳細內容|正文|图片|文章属性|发文内容[：:]?|(?:\d+\.\s*)?内容页面|法規內容|法规内容|法規功能按鈕區|法规功能按钮区|条文内容|加入资料夹[：:]?|(?:法规名称|法规内容|法规类别|图表附件|附件档案)[：:]|法规类别[：:][^。，；]{0,40}>[^。，；]{0,40}|※如已配合行政院组织改造[^。]{0,80}|:::|(?:(?:发布日期|公[(（]发[)）]布日期|发布时间|更新时间|出版|更新|来源|作者|原标题|标题|时效|标签|(?:规范性文件\s*)?统一编号)[：:]\s*\|?)+|立法理由|这条法条还没有人写下共笔|写些笔记[，,]\s*帮助学习与思考|报告内容|[（(](?:此文|本文)?有删[减节][）)]|(?:原文|全文|文件全文|政策原文|文件原文)如下[：:]?|广告(?:\s*广告)*|热门[：:]|更多[^。，；]{0,10}(?:相关)?(?:信息|资讯|新闻)|点击[：:]|回上|更多|(?:[\[【]?广告[\]】]?\s*)?请继续往下阅读[.。…]*|[↓⬇]\s*请?继续(?:往下)?阅读\s*[↓⬇]?|政府文件|\d{1,3}\s*(?:分钟|小时|天)前)$/,
  },
  { name: 'page tools', pattern: TOOLS_ONLY },
  // (also after the site's name and address: 河南省人民政府门户网站 www.henan.gov.cn 时间:… 来源:…)
  { name: 'page info', pattern: new RegExp(`^(?:[^\\s。，；：:]{2,30}?\\s*www\\.[\\w.-]+?\\.(?:cn|com|net|org|gov)\\s*)?(?:${PAGE_INFO_LEAD}.*${PAGE_INFO_MORE}|${COUNTER_LINE}$|${STAMP_AND_SOURCE}$)`), fields: pageInfoDate },
  {
    name: 'site header',
    pattern:
      /^(?:您需要登录后才可以[^。]{0,40}|(?:登录|登入)\s*[|｜]\s*(?:免费)?注册|退出登录|用户登录|登录|注册|欢迎(?:访问|进入|光临|来到)[^。；]{1,60}(?:网|网站|平台|门户|主页)[！!]?(?:今天是[：:].*)?|[^。，；]{0,12}欢迎您[！!]?|[（(]欢迎您[)）](?:注销|退出|登录)?|(?:信息检索|全文检索|站内搜索|高级检索|搜索|搜寻)[：:]?|今天是[：:][^。；]{0,30}|(?:无障碍阅读|無障礙閱讀|长者模式|關懷版|关怀版|适老化)(?:\s*(?:无障碍阅读|長者模式|长者模式|关怀版|适老化))*|扫一扫在手机(?:上)?打开当前页|扫一扫在手机打开|您的浏览器不(?:支持|支援)\s*JavaScript\s*功能?[^。]{0,60}|跳到主要内容(?:区块|区)?|跳至主要内容|:::|Please use a Javascript-enabled browser\.?.{0,30})$/i,
  },
  {
    name: 'disclaimer',
    // also a finance site's (以上内容仅用作资讯…之目的，不构成…投资建议) and a machine translation's (译文内容由第三方软件翻译)
    pattern: /^(?:(?:法规内容\s*)?(?:本文|本页|本站|此文|以上内容)(?:内容)?仅供参考[^。]{0,30}[。.]?|免责声明[：:].*|以上内容仅.{0,40}不构成.{0,60}投资建议.{0,80}|本网站的?内容概?不构成任何投资(?:意见|建议).{0,160}|(?:[①②③④⑤⑥⑦⑧⑨⑩]\s*)?[^。]{0,20}本(?:站|网站)(?![点址])[^。]{0,40}[。]?|译文内容由第[三3][方人]?软[件体]翻译[。.]?|.{0,80}(?:报价|行情|资料|数据)由[^。，]{2,16}提供[。.]?)$/,
  },
  {
    // a photo's caption: ends with its credit (（央广网发 俄少飞 摄）, （经济部提供）, （资料照）, 图／AI生成) or is a picture label alone;
    // a caption may be printed twice on one line
    name: 'photo caption',
    // (also a picture's source after its caption: 活动现场 图片来源:某区提供, …1.08亿元。FB图片)
    pattern: /^(?:.{0,200}(?:[（(][^（）()]{0,24}摄[）)]|[（(][^（）()。，]{1,16}提供[）)]|[（(][^（）()。，]{0,8}资料照片?[）)]|[（(][^（）()。，]{0,8}资料图片?[）)]|图[／/]\s*\S{1,12}|[。\s](?:FB|IG|fb|网络|网上|资料)图片)|资料图片?|查看图库|[^。；，]{2,40}。\s*[^。；，\s]{1,10}(?:资料?图片|资图片|直播截图|截图|\s?IG|\s?FB|Instagram|Facebook)|.{0,120}(?:点图可放大|点击图片可放大|点击放大)[。.]?(?:[（(]资料来源[／/][^）)]{1,20}[）)])?|图片[：:]\s*[^。；，]{1,20}|[^。；，]{0,20}\s*图片来源[：:]\s*[^。；，]{1,20}|[^。；，]{0,40}记者\s*\p{Script=Han}{2,4}\s*摄(?:\s*\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?)$/u,
  },
  {
    // the people and outlet a news page credits (监制：…, 责编：…, 原标题：…, 经济日报／记者…／即时报导)
    name: 'news credits',
    pattern:
      /^[（(]?(?:(?:监制|监审|责编|责任编辑|编辑|校对|审核|审校|初审|复审|终审|撰稿|作者|记者|通讯员|摄影|原标题|信息来源|文章来源|稿件来源|本文来源|原始资料来源|制表|制图)[：:／/]\s*[^。；，]{1,40}|■\s*记者\s*\p{Script=Han}{2,4}|原文刊[于於载載][^。；，]{2,30}|版权声明[：:].{0,160}|[^。；，]{0,12}[／/]\s*记者\s*[^。；，／/]{2,10}\s*[／/]\s*[^。；，]{0,8}|记者\s*\p{Script=Han}{2,4}\s*[／/]\s*\p{Script=Han}{0,6}报[导道]|.{0,50}(?:记者\s*\p{Script=Han}{2,4}\s*[／/]\s*摄影?|[（(]记者\s*\p{Script=Han}{2,4}\s*摄[）)])|[（(]\s*(?:记者|通讯员)\s*[\p{Script=Han}\s、]{2,16}[）)]|来自[：:]\s*\S[^。；，]{0,20}?(?:\s*(?:收藏|分享|发布[：:][^。；，]{1,20}))+)$/u,
  },
  {
    // links to other pages about the document (相关解读, 点击查看政策解读：…, 延伸阅读)
    name: 'related links',
    pattern: /^(?:相关解读|相关政策解读|访谈解读|点击查看政策解读|点击查看解读|相关链接|相关文件|相关新闻|相关阅读|相关文章|延伸阅读|扩展阅读|图片解读|图文解读)(?:[：:].{0,120})?$/,
  },
  {
    // a page's publication time alone on a line (GMT+8, 2024-11-23 02:48), kept as 发布日期
    name: 'timestamp',
    // also day first (15.05.2015 12:12), with 年月日 and a later update (2024年04月18日 12:13 最后更新:12:30), a date in ISO
    // form alone (2017-01-02: a document's own date is written 2017年1月2日) or a reader's `date 2025-10-17`
    pattern:
      /^(?:(?:GMT[+-]\d{1,2},?\s*)?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\.\d{1,2}\.\d{4}\s+\d{1,2}:\d{2}|\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}(?:\s*最后更新[：:]\s*\d{1,2}:\d{2})?|(?:date\s+)?\d{4}-\d{2}-\d{2})$/,
    fields: (line): Record<string, string> => {
      // read as rule figure/page-date reads a time stamp; a date alone as a portal's date field is read
      const date = timeStampDate(line) ?? portalDate(line);
      return date ? { 发布日期: date } : {};
    },
  },
  // a download link's label (下载地址：点击此处下载): the file itself is not in the text
  { name: 'download link', pattern: /^(?:下载地址[：:]\s*)?(?:点击此处下载|点此下载|点击下载)(?:[：:].{0,60})?$/ },
  { name: 'image file name', pattern: /^\S+\.(png|jpe?g|gif|svg|webp|bmp)$/i },
  // a document-sharing site's file facts above the text (- 格式:pdf / - 大小:211.08 KB / - 文档页数:4)
  // (also its counters and links as list items: - 3, - 约 4页, - 2021-01-26 发布于河北, - 举报)
  { name: 'document file info', pattern: /^(?:[-•·]?\s*(?:格式|大小|文档页数|页数|下载次数|浏览次数)[：:]\s*[\w. ]{1,20}|[-•·]\s*(?:\d{1,6}|约\s*\d{1,4}\s*页|约\s*[\d.]{1,6}\s*千?字|\d{4}-\d{2}-\d{2}\s*发布于\p{Script=Han}{1,6}|举报|收藏|下载))$/u },
  // a document-sharing site's blurb (简介:某文库小编为你整理了多篇相关的《…》)
  { name: 'document site blurb', pattern: /^简介[：:].{0,40}(?:小编|为你整理|为您整理).{0,200}$/ },
  // an attachment offered for download (not an annex reference: lines opening with 附件 or a list number are kept)
  { name: 'attachment file name', pattern: /^(?!附件|\d+[.、．])[^。；]{1,120}\.(?:pdf|docx?|xlsx?|wps|ofd|pptx?|mp3|mp4|wav|zip|rar)$/i },
  { name: 'empty tag residue', pattern: /^(?:[•·]|\d+\.)?\s*(?:<\/?[A-Za-z][^<>]*>\s*)+$/ },
  // a table's rule (|---|---|), or a line of dashes alone (-------------------)
  { name: 'table rule', pattern: /^(?:[\s\-:=+]*\|[\s|\-:=+]*|[-—=_]{5,})$/ },
  {
    name: 'site footer',
    pattern: /^(?:共同笔记|AI\s*白话文|相关法条|历史法规|政策订阅|客服中心|新浪微博|扫描关注微信公众号|联系我们|相关词条|热门词条|相關詞條|熱門詞條|聯絡我們|网站地图|重要告示|私隐政策|私隐政策声明|版权告示|无障碍声明|无障碍网页声明|使用条款|隐私权政策|隐私权保护政策|资讯安全政策|网站资料开放宣告|政府网站资料开放宣告|联络我们|免责声明|创作者介绍|作者介绍|文章分类|最新文章|热门文章|文章标签|留言列表|全站热搜|热门搜索|回顶部)$/,
  },
  {
    name: 'site credits',
    pattern: /^(?:主办(?:单位)?[：:].*(?:承办|技术支持|ICP|备案|网站标识码|版权所有).*|[（(]?(?:版权所有\s*[：:©(（]|Copyright\b|©).{0,200}|版权所有[，,、]?\s*(?:不得|禁止|严禁|未经许可不得)(?:转载|复制)[^。]{0,20}[。.]?|[^。；，]{1,40}\s*版权所有|网站标识码[：:]?.{0,40}|.{0,60}(?:ICP备|公网安备)\s*\d+号(?:-\d+)?.{0,60})$/i,
  },
  { name: 'seo filler', pattern: /^(?:(seo\s*)+|(?=(?:.*(?:无码|精品|久久|人妻|一区二区|黄网站|成人视频|免费视频|色吧|激情)){3}).*)$/i },
  // a footer's links apart by pipes, two or more of them a site's terms (服务条款 | 私隐条款 | 免责声明 | 联络我们)
  { name: 'footer links', pattern: /^(?=(?:.*(?:服务条款|私隐条款|隐私条款|隐私政策|免责声明|广告查询|联络我们|联系我们|网站地图|使用条款|版权声明)){2})[^。，；]{0,120}\|[^。，；]{0,120}$/ },
  // a news site's weather box (晴时多云, 多云转晴 26°C): no document prints the weather alone on a line
  { name: 'weather', pattern: /^(?:(?:晴|多云|阴|雨|阵雨|雷阵雨|小雨|中雨|大雨|雪|雾|霾)(?:时|转|有|偶)?)+\s*(?:-?\d{1,2}\s*(?:°C?|℃)?\s*(?:[~～-]\s*-?\d{1,2}\s*(?:°C?|℃)?)?)?$/ },
  // a link to another story (👉823重启核三公投, 开票结果看这里): a pointing mark, or 看这里 at the end, names a link
  { name: 'link teaser', pattern: /^(?:[👉☞➤▶►]\s*\S.{0,80}|[^。；]{2,60}(?:看这里|点这里|戳这里|点我看|一次看|懒人包)[！!]?|\p{Script=Han}{2,4}／(?![^。；]*(?:记者|报导|报道|摄))[^。；]{8,60})$/u },
  // a live report's update stamps (【14:00更新】), a share widget's prompt (分享至好友和朋友圈), a Q&A site's placeholder and
  // notice (如题所述, 温馨提示：答案为网友推荐，仅供参考) and a gazette's masthead (某市人民政府主办2020年第2号（总第55号）)
  {
    name: 'live and widget labels',
    pattern: /^(?:【\s*\d{1,2}[:：]\d{2}\s*更新\s*】|分享(?:至|到)(?:好友|微信|朋友圈)[^。，；]{0,10}|如题所述|温馨提示[：:]\s*答案为网友推荐.{0,20}|[^。，；]{2,24}主办\s*\d{4}\s*年\s*第\s*\d{1,3}\s*[号期]\s*[（(]\s*总第\s*\d{1,4}\s*[号期]\s*[）)])$/,
  },
  // a gambling site's keywords sown into a hijacked copy (光明棋牌,光明棋牌下载): one name and its download link
  { name: 'gambling keywords', pattern: /^(\p{Script=Han}{2,8}(?:棋牌|娱乐城|彩票|博彩))(?:[,，、\s]+\1(?:下载|官网|APP|app|平台)?)+$/u },
  // a consultancy's offer of its own services (欢迎联络 StarFund, 我们承诺为您免费提供初步咨询服务)
  // (a firm speaks to its client: 为您; a policy's own contact line, 欢迎联系市科技局咨询, is kept)
  // (a line of several such sentences too: 欢迎随时联络我们进行免费咨询和评估。若申请不成功，顾问服务费用将全数退还。)
  {
    name: 'service offer',
    pattern: /^(?:(?:如欲投稿.{0,80}|本公司(?:并非|只提供|仅提供).{0,160}|欢迎(?:联络|联系|致电|来电)\s*[A-Za-z][^。，；]{0,20}[！!]?|欢迎随时(?:联络|联系)我们[^。]{0,30}|[^。]{0,20}顾问服务费用?将?全数退还[^。]{0,20}|如果?有任何[^。]{0,16}服务的问题[^。]{0,6}欢迎(?:查询|联络|联系|咨询)[^。]{0,20}|.{0,120}(?:我们|本公司)[^。]{0,10}为您[^。]{0,10}免费[^。]{0,16}咨询.{0,120})[。！!]?\s*)+$/,
  },
  // a firm's sales line: its national or free hotline, a number to add on WeChat or QQ, a 400 number alone
  // (全国服务热线, 项目代理免费咨询热线：0551-…（微信同号）QQ2885162378, 400-168-9206); a policy's own 咨询电话 is kept
  { name: 'service hotline', pattern: /^(?:[-•·*]\s*)?(?:.{0,40}(?:全国服务热线|免费咨询热线|项目代理|微信同号|QQ\s*[：:]?\s*\d{5,}).{0,80}|400[-\s]?\d{3}[-\s]?\d{4})$/ },
  // a site's date box and greeting (今天是2025年5月1日 星期四，欢迎光临本站 …)
  { name: 'date widget', pattern: /^(?:今天是\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*星期[一二三四五六日天].{0,120}|.{0,40}欢迎光临本站.{0,120})$/ },
];

/**
 * The rule a line matches, or null when the line is document text. Pass the cleaned line (see normalize.ts); a
 * line of a Traditional-character document is matched on its Simplified reading (打印本頁 as 打印本页).
 */
export function matchBoilerplate(line: string): BoilerplateRule | null {
  // a page stored as a table ends its cells with a pipe (李家超发表施政报告(中评社 陆文煜摄) |): the cell is the line
  const t = line.trim();
  if (!t) return null;
  // (and a labelled list item's bullet: • 原始资料来源:全国法规资料库; a bulleted value of a portal block, • 2024-01-15,
  // is the block's)
  const cell = t.replace(/\s*\|$/, '').replace(/^[•·▪]\s*(?=\p{Script=Han}{2,12}[：:])/u, '');
  return BOILERPLATE_RULES.find((r) => r.pattern.test(t)) ?? (cell && cell !== t ? (BOILERPLATE_RULES.find((r) => r.pattern.test(cell)) ?? null) : null);
}

/**
 * Rule boilerplate/site menu: a line as received (spaces kept) that is a site's menu — four or more entries apart by
 * spaces or pipes, each a word of at most 6 letters (no digit, bracket or >), not all of them bodies (joint issuers printed side by
 * side) and not a table's header row (序号 first, or two column names such as 责任单位, 完成期限). Normalize applies it
 * only before the page's first sentence.
 */
export function isSiteMenu(received: string): boolean {
  const entries = received.trim().split(/\s*[|｜]\s*|\s+/).filter(Boolean);
  if (entries.length < 4 || /[。；！？，,：:]/.test(received)) return false;
  // each entry a word (not a bracket, bullet or > of a breadcrumb or a portal's [ 索引号 ] block)
  const words = entries.every((e) => [...e].length <= 6 && /^[\p{L}&]+$/u.test(e));
  return words && !entries.every((e) => /(局|委|厅|廳|办|辦|院|会|會|部|府|室|中心)$/.test(e)) && !isTableHeader(entries);
}

/** Whether the entries of a line are a table's column names: 序号 first, or two names of columns. */
function isTableHeader(entries: string[]): boolean {
  if (/^(序号|序號|编号|編號|序)$/.test(entries[0]!)) return true;
  return entries.filter((e) => /(单位|單位|期限|时限|時限|时间|時間|任务|任務|名称|名稱|内容|內容|备注|備註|金额|金額)$/.test(e)).length >= 2;
}

/**
 * Rule boilerplate/photo caption, a news page's captions: a line opening with ▲ that repeats a line above it (a photo's
 * alternative text, then its caption: 政府目标在2027年中前… / ▲政府目标在2027年中前…): both are the photo's, and so is every
 * copy of it right above. A ▲ line that repeats nothing is left alone (a list may use ▲ as its bullet). Returns the indices.
 */
export function captionLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  const keys = lines.map((t) => t.replace(/\s+/g, ''));
  keys.forEach((key, i) => {
    if (!/^[▲△]./.test(key)) return;
    const text = key.slice(1);
    const copies: number[] = [];
    for (let j = i - 1; j >= 0 && (keys[j] === '' || keys[j] === text); j--) if (keys[j] === text) copies.push(j);
    if (copies.length) for (const j of [i, ...copies]) out.add(j);
  });
  return out;
}
