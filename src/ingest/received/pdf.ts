/**
 * PDFs with a text layer → the document's text, through pdfjs-dist (Mozilla's PDF reader, with its CJK
 * character maps and standard font data, so Chinese text in CID fonts is read as Unicode).
 *
 * pdf.js gives positioned pieces of text. Lines are rebuilt from their positions (pdf/lines); a line
 * repeated at the top or bottom of most pages is a running header or footer and a lone number there is
 * a page number: both are left out and reported (pdf/running-header, pdf/page-number); a paragraph that
 * runs on to the next line or page is joined (pdf/lines, pdf/page-join); rows whose pieces
 * stand in the same columns are a table, read by its cells (pdf/table), and where they do not line up
 * the table is not guessed at and reported (pdf/table-not-read).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { IngestError } from '../report/errors.ts';
import { replaceRadicals } from './radicals.ts';
import { afterAnnexHeading, isTaskHeader, taskTableLines } from './task-rows.ts';
import type { ConversionNote } from './types.ts';

const require = createRequire(import.meta.url);
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'));

interface Piece {
  x: number;
  y: number;
  end: number;
  size: number;
  str: string;
}

interface Line {
  page: number;
  x: number;
  end: number;
  y: number;
  size: number;
  text: string;
  /** Start of each stretch of text separated from the previous one by a wide gap (columns of a table). */
  cells: Cell[];
}

interface Cell {
  x: number;
  end: number;
  text: string;
}

/** A gap this many font sizes wide separates table cells; a narrower one is a space between words. */
const CELL_GAP = 1.5;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Whether a gap between two pieces is a space: a quarter of the font size or more, unless the text on both sides
 * is Chinese (justified Chinese text stretches the gaps between characters; it has no spaces).
 */
function spaced(before: string, after: string, gap: number, size: number): boolean {
  if (!before || gap < 0.25 * size) return false;
  return !(CJK.test(before.at(-1)!) && CJK.test(after[0] ?? ''));
}

function lineOf(page: number, pieces: Piece[]): Line {
  pieces.sort((a, b) => a.x - b.x);
  const size = Math.max(...pieces.map((p) => p.size));
  const cells: Cell[] = [];
  let text = '';
  let prevEnd = -Infinity;
  for (const p of pieces) {
    const gap = p.x - prevEnd;
    if (gap > CELL_GAP * size || !cells.length) cells.push({ x: p.x, end: p.end, text: p.str });
    else {
      const c = cells[cells.length - 1]!;
      c.text += (spaced(c.text, p.str, gap, size) ? ' ' : '') + p.str;
      c.end = Math.max(c.end, p.end);
    }
    text += (spaced(text, p.str, gap, size) ? ' ' : '') + p.str;
    prevEnd = Math.max(prevEnd, p.end);
  }
  return { page, x: pieces[0]!.x, end: prevEnd, y: pieces[0]!.y, size, text: text.trim(), cells: cells.map((c) => ({ ...c, text: c.text.trim() })).filter((c) => c.text) };
}

/** Groups a page's pieces into lines: pieces whose baselines are within half a font size of each other. */
function pageLines(page: number, pieces: Piece[]): Line[] {
  const sorted = pieces.filter((p) => p.str.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let group: Piece[] = [];
  for (const p of sorted) {
    if (group.length && Math.abs(group[0]!.y - p.y) > 0.5 * Math.max(p.size, group[0]!.size)) {
      lines.push(lineOf(page, group));
      group = [];
    }
    group.push(p);
  }
  if (group.length) lines.push(lineOf(page, group));
  return lines;
}

const PAGE_NUMBER = /^(?:[-—－–―]\s*\d{1,4}\s*[-—－–―]|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;
/** Most pages converted (a policy document has a few hundred at most; a 2,000-page file takes some 90 CPU s). */
export const MAX_PAGES = 2000;

const shape = (s: string) => s.replace(/\s+/g, '').replace(/\d+/g, '#');

/** Whether a sentence or heading ends on this line (a paragraph does not run on past it). */
const ENDS = /[。！？；：:;!?）)」』”]$/;

export async function pdfToText(file: string, bytes: Uint8Array): Promise<{ text: string; notes: ConversionNote[] }> {
  if (!/^%PDF-/.test(Buffer.from(bytes.subarray(0, 1024)).toString('latin1').trimStart())) throw new IngestError(file, null, 'not a PDF: it does not start with %PDF- (a renamed file, or broken in the download?)');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({
      // a copy: pdf.js takes over (detaches) the buffer it is given
      data: new Uint8Array(bytes),
      cMapUrl: join(PDFJS_DIR, 'cmaps') + '/',
      cMapPacked: true,
      standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts') + '/',
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      stopAtErrors: true,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new IngestError(file, null, 'an encrypted (password-protected) PDF: its text cannot be read; ask for an unprotected copy or a text version');
    throw new IngestError(file, null, `not a readable PDF (broken cross-references or damaged file): ${(e as Error).message}`);
  }
  if (doc.numPages > MAX_PAGES) {
    await doc.destroy();
    throw new IngestError(file, null, `${doc.numPages.toLocaleString('en')} pages: the limit is ${MAX_PAGES.toLocaleString('en')} pages (converting takes some 50 ms a page); split the document`);
  }
  const pages: Line[][] = [];
  let radicals = 0;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, , , e, f] = item.transform as number[];
        const size = Math.hypot(a!, b!) || item.height || 10;
        const { text, replaced } = replaceRadicals(item.str);
        radicals += replaced;
        pieces.push({ x: e!, y: f!, end: e! + item.width, size, str: text });
      }
      pages.push(pageLines(n, pieces));
      page.cleanup();
    }
  } catch (e) {
    throw new IngestError(file, null, `not a readable PDF: page ${pages.length + 1} cannot be read (${(e as Error).message})`);
  } finally {
    await doc.destroy();
  }
  const chars = pages.flat().reduce((n, l) => n + l.text.replace(/\s/g, '').length, 0);
  if (chars < 20) throw new IngestError(file, null, 'no text layer (scanned image); OCR is not supported — provide a text version');
  const unreadable = pages.flat().reduce((n, l) => n + [...l.text].filter((c) => /[\p{Co}\p{Cc}\uFFFD]/u.test(c)).length, 0);
  if (unreadable > 0.05 * chars) throw new IngestError(file, null, `its text layer is not readable text (${unreadable} of ${chars} characters are private-use or control codes: fonts without a Unicode map); provide a text version`);
  const result = linesToText(pages);
  if (radicals) result.notes.push({ line: null, rule: 'pdf/radicals', message: `replaced ${radicals} radical code points the PDF's fonts give for characters (⼀ U+2F00 for 一) by the characters` });
  return result;
}

/** The pages' lines without running headers, footers and page numbers (rules pdf/running-header, pdf/page-number). */
function bodyLines(pages: Line[][], notes: ConversionNote[]): Line[] {
  // running headers/footers: the first or last two lines of a page whose shape repeats on half the pages or more
  const edge = (lines: Line[]) => [...lines.slice(0, 2), ...lines.slice(-2)];
  const counts = new Map<string, number>();
  for (const lines of pages) for (const s of new Set(edge(lines).map((l) => shape(l.text)))) counts.set(s, (counts.get(s) ?? 0) + 1);
  const running = new Set([...counts].filter(([s, n]) => pages.length >= 2 && n >= Math.max(2, pages.length / 2) && !PAGE_NUMBER.test(s.replace(/#/g, '1'))).map(([s]) => s));
  const removedHeaders = new Map<string, number>();
  let pageNumbers = 0;
  const body: Line[] = [];
  for (const lines of pages) {
    const edges = new Set(edge(lines));
    for (const l of lines) {
      if (edges.has(l) && running.has(shape(l.text))) {
        removedHeaders.set(l.text, (removedHeaders.get(l.text) ?? 0) + 1);
        continue;
      }
      if (edges.has(l) && PAGE_NUMBER.test(l.text.trim()) && (l === lines[0] || l === lines.at(-1))) {
        pageNumbers++;
        continue;
      }
      body.push(l);
    }
  }
  if (pageNumbers) notes.push({ line: null, rule: 'pdf/page-number', message: `left out ${pageNumbers} page numbers` });
  for (const [t, n] of removedHeaders) notes.push({ line: null, rule: 'pdf/running-header', message: `left out the running header or footer “${t}” (${n} pages)` });
  return body;
}

/** Turns the pages' lines into paragraphs, without running headers, footers and page numbers. */
export function linesToText(pages: Line[][]): { text: string; notes: ConversionNote[] } {
  const notes: ConversionNote[] = [];
  const body = bodyLines(pages, notes);
  // the text block's left and right edges: where most lines start and end
  const mode = (xs: number[]) => {
    const c = new Map<number, number>();
    for (const x of xs) c.set(Math.round(x), (c.get(Math.round(x)) ?? 0) + 1);
    return [...c].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  };
  const left = mode(body.map((l) => l.x));
  const right = Math.max(...body.map((l) => Math.round(l.end)).filter((x) => body.filter((l) => Math.abs(l.end - x) < 3).length >= 2), left);

  const out: string[] = [];
  let pageJoins = 0;
  let tables = 0;
  let i = 0;
  while (i < body.length) {
    const l = body[i]!;
    // a table: two or more rows in a row with three or more cells each
    if (l.cells.length >= 3) {
      let j = i;
      while (j < body.length && body[j]!.cells.length >= 2) j++;
      const rows = body.slice(i, j);
      if (rows.length >= 2) {
        // each row has the header's cells, and each cell stands under its header cell (overlaps it across)
        const columns = rows[0]!.cells;
        const under = (c: Cell, h: Cell) => c.x < h.end && c.end > h.x;
        const aligned = rows.every((r) => r.cells.length === columns.length && r.cells.every((c, k) => under(c, columns[k]!) && columns.every((h, m) => m === k || !under(c, h))));
        if (aligned) {
          tables++;
          notes.push({ line: out.length + 1, rule: 'pdf/table', message: `read a table of ${rows.length} rows × ${columns.length} columns by its cells (its pieces stand in the same columns)` });
          const cells = rows.map((r) => r.cells.map((c) => c.text));
          if (isTaskHeader(cells[0]!)) {
            const annex = afterAnnexHeading(out);
            out.push(...taskTableLines(cells, annex));
            if (!annex) out.push('');
          } else out.push(cells[0]!.join(' '), ...cells.slice(1).map((r) => r.join('\u3000')));
        } else {
          notes.push({ line: out.length + 1, rule: 'pdf/table-not-read', message: `${rows.length} lines from here look like a table whose cells do not line up (wrapped cells?): not read as a table; each line is kept as text` });
          for (const r of rows) out.push(r.cells.map((c) => c.text).join(' '));
        }
        i = j;
        continue;
      }
    }
    // a paragraph runs on while a line reaches the right edge, ends no sentence, and the next starts at the left edge
    let text = l.text;
    let prev = l;
    while (i + 1 < body.length) {
      const next = body[i + 1]!;
      const full = prev.end >= right - 1.5 * prev.size;
      const flush = Math.abs(next.x - left) < 0.5 * next.size;
      if (!full || !flush || ENDS.test(prev.text) || next.cells.length >= 3 || Math.abs(next.size - prev.size) > 1) break;
      if (next.page !== prev.page) pageJoins++;
      text += /[A-Za-z0-9,]$/.test(text) && /^[A-Za-z0-9]/.test(next.text) ? ` ${next.text}` : next.text;
      prev = next;
      i++;
    }
    out.push(text);
    i++;
  }
  if (pageJoins) notes.push({ line: null, rule: 'pdf/page-join', message: `joined ${pageJoins} paragraphs that run on across a page break` });
  notes.push({ line: null, rule: 'pdf/lines', message: `rebuilt ${body.length} lines of ${pages.length} pages from positioned text into ${out.length} paragraphs${tables ? ` and ${tables} tables` : ''}` });
  return { text: out.join('\n'), notes };
}
