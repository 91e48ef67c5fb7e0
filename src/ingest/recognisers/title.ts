/**
 * Title derivation for a policy whose manifest title is null: from the document's own
 * title lines (the notice that publishes it, its title block), else the portal metadata,
 * else a news page's headline, else the policy id. The result is always a guess for a person to confirm.
 */
import { stripWhitespace } from '../../lib/text.ts';
import { diagnostic, type Diagnostic } from '../report/diagnostics.ts';
import { matchMarker } from './markers.ts';
import type { PortalMetadata } from './portal-metadata.ts';
import type { Paragraph, SourceLine } from '../lines.ts';

export type TitleRule = 'title/notice' | 'title/block' | 'title/portal' | 'title/headline' | 'title/id';

export interface DerivedTitle {
  title: string;
  /** The raw line it was read from (the first line of a wrapped title), null for the id. */
  line: number | null;
  rule: TitleRule;
}

export interface TitleInput {
  id: string;
  metadata: PortalMetadata | null;
  /** The normalized lines (to find the line of a portal metadata field). */
  lines: SourceLine[];
  /** Text before the first numbered part, where the title lines stand. */
  preamble: Paragraph[];
  /** The text has no numbered part (a news report): its headline may join two phrases with a comma. */
  textOnly?: boolean;
}

/** The longest title accepted: a longer line is a sentence or a run of page chrome. */
export const MAX_TITLE_CHARS = 60;
/** The shortest: issuer or place, subject and document type hardly fit in fewer (地方政策 is a page label). */
const MIN_TITLE_CHARS = 8;
/** Words a document title ends with (行动计划, 实施方案, 指导意见 … end in one of them). */
const DOC_TYPE = '(?:解读|解讀|举措|舉措|规划|規劃|计划|計劃|計畫|方案|意见|意見|办法|辦法|条例|條例|纲要|綱要|措施|决定|決定|细则|細則|规定|規定|要点|要點|通知|通告|公告|指引|指南|政策|建议|建議|规则|規則|清单|清單|报告|報告|批复|批復|决议|決議|公报|公報|章程|分解|分工|任务|任務|安排)';
/** A period, trial or draft note after the title: （2021—2025年）（试行）（征求意见稿）. */
const SUFFIX = '(?:[（(](?:\\d{4}(?:[—–\\-－~～至到]\\d{4})?年?(?:修订|修訂|修正|版)?|试行|試行|暂行|暫行|草案|修订|修訂|送审稿|送審稿|(?:征求意见稿|徵求意見稿)[^（）()]{0,10})[）)])*';
const TITLE_END = new RegExp(`${DOC_TYPE}${SUFFIX}$`);
const SUFFIX_ONLY = new RegExp(`^${SUFFIX}$`);
/** The notice that publishes a document: …关于印发《X》的通知 / …关于印发X的通知 (Simplified or Traditional, or a mix of both). */
const ABOUT = '[关關][于於](?:印发|印發|转发|轉發|发布|發布|颁布|頒布|公布)';
const NOTICE = '的(?:通知|决定|決定|公告|通告)';
const NOTICE_QUOTED = new RegExp(`${ABOUT}《(.+?)》${NOTICE}`);
const NOTICE_PLAIN = new RegExp(`${ABOUT}(.+)${NOTICE}$`);
/** A call for comments on a draft: 关于公开征求《X》（征求意见稿）意见的公告 (Simplified or Traditional). */
const CALL_FOR_COMMENTS = /[关關][于於](?:向社会|向社會)?(?:公开|公開)?(?:征求|徵求)《([^《》]{4,60})》((?:[（(](?:征求意见稿|徵求意見稿|征求意見稿|草案)[）)])?)(?:意见|意見)/;
/** The notice's own sentence: 现将《X》印发给你们. */
const PUBLISHED_AS = /《([^《》]{4,60})》[^。《》]{0,40}?(?:印发给你们|印發給你們)/;
/** Page chrome, never a title: breadcrumbs, page furniture, links. */
const CHROME = /[>|»›【】[\]/@#=<>{}]|索引号|索引號|主题分类|主題分類|发文字号|發文字號|发布机构|發布機構|成文日期|发布日期|有效性|有效性|主题词|主題詞|体裁分类|體裁分類|欢迎|歡迎|首页|首頁|位置|浏览|瀏覽|点击|點擊|发布日期|發布日期|发布时间|發布時間|来源[：:]|來源[：:]|字体|字體|字号|字號|打印|分享|收藏|http|www\./i;
/** Chrome words in a title line; a title may print a title it quotes in < > (…会议<政府工作报告>主要工作目标…), not a breadcrumb. */
const isChrome = (t: string) => CHROME.test(t.replace(/(?<=\p{Script=Han})<(\p{Script=Han}[^<>《》]{0,29})>(?=\p{Script=Han})/gu, '〈$1〉'));
/** Pinyin ruby (發(fā)) and other Latin noise. */
const LATIN_NOISE = /[A-Za-z]{3,}|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const SENTENCE = /[。；！？：:，,]/;
const DOC_NUMBER = /〔\d{4}〕|\[\d{4}\]|［\d{4}］|^[（(].*[）)]$/;
const DATE = /^[\d〇○零一二三四五六七八九]{4}年[\d一二三四五六七八九十]{1,3}月([\d一二三四五六七八九十]{1,3}日)?$/;
/** A signature or issuer line on its own (重庆市人民政府): part of a title only before 关于. */
const ISSUER_ONLY = /^.{2,24}(?:人民政府|政府|办公厅|辦公廳|办公室|辦公室|委员会|委員會|市委|区委|區委|县委|縣委|省委|局|厅|廳|部|院)$/;

/** A line that may be (part of) a title: short, no numbering, no sentence punctuation, no chrome or noise. */
function isTitleFragment(t: string): boolean {
  return t.length > 0 && [...t].length <= MAX_TITLE_CHARS && !SENTENCE.test(t) && !isChrome(t) && !LATIN_NOISE.test(t) && !DOC_NUMBER.test(t) && !DATE.test(t) && !matchMarker(t);
}

/** A derived title must read as one: not too long, ends like a document title, no noise. */
export function isPlausibleTitle(t: string): boolean {
  return [...t].length >= MIN_TITLE_CHARS && [...t].length <= MAX_TITLE_CHARS && !/[。；！？]/.test(t) && !isChrome(t) && !LATIN_NOISE.test(t) && TITLE_END.test(t);
}

/** The document a notice publishes (X of 关于印发《X》的通知), or null. */
export function noticeSubject(text: string): string | null {
  const t = stripWhitespace(text);
  const subject = (t.match(NOTICE_QUOTED) ?? t.match(NOTICE_PLAIN) ?? t.match(PUBLISHED_AS))?.[1];
  return subject && isPlausibleTitle(subject) ? subject : null;
}

export interface Candidate {
  title: string;
  line: number;
  rule: TitleRule;
  /** The lines of the preamble the title was read from (a title wrapped over several). */
  lines?: number[];
}

/** How a title opens: 关于, a party or state body, a place (重庆市…, 龙华区…), a quoted name, or a year (2020年…). */
const TITLE_START = /^(?:关于|關於|关於|中共|国务院|國務院|《|\d{4}\s*年|\p{Script=Han}{1,10}?(?:省|市|区|區|县|縣|州|旗|自治区|特别行政区|特別行政區))/u;

/** The label a law database prints before the title on its line. */
const TITLE_LABEL = /^(?:法规名称|法規名稱)[：:]/;

/** Title blocks of the preamble: a title wrapped over short lines is joined (重庆市…规划 + （2021—2025年）). */
export function preambleCandidates(preamble: Paragraph[]): Candidate[] {
  const out: Candidate[] = [];
  // a law database labels its title line (法規名稱：文化部補助辦理文化論壇作業要點): the label is no part of it
  const texts = preamble.map((p) => stripWhitespace(p.text).replace(TITLE_LABEL, ''));
  // lines already read as part of an accepted title are not the start of another
  let covered = -1;
  for (let i = 0; i < texts.length; i++) {
    if (i <= covered) continue;
    const first = texts[i]!;
    if ([...first].length <= 100 && !isChrome(first)) {
      const subject = noticeSubject(first);
      if (subject) {
        out.push({ title: subject, line: preamble[i]!.line, rule: 'title/notice', lines: [preamble[i]!.line] });
        continue;
      }
    }
    if (!isTitleFragment(first)) continue;
    let joined = first;
    let j = i;
    // a line that is a whole title of its own does not continue lines that do not open like one (a firm's name and
    // slogan above a reposted guide: 兰锋盛世高新企业认定服务商 / 更擅长处理疑难项目 / 2020年龙华区…申报指南)
    const startsAnother = (next: string) => isPlausibleTitle(next) && !TITLE_START.test(joined);
    const joins = (next: string) => isTitleFragment(next) && !(ISSUER_ONLY.test(joined) && !/^[关關][于於]/.test(next)) && !startsAnother(next);
    // join while the title has not ended, at most four lines (a notice title may wrap three times)
    const open = () => !TITLE_END.test(joined) || (new RegExp(ABOUT).test(joined) && !new RegExp(`${NOTICE}$`).test(joined));
    while (open() && j + 1 < texts.length && j - i < 3 && joins(texts[j + 1]!)) joined += texts[++j]!;
    while (j + 1 < texts.length && SUFFIX_ONLY.test(texts[j + 1]!) && TITLE_END.test(joined)) joined += texts[++j]!;
    const subject = noticeSubject(joined);
    const lines = preamble.slice(i, j + 1).map((p) => p.line);
    if (subject) out.push({ title: subject, line: preamble[i]!.line, rule: 'title/notice', lines });
    // a notice whose subject does not read as a title is not a title either
    else if (isPlausibleTitle(joined) && !new RegExp(ABOUT).test(joined)) out.push({ title: joined, line: preamble[i]!.line, rule: 'title/block', lines });
    else continue;
    covered = j;
  }
  return out;
}

/**
 * Rule title/headline: a news or web page prints its headline right above the article (a date or byline
 * between them is chrome, already stripped): the last paragraph before the first line of text, when it reads
 * as a headline — 4 to 40 characters, no sentence punctuation, no page chrome, no date, 文号, issuer alone or numbering.
 */
export function headlineOf(preamble: readonly Paragraph[], options: { /** a report's headline (a text with no numbered parts): commas and section labels allowed */ report?: boolean } = {}): Candidate | null {
  const first = preamble.findIndex((p) => /[。；]/.test(p.text) || [...p.text].length > 60);
  // the headline, or a byline or date line left between it and the article (岳德亮 新华社): up to two lines up
  for (let i = first - 1; i >= Math.max(0, first - 3); i--) {
    const p = preamble[i]!;
    const t = stripWhitespace(p.text);
    if (BYLINE.test(t)) continue;
    const n = [...t].length;
    // a news headline may join two phrases with a comma (…充电位，推电动小巴: only in a report, a text with no numbered
    // parts, where no plan's clause stands before the text) or set a section label before a bar or in 【】
    // (施政报告2023︱…, 【预算案】…, 财政预算案2026|…): those are not chrome
    const words = options.report ? t.replace(/^【[^【】]{1,8}】/, '').replace(/(?<=\S)[|︱｜](?=\S)/g, ' ') : t;
    const commas = (t.match(/[，,]/g) ?? []).length;
    const ok = n >= 4 && n <= 40 && !/[。；：:]/.test(t) && commas <= (options.report ? 2 : 0) && !isChrome(words) && !DATE.test(t) && !DOC_NUMBER.test(t) && !ISSUER_ONLY.test(t) && !matchMarker(t) && /\p{Script=Han}{2}/u.test(t);
    return ok ? { title: t, line: p.line, rule: 'title/headline', lines: [p.line] } : null;
  }
  return null;
}

/** A byline, credit or date line of a news page, never its headline. */
const BYLINE = /记者|記者|新华社|新華社|中新网|中新網|通讯员|通訊員|编辑|編輯|来源|來源|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}/;

/** Characters of a title with punctuation and brackets left out, sorted: the same title worded in another order compares equal. */
const skeleton = (t: string) => [...t.replace(/[\p{P}\p{S}\s]/gu, '')].sort().join('');

/** Derives a title: the document a notice publishes (in its own title-page wording when that is there too), a title block, a portal field, else the id. */
export function deriveTitle(input: TitleInput): DerivedTitle {
  const { title, line, rule } = chooseTitle(input);
  return { title, line, rule };
}

function chooseTitle(input: TitleInput): DerivedTitle {
  const found = preambleCandidates(input.preamble);
  const fields = input.metadata?.fields ?? {};
  const fieldName = fields['标题'] ? '标题' : fields['名称'] ? '名称' : null;
  const fieldLine = fieldName ? (input.metadata!.fieldLines[fieldName] ?? input.metadata!.lines[0]!) : null;
  const portalSubject = fieldName ? noticeSubject(fields[fieldName]!) : null;

  const notices = [...found.filter((c) => c.rule === 'title/notice'), ...(portalSubject ? [{ title: portalSubject, line: fieldLine!, rule: 'title/notice' as const }] : [])];
  const blocks = found.filter((c) => c.rule === 'title/block');
  if (notices.length) {
    const notice = notices[0]!;
    // The title page after the notice words the title as the document itself does.
    const own = blocks.find((b) => notices.some((n) => skeleton(b.title) === skeleton(n.title)));
    return own ?? notice;
  }
  // a call for comments that prints its draft: the draft's own title page is the policy's title
  const called = blocks.flatMap((b) => CALL_FOR_COMMENTS.exec(b.title)?.slice(1, 3).join('') ?? []);
  const draft = blocks.find((b) => called.some((c) => skeleton(b.title) === skeleton(c)));
  if (draft) return draft;
  if (blocks.length) return blocks[0]!;
  // the page's own title field, even when it does not read as an official title (本月起，这笔钱直接发放至个人！), before the id
  const portalTitle = fieldName ? stripWhitespace(fields[fieldName]!) : '';
  if (portalTitle && (isPlausibleTitle(portalTitle) || ([...portalTitle].length <= 100 && /\p{Script=Han}/u.test(portalTitle))))
    return { title: portalTitle, line: fieldLine, rule: 'title/portal' };
  const headline = headlineOf(input.preamble, { report: input.textOnly === true });
  if (headline) return headline;
  return { title: input.id, line: null, rule: 'title/id' };
}

/** The review diagnostic for a derived title (rule title-derived), with the manifest line to paste. */
export function titleDiagnostic(file: string, derived: DerivedTitle): Diagnostic {
  if (derived.rule === 'title/id' || derived.line === null) {
    return diagnostic(file, null, 'title-derived', `no title line qualifies: the policy id “${derived.title}” is used as the title, please set title: in seeds/manifest.yaml`);
  }
  return diagnostic(file, derived.line, 'title-derived', `title derived from line ${derived.line}: “${derived.title}”, please confirm (set title: in seeds/manifest.yaml)`, {
    fix: `title: ${JSON.stringify(derived.title)}`,
  });
}
