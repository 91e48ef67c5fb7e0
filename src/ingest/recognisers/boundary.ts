/**
 * Where the document starts. A document begins with its own elements and its title (GB/T 9704:
 * 份号 … 发文字号, then 标题), then its text (主送机关, a sentence, or its first numbered part).
 * Two rules take the page the document was saved from out of the preamble; each line they take
 * is listed in the report and not published:
 * - `boundary/before-title`: lines before the title (the first title block or notice title of the
 *   preamble, title.ts — the manifest's title, else the portal block's, where the preamble prints it).
 *   Without a title line this rule cuts nothing.
 * - `boundary/page-furniture`: before the first line of text, a short line that is neither an
 *   element nor part of a title and reads as no wording: at most 8 characters (跳至主要内容, 收缩通版,
 *   TOP), or at most 40 with fewer than 60 % Han characters (A A A, • 2021-09-29, 分享工具 facebook).
 * The chrome rules (boilerplate.ts) remain the fallback inside these bounds.
 */
import { isTableRow } from '../../lib/text-blocks.ts';
import { stripWhitespace } from '../../lib/text.ts';
import { parseDocumentDate, type DocumentElements } from './elements.ts';
import { matchMarker } from './markers.ts';
import { isPageFooter } from './toc.ts';
import type { Paragraph } from '../lines.ts';
import { headlineOf, preambleCandidates } from './title.ts';

export type BoundaryRule = 'boundary/before-title' | 'boundary/before-addressee' | 'boundary/page-furniture' | 'boundary/after-end' | 'boundary/after-text' | 'boundary/dateline' | 'boundary/byline';

/**
 * A portal's blocks that follow the article (相关新闻, 相关附件, 扫一扫在手机打开当前页, 往期精彩, 往下看更多文章, Related Posts,
 * 延伸阅读, 新闻推荐, a news site's 赞助广告 or 讨论区 comment box): the document has ended.
 */
export const AFTER_ARTICLE =
  /^(?:相[关關](?:新[闻聞]|附件|解[读讀]|[链鏈]接|文章|[阅閱][读讀]|文件|稿件|[报報][道導]|推荐|推薦)|扫一扫在手机|掃一掃在手機|往期(?:精彩|回顾|回顧|推荐|推薦)|往下看更多文章$|(?:\d{1,2}[.、．])?更多(?:文章|新[闻聞])?$|猜你喜[欢歡]$|推[荐薦][阅閱][读讀]$|(?:延伸|扩展|擴展)[阅閱][读讀]$|(?:新[闻聞]|热点|熱點|精彩)推[荐薦]$|[赞贊]助[广廣]告$|\w{0,6}[讨討][论論][区區]$|RelatedPosts$|LatestNews$)/u;

/**
 * Rule boundary/after-end: where a saved page goes on after the document — a block that follows the
 * article on portals (AFTER_ARTICLE), or the page's title printed again (a mobile copy of the page) —
 * that line and every line after it are the page's. Only after the text has begun (a line with 。 or ；).
 * Returns the index of the first line after the document, or null.
 */
export function afterEnd(lines: readonly { text: string }[], title: string | null): number | null {
  const t = title === null ? null : stripWhitespace(title);
  let begun = false;
  for (const [i, l] of lines.entries()) {
    const text = stripWhitespace(l.text);
    if (begun && (AFTER_ARTICLE.test(text) || (t !== null && text === t))) return i;
    if (/[。；]/.test(text)) begun = true;
  }
  return null;
}

/**
 * A line that may close a document as GB/T 9704 writes it, or carry its parts on: the signature (…人民政府,
 * …办公厅), the date, 附件, 抄送, 印发, 附注 (此件公开发布), a release time or end mark, a page number (left to pdf-page-number), a numbered part (一、, 第一条, or 一是…), a table
 * row (tab-separated, or a task table's ｜), a task table's unit or deadline cell. Rule
 * boundary/after-text never takes such a line or one before it.
 */
function mayCloseDocument(text: string): boolean {
  return (
    parseDocumentDate(text) !== null ||
    /^(附件|附表|抄送|印发|主题词|联系人|联系电话|[（(]此件|[（(]联系人)/.test(text) ||
    /(时间\d{1,2}[时:：]\d{2}分?|[（(]?完[）)]?)$/.test(text) ||
    // a task table's deadline cell, shredded (2017年年 / 底前, 持续推进)
    /\d{4}年|^(年?底前|年底|月底|前完成|持续推进|长期坚持|长期)$/.test(text) ||
    /(人民政府|政府|办公厅|办公室|委员会|委|局|厅|部|院|会|中心|协会|联合会|办|所|处|行|社)$/.test(text) ||
    matchMarker(text) !== null ||
    /^[一二三四五六七八九十]+是/.test(text) ||
    isPageFooter(text) ||
    // a table row's cells (a tab: table/rows made it one), or a task table's cells apart by ｜; a line of ASCII pipes
    // that is no table row (飲食 | 嬰兒兒童 | 女性) is a site's menu
    /[｜\t]/.test(text)
  );
}

/** A bulleted list item (• 专利注册费用…): after a lead-in, the document's own list. */
const BULLET = /^[•·▪◆●■‣◦]/;

/** A line of the document's wording: a sentence or a clause of one (a page opening may end mid-sentence), or a lead-in line (…：). */
const isWording = (text: string) => /[。；！？，]/.test(text) || /[：:]$/.test(text);

/**
 * Rule boundary/after-text: after the document's last line of wording, a page goes on with lines that are
 * no wording and no element of a document — related headlines, teasers, a support appeal, a comment box
 * (Related Posts, 往下看更多文章, - Posted March 6, 2026). Those lines are the page's. A line that may close a
 * document (mayCloseDocument) keeps itself and everything before it. Returns the index of the first such
 * line, or null.
 */
export function afterText(lines: readonly { text: string }[]): number | null {
  let lastKept = -1;
  let begun = false; // a line of wording has been read (it is kept, so it stands at or before lastKept)
  let inList = false; // the lines kept last are a lead-in (涵盖以下费用：) and the bulleted items it introduces
  for (const [i, l] of lines.entries()) {
    const text = stripWhitespace(l.text);
    if (!text) continue;
    if (isWording(text)) begun = true;
    const listItem: boolean = inList && BULLET.test(text);
    // a table's row is kept whole (its cells are apart by tabs, which stripWhitespace removes)
    // (a page's source field, 来源：某市发改委, names a unit but closes no document)
    if ((isWording(text) || mayCloseDocument(text) || isTableRow(l.text) || listItem) && !SOURCE_LINE.test(text)) lastKept = i;
    inList = /[：:]$/.test(text) || listItem;
  }
  // only after the text has begun, and only when a line with something on it follows
  return begun && lines.slice(lastKept + 1).some((l) => l.text.trim() !== '') ? lastKept + 1 : null;
}

/** Same title, whitespace and bracket width aside. */
const sameTitle = (a: string, b: string) => {
  const c = (s: string) => stripWhitespace(s).replace(/[(（]/g, '（').replace(/[)）]/g, '）').replace(/^《|》$/g, '');
  return c(a) === c(b);
};

/** A page's source field alone on its line (来源：某市发改委): page furniture before the text or after its end, never inside it (a table's 来源：市统计局 is the document's). */
const SOURCE_LINE = /^(?:来源|來源|信息来源|文章来源)[：:]\s*[^。；，,]{1,30}$/;

/** A paragraph that is the document's wording: a sentence, an addressee line (…：), a numbered part. */
const isText = (t: string) => /[。；！？]|[：:]$/.test(t) || matchMarker(t) !== null;

/** Short text that reads as no wording (page furniture): see the module comment. */
export function isFurniture(text: string): boolean {
  const t = text.trim();
  const chars = [...t.replace(/\s+/g, '')];
  // a clause of a sentence (免缴首两季差饷，每季上限5,000元) is wording, whatever its share of digits
  if (SOURCE_LINE.test(t)) return true;
  if (!chars.length || isText(t) || /[，；]/.test(t)) return false;
  const han = chars.filter((c) => /\p{Script=Han}/u.test(c)).length;
  return chars.length <= 8 || (chars.length <= 40 && han / chars.length < 0.6);
}

export interface OutsideParagraph extends Paragraph {
  rule: BoundaryRule;
}

/** Splits the preamble into the document's own paragraphs and those outside it (with the rule that found each). */
export function cutOutside(
  preamble: readonly Paragraph[],
  /** The manifest's title, else the portal block's (a reader header's Title); null: the page's headline, if any. */
  manifestTitle: string | null,
  elements: DocumentElements,
  /** The text has no numbered part (a news report; title.ts headlineOf). */
  textOnly = false,
): { preamble: Paragraph[]; outside: OutsideParagraph[]; digest: Paragraph[] } {
  const candidates = preambleCandidates([...preamble]);
  // with no title given and no title lines, a news page's headline bounds the document (title/headline)
  manifestTitle ??= candidates.length ? null : (headlineOf(preamble, { report: textOnly })?.title ?? null);
  const own = manifestTitle !== null ? candidates.find((c) => sameTitle(c.title, manifestTitle)) : undefined;
  // a title that does not read as an official one (本月起，这笔钱直接发放至个人！) is still found where printed
  const printed = own || manifestTitle === null ? undefined : preamble.find((p) => sameTitle(p.text, manifestTitle));
  // a notice's head — its title with its 文号 within the next three lines — is where the document starts,
  // even below a page's own heading, lead and facts box (an encyclopedia's article about the notice)
  const head = candidates.find((c) => c.rule === 'title/notice' && elements.elements.some((e) => e.kind === 'doc-number' && e.line > c.line && e.line <= c.line + 3));
  const first = candidates.length ? Math.min(...candidates.map((c) => c.line)) : null;
  const start = own?.line ?? printed?.line ?? (head && preamble.some((p) => p.line > first! && p.line < head.line && isText(p.text)) ? head.line : first);
  // the title's lines and later title blocks are the document's; a title-like line before the title is the page's
  const titles = candidates.filter((c) => start === null || c.line >= start);
  const keep = new Set([...elements.elements.map((e) => e.line), ...titles.flatMap((c) => c.lines ?? [c.line]), ...(printed ? [printed.line] : [])]);
  // Wording before the title is the page's too (a reporter's lead: 日前，某市印发…的通知。) when the title is sure:
  // the manifest's or the page's own, or a notice title (…关于印发…的通知); else text before it is kept.
  const sure = Boolean(own || printed || candidates.find((c) => c.line === start)?.rule === 'title/notice');
  // Rule boundary/digest: a page that prints its own digest of a document and then only the document's head (title,
  // 文号, issuer, date, a link) keeps the digest's sentences: they are all the text there is
  // (a notice's 主送 and its note of transmittal — 现印发给你们，请遵照执行 — are its head too: the attachment is not printed)
  const wording = (p: Paragraph) => isText(p.text) && !/[：:]$/.test(p.text) && !TRANSMITTAL.test(p.text);
  const digest =
    textOnly && start !== null && !preamble.some((p) => p.line > start && !keep.has(p.line) && wording(p)) && preamble.some((p) => p.line < start && wording(p));
  const firstText = preamble.find((p) => isText(p.text) && !(sure && !digest && start !== null && p.line < start))?.line ?? Number.POSITIVE_INFINITY;
  const outside: OutsideParagraph[] = [];
  for (const p of preamble) {
    // (in a digest the page's date after the title is still the page's: 发布日期：2021-07-30)
    if (digest && start !== null && p.line > start && PAGE_DATE_LINE.test(p.text)) outside.push({ ...p, rule: 'boundary/page-furniture' });
    if (keep.has(p.line) || p.line >= firstText) continue;
    if (start !== null && p.line < start) outside.push({ ...p, rule: 'boundary/before-title' });
    else if (isFurniture(p.text)) outside.push({ ...p, rule: 'boundary/page-furniture' });
  }
  outside.push(...leadBeforeAddressee(preamble, start, keep, outside));
  const out = new Set(outside.map((o) => o.line));
  const kept = preamble.filter((p) => !out.has(p.line));
  return { preamble: kept, outside, digest: digest ? kept.filter((p) => start !== null && p.line < start && isText(p.text)) : [] };
}

/** A notice's 主送机关 line (各市发展改革委、科技局…，有关企业：). */
const ADDRESSEE = /^(?:各|有关|市|省|区|县)[^。；！？]{1,200}[：:]$/;

/**
 * Rule boundary/before-addressee: GB/T 9704 prints a notice's 主送机关 right under its title (and 文号); sentences a
 * page prints between the title and a 主送 line that its note of transmittal follows (现印发给你们) are the page's lead —
 * a reposting site's digest — not the document.
 */
function leadBeforeAddressee(preamble: readonly Paragraph[], start: number | null, keep: Set<number>, outside: OutsideParagraph[]): OutsideParagraph[] {
  if (start === null) return [];
  const at = preamble.findIndex((p, i) => p.line > start && ADDRESSEE.test(p.text) && preamble.slice(i + 1, i + 3).some((q) => TRANSMITTAL_WORDS.test(q.text)));
  if (at < 0) return [];
  const cut = new Set(outside.map((o) => o.line));
  return preamble.slice(0, at).filter((p) => p.line > start && !keep.has(p.line) && !cut.has(p.line) && isText(p.text)).map((p) => ({ ...p, rule: 'boundary/before-addressee' as const }));
}

/** A page's date field alone on its line (发布日期：2021-07-30). */
const PAGE_DATE_LINE = /^(?:发布日期|发布时间|日期|时间)[：:]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** The words of a notice's note of transmittal (现印发给你们, 现将…转发, 现予公布). */
const TRANSMITTAL_WORDS = /(?:印发|转发)给你们|现(?:将|予)?(?:印发|转发)|现予公布/;
/** A notice's note of transmittal as a paragraph of its own (《…》已经市政府同意，现印发给你们，请遵照执行。): rule boundary/digest. */
const TRANSMITTAL = new RegExp(`^[^。]{0,80}(?:${TRANSMITTAL_WORDS.source})[^。]{0,10}[，,。]?(?:请[^。]{0,20}(?:执行|落实)[^。]{0,40}。?)?[^。]{0,60}。?$`);

/** A news agency's or paper's dateline and byline that open an article (新华社北京3月5日电, 【大公报讯】记者张琪报道：). */
const DATELINE = new RegExp(
  [
    '^【[^】]{2,20}(?:讯|报导|报道|电|新闻台|电视台|电台)】\\s*(?:记者\\s*\\p{Script=Han}{2,4}\\s*(?:报道|报导)?[：:]?)?',
    '^〔记者[^〕]{2,20}〕',
    '^本报讯\\s*(?:[（(]记者[^）)]{2,16}[）)])?',
    // a reader's date stamp glued to the article's first sentence (date 2025-10-17 立法院會今…)
    '^date\\s+\\d{4}-\\d{2}-\\d{2}(?!\\d)',
    // the month may be left out (中央社／ 彰化1日电)
    '^[（(]?据?\\p{Script=Han}{1,8}?(?:社|网|报|台)[^，。；（）()]{0,14}?(?:(?:\\d{1,2}|[一二三]?十?[一二三四五六七八九十])月?)?(?:\\d{1,2}|[一二三]?十?[一二三四五六七八九十])日电[）)]?(?:\\s*[（(]记者[^）)]{2,16}[）)])?',
  ].join('|'),
  'u',
);

/**
 * A news article's closing byline at the end of its last line: （记者陈岩）, (通讯员 王芳 记者 李强), ■记者 郭兆东, an agency's
 * editor with its filing code (（编辑：吴素柔）1141229), or a wire's editor initials ((ss/u)).
 */
const CLOSING_BYLINE =
  /(?<=^|[。！？”」\s])(?:[（(]\s*(?:(?:记者|通讯员|实习生|见习记者|特约记者)\s*\p{Script=Han}{2,4}\s*)+[）)]|■\s*记者\s*\p{Script=Han}{2,4}|[（(]\s*(?:编辑|责任编辑|责编)\s*[：:／/]\s*\p{Script=Han}{2,4}\s*[）)]\s*\d{0,8}|[（(][a-z]{1,4}\/[a-z]{1,4}[）)])\s*$/u;

/**
 * Rule boundary/byline: a news article's closing byline (CLOSING_BYLINE) is the outlet's: cut from the end of the
 * line, the rest kept. Read on the line's Simplified reading; returns the length of the cut, or 0.
 */
export function bylineLength(line: string): number {
  return CLOSING_BYLINE.exec(line)?.[0].length ?? 0;
}

/** A portal's column label before a document's title on its line (【市政府重点工作及责任分解】滁州市人民政府关于…的通知). */
const COLUMN_LABEL = /^【[^【】。，；]{2,16}】\s*(?=\S[^。；]{4,58}(?:通知|意见|办法|方案|规划|措施|细则|规定|决定|公告|通告|条例|计划|要点|指南|批复|函)$)/;

/** Rule boundary/column-label: the length of a column label that opens a title line, or 0. */
export function columnLabelLength(line: string): number {
  return COLUMN_LABEL.exec(line)?.[0].length ?? 0;
}

/**
 * Rule boundary/dateline: the dateline and byline that open a news article are the outlet's, not the
 * document's: cut from the start of the line (the rest of the line is kept). Read on the line's Simplified
 * reading; returns the length of the cut, or 0.
 */
export function datelineLength(line: string): number {
  // a paper's dateline may stand before the agency's it quotes (【大纪元8月30日报导】(中央社记者…台北三十日电))
  let at = 0;
  for (let m = line.match(DATELINE); m && at < line.length; m = line.slice(at).match(DATELINE)) at += m[0].length + (line.slice(at + m[0].length).match(/^\s*/)?.[0].length ?? 0);
  return at;
}
