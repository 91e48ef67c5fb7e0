/**
 * Recogniser of an official document's own elements (GB/T 9704-2012, 党政机关公文格式) and of a
 * legislative text's 题注 (adoption and amendment history): 份号, 密级, 紧急程度, 发文机关标志,
 * 发文字号, 签发人, 主送机关, 发文机关署名 + 成文日期, 附注, 抄送机关, 印发机关和印发日期, in Simplified
 * or Traditional characters, with brackets of either width. Each element is a whole line of the
 * document (or a run of lines: a signature of several bodies, a 题注 over lines). The lines are
 * not document text: segment.ts takes them out of the body, records.ts reads metadata from them.
 * The rules are documented in docs/formats.md (rule ids element/…).
 */
import { findChineseDates } from '../../lib/chinese-numerals.ts';
import { rocDate } from '../../lib/dates.ts';
import { stripWhitespace } from '../../lib/text.ts';
import type { SourceLine } from '../lines.ts';

export type ElementKind =
  | 'copy-number'
  | 'classification'
  | 'urgency'
  | 'issuer-mark'
  | 'doc-number'
  | 'signer'
  | 'addressee'
  | 'signature'
  | 'date'
  | 'note'
  | 'cc'
  | 'printing'
  | 'headnote'
  | 'end-mark'
  | 'release-time';

export interface DocumentElement {
  kind: ElementKind;
  line: number;
  text: string;
}

/** One event of a legislative text's history as its 题注 prints it. */
export interface HistoryEvent {
  date: string;
  event: 'adopted' | 'amended' | 'revised' | 'promulgated' | 'effective' | 'approved';
  by: string | null;
}

export interface DocumentElements {
  elements: DocumentElement[];
  docNumber: string | null;
  /** The first signature's bodies, joined with 、 (or a law's adopting body). */
  issuer: string | null;
  /** 成文日期 of the first signature, or a law's latest adoption/amendment date. */
  issued: string | null;
  history: HistoryEvent[];
  /** The 发文机关 a notice's title names (X关于…的通知), with its line, when it is the issuer: no signature, mark or 题注 gives one. */
  titleIssuer?: { line: number; text: string };
}

const CN_DIGITS = '[〇零○О一二三四五六七八九]';

/** The first date in a (whitespace-free) text, in Arabic (2025年6月7日), Chinese (二〇一二年四月六日, lib/chinese-numerals.ts) or ROC (民國104年8月26日) numerals, as YYYY-MM-DD. */
export function parseDocumentDate(text: string): { date: string; match: string; index: number } | null {
  const found = findChineseDates(text).map((d) => ({ date: d.iso, match: d.text, index: d.index }));
  const roc = rocDate(text);
  if (roc) found.push({ date: roc.iso, match: roc.match, index: roc.index });
  return found.sort((x, y) => x.index - y.index)[0] ?? null;
}

/** A line that is only a date (成文日期), optionally in brackets. */
function dateLine(t: string): string | null {
  // a weekday after the date (2014年9月10日（星期三）), as press releases print it
  const inner = t.replace(WEEKDAY, '').replace(/^[（(]|[）)]$/g, '');
  const d = parseDocumentDate(inner);
  return d && d.match.length >= inner.length - 1 ? d.date : null;
}

const WEEKDAY = /[（(](?:星期|週|周|禮拜|礼拜)[一二三四五六日天][）)]$/;
/** A 发文字号 as printed (某府办发〔2025〕7号, 武政办[2025]67号), the source of a pattern: the line rules anchor it. */
export const DOC_NUMBER_SOURCE = '\\p{Script=Han}{1,12}[〔[［(（【]\\s*(?:19|20)\\d{2}\\s*[〕\\]］)）】]\\s*第?\\s*\\d{1,5}\\s*[号號]';
/** 发文字号 in brackets at the end of a title line (…的通知（建政函〔2023〕37号）), as portals print it. */
const TITLE_DOC_NUMBER = /^.{6,}[（(]([\p{Script=Han}]{1,12}[〔[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*第?\s*\d{1,5}\s*[号號])[）)]$/u;
/** A date and a 发文字号 on one line (2006年10月26日 财建〔2006〕689号). */
const DATE_DOC_NUMBER = new RegExp(`^(.+?日)\\s*(${DOC_NUMBER_SOURCE})$`, 'u');

/** Body names a signature or a 发文机关标志 ends with. */
const BODY_END =
  '(?:人民政府|政府|办公厅|辦公廳|办公室|辦公室|委员会|委員會|常务委员会|常務委員會|人民代表大会|人民代表大會|市委|区委|區委|县委|縣委|省委|党委|黨委|局|厅|廳|部|署|院|委|会|會|中心|管委会|管委會|办|辦|行政院|立法會|立法会|政府總部|总局|總局|银行|銀行|公司|小组|小組|联合会|聯合會)';
const BODY = new RegExp(`^[\\p{Script=Han}（）()]{2,30}${BODY_END}$`, 'u');
/** A notice's title that opens with its issuing bodies (GB/T 9704: 发文机关名称 + 关于 + 事由 + 文种): the bodies. */
const TITLE_ISSUER = new RegExp(`^((?:[\\p{Script=Han}（）()]{2,30}?${BODY_END}[、，]?){1,4}?)[关關][于於].{2,80}(?:通知|决定|決定|意见|意見|通告|公告|批复|批覆|办法|辦法|方案|规定|規定)$`, 'u');
/** 发文字号: 渝府办发〔2016〕25号, 国发〔2015〕32号, 武政办[2025]67号, 第5号令 is not one. */
const DOC_NUMBER = new RegExp(`^${DOC_NUMBER_SOURCE}$`, 'u');
/** 发文字号 with 签发人 on the same line (上行文): 渝府文〔2020〕1号 签发人：张三. */
const DOC_NUMBER_SIGNER = /^(.+?[号號])\s*(签发人|簽發人)[：:]\s*\S{2,12}$/u;
const HEADNOTE_EVENT = /(通过|通過|修正|修订|修訂|公布|发布|發布|施行|批准|颁布|頒布)/;
const ORDER_NO = '第\\s*[\\d〇零一二三四五六七八九十百千]+\\s*[号號]';
/** A 令 or 公告 and its number as a 题注 prints them (中华人民共和国国务院令第348号公布): 发文字号 and, before 令, the issuer. */
const ORDER_IN_HEADNOTE = new RegExp(`([\\p{Script=Han}]{2,40}?)((?:令|公告)${ORDER_NO})`, 'u');
/** 命令（令）格式 (GB/T 9704 § 10.2): the mark ends in 令 or 公告 (深圳市人民代表大会常务委员会公告), the next line is its number. */
const ORDER_MARK = new RegExp(`^([\\p{Script=Han}]{2,40}?)(令|公告)$`, 'u');
const ORDER_NUMBER = new RegExp(`^${ORDER_NO}$`, 'u');

/** Events of a 题注 (（2011年4月12日上海市第十三届人民代表大会常务委员会第二十六次会议通过　根据…修正）). */
export function parseHeadnote(text: string): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  // One event per date: the clause from a date to the next date.
  const re = new RegExp(`(?:\\d{4}|${CN_DIGITS}{4})\\s*年`, 'g');
  const starts = [...text.matchAll(re)].map((m) => m.index!);
  starts.forEach((start, i) => {
    const clause = text.slice(start, starts[i + 1] ?? text.length);
    const d = parseDocumentDate(clause);
    const word = clause.match(HEADNOTE_EVENT)?.[1];
    if (!d || !word) return;
    const event: HistoryEvent['event'] = /通过|通過/.test(word)
      ? 'adopted'
      : /修正/.test(word)
        ? 'amended'
        : /修订|修訂/.test(word)
          ? 'revised'
          : /施行/.test(word)
            ? 'effective'
            : /批准/.test(word)
              ? 'approved'
              : 'promulgated';
    const after = clause.slice(d.index + d.match.length);
    const body =
      after.match(/^\s*([\p{Script=Han}]{2,40}?(?:人民代表大会常务委员会|人民代表大會常務委員會|人民代表大会|人民代表大會|人民政府|国务院|國務院|立法院|立法會))/u)?.[1] ??
      // promulgated by a 令 or 公告 (国家安全部令第2号公布), or by a body named before 发布/公布 (国务院发布)
      after.match(ORDER_IN_HEADNOTE)?.[1] ??
      after.match(new RegExp(`^\\s*([\\p{Script=Han}]{2,30}?${BODY_END})\\s*(?:发布|發布|公布)`, 'u'))?.[1];
    events.push({ date: d.date, event, by: body ? body.replace(/第[一二三四五六七八九十百]+[届屆]/, '') : null });
  });
  return events;
}

/** A 题注 line: dates with adoption words, usually in brackets, under a law's title. */
function isHeadnote(t: string, afterHeadnote: boolean): boolean {
  return (
    [...t].length <= 400 &&
    parseDocumentDate(t) !== null &&
    HEADNOTE_EVENT.test(t) &&
    // a later line of a 题注 may name a decision only (《国务院关于修改…的决定》修订)
    (afterHeadnote || /会议|會議|令|公布|公告|发布|發布/.test(t)) &&
    parseHeadnote(t).length > 0 &&
    (/^[（(]/.test(t) || /^(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年/.test(t))
  );
}

const SINGLE_LINE: { kind: ElementKind; re: RegExp }[] = [
  { kind: 'copy-number', re: /^\d{6}$/ },
  { kind: 'classification', re: /^(?:绝密|絕密|机密|機密|秘密)(?:[★*]\s*\S{0,12})?$/ },
  { kind: 'urgency', re: /^(?:特急|加急|特提|平急)$/ },
  { kind: 'signer', re: /^(?:签发人|簽發人)[：:]\s*\S{2,12}$/ },
  { kind: 'cc', re: /^(?:抄送|抄報|抄报)[：:].+$/ },
  { kind: 'printing', re: /^[\p{Script=Han}]{2,30}\s*(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年.{1,8}日\s*(?:印发|印發)$/u },
  // a press release's end (完, －完－) and the time under its dateline (香港時間11時00分), as the Hong Kong government prints them
  { kind: 'end-mark', re: /^[（(－\-—–]?\s*完\s*[）)－\-—–]?$/ },
  { kind: 'release-time', re: /^香[港]\s*[时時][间間]\s*\d{1,2}\s*[时時]\s*\d{1,2}\s*分$/ },
  { kind: 'note', re: /^[（(](?:此件|此頁|此页|本件)[^（）()]{0,30}[）)]$/ },
  { kind: 'issuer-mark', re: new RegExp(`^[\\p{Script=Han}、]{2,40}${BODY_END}\\s*文件$`, 'u') },
];

/** A line that is a 发文字号 (alone, with 签发人, or after its date): the number, and the date it gives. */
function numberLine(t: string): { docNumber: string; issued: string | null } | null {
  const dated = t.match(DATE_DOC_NUMBER);
  if (dated && dateLine(dated[1]!)) return { docNumber: dated[2]!, issued: dateLine(dated[1]!) };
  if (DOC_NUMBER.test(t)) return { docNumber: t, issued: null };
  // （鄂州政办发〔2010〕10号） on its own line under the title: the 文号 in brackets
  const bracketed = /^[（(]\s*(.+?)\s*[）)]$/.exec(t)?.[1];
  if (bracketed && DOC_NUMBER.test(bracketed)) return { docNumber: bracketed, issued: null };
  const withSigner = t.match(DOC_NUMBER_SIGNER);
  return withSigner && DOC_NUMBER.test(withSigner[1]!) ? { docNumber: withSigner[1]!, issued: null } : null;
}

/** A law's date and issuer by its 题注: the latest adoption or amendment, else the promulgation, else the day it takes effect. */
function historyFacts(history: HistoryEvent[]): { issued: string | null; issuer: string | null } {
  if (!history.length) return { issued: null, issuer: null };
  const made = history.filter((h) => h.event !== 'effective' && h.event !== 'promulgated');
  const promulgated = history.filter((h) => h.event === 'promulgated');
  const latest = (made.length ? made : promulgated.length ? promulgated : history).map((h) => h.date).sort().at(-1)!;
  return { issued: latest, issuer: history.find((h) => h.by)?.by ?? null };
}

/** 发文机关署名: the body lines right above the date on line `i` (a joint document prints several), none taken yet. */
function signatureAbove(text: readonly { line: number; t: string }[], i: number, elements: readonly DocumentElement[]): { line: number; t: string }[] {
  const bodies: { line: number; t: string }[] = [];
  for (let j = i - 1; j >= 0 && bodies.length < 4; j--) {
    const prev = text[j]!;
    if (!BODY.test(prev.t) || elements.some((e) => e.line === prev.line)) break;
    bodies.unshift(prev);
  }
  return bodies;
}

/** The elements of a document, found line by line. Blank lines are skipped. */
export function recogniseElements(lines: readonly SourceLine[]): DocumentElements {
  const elements: DocumentElement[] = [];
  const text = lines.map((l) => ({ line: l.line, t: stripWhitespace(l.text) })).filter((l) => l.t);
  let docNumber: string | null = null;
  let issuer: string | null = null;
  let issued: string | null = null;
  const history: HistoryEvent[] = [];
  let issuerMark: string | null = null;
  let titleIssuer: DocumentElements['titleIssuer'];
  // the line of the first 文号 under a notice's title: a date alone soon after it closes that notice (成文日期)
  let headNumberLine: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const { line, t } = text[i]!;
    const byTitle = i < 60 && !titleIssuer ? t.match(TITLE_ISSUER)?.[1] : undefined;
    if (byTitle && numberLine(text[i + 1]?.t ?? '')) titleIssuer = { line, text: byTitle.replace(/[、，]$/, '') };
    // a title set on two lines, the bodies on the first (芜湖市人民政府 / 关于…的通知): the layout is the notice's own
    const split = i < 60 && !titleIssuer && BODY.test(t) && /^[关關][于於]/.test(text[i + 1]?.t ?? '') ? `${t}${text[i + 1]!.t}`.match(TITLE_ISSUER)?.[1] : undefined;
    if (split) titleIssuer = { line, text: split.replace(/[、，]$/, '') };
    const single = SINGLE_LINE.find((s) => s.re.test(t));
    if (single) {
      elements.push({ kind: single.kind, line, text: t });
      continue;
    }
    const number = numberLine(t);
    if (number) {
      elements.push({ kind: 'doc-number', line, text: t });
      headNumberLine ??= i;
      docNumber ??= number.docNumber;
      issued ??= number.issued;
      continue;
    }
    if (i < 15) docNumber ??= t.match(TITLE_DOC_NUMBER)?.[1] ?? null;
    // A 题注 stands under the title: near the top, or right after another 题注 line.
    const afterHeadnote = elements.at(-1)?.kind === 'headnote';
    if ((i < 15 || afterHeadnote) && isHeadnote(t, afterHeadnote)) {
      elements.push({ kind: 'headnote', line, text: t });
      history.push(...parseHeadnote(t));
      docNumber ??= t.slice(t.search(/[日]/) + 1).match(ORDER_IN_HEADNOTE)?.[0] ?? null;
      continue;
    }
    // 命令（令）格式: the mark ending in 令/公告, then its number on the next line
    const order = t.match(ORDER_MARK);
    if (order && ORDER_NUMBER.test(text[i + 1]?.t ?? '') && BODY.test(order[1]!)) {
      elements.push({ kind: 'issuer-mark', line, text: t }, { kind: 'doc-number', line: text[i + 1]!.line, text: text[i + 1]!.t });
      docNumber ??= t + text[i + 1]!.t;
      issuerMark ??= order[1]!;
      i++;
      continue;
    }
    // 发文机关标志 without 文件: a body's name alone at the very top, before any text (中共重庆市委)
    const atTop = elements.length === i;
    // (not when the next line goes on with 关于: then it is the first line of the title, 某市人民政府 / 关于印发…的通知)
    const next = text[i + 1]?.t ?? '';
    if (atTop && BODY.test(t) && !dateLine(next) && !/^[关關][于於]/.test(next)) {
      elements.push({ kind: 'issuer-mark', line, text: t });
      issuerMark ??= t;
      continue;
    }
    const date = dateLine(t);
    if (date) {
      const bodies = signatureAbove(text, i, elements);
      for (const b of bodies) elements.push({ kind: 'signature', line: b.line, text: b.t });
      elements.push({ kind: 'date', line, text: t });
      // a date with its weekday (2014年9月10日（星期三）) is a press release's dateline, wherever it stands; a date alone
      // within eight lines of the 文号 under a notice's title closes that notice (a copy that dropped its signature)
      const closesNotice = headNumberLine !== null && i - headNumberLine <= 8 && titleIssuer !== undefined;
      if (issued === null && (bodies.length > 0 || i < 12 || WEEKDAY.test(t) || closesNotice)) {
        issued = date;
        if (bodies.length) issuer = bodies.map((b) => b.t).join('、');
      }
    }
  }
  const byHistory = historyFacts(history);
  issued ??= byHistory.issued;
  issuer ??= byHistory.issuer ?? issuerMark ?? titleIssuer?.text ?? null;
  elements.sort((a, b) => a.line - b.line);
  return { elements, docNumber, issuer, issued, history, ...(titleIssuer && issuer === titleIssuer.text ? { titleIssuer } : {}) };
}
