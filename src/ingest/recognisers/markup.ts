/**
 * Plain-text markup as received (rule markup/…): law collections and wiki exports save documents as
 * Markdown. Heading marks (`## 第一章 总则`), blockquote marks, emphasis, links, <br>, HTML comments
 * (`<!-- INFO END -->`), horizontal rules and table separator rows are markup, not wording: they are
 * removed before any other rule sees the line, and the report lists each rule that fired with its lines.
 * Only a document that reads as Markdown (isMarkdownDocument) is unmarked: in a plain text, ** or # is wording.
 */

export type MarkupRule = 'markup/heading' | 'markup/comment' | 'markup/rule-line' | 'markup/inline';

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
  [/\*\*(.+?)\*\*/g, '$1'],
  [/__(.+?)__/g, '$1'],
  [/!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1'],
  [/<br\s*\/?>/gi, ''],
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
  }
  let inline = text;
  for (const [re, to] of INLINE) inline = inline.replace(re, to);
  if (inline !== text) rules.push('markup/inline');
  return { text: inline, rules };
}

const HEADING_LINE = /^\s{0,3}#{1,6}\s*[^#\s]/;

/** A document saved as Markdown: its first line or at least two lines are headings (#), or a line is an HTML comment. */
export function isMarkdownDocument(lines: readonly string[]): boolean {
  const first = lines.find((l) => l.trim());
  if (first !== undefined && HEADING_LINE.test(first)) return true;
  return lines.filter((l) => HEADING_LINE.test(l)).length >= 2 || lines.some((l) => COMMENT_LINE.test(l));
}
