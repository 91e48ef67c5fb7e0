/**
 * Tables of contents (目录) and PDF page numbers: found in the normalized lines before
 * the body is reflowed, stripped (every line recorded with its rule), and the contents
 * checked against the body's own headings. Rules are listed in docs/formats.md.
 */
import { hasHan, stripWhitespace } from '../../lib/text.ts';
import type { LineNote, SourceLine, StrippedLine } from '../lines.ts';
import { LEVEL_RANK, matchMarker, splitInlineHeading } from './markers.ts';

export type { LineNote } from '../lines.ts';

export type TocRule = 'toc/heading' | 'toc/leaders-and-page-numbers' | 'toc/repeated-headings' | 'toc/numbering-restarts' | 'toc/contents-to-end' | 'toc/gazette';

/** One entry of a table of contents, possibly wrapped over several lines. */
export interface TocEntry {
  /** First raw line of the entry. */
  line: number;
  /** The numbering (第一章, 一、, （一）, 1.), null for an unnumbered entry (序言, 附件 …). */
  label: string | null;
  /** Outline rank of the numbering (lower is outer), null when unnumbered. */
  rank: number | null;
  /** The entry without leaders, page number and whitespace, numbering included. */
  title: string;
  page: number | null;
  leaders: boolean;
}

export interface TocResult {
  /** The lines without the table of contents (line numbers unchanged). */
  lines: SourceLine[];
  /** Every non-blank line removed, with the rule that found the block. */
  stripped: StrippedLine[];
  /** The entries found, null when the document has no table of contents. */
  entries: TocEntry[] | null;
  rule: TocRule | null;
  /** toc-mismatch warnings: entries the body lacks, body chapters the contents lack. */
  notes: LineNote[];
}

// ---------------------------------------------------------------------------
// PDF page numbers

/** A page footer as PDF extraction or a page-flip viewer leaves it: - 1 -, —1—, －1－, 第1页, 第1页共20页, P. 8, Page 8 - title. */
const PAGE_FOOTER = /^(?:[-－—–‐]\s*\d{1,4}\s*[-－—–‐]|第\d{1,4}页(?:[，,]?共\d{1,4}页)?|P\.\s?\d{1,4}|Page\s\d{1,4}(?:\s?[-–—]\s?.{1,60})?)$/;
/** The spaced ASCII form glued to text (“- 3 - 3.大力…”, “…基金。- 4 -”); an unspaced -3- or —3— inside a line may be text, and is left alone. */
const PAGE_FOOTER_PREFIX = /^(- \d{1,4} -) ?(\S.*)$/;
const PAGE_FOOTER_SUFFIX = /^(.*\S) ?(- \d{1,4} -)$/;

/** Whether a line is a page footer on its own (- 1 -, 第5页, P. 8). */
export const isPageFooter = (line: string): boolean => PAGE_FOOTER.test(line.trim());

/** Removes PDF page-footer lines (and footers glued to a line by a space); rule pdf-page-number. */
export function stripPageNumbers(lines: SourceLine[]): { lines: SourceLine[]; stripped: StrippedLine[] } {
  const out: SourceLine[] = [];
  const stripped: StrippedLine[] = [];
  for (const l of lines) {
    const t = l.text.trim();
    if (t.length > 200) {
      out.push(l); // a footer is short; long lines are text (and not worth a regex pass)
      continue;
    }
    if (PAGE_FOOTER.test(t)) {
      stripped.push({ line: l.line, text: t, rule: 'pdf-page-number' });
      continue;
    }
    const prefix = t.match(PAGE_FOOTER_PREFIX);
    if (prefix) {
      stripped.push({ line: l.line, text: prefix[1]!, rule: 'pdf-page-number' });
      out.push({ line: l.line, text: prefix[2]! });
      continue;
    }
    const suffix = t.match(PAGE_FOOTER_SUFFIX);
    if (suffix) {
      stripped.push({ line: l.line, text: suffix[2]!, rule: 'pdf-page-number' });
      out.push({ line: l.line, text: suffix[1]! });
      continue;
    }
    out.push(l);
  }
  return { lines: out, stripped };
}

// ---------------------------------------------------------------------------
// Lines of a table of contents

/** A 目录 heading (spaces inside it were already removed by normalize). */
export const TOC_HEADING = /^(?:目录|目錄|目次)[：:]?$/;
/** Numbering above 第一章 that markers.ts does not know (the contents list it, the structure does not). */
const PART = /^(第[零〇一二两三四五六七八九十百]+(?:篇|编|編|部分))(.*)$/;
/** Unnumbered front and back matter a contents lists. */
const UNNUMBERED = /^(?:前言|序言|引言|导言|導言|总论|總論|结束语|結束語|结语|結語|后记|後記|名词解释|名詞解釋|附件|附表|附录|附錄|专栏|專欄)/;
const SENTENCE_PUNCT = /[。；！？：]/;
const LEADER_CHARS = /[\s…⋯‥.．·•_\-—－~～]*$/;
const REAL_LEADERS = /…|⋯|‥|·{2,}|•{2,}|\.{2,}|．{2,}|_{2,}|-{2,}|—{2,}|－{2,}|~{2,}|～{2,}/;
const CLOSING = /[”’）)》」』】〕]/;
const MAX_ENTRY_CHARS = 80;

interface ParsedLine {
  kind: 'entry' | 'page';
  label: string | null;
  rank: number | null;
  title: string;
  page: number | null;
  leaders: boolean;
}

/** Splits a trailing page number and dot leaders off a line: “发展基础……16”, “发展基础 16”, “发展基础16”. */
export function splitPageNumber(text: string): { core: string; page: number | null; leaders: boolean } {
  const t = text.trim();
  const digits = t.match(/(\d{1,3})$/);
  const beforeDigits = digits ? t.slice(0, t.length - digits[1]!.length) : t;
  // four or more digits (a year) are never a page number
  const pageDigits = digits && !/\d$/.test(beforeDigits) ? digits[1]! : null;
  const rest = pageDigits ? beforeDigits : t;
  const trail = rest.match(LEADER_CHARS)![0];
  const core = rest.slice(0, rest.length - trail.length);
  const leaders = REAL_LEADERS.test(trail);
  if (pageDigits) {
    const separated = leaders || (trail.length > 0 && trail.trim() === '');
    const glued = trail === '' && (hasHan(core.at(-1)) || CLOSING.test(core.at(-1) ?? ''));
    if (separated || glued || core === '') return { core: stripWhitespace(core), page: Number(pageDigits), leaders };
    return { core: stripWhitespace(t), page: null, leaders: false };
  }
  return { core: stripWhitespace(leaders ? core : t), page: null, leaders };
}

/** How a line reads as part of a table of contents, or null when it cannot be one. */
export function parseTocLine(text: string): ParsedLine | null {
  const t = text.trim();
  if (!t || [...t].length > MAX_ENTRY_CHARS) return null;
  const { core, page, leaders } = splitPageNumber(t);
  if (core === '') return page !== null || leaders ? { kind: 'page', label: null, rank: null, title: '', page, leaders } : null;
  if (SENTENCE_PUNCT.test(core)) return null;
  const part = core.match(PART);
  if (part) return { kind: 'entry', label: part[1]!, rank: LEVEL_RANK.part, title: core, page, leaders };
  const marker = matchMarker(core);
  if (marker && marker.level !== 'leadIn') return { kind: 'entry', label: marker.label, rank: LEVEL_RANK[marker.level], title: core, page, leaders };
  if (UNNUMBERED.test(core) || page !== null || leaders) return { kind: 'entry', label: null, rank: null, title: core, page, leaders };
  return null;
}

/** A short line without numbering or sentence punctuation: the second line of a wrapped entry. */
function isContinuation(text: string): boolean {
  const t = stripWhitespace(text);
  return t.length > 0 && [...t].length <= 30 && !SENTENCE_PUNCT.test(t) && !/[，,]$/.test(t) && !matchMarker(t) && !PART.test(t);
}

interface Run {
  entries: (TocEntry & { lastIndex: number })[];
  /** Index (into lines) of the first line of each entry, parallel to entries. */
  firstIndex: number[];
  /** Index of the first line after the run. */
  end: number;
}

/** The run of contents-like lines starting at index `start` (blank lines allowed). */
function collectRun(lines: SourceLine[], start: number): Run {
  const run: Run = { entries: [], firstIndex: [], end: start };
  const nextNonBlank = (i: number) => {
    let j = i + 1;
    while (j < lines.length && !lines[j]!.text.trim()) j++;
    return j;
  };
  let i = start;
  while (i < lines.length) {
    const l = lines[i]!;
    if (!l.text.trim()) {
      i++;
      continue;
    }
    const prev = run.entries.at(-1);
    const parsed = parseTocLine(l.text);
    if (parsed?.kind === 'page') {
      if (prev && prev.page === null) {
        prev.page = parsed.page;
        prev.leaders ||= parsed.leaders;
        prev.lastIndex = i;
      } else if (!prev) break; // a stray number before any entry belongs to whatever precedes
      else prev.lastIndex = i;
    } else if (parsed && !(parsed.label === null && !UNNUMBERED.test(parsed.title) && prev && prev.page === null && !prev.leaders)) {
      run.entries.push({ line: l.line, label: parsed.label, rank: parsed.rank, title: parsed.title, page: parsed.page, leaders: parsed.leaders, lastIndex: i });
      run.firstIndex.push(i);
    } else if (prev && prev.page === null && !prev.leaders && (parsed || isContinuation(l.text))) {
      // the rest of a wrapped entry: “（一）推进生态文明建设，努力把北京建设成为” + “国际一流的和谐宜居之都……12”
      const next = nextNonBlank(i);
      const endsEntry = parsed !== null;
      const runGoesOn = next < lines.length && parseTocLine(lines[next]!.text) !== null;
      if (!endsEntry && !runGoesOn) break;
      const split = parsed ?? { title: stripWhitespace(l.text), page: null, leaders: false };
      prev.title += split.title;
      prev.page = split.page;
      prev.leaders = split.leaders;
      prev.lastIndex = i;
    } else break;
    i++;
    run.end = i;
  }
  return run;
}

/** The key that repeats when the body starts over: the numbering, or the text of an unnumbered entry. */
const keyOf = (e: TocEntry) => e.label ?? e.title;

/** True when a body line (whitespace removed) is the heading an entry names: it is the entry, or starts with it before punctuation. */
export function headingMatches(entryTitle: string, bodyKey: string): boolean {
  if (!entryTitle || !bodyKey.startsWith(entryTitle)) return false;
  const next = bodyKey[entryTitle.length];
  return next === undefined || /[。：:；，,（(\s]/.test(next);
}

/** Heading lines of the body from index `from`: each line with a numbering (a bare 第一章 is joined with the short line after it). */
function bodyHeadings(lines: SourceLine[], from: number): { line: number; key: string; rank: number | null }[] {
  const out: { line: number; key: string; rank: number | null }[] = [];
  for (let i = from; i < lines.length; i++) {
    const raw = lines[i]!.text;
    if (!raw.trim() || raw.length > 2000) continue;
    const t = stripWhitespace(raw);
    const part = t.match(PART);
    const marker = part ? null : matchMarker(t);
    const rank = part ? -1 : marker && marker.level !== 'leadIn' ? LEVEL_RANK[marker.level] : null;
    if (rank === null && !UNNUMBERED.test(t)) continue;
    let key = t;
    const rest = part ? part[2]! : (marker?.rest ?? t);
    if (rest === '') {
      let j = i + 1;
      while (j < lines.length && !lines[j]!.text.trim()) j++;
      const next = j < lines.length ? stripWhitespace(lines[j]!.text) : '';
      if (next && isContinuation(next)) key = t + next;
    }
    out.push({ line: lines[i]!.line, key, rank });
  }
  return out;
}

/** Page numbers rise through a contents (a chapter shares its first section's page); allow one slip in ten. */
function pagesRise(entries: TocEntry[]): boolean {
  const pages = entries.map((e) => e.page).filter((p): p is number => p !== null);
  let falls = 0;
  for (let i = 1; i < pages.length; i++) if (pages[i]! < pages[i - 1]!) falls++;
  return falls <= Math.floor((pages.length - 1) / 10);
}

/** The line that opens the annexes (as segment.ts splits them). */
const ANNEX_START = /^附件(\d*|[一二三四五六七八九十]*)([：:]|$)/;

/** Index of the first annex line, or lines.length. */
function annexIndex(lines: SourceLine[]): number {
  const i = lines.findIndex((l) => ANNEX_START.test(l.text));
  return i < 0 ? lines.length : i;
}

const MIN_ENTRIES = 3;

/**
 * Finds the table of contents at the front of a document and strips it. Only the first run of
 * contents-like lines (or the run after a 目录 heading) is a candidate: a contents precedes the body.
 */
export function stripToc(lines: SourceLine[]): TocResult {
  const none: TocResult = { lines, stripped: [], entries: null, rule: null, notes: [] };
  const annexAt = annexIndex(lines);
  const headingAt = lines.slice(0, annexAt).findIndex((l) => TOC_HEADING.test(l.text.trim()));

  // a gazette issue's contents: the titles of the documents it prints, under section labels (rule toc/gazette)
  const gazetteEnd = headingAt >= 0 ? gazetteContentsEnd(lines, headingAt) : -1;
  if (gazetteEnd > 0) return finish(lines, headingAt, gazetteEnd, 'toc/gazette', [], []);

  const run = candidateRun(lines, headingAt, annexAt);
  if (!run) return none;

  // The body starts where the first entry's numbering comes round again (一、 … 一、).
  const first = run.entries[0];
  const cut = first ? run.entries.findIndex((e, k) => k > 0 && keyOf(e) === keyOf(first) && e.rank === first.rank) : -1;
  let entries = cut > 0 ? run.entries.slice(0, cut) : run.entries;
  const paged = (es: TocEntry[]) => es.filter((e) => e.page !== null || e.leaders).length;
  // Without a repeat, heading-only lines after the last paged entry are the body's own.
  const trimToLastPaged = () => {
    if (cut > 0 || paged(entries) === 0) return;
    let last = entries.length - 1;
    while (last >= 0 && entries[last]!.page === null && !entries[last]!.leaders) last--;
    entries = entries.slice(0, last + 1);
  };

  let rule: TocRule | null = null;
  if (headingAt >= 0) {
    rule = 'toc/heading';
    trimToLastPaged();
  } else if (paged(entries) >= MIN_ENTRIES && paged(entries) >= 0.6 * entries.length && pagesRise(entries)) {
    rule = 'toc/leaders-and-page-numbers';
    trimToLastPaged();
  }

  const blockEnd = () => (entries.length ? entries.at(-1)!.lastIndex + 1 : headingAt + 1);
  const headings = () => bodyHeadings(lines, cut > 0 ? run.firstIndex[cut]! : blockEnd());
  const matchedIn = (es: TocEntry[], body: { key: string }[]) => es.filter((e) => body.some((h) => headingMatches(e.title, h.key)));

  if (rule === null) {
    // No heading, no page numbers: a contents only when the body repeats its headings …
    if (entries.length < MIN_ENTRIES) return none;
    const matched = matchedIn(entries, headings()).length;
    // … or when the document ends with it: numbered headings and nothing after them (an excerpt cut after its contents).
    const toEnd = cut < 0 && entries.every((e) => e.label !== null) && lines.slice(run.end, annexAt).every((l) => !l.text.trim());
    // … or when, after a run of numbered headings with nothing between them, the numbering starts again
    // (第一章 … 第八章, then 第一章 with its articles: an excerpt may hold only the first chapters).
    const restarts = cut >= MIN_ENTRIES && entries.every((e) => e.label !== null);
    if (toEnd) rule = 'toc/contents-to-end';
    else if (matched >= MIN_ENTRIES && matched >= 0.8 * entries.length) rule = 'toc/repeated-headings';
    else if (restarts) rule = 'toc/numbering-restarts';
    else return none;
  }

  const notes: LineNote[] = [];
  if (rule === 'toc/heading' && entries.length < MIN_ENTRIES) {
    // A 目录 heading whose entries were lost in extraction: strip the heading and lone page numbers only.
    entries = [];
    let end = headingAt + 1;
    while (end < lines.length && (!lines[end]!.text.trim() || parseTocLine(lines[end]!.text)?.kind === 'page')) end++;
    notes.push({ line: lines[headingAt]!.line, rule: 'toc-mismatch', message: 'a 目录 heading with no entries under it (was the table of contents lost in extraction?)' });
    return finish(lines, headingAt, end, rule, [], notes);
  }

  const end = blockEnd();
  notes.push(...mismatches(entries, headings(), lines.slice(end)));
  return finish(lines, headingAt >= 0 ? headingAt : run.firstIndex[0]!, end, rule, entries, notes);
}

/** A document's title as a gazette's contents lists it: issuer, 关于 and its subject (…关于…的通知), its end maybe cut by the page. */
const LISTED_DOCUMENT = /^[^。；，：:]{0,30}[关關][于於][^。；：:]{4,70}$/;
/** A section label of a gazette's contents: 市政府文件, 市政府办公室文件, 部门文件, 人事任免. */
const GAZETTE_SECTION = /^(?:[省市区县區縣]?(?:人民)?政府(?:办公厅|办公室|辦公廳|辦公室)?文件|部门文件|部門文件|人事任免|[省市区县]?政府令|其他)$/;

/**
 * Rule toc/gazette: a 目录 heading over the titles of the documents a gazette issue prints, under its section labels
 * (市政府文件 / 市人民政府关于印发…的通知 / …): at least three titles, none with page numbers, up to the first document's own
 * title (one listed above, or one its 主送 line follows). Returns the index after the last of them, or -1.
 */
function gazetteContentsEnd(lines: SourceLine[], headingAt: number): number {
  const listed = new Set<string>();
  const nextNonBlank = (i: number) => {
    while (i < lines.length && !lines[i]!.text.trim()) i++;
    return i;
  };
  let end = nextNonBlank(headingAt + 1);
  for (; end < lines.length; end = nextNonBlank(end + 1)) {
    const t = stripWhitespace(lines[end]!.text);
    if (GAZETTE_SECTION.test(t)) continue;
    // the first document's own title: listed above it, or followed by its 主送 line (各区县人民政府，…：)
    const next = lines[nextNonBlank(end + 1)];
    if (!LISTED_DOCUMENT.test(t) || listed.has(t) || (next && /[：:]$/.test(next.text.trim()))) break;
    listed.add(t);
  }
  return listed.size >= 3 ? end : -1;
}

/**
 * The first run of contents-like lines that can be a table of contents: the run after a 目录 heading, else
 * the first with enough numbered, paged or dotted entries before the body begins (and before the annexes).
 */
function candidateRun(lines: SourceLine[], headingAt: number, annexAt: number): Run | null {
  if (headingAt >= 0) return collectRun(lines, headingAt + 1);
  for (let i = 0; i < annexAt; i++) {
    if (!parseTocLine(lines[i]!.text)) continue;
    const r = collectRun(lines, i);
    if (r.entries.filter((e) => e.label !== null || e.page !== null || e.leaders).length >= MIN_ENTRIES) return r;
    // Numbered headings followed by text: the body has begun, and a contents comes before it.
    if (r.entries.some((e) => e.label !== null)) return null;
    i = Math.max(i, r.end - 1);
  }
  return null;
}

/** Rule toc-mismatch: entries that match no heading of the body, and top-level headings of the body (before its annexes) that the contents lacks. */
function mismatches(entries: TocEntry[], body: ReturnType<typeof bodyHeadings>, after: SourceLine[]): LineNote[] {
  const notes: LineNote[] = [];
  const missing = entries.filter((e) => !body.some((h) => headingMatches(e.title, h.key)));
  if (missing.length === entries.length) {
    notes.push({ line: entries[0]!.line, rule: 'toc-mismatch', message: `none of the ${entries.length} table-of-contents entries matches a heading of the body (is the body missing, or worded differently?)` });
  } else {
    for (const e of missing) notes.push({ line: e.line, rule: 'toc-mismatch', message: `table-of-contents entry “${e.title}” matches no heading of the body` });
  }
  const ranks = entries.map((e) => e.rank).filter((r): r is number => r !== null);
  if (!ranks.length) return notes;
  const top = Math.min(...ranks);
  // Chapters of the body proper: an annex may number its own parts.
  const annexLine = after.find((l) => ANNEX_START.test(l.text))?.line ?? Infinity;
  for (const h of body.filter((x) => x.rank === top && x.line < annexLine)) {
    if (entries.some((e) => headingMatches(e.title, h.key))) continue;
    notes.push({ line: h.line, rule: 'toc-mismatch', message: `“${headingOf(h.key)}” is not in the table of contents` });
  }
  return notes;
}

/** A body heading line as a contents would list it: numbering and inline heading, not its text. */
function headingOf(key: string): string {
  const part = key.match(PART);
  const marker = part ? null : matchMarker(key);
  const label = part?.[1] ?? marker?.label ?? '';
  const rest = part?.[2] ?? marker?.rest ?? key;
  return label + (splitInlineHeading(rest).title ?? rest.slice(0, 40));
}

/** Removes lines [start, end) and records the non-blank ones. */
function finish(lines: SourceLine[], start: number, end: number, rule: TocRule, entries: TocEntry[], notes: LineNote[]): TocResult {
  const removed = lines.slice(start, end);
  return {
    lines: [...lines.slice(0, start), ...lines.slice(end)],
    stripped: removed.filter((l) => l.text.trim()).map((l) => ({ line: l.line, text: l.text.trim(), rule })),
    entries: entries.map(({ line, label, rank, title, page, leaders }) => ({ line, label, rank, title, page, leaders })),
    rule,
    notes,
  };
}
