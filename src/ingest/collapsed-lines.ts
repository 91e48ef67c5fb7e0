/** Rule inline-markers-split: a page saved as one very long line is cut back into lines at its inline numbering (normalize stage). */

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
  const pieces: string[] = [];
  let start = 0;
  for (const m of text.matchAll(INLINE_MARKER)) {
    const at = m.index!;
    if (at === 0) continue;
    pieces.push(text.slice(start, at));
    start = at + m[0].length;
  }
  if (!pieces.length) return null;
  pieces.push(text.slice(start));
  const kept = pieces.filter((p) => p.trim());
  return kept.length > 1 ? kept : null;
}
