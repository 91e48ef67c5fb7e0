/**
 * Stage 3 (segment): split a normalized document into its parts — an optional
 * portal metadata block, a table of contents and PDF page numbers (stripped, see
 * toc.ts), the body (reflowed into paragraphs: PDF line breaks and page breaks
 * inside sentences are rejoined) and the annexes.
 */
import { displayWidth } from '../../lib/text.ts';
import { recogniseElements, type DocumentElement, type DocumentElements, type ElementKind } from '../recognisers/elements.ts';
import { matchMarker } from '../recognisers/markers.ts';
import type { LineNote, Paragraph, SourceLine, StrippedLine } from '../lines.ts';
import { parsePortalMetadata, withChromeFields, type PortalMetadata } from '../recognisers/portal-metadata.ts';
import { isTaskTable } from '../recognisers/task-table.ts';
import { isTableRow } from '../../lib/text-blocks.ts';
import { stripPageNumbers, stripToc, type TocResult } from '../recognisers/toc.ts';

export type { Paragraph } from '../lines.ts';

export interface Annex {
  /** The line that opened it (附件 / 附件1). */
  line: number;
  label: string;
  /** Its lines as they are (tables must not be reflowed). */
  lines: SourceLine[];
}

export interface Segments {
  metadata: PortalMetadata | null;
  /** The document's own elements (GB/T 9704: 文号, signature and date …; a law's 题注), see elements.ts. */
  elements: DocumentElements;
  body: Paragraph[];
  /** References such as “附件：1. 《…》任务分工” that name annexes (published or not). */
  annexList: Paragraph[];
  annexes: Annex[];
  /** True when the body had PDF-style fixed-width line wrapping. */
  wrapped: boolean;
  /** Lines (or parts of lines) removed before reflow: PDF page numbers, a table of contents. */
  stripped: StrippedLine[];
  /** The table of contents found, if any (its entries, the rule that found it). */
  toc: Pick<TocResult, 'entries' | 'rule'>;
  /** Warnings about the text (e.g. a table of contents that does not match the body), without their file. */
  notes: LineNote[];
}

/** Elements that stay in the text: the signature and date close the document as printed; a 附注 (此件公开发布) tells readers what was published. */
const KEPT = ['signature', 'date', 'note'] as const;
const KEPT_ELEMENTS = new Set<ElementKind>(KEPT);
type KeptKind = (typeof KEPT)[number];

/** An element taken out of the text (reported under its rule, `element/<kind>`). */
const isTakenOut = (e: DocumentElement): e is DocumentElement & { kind: Exclude<ElementKind, KeptKind> } => !KEPT_ELEMENTS.has(e.kind);

const SOFT_END = /[，、“‘《（—\-+0-9A-Za-z]$/;

/** Typical wrapped-line width in columns, or null when lines are not wrapped at a fixed width. */
export function detectWrapWidth(lines: SourceLine[]): number | null {
  // a numbered heading (七、贷款额度) is short by nature: only text lines tell the width the text was wrapped at
  const widths = lines
    .filter((l) => !matchMarker(l.text))
    .map((l) => displayWidth(l.text))
    .filter((w) => w >= 20)
    .sort((a, b) => a - b);
  if (widths.length < 10) return null;
  const p90 = widths[Math.floor(widths.length * 0.9)]!;
  const p50 = widths[Math.floor(widths.length * 0.5)]!;
  // Wrapped text: most lines sit just under a fixed width well below a paragraph's length.
  if (p90 > 120) return null;
  const nearMax = widths.filter((w) => w >= p90 - 10).length / widths.length;
  return nearMax >= 0.5 && p50 >= p90 - 14 ? p90 : null;
}

/** Joins lines into paragraphs: in wrapped text a line continues the previous one unless it starts a new numbered part. */
export function reflow(lines: SourceLine[], wrapWidth: number | null): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  let lastLineText = '';
  for (const { line, text } of lines) {
    if (!text) continue;
    // a table row (cells apart by a tab: rule table/rows) is a paragraph of its own
    const continues =
      current !== null &&
      !isTableRow(text) &&
      !isTableRow(lastLineText) &&
      wrapWidth !== null &&
      !matchMarker(text) &&
      !/^附件/.test(text) &&
      (displayWidth(lastLineText) >= wrapWidth - 14 || SOFT_END.test(lastLineText));
    if (continues && current) {
      current.text += text;
      current.endLine = line;
    } else {
      current = { text, line, endLine: line };
      out.push(current);
    }
    lastLineText = text;
  }
  return out;
}

/** The annex part of a document: references to annexes (附件：1. 《…》), and each annex under its own mark (附件, 附件2, 附件：). */
function splitAnnexes(annexLines: SourceLine[]): { annexList: Paragraph[]; annexes: Annex[] } {
  const annexList: Paragraph[] = [];
  const annexes: Annex[] = [];
  // 附件：云南省就业专项资金管理办法 … then, after the signature and date, that title alone: the attachment starts there
  const named = new Set(annexLines.flatMap((l) => annexName(l.text) ?? []));
  for (const l of annexLines) {
    if (/^附件(\d*|[一二三四五六七八九十]*)[：:]?$/.test(l.text)) annexes.push({ line: l.line, label: l.text, lines: [] });
    // an attachment that starts at its own title (no 附件 mark): the title is its first line, not a mark
    else if (annexes.length === 0 && annexList.length > 0 && named.has(bareTitle(l.text))) annexes.push({ line: l.line, label: l.text, lines: [l] });
    else if (annexes.length > 0) annexes.at(-1)!.lines.push(l);
    else if (l.text) annexList.push({ text: l.text, line: l.line, endLine: l.line });
  }
  return { annexList, annexes };
}

/** A title without brackets, numbering or spaces, to compare a 附件说明's name with a line. */
const bareTitle = (text: string) => text.replace(/^\s*\d+[.．、]\s*/, '').replace(/[《》\s]/g, '');

/** The name a 附件说明 line gives (附件：1.《云南省就业专项资金管理办法》 → 云南省就业专项资金管理办法), or null. */
function annexName(text: string): string | null {
  const m = /^附件\s*\d*\s*[：:]\s*(.{4,})$/.exec(text);
  return m ? bareTitle(m[1]!) : null;
}

/** Numbered parts or articles (一、, 第一条) among lines: at least two make a text with structure. */
const hasStructure = (lines: SourceLine[]) => lines.filter((l) => ['part', 'chapter', 'article', 'item1'].includes(matchMarker(l.text)?.level ?? '')).length >= 2;

/**
 * Rule annex/published-document: a notice in prose (no numbered part of its own) publishes the document
 * attached to it; the first attachment that is no task table and has numbered parts or articles is that
 * document, and its text is the body (its mark, 附件, is reported and not published).
 */
function publishedAnnex(bodyLines: SourceLine[], annexes: Annex[]): Annex | null {
  if (hasStructure(bodyLines)) return null;
  return annexes.find((a) => !isTaskTable(a.lines) && (hasStructure(a.lines) || isDraft(a))) ?? null;
}

/** A draft a call for comments attaches ((征求意见稿) under its title): the document, even cut before its second part. */
const isDraft = (a: Annex) => a.lines.filter((l) => l.text.trim()).slice(0, 3).some((l) => /[（(](?:征求意见稿|征求意見稿|草案|送审稿|送審稿|讨论稿|討論稿)[）)]/.test(l.text));

/** Splits a document into metadata, body paragraphs and annexes; `stripped` chrome lines may carry metadata (a page-info line's date). */
export function segment(lines: SourceLine[], stripped: readonly StrippedLine[] = []): Segments {
  const block = parsePortalMetadata(lines);
  const metadata = withChromeFields(block.metadata, stripped);
  // Before reflow: a page number or a contents line would otherwise be joined into the text.
  // The document's own elements: 文号, 题注, 抄送, 印发 … are metadata, not text (the signature and date stay as the closing).
  const elements = recogniseElements(block.rest);
  const takenOut = elements.elements.filter(isTakenOut);
  const elementStripped: StrippedLine[] = takenOut.map((e) => ({ line: e.line, text: e.text, rule: `element/${e.kind}` }));
  // by line and text: the pieces of a page saved on one line share its line number (rule inline-markers-split)
  const taken = new Set(takenOut.map((e) => `${e.line}\n${e.text}`));
  const pages = stripPageNumbers(block.rest.filter((l) => !taken.has(`${l.line}\n${l.text}`)));
  const toc = stripToc(pages.lines);
  const rest = toc.lines;
  const annexStart = rest.findIndex((l) => /^附件(\d*|[一二三四五六七八九十]*)([：:]|$)/.test(l.text));
  const { annexList, annexes } = splitAnnexes(annexStart < 0 ? [] : rest.slice(annexStart));
  // Rule annex/published-document: a notice in prose whose attachment is the document it publishes.
  const published = publishedAnnex(annexStart < 0 ? rest : rest.slice(0, annexStart), annexes);
  const bodyLines = [...(annexStart < 0 ? rest : rest.slice(0, annexStart)), ...(published?.lines ?? [])];
  const wrapWidth = detectWrapWidth(bodyLines);
  const body = reflow(bodyLines, wrapWidth);
  // (an attachment that starts at its own title has no mark: its title is text)
  const marked = published && published.lines[0]?.line !== published.line;
  const annexMark: StrippedLine[] = published && marked ? [{ line: published.line, text: published.label, rule: 'annex/published-document' }] : [];
  return {
    metadata,
    elements,
    body,
    annexList,
    annexes: annexes.filter((a) => a !== published),
    wrapped: wrapWidth !== null,
    stripped: [...elementStripped, ...pages.stripped, ...toc.stripped, ...annexMark].sort((a, b) => a.line - b.line),
    toc: { entries: toc.entries, rule: toc.rule },
    notes: toc.notes,
  };
}
