/**
 * Rule inline-markers-split: a page saved as one very long line is cut back into lines at its inline
 * numbering and at the document's elements glued into it (normalize stage).
 */
import { AFTER_ARTICLE } from './boundary.ts';
import { DOC_NUMBER_SOURCE } from './elements.ts';

/** Lines shorter than this are ordinary paragraphs, whatever they contain. */
export const COLLAPSED_LINE_CHARS = 300;

const CN = '[零〇一二两兩三四五六七八九十百千]+';
/**
 * A level marker (markers.ts) standing inside a line after 。 or whitespace: 第一篇/章/节/条, 一、, （一）, 1., （1）, ①.
 * An Arabic 1. followed by a digit is a decimal split by PDF spacing (增长 1. 3 倍), not a marker.
 */
const INLINE_MARKER = new RegExp(
  `(?<=[。\\s\\u3000])\\s*(?=第${CN}[篇章节節条條]|${CN}、|[（(]${CN}[）)]|\\d{1,3}[.．、](?!\\s*\\d)|[（(]\\d{1,3}[）)]|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])`,
  'g',
);

/**
 * The pieces of a raw line cut before each inline level marker, or null when the line is not a
 * collapsed text (shorter than COLLAPSED_LINE_CHARS, or no marker inside it). Text is not changed:
 * the pieces joined are the line (the whitespace at a cut is dropped).
 */
export function splitCollapsedLine(text: string): string[] | null {
  if ([...text].length < COLLAPSED_LINE_CHARS) return null;
  const cuts = new Map<number, number>(); // where a piece starts → whitespace dropped there
  for (const m of text.matchAll(INLINE_MARKER)) if (m.index! > 0) cuts.set(m.index!, m[0].length);
  for (const at of [...sequenceMarkers(text), ...elementStarts(text)]) if (at > 0 && !cuts.has(at)) cuts.set(at, 0);
  if (!cuts.size) return null;
  const pieces: string[] = [];
  let start = 0;
  for (const at of [...cuts.keys()].sort((a, b) => a - b)) {
    if (at < start) continue;
    pieces.push(text.slice(start, at));
    start = at + cuts.get(at)!;
  }
  pieces.push(text.slice(start));
  const kept = pieces.filter((p) => p.trim());
  return kept.length > 1 ? kept : null;
}

const CN_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

/**
 * Top-level parts and articles glued to the text before them (…如下:一、项目类型本次…二、申报程序…, …办法第一条为…第二条…):
 * the 一、 二、 三、 … or 第一条 第二条 … that follow one another in order, at least two, wherever they stand.
 */
function sequenceMarkers(text: string): number[] {
  return [...inOrder(text, (n) => `(?<![一二三四五六七八九十])${n}、`), ...inOrder(text, (n) => `第${n}[条條](?![一二三四五六七八九十])`), ...risingMarkers(text)];
}

/** A bracketed numeral before Han text: （二）支持, (十二)支持. */
const BRACKETED = /[（(]([一二三四五六七八九十]{1,3})[）)](?=\p{Script=Han})/gu;
/** A part's 五、 right after a closing bracket (…（責任單位：…）五、大力支持…): the list before it has ended. */
const PART_AFTER_BRACKET = /(?<=[）)])[一二三四五六七八九十]{1,3}、(?=\p{Script=Han})/gu;

/**
 * Items glued to the text before them whose numbers rise, not always one by one (a digest site stitches the items it
 * quotes: …給予最高500萬元配套補助，（二）支持新藥研發…（三）…（十二）…), at least two, and a part's number after a
 * closing bracket among them; and parts (二、 三、) glued after punctuation whose numbers rise, at least two.
 */
function risingMarkers(text: string): number[] {
  const items = rising(text, BRACKETED);
  return [...(items.length ? [...items, ...[...text.matchAll(PART_AFTER_BRACKET)].map((m) => m.index!)] : []), ...rising(text, PART_AFTER_PUNCTUATION)];
}

/** A part's 二、 glued to the clause before it (…给予最高200万元奖励，二、着力稳住…): after punctuation, never after 、 (一、二类). */
const PART_AFTER_PUNCTUATION = /(?<=[，,；;。：:）)〕」”])([一二三四五六七八九十]{1,3})、(?=\p{Script=Han})/gu;

/** Where the markers `re` finds stand with numbers that rise, not always one by one, at least two (else none). */
function rising(text: string, re: RegExp): number[] {
  const out: number[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const n = CN_ORDINALS.indexOf(m[1]!) + 1;
    if (n <= last) continue;
    out.push(m.index!);
    last = n;
  }
  return out.length >= 2 ? out : [];
}

/** Where markers made by `pattern` from 一, 二, 三 … stand one after another in order, at least two (else none). */
function inOrder(text: string, pattern: (numeral: string) => string): number[] {
  const out: number[] = [];
  let from = 0;
  for (const numeral of CN_ORDINALS) {
    const re = new RegExp(pattern(numeral), 'g');
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) break;
    out.push(m.index);
    from = m.index + m[0].length;
  }
  return out.length >= 2 ? out : [];
}

const BODY_SUFFIX = '(?:人民政府|政府|办公厅|办公室|委员会|管委会|局|厅|委|院|中心|办)';
/** A signature and its date glued into the text (….pdf湘潭县农业农村局2024年9月6日): the body's Han run, after a non-Han character or at the line's start. */
const SIGNED_DATE = new RegExp(`(?<=^|[^\\p{Script=Han}])\\p{Script=Han}{2,20}?${BODY_SUFFIX}(?=\\d{4}年\\d{1,2}月\\d{1,2}日)`, 'gu');
/** A page number of GB/T 9704 (— 1 —) inside the text, spaced on both sides: cut out so the page-number rule takes it. */
const INLINE_PAGE_NUMBER = /(?<=\s)[—–－-]\s?\d{1,4}\s?[—–－-](?=\s)/g;

/**
 * A 发文字号 glued into the head of the line (…的通知 豫政〔2023〕5号 现将…, …的通知 (鄂州政办发〔2010〕10号) 各区…：), standing
 * apart by spaces in the first 400 characters: a 文号 the text cites (《…》（国发〔2020〕1号）) has none around it.
 */
const HEAD_DOC_NUMBER = new RegExp(`(?<=^|[\\s\\u3000])[（(]?${DOC_NUMBER_SOURCE}[）)]?(?=[\\s\\u3000])`, 'u');
/** The 主送机关 right after it (各区人民政府、开发区管委会，…市政府各部门：). */
const ADDRESSEE = /^[\s\u3000]*各[^。；：:]{1,100}[：:]/;

/** Where the head's 发文字号 and 主送机关 start and end, glued into a line (rule inline-markers-split). */
function headElementStarts(text: string): number[] {
  const m = HEAD_DOC_NUMBER.exec(text.slice(0, 400));
  if (!m) return [];
  const end = m.index + m[0].length;
  const addressee = ADDRESSEE.exec(text.slice(end));
  return [m.index, end, ...(addressee ? [end + addressee[0].length] : [])];
}

/** Where the document's elements, its page numbers and the page after it start, glued into a line: 文号 and 主送 at its head, 附件, a signature with its date, — 1 —, 扫一扫…. */
function elementStarts(text: string): number[] {
  const out: number[] = headElementStarts(text);
  for (const m of text.matchAll(INLINE_PAGE_NUMBER)) out.push(m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(/附件[:：]/g)) out.push(m.index!);
  for (const m of text.matchAll(SIGNED_DATE)) {
    out.push(m.index!, m.index! + m[0].length);
    const date = /^\d{4}年\d{1,2}月\d{1,2}日/.exec(text.slice(m.index! + m[0].length))!;
    out.push(m.index! + m[0].length + date[0].length);
  }
  for (let i = 1; i < text.length; i++) if (AFTER_ARTICLE.test(text.slice(i, i + 12)) && !/[相扫掃往]/.test(text[i - 1]!)) out.push(i);
  return out;
}

/**
 * Rule chapter-article-run-in: a chapter heading run together with the article after it, inside a line
 * (…管理办法第一章总则第一条为贯彻落实…, as a law database saves a regulation): a 第X章 followed by a short
 * title (at most 12 characters, no punctuation) and a 第Y条. The line is cut before the chapter (when
 * something precedes it) and before the article; text is not changed. Null when there is no such run.
 */
const RUN_IN_CHAPTER = new RegExp(`(第${CN}章)\\s*([^，。；：、\\s]{1,12}?)(?=第${CN}[条條])`, 'g');

export function splitRunInChapter(text: string): string[] | null {
  const cuts: number[] = [];
  for (const m of text.matchAll(RUN_IN_CHAPTER)) {
    if (m.index! > 0) cuts.push(m.index!);
    cuts.push(m.index! + m[0].length);
  }
  if (!cuts.length) return null;
  const pieces = [0, ...cuts].map((start, i) => text.slice(start, cuts[i] ?? text.length)).filter((p) => p.trim());
  return pieces.length > 1 ? pieces : null;
}

/**
 * Rule first-part-split: a lead-in and the first numbered part on one line, the second part opening the next line
 * (…收件情形如下：一、外销贷款… / 二、…): the line is cut before 一、 (or （一）). Returns the two pieces, or null.
 */
export function splitFirstPart(text: string, nextLine: string | null): [string, string] | null {
  const m = /^(.*?[：:])\s*((?:一、|[（(]一[）)]).+)$/.exec(text);
  if (!m || !m[1]!.trim() || nextLine === null) return null;
  const second = m[2]!.startsWith('一、') ? /^\s*二、/ : /^\s*[（(]二[）)]/;
  return second.test(nextLine) ? [m[1]!, m[2]!] : null;
}
