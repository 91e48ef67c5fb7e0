/**
 * Stage 2 (normalize): clean each line without changing the wording — NBSPs and
 * odd spaces, spaces that PDF extraction put inside words, half-width punctuation
 * inside Chinese text — and strip web-page boilerplate, keeping line numbers.
 */
import { asciiSpaces, isCjk } from '../../lib/text.ts';
import { columnOf } from '../report/diagnostics.ts';
import { captionLines, isSiteMenu, matchBoilerplate } from '../recognisers/boilerplate.ts';
import { timeStampDate } from '../recognisers/page-date.ts';
import { foldTraditional } from '../recognisers/traditional-fold.ts';
import { detectScript } from '../recognisers/variants.ts';
import { isPlausibleTitle } from '../recognisers/title.ts';
import { splitCollapsedLine, splitFirstPart, splitRunInChapter } from '../recognisers/collapsed-lines.ts';
import { afterEnd, afterText, bylineLength, columnLabelLength, datelineLength } from '../recognisers/boundary.ts';
import { isMarkdownDocument, readerHeader, stripMarkup, type MarkupRule, type ReaderHeader } from '../recognisers/markup.ts';
import { CELL_SEPARATOR } from '../../lib/text-blocks.ts';
import { innerPipeCells, joinCellLines, tableCells, tableRowIndices } from '../recognisers/text-table.ts';
import type { LineNote, SourceLine, StrippedLine } from '../lines.ts';
import type { RawSource } from './read.ts';

export type { StrippedLine } from '../lines.ts';

export interface NormalizedSource {
  file: string;
  sha256: string;
  /** Cleaned lines; blank lines are kept (as '') because they can mark page breaks. */
  lines: SourceLine[];
  stripped: StrippedLine[];
  /** What the line rules changed (inline-markers-split, spaced-number), one note per line. */
  notes: LineNote[];
  /** The lines as read, for the few rules that need the spaces normalising removes (task-table/body). */
  raw: SourceLine[];
}

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/** Removes whitespace next to a CJK character and folds other runs of whitespace to one space. */
export function removeSpacesInsideChinese(s: string): string {
  const t = asciiSpaces(s);
  return t.replace(/ +/g, (run, offset: number) => {
    const before = t[offset - 1];
    const after = t[offset + run.length];
    if (before === undefined || after === undefined) return '';
    return isCjk(before) || isCjk(after) ? '' : ' ';
  });
}

/** Turns ASCII , ; : ? ! ( ) into their full-width forms where they stand in Chinese text. */
export function fullWidthPunctuation(s: string): string {
  const chars = [...s];
  const open: { index: number; converted: boolean }[] = [];
  const inChinese = (i: number) => isCjk(chars[i - 1]) || isCjk(chars[i + 1]);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '(') {
      const converted = inChinese(i);
      if (converted) chars[i] = '（';
      open.push({ index: i, converted });
    } else if (ch === ')') {
      const match = open.pop();
      if (match ? match.converted : inChinese(i)) chars[i] = '）';
    } else if (ch === ':' && /\d/.test(chars[i - 1] ?? '') && /\d/.test(chars[i + 1] ?? '')) {
      continue; // a time such as 9:30
    } else if (ch in HALF_TO_FULL && ch !== '(' && ch !== ')' && inChinese(i)) {
      chars[i] = HALF_TO_FULL[ch]!;
    }
  }
  return chars.join('');
}

/**
 * Rule pinyin-gloss: a copy that prints the pinyin of characters after them (導（dǎo）言, 區（qū）): a bracketed
 * syllable of Latin letters with a tone mark right after a Han character is dropped. A syllable without a tone
 * mark (（de）) or any other bracketed Latin text ((AI), （app）) is left as it is.
 */
const PINYIN_GLOSS = /(?<=\p{Script=Han})（[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*）/gu;

export function stripPinyinGlosses(s: string): { text: string; count: number } {
  let count = 0;
  const text = s.replace(PINYIN_GLOSS, () => {
    count++;
    return '';
  });
  return { text, count };
}

/** Cleans one line of text (the wording is unchanged). */
export function cleanLine(text: string): string {
  return fullWidthPunctuation(removeSpacesInsideChinese(text)).trim();
}

/**
 * Rule spaced-number: PDF extraction puts a space after a decimal point (增长1. 3倍). Inside a
 * sentence the two parts are one number; at the start of a line, or after 。 ； ： （ 、 or a
 * space, “1. ” is a list marker and stays as it is.
 */
export function joinSpacedDecimals(text: string): string {
  // (and a space before the point: 按照0 .1元/千瓦时)
  return text.replace(/(?<=[^\s。；：！？（(、\d])(\d+)[.．] +(?=\d)/g, '$1.').replace(/(?<=[^\s。；：！？（(、\d]\d+) +[.．](?=\d)/g, '.');
}

/** ? or U+FFFD opening a line before Han text or numbering: an emoji or symbol the page lost in saving, not wording. */
const LOST_CHARACTER = /^[?？\uFFFD]+(?=\s*\p{Script=Han})/u;

/** Cleans every line and strips boilerplate lines, recording each stripped line with its rule. */
export function normalizeSource(received: RawSource): NormalizedSource {
  const lines: SourceLine[] = [];
  const stripped: StrippedLine[] = [];
  const notes: LineNote[] = [];
  // Rule table/cell-lines: a table flattened one cell a line is joined into its rows first
  const joined = joinCellLines(received.lines);
  const raw: RawSource = { ...received, lines: joined.lines };
  if (joined.rebuilt.length) notes.push({ line: joined.rebuilt[0]!, rule: 'table/cell-lines', message: `joined the cells of ${joined.rebuilt.length} table rows printed one cell a line (lines ${joined.rebuilt.slice(0, 6).join(', ')}${joined.rebuilt.length > 6 ? ' …' : ''}) into rows, by the header's number of cells` });
  const markup = new Map<MarkupRule, number[]>();
  const tableLines: number[] = [];
  // every cleaned line in order, chrome included: where the document ends is read on it (boundary/after-end)
  const sequence: { text: string; kept: SourceLine | null }[] = [];
  // chrome rules are written in Simplified: a Traditional page's lines are matched on their Simplified reading
  const traditional = detectScript(raw.lines.map((l) => l.text).join('\n')) === 'zh-Hant';
  const header = readerHeader(raw.lines.map((l) => l.text));
  const markdown = isMarkdownDocument(raw.lines.map((l) => l.text), header);
  const headerLines = new Map(header ? readerHeaderLines(header).map((x) => [raw.lines[x.index]!.line, x.text]) : []);
  const tableRows = tableRowIndices(raw.lines.map((l) => l.text));
  const captions = captionLines(raw.lines.map((l) => l.text));
  // a line of wording has been kept: a site's menu is read only above it (boilerplate/site menu)
  let wordingSeen = false;
  // the next line with text after each line (rule first-part-split), found in one pass from the end
  const nextText: (string | null)[] = [];
  for (let i = raw.lines.length - 1, next: string | null = null; i >= 0; i--) {
    nextText[i] = next;
    if (raw.lines[i]!.text.trim()) next = raw.lines[i]!.text;
  }
  for (const [index, { line, text: received }] of raw.lines.entries()) {
    const unmarked = headerLines.has(line)
      ? readerHeaderLine(headerLines.get(line)!)
      : markdown
        ? stripMarkup(received)
        : { text: received, rules: [] };
    for (const r of unmarked.rules) markup.set(r, [...(markup.get(r) ?? []), line]);
    if (unmarked.text === null) {
      stripped.push({ line, text: received.trim(), rule: unmarked.rules[0]! });
      continue;
    }
    const rawText = unmarked.text;
    const cells = tableRows.has(index) ? (tableCells(rawText) ?? innerPipeCells(rawText)) : null;
    if (cells) tableLines.push(line);
    for (const { text, clean } of cleanPieces(rawText, received, line, notes, cells, nextText[index] ?? null)) {
      // rules see the cleaned line, so they need not allow for stray spaces or half-width colons
      // a Traditional line is also read on its Simplified reading (same length: OpenCC's character map), folded once
      const read = traditional ? foldTraditional(clean) : clean;
      const chrome = matchBoilerplate(clean) ?? (read === clean ? null : matchBoilerplate(read));
      const caption = !chrome && captions.has(index);
      const menu = !chrome && !caption && !wordingSeen && !cells && isSiteMenu(text);
      if (chrome || caption || menu) {
        const fields = chrome?.fields?.(read);
        stripped.push({ line, text: text.trim(), rule: chrome?.name ?? (caption ? 'photo caption' : 'site menu'), ...(fields && Object.keys(fields).length ? { fields } : {}) });
        sequence.push({ text: clean, kept: null });
        continue;
      }
      if (/[。；！？，]/.test(clean)) wordingSeen = true;
      // Rule lost-character: a character the page could not encode, left as ? before a line's numbering (?第一條)
      const lost = LOST_CHARACTER.exec(clean)?.[0].length ?? 0;
      // Rule boundary/dateline: a news article's opening dateline is the outlet's (the rest of the line is kept)
      // (or a portal's column label before a title: rule boundary/column-label)
      const label = lost ? 0 : columnLabelLength(read);
      const cut = lost || label || datelineLength(read);
      const rule = lost ? 'lost-character' : label ? 'boundary/column-label' : 'boundary/dateline';
      // a dateline that is a time stamp (date 2025-10-17) keeps its date as the page's 发布日期, as the timestamp rule does
      const stamp = cut && !lost ? timeStampDate(clean.slice(0, cut)) : null;
      if (cut) stripped.push({ line, text: clean.slice(0, cut), rule, ...(stamp ? { fields: { 发布日期: stamp } } : {}) });
      // Rule boundary/byline: a news article's closing byline, (记者陈岩), is cut from the end of the line
      const tail = lost ? 0 : bylineLength(read.slice(cut));
      if (tail) stripped.push({ line, text: clean.slice(clean.length - tail).trim(), rule: 'boundary/byline' });
      const kept = { line, text: clean.slice(cut, clean.length - tail) };
      if ((cut || tail) && !kept.text.trim()) continue;
      lines.push(kept);
      sequence.push({ text: kept.text, kept });
    }
  }
  if (tableLines.length) notes.push({ line: tableLines[0]!, rule: 'table/rows', message: tableMessage(tableLines) });
  for (const [rule, at] of markup) if (rule !== 'markup/comment' && rule !== 'markup/rule-line') notes.push({ line: at[0]!, rule, message: markupMessage(rule, at) });
  const kept = pageAround(lines, stripped, sequence, header?.title ?? (markdown ? firstHeading(raw.lines) : null));
  stripped.sort((a, b) => a.line - b.line);
  return { file: raw.file, sha256: raw.sha256, lines: kept, stripped, notes, raw: raw.lines };
}

/** Two or more decorative glyphs in a row (■◆★, ★◆■★): page noise, never a bullet (a bullet is one glyph). */
const GLYPH_RUN = /[■◆★☆◇□●▲△▼▽♦◎]{2,}/g;
/** A law database's label of the one article its page shows (法規章節：第4條, 法规章节：第十条之一). */
const ARTICLE_LABEL = /^(?:法规章节|法規章節)[：:]\s*(第\s*[\d〇一二三四五六七八九十百千]+(?:\s*[-－]\s*\d+)?\s*[条條](?:之[一二三四五六七八九十]+)?)$/;

/** One received line cleaned: a table row cell by cell; else cut where a page saved on one line ran its parts together, each piece cleaned (rules inline-markers-split, chapter-article-run-in, spaced-number, pinyin-gloss). */
function cleanPieces(rawText: string, received: string, line: number, notes: LineNote[], cells: string[] | null, nextLine: string | null): { text: string; clean: string }[] {
  // Rule table/rows: a row's cells are cleaned one by one and kept apart by a tab (an empty row is dropped)
  if (cells) return cells.some((c) => c) ? [{ text: rawText, clean: cells.map(cleanLine).join(CELL_SEPARATOR) }] : [];
  // A page saved as one long line: cut it at its inline numbering first (spaces still mark where parts began).
  const collapsed = splitCollapsedLine(rawText);
  // Rule first-part-split: else a lead-in and its first numbered part on one line, the second part on the next
  const firstPart = collapsed ? null : splitFirstPart(rawText, nextLine);
  if (firstPart) notes.push({ line, rule: 'first-part-split', message: `cut “${firstPart[0].trim().slice(-12)} | ${firstPart[1].slice(0, 8)}”: a lead-in and the first numbered part on one line, the second part on the next` });
  const pieces = collapsed ?? firstPart;
  if (collapsed)
    notes.push({
      line,
      rule: 'inline-markers-split',
      message: `a line of ${[...rawText].length} characters was cut into ${collapsed.length} lines before its inline numbering (${collapsed
        .slice(1, 4)
        .map((p) => p.trim().slice(0, 6))
        .join(' ')}${collapsed.length > 4 ? ' …' : ''}): the page was saved as one line`,
    });
  const runIn = (pieces ?? [rawText]).map((text) => {
    const cut = splitRunInChapter(text);
    if (cut) notes.push({ line, rule: 'chapter-article-run-in', message: `cut “${cut.map((p) => p.trim().slice(0, 8)).join(' | ')}”: a chapter heading run together with its first article` });
    return cut ?? [text];
  });
const out: { text: string; clean: string }[] = [];
for (const text of runIn.flat()) {
    const cleaned = cleanLine(text);
    const spaced = joinSpacedDecimals(cleaned);
    const glosses = stripPinyinGlosses(spaced);
    if (glosses.count) {
      const first = spaced.match(PINYIN_GLOSS)![0];
      const message = `dropped ${glosses.count} pinyin gloss${glosses.count === 1 ? '' : 'es'} printed after characters (such as “${first}”)`;
      notes.push({ line, column: columnOf(received, first), rule: 'pinyin-gloss', message });
    }
    // Rule glyph-noise: runs of decorative glyphs a reposting site sows into sentences (建设■■★★★。) are no text
    const glyphs = glosses.text.match(GLYPH_RUN);
    if (glyphs) notes.push({ line, rule: 'glyph-noise', message: `dropped ${glyphs.length} run${glyphs.length === 1 ? '' : 's'} of decorative glyphs inside the text (such as “${glyphs[0]}”)` });
    const unglyphed = glyphs ? glosses.text.replace(GLYPH_RUN, '') : glosses.text;
    // Rule markup/article-label: a law database's page of one article labels its number (法規章節：第4條)
    const article = ARTICLE_LABEL.exec(unglyphed);
    if (article) notes.push({ line, rule: 'markup/article-label', message: `read “${unglyphed}” as the article's own number, ${article[1]}: the page shows one article of the law` });
    const clean = article ? article[1]! : unglyphed;
    if (spaced !== cleaned) notes.push({ line, rule: 'spaced-number', message: `joined a number split by a space at its decimal point: “${cleaned.match(/\d+ *[.．] *\d+/)?.[0] ?? ''}” read as “${clean.match(/\d+\.\d+/)?.[0] ?? ''}”` });
    out.push({ text, clean });
  }
  return out;
}

/**
 * Takes the page around the document out of the kept lines (each taken line recorded in `stripped`): site
 * navigation, the page after the document's end (boundary/after-end: the title given is a reader header's or a
 * Markdown page's first heading), then what follows the last line of wording (boundary/after-text).
 */
function pageAround(lines: SourceLine[], stripped: StrippedLine[], sequence: { text: string; kept: SourceLine | null }[], title: string | null): SourceLine[] {
  const navigation = siteNavigation(lines, stripped);
  for (const l of navigation) stripped.push({ line: l.line, text: l.text, rule: 'site navigation' });
  const end = afterEnd(sequence, title);
  const after = new Set(end === null ? [] : sequence.slice(end).flatMap((x) => (x.kept ? [x.kept] : [])));
  for (const l of after) if (l.text.trim()) stripped.push({ line: l.line, text: l.text, rule: 'boundary/after-end' });
  const kept = lines.filter((l) => !navigation.has(l) && !after.has(l));
  const tailAt = afterText(kept);
  const tail = new Set(tailAt === null ? [] : kept.slice(tailAt));
  for (const l of tail) if (l.text.trim()) stripped.push({ line: l.line, text: l.text, rule: 'boundary/after-text' });
  return kept.filter((l) => !tail.has(l));
}

/** The portal-metadata line each header line becomes (标题：…, 网址：…, 发布日期：…); null for Markdown Content:. */
function readerHeaderLines(h: ReaderHeader): { index: number; text: string | null }[] {
  const value = { title: `标题：${h.title}`, url: `网址：${h.url}`, published: `发布日期：${h.published}`, content: null };
  return h.lines.map(({ index, kind }) => ({ index, text: value[kind] }));
}

/** The text of a Markdown page's first heading (# …), if any. */
function firstHeading(lines: readonly { text: string }[]): string | null {
  const heading = lines.find((l) => /^\s{0,3}#{1,6}\s*[^#\s]/.test(l.text));
  return heading ? stripMarkup(heading.text).text : null;
}

/** A header line as the markup stage gives it: its metadata line, or removed (rule markup/reader-header). */
function readerHeaderLine(text: string | null): { text: string | null; rules: MarkupRule[] } {
  return { text, rules: ['markup/reader-header'] };
}

/** The report line of a markup rule that changed lines (not removed them): what and where. */
function markupMessage(rule: MarkupRule, lines: number[]): string {
  const where = `line${lines.length === 1 ? '' : 's'} ${lines.slice(0, 12).join(', ')}${lines.length > 12 ? ' …' : ''}`;
  if (rule === 'markup/heading') return `removed Markdown heading marks (#) on ${lines.length} ${where}: the headings are read by their numbering`;
  if (rule === 'markup/numeral-heading') return `read ${lines.length} heading${lines.length === 1 ? '' : 's'} that are only a numeral (## 三) as part numbers (三、) on ${where}`;
  return `removed Markdown/HTML inline markup (emphasis, links, <br>) on ${lines.length} ${where}`;
}

/** The report line of rule table/rows: how many rows, on which lines. */
function tableMessage(lines: number[]): string {
  const where = `${lines.slice(0, 12).join(', ')}${lines.length > 12 ? ' …' : ''}`;
  return `read ${lines.length} line${lines.length === 1 ? '' : 's'} (${where}) as table rows (cells apart by tabs or pipes): shown as a table, their cells never joined into one line`;
}

/** How far down a page's breadcrumb may stand for the lines above it to be its navigation. */
const NAVIGATION_MAX_LINES = 80;

/**
 * Rule boilerplate/site navigation: a breadcrumb (stripped as chrome) starts a page's content; when every line above
 * it is short (at most 40 characters) with no sentence or label punctuation (。，；：) and is not a document title
 * (ends in 规划, 办法, 意见 …), those lines are the site's menus and topic links (我的法规 最新法规 …, 热点专题,
 * Loading...) and are stripped too. One line above that reads as text keeps them all.
 */
function siteNavigation(lines: SourceLine[], stripped: StrippedLine[]): Set<SourceLine> {
  const crumb = stripped.find((s) => s.rule.endsWith('breadcrumb'));
  if (!crumb || crumb.line > NAVIGATION_MAX_LINES) return new Set();
  const above = lines.filter((l) => l.line < crumb.line && l.text);
  const isMenu = (t: string) => [...t].length <= 40 && !/[。，；：]/.test(t) && !isPlausibleTitle(t);
  return above.length && above.every((l) => isMenu(l.text)) ? new Set(above) : new Set();
}
