/**
 * Plain-text markup as received (rule markup/…): law collections and wiki exports save documents as
 * Markdown. Heading marks (`## 第一章 总则`), blockquote marks, emphasis, links, <br>, HTML comments
 * (`<!-- INFO END -->`), horizontal rules and table separator rows are markup, not wording: they are
 * removed before any other rule sees the line, and the report lists each rule that fired with its lines.
 * Only a document that reads as Markdown (isMarkdownDocument) is unmarked: in a plain text, ** or # is wording.
 */

export type MarkupRule = 'markup/heading' | 'markup/numeral-heading' | 'markup/comment' | 'markup/rule-line' | 'markup/inline' | 'markup/link-only' | 'markup/reader-header';

export interface MarkupResult {
  /** The line without its markup; null when the whole line was markup. */
  text: string | null;
  rules: MarkupRule[];
}

const HEADING = /^\s{0,3}#{1,6}(?=\s|[^#\s])\s*(.*?)\s*#*\s*$/;
const BLOCKQUOTE = /^\s{0,3}>\s?/;
const COMMENT_LINE = /^\s*<!--.*?-->\s*$/;
const RULE_LINE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$|^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const INLINE: [RegExp, string][] = [
  [/<!--.*?-->/g, ''],
  // an image is no wording, nor is its alt text (“Image 17” in a reader's export)
  [/!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)/g, ''],
  // emphasis left empty (_![img](…)_ → __)
  [/(?<![\p{L}\p{N}])(?:__|\*\*|_|\*){2}(?![\p{L}\p{N}])/gu, ''],
  [/\*\*(.+?)\*\*/g, '$1'],
  [/__(.+?)__/g, '$1'],
  // single emphasis (_…_, *…*) around words, not inside them
  [/(?<![\p{L}\p{N}_*\\])[_*](?=\S)(.+?)(?<=\S)[_*](?![\p{L}\p{N}_*])/gu, '$1'],
  [/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1'],
  [/<br\s*\/?>/gi, ''],
  // a list item's marker (*, +, - and a space)
  [/^\s{0,3}[*+-]\s+/, ''],
];

/** Strips Markdown/HTML markup from one line. */
export function stripMarkup(line: string): MarkupResult {
  const rules: MarkupRule[] = [];
  if (COMMENT_LINE.test(line)) return { text: null, rules: ['markup/comment'] };
  if (RULE_LINE.test(line) && /[-*_]/.test(line)) return { text: null, rules: ['markup/rule-line'] };
  let text = line;
  const quote = text.match(BLOCKQUOTE);
  if (quote) text = text.slice(quote[0].length);
  const heading = text.match(HEADING);
  if (heading) {
    rules.push('markup/heading');
    text = heading[1]!;
    if (!text) return { text: null, rules };
    // a heading that is only a numeral (## 三) numbers the part that follows it: 三、
    if (/^[一二三四五六七八九十]+$/.test(text)) {
      rules.push('markup/numeral-heading');
      text = `${text}、`;
    }
  }
  if (isLinkOnly(text)) return { text: null, rules: ['markup/link-only'] };
  let inline = text;
  for (const [re, to] of INLINE) inline = inline.replace(re, to);
  if (inline !== text) rules.push('markup/inline');
  return { text: inline, rules };
}

const HEADING_LINE = /^\s{0,3}#{1,6}\s*[^#\s]/;

const LINK = /!?\[((?:[^\[\]]|\[[^\]]*\])*)\]\((?:[^()]|\([^()]*\))*\)/g;
/** Longest link text a navigation entry has (首页, 政务公开, “穗好办”微信公众号); a longer one may name a document. */
const NAV_TEXT_MAX = 12;

/**
 * Rule markup/link-only: a line (or list item) of nothing but links and images — a menu, a share bar, a
 * footer's links — is the page's navigation, not wording. A link whose text is longer than NAV_TEXT_MAX
 * characters (a document's title) keeps the line.
 */
export function isLinkOnly(line: string): boolean {
  const item = line.replace(/^\s*(?:[*+-]\s+)?/, '').replace(/[_*]/g, '');
  if (!/\]\(/.test(item)) return false;
  let long = false;
  const rest = item.replace(LINK, (m: string, label: string) => {
    const text = label.replace(/!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)/g, '').trim();
    if (!m.startsWith('!') && !label.trimStart().startsWith('![') && [...text].length > NAV_TEXT_MAX) long = true;
    return '';
  });
  return !long && /^[\s|·•>/\\-]*$/.test(rest);
}

/** The header a web-page-to-Markdown reader writes (Title: …, URL Source: …, Markdown Content:), if the text opens with one. */
export interface ReaderHeader {
  /** The page title without its site name (本月起… - 广州市人民政府门户网站 → 本月起…). */
  title: string;
  url: string | null;
  published: string | null;
  /** The header's lines: 0-based index and what each holds. */
  lines: { index: number; kind: 'title' | 'url' | 'published' | 'content' }[];
}

/** Rule markup/reader-header: reads the header; its fields become portal metadata (标题, 网址, 发布日期). */
export function readerHeader(lines: readonly string[]): ReaderHeader | null {
  const first = lines.findIndex((l) => l.trim());
  const title = /^Title:\s*(.+?)\s*$/.exec(lines[first] ?? '');
  if (!title) return null;
  const header: ReaderHeader = { title: title[1]!.replace(/\s+[-_|–—]\s+[^-_|–—]*$/, '').trim(), url: null, published: null, lines: [{ index: first, kind: 'title' }] };
  for (let i = first + 1; i < Math.min(lines.length, first + 12); i++) {
    const l = lines[i]!.trim();
    if (!l) continue;
    const url = /^URL Source:\s*(\S+)$/.exec(l);
    const published = /^Published Time:\s*(.+)$/.exec(l);
    const content = /^Markdown Content:$/.test(l);
    if (url) header.url = url[1]!;
    else if (published) header.published = published[1]!;
    else if (!content) break;
    header.lines.push({ index: i, kind: url ? 'url' : published ? 'published' : 'content' });
    if (content) return header.url ? header : null;
  }
  return null;
}

/** A document saved as Markdown: it opens with a reader's header (pass it when already read), its first line or at least two lines are headings (#), or a line is an HTML comment. */
export function isMarkdownDocument(lines: readonly string[], header: ReaderHeader | null = readerHeader(lines)): boolean {
  if (header) return true;
  const first = lines.find((l) => l.trim());
  if (first !== undefined && HEADING_LINE.test(first)) return true;
  return lines.filter((l) => HEADING_LINE.test(l)).length >= 2 || lines.some((l) => COMMENT_LINE.test(l));
}
