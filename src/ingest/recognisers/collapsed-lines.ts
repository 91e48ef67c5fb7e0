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
