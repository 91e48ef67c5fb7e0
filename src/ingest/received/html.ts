/**
 * Web pages (.html/.htm, as saved from a browser or downloaded) → the document's text.
 *
 * Why by structure: a portal page holds the document inside navigation, breadcrumbs, share bars and a
 * footer. The page is parsed with parse5 (the HTML standard's parsing algorithm, as a browser does), the
 * page chrome is left out by its elements (rule html/chrome) and its class names (html/chrome-class), and
 * the document is the smallest element holding most of the page's text outside links (html/main-content).
 * Only then do the text rules of the ingest run on it. Tables are read by their cells (html/table,
 * html/task-table, html/metadata-table). Every rule is listed in docs/formats.md.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { IngestError } from '../report/errors.ts';
import { PORTAL_LABELS } from '../recognisers/portal-metadata.ts';
import { afterAnnexHeading, isTaskHeader, taskTableLines } from './task-rows.ts';
import { type Attachment, type ConversionNote, LineBuilder } from './types.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const isElement = (n: Node): n is Element => 'tagName' in n;
const isText = (n: Node): n is DefaultTreeAdapterMap['textNode'] => n.nodeName === '#text';
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value ?? null;
const children = (n: Node): Node[] => ('childNodes' in n ? (n as ParentNode).childNodes : []);

/** Elements that are never part of a document's text (rule html/chrome). */
const CHROME_TAGS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'input', 'textarea', 'svg', 'canvas', 'object', 'embed', 'head', 'menu', 'dialog']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar']);

/**
 * Class or id words that portal templates give their chrome (rule html/chrome-class): share bars, print/close
 * links, font-size switches, breadcrumbs (“当前位置”), related links, comment boxes. Matched as whole words of
 * a class or id (`bdshare`, `share-bar`, `crumbs`), never in the document's text.
 */
const CHROME_CLASS = /(?:^|[\s_-])(?:bdshare|share|sharebar|bshare|jiathis|print|fontsize|font-size|zoom|breadcrumbs?|crumbs?|position|location|dqwz|nav|navbar|menu|topbar|toolbar|footer|foot|header|head|banner|related|relate|xgwz|xgxx|comment|pinglun|sidebar|side|search|login|qrcode|ewm|fwl|visit|pager)(?:$|[\s_-])/i;

/** Block-level elements: each starts a line of its own. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption',
]);

/** File types a link to an attachment (附件) points to. */
const ATTACHMENT_HREF = /\.(?:docx?|wps|pdf|ofd|xlsx?|et|zip|rar|7z|txt|png|jpe?g)(?:[?#].*)?$/i;

/** Class words portal templates give a document's title (rule html/title). */
const TITLE_CLASS = /(?:^|[\s_-])(?:title|tit|bt|biaoti|article-title)(?:$|[\s_-])/i;

/** The id mammoth gives a Word footnote or endnote. */
const NOTE_ID = /^(footnote|endnote)-(\d+)$/;

/** Below this many characters outside links, a page holds no document (a list or an index page). */
const MIN_DOCUMENT_CHARS = 60;

/** Share of its parent's text a child must hold to be taken as the document instead of the parent. */
const MAIN_SHARE = 0.6;

interface Counted {
  text: number;
  link: number;
}

/** Characters of text (whitespace not counted), and how many of them are inside links. */
function countText(n: Node, inLink: boolean, cache: Map<Node, Counted>): Counted {
  if (isText(n)) {
    const len = n.value.replace(/\s+/g, '').length;
    return { text: len, link: inLink ? len : 0 };
  }
  if (!isElement(n) && n.nodeName !== '#document' && n.nodeName !== '#document-fragment') return { text: 0, link: 0 };
  const link = inLink || (isElement(n) && n.tagName === 'a' && attr(n, 'href') !== null);
  const c = { text: 0, link: 0 };
  for (const ch of children(n)) {
    const x = countText(ch, link, cache);
    c.text += x.text;
    c.link += x.link;
  }
  cache.set(n, c);
  return c;
}

const ownText = (c: Counted) => c.text - c.link;

/** The text of a node, whitespace collapsed. */
function textOf(n: Node): string {
  if (isText(n)) return n.value;
  if (isElement(n) && n.tagName === 'br') return ' ';
  return children(n).map(textOf).join('');
}

const squash = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

function describe(e: Element): string {
  const id = attr(e, 'id');
  const cls = attr(e, 'class');
  return `<${e.tagName}${id ? ` id="${id}"` : ''}${cls ? ` class="${cls}"` : ''}>`;
}

/** Whether an element is page chrome, and by which rule. */
type ChromeRule = 'html/chrome' | 'html/chrome-class';

function chromeRule(e: Element): ChromeRule | null {
  if (CHROME_TAGS.has(e.tagName)) return 'html/chrome';
  const role = attr(e, 'role');
  if (role && CHROME_ROLES.has(role)) return 'html/chrome';
  if (attr(e, 'hidden') !== null || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(e, 'style') ?? '')) return 'html/chrome';
  if (e.tagName === 'body' || e.tagName === 'html') return null;
  if (CHROME_CLASS.test(`${attr(e, 'class') ?? ''} ${attr(e, 'id') ?? ''}`)) return 'html/chrome-class';
  return null;
}

/** Removes the page chrome from the tree, counting what was removed by rule (tag or class words). */
function removeChrome(root: Node, removed: Map<ChromeRule, Map<string, number>>): void {
  const kids = children(root);
  for (let i = kids.length - 1; i >= 0; i--) {
    const k = kids[i]!;
    if (k.nodeName === '#comment') {
      kids.splice(i, 1);
      continue;
    }
    if (!isElement(k)) continue;
    const rule = chromeRule(k);
    // a chrome class on an element that holds paragraphs of text is a template naming its content area
    // (class="main-head-content"): kept
    if (rule === 'html/chrome-class' && holdsParagraphs(k)) {
      removeChrome(k, removed);
      continue;
    }
    if (rule) {
      const what = rule === 'html/chrome' ? `<${k.tagName}>` : describe(k);
      const byRule = removed.get(rule) ?? new Map<string, number>();
      byRule.set(what, (byRule.get(what) ?? 0) + 1);
      removed.set(rule, byRule);
      kids.splice(i, 1);
    } else removeChrome(k, removed);
  }
}

/** Whether an element holds running text: at least two paragraphs, or 200 characters outside links. */
function holdsParagraphs(e: Element): boolean {
  let paragraphs = 0;
  const walk = (n: Node) => {
    if (isElement(n) && n.tagName === 'p' && squash(textOf(n)).length > 20) paragraphs++;
    children(n).forEach(walk);
  };
  walk(e);
  return paragraphs >= 2 || ownText(countText(e, false, new Map())) >= 200;
}

function findAll(n: Node, pred: (e: Element) => boolean, out: Element[] = []): Element[] {
  if (isElement(n) && pred(n)) out.push(n);
  for (const c of children(n)) findAll(c, pred, out);
  return out;
}

function contains(a: Node, b: Node): boolean {
  for (let n: Node | null = b; n; n = 'parentNode' in n ? ((n.parentNode as Node | null) ?? null) : null) if (n === a) return true;
  return false;
}

/** A portal label (索引号, 发文机关 …) a cell or line starts with, if any. */
function portalLabel(text: string): string | null {
  const s = text.replace(/[\s\u00a0\u3000]+/g, '');
  const m = s.match(/^([^：:]{2,6})[：:]?/);
  if (!m) return null;
  return PORTAL_LABELS[m[1]!] !== undefined ? m[1]! : null;
}

/** The distinct portal labels an element's cells or lines begin with. */
function portalLabels(e: Element): Set<string> {
  const found = new Set<string>();
  for (const cell of findAll(e, (x) => x.tagName === 'td' || x.tagName === 'th' || x.tagName === 'li' || x.tagName === 'span' || x.tagName === 'p' || x.tagName === 'dt' || x.tagName === 'div')) {
    const label = portalLabel(textOf(cell));
    if (label) found.add(PORTAL_LABELS[label]!);
  }
  return found;
}

/**
 * The rows of a table as cell texts (nested tables are read as text of their cell). A cell merged across rows
 * (rowspan: one lead unit for several tasks) is repeated in each row it spans, so every row has its cells
 * (rule html/merged-cells); a cell merged across columns (colspan) stands once, the columns it covers left empty.
 */
function tableRows(table: Element, merged: { count: number } = { count: 0 }): string[][] {
  const trs = findAll(table, (e) => e.tagName === 'tr').filter((tr) => nearestTable(tr) === table);
  const grid: string[][] = [];
  /** column → the text and rows left of a cell merged down into the next rows */
  const carried = new Map<number, { text: string; rows: number }>();
  for (const tr of trs) {
    const row: string[] = [];
    const cells = children(tr).filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));
    let col = 0;
    const fillCarried = () => {
      for (let c = carried.get(col); c; c = carried.get(col)) {
        row[col] = c.text;
        merged.count++;
        if (--c.rows === 0) carried.delete(col);
        col++;
      }
    };
    for (const cell of cells) {
      fillCarried();
      const text = squash(textOf(cell));
      const span = Math.max(1, Math.min(50, Number(attr(cell, 'colspan') ?? 1) || 1));
      const down = Math.max(1, Math.min(1000, Number(attr(cell, 'rowspan') ?? 1) || 1));
      row[col] = text;
      for (let k = 1; k < span; k++) row[col + k] = '';
      if (down > 1) carried.set(col, { text, rows: down - 1 });
      col += span;
    }
    fillCarried();
    grid.push(Array.from(row, (c) => c ?? ''));
  }
  return grid;
}

function nearestTable(e: Element): Element | null {
  for (let n = e.parentNode as Node | null; n; n = 'parentNode' in n ? ((n.parentNode as Node | null) ?? null) : null) if (isElement(n) && n.tagName === 'table') return n;
  return null;
}

/** Deepest nesting read (real portal pages: a few dozen levels); the reading of the tree is recursive. */
const MAX_DEPTH = 1000;

/** How deep the tree's elements are nested, found without recursion (a hostile page may nest 100,000 deep). */
function treeDepth(root: Node): number {
  let max = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > max) max = d;
    for (const c of children(n)) stack.push([c, d + 1]);
  }
  return max;
}

/** Options of the conversion: a Word file's HTML is all document (no chrome, no content search). */
export interface HtmlOptions {
  wholeDocument?: boolean;
  /** Number ordered list items (a browser shows the numbers; a Word file's numbering is written in by docx.ts). */
  numberLists?: boolean;
  /** What the format is called in messages. */
  formatName?: string;
}

export interface HtmlText {
  text: string;
  attachments: Attachment[];
  notes: ConversionNote[];
}

/** Converts a page (already decoded) to the document's text; a page without a document is an IngestError. */
export function htmlToText(file: string, html: string, options: HtmlOptions = {}): HtmlText {
  const doc = parse(html);
  const depth = treeDepth(doc);
  if (depth > MAX_DEPTH) throw new IngestError(file, null, `elements nested ${depth} deep (more than ${MAX_DEPTH}): this is not a document page a browser saved`);
  const body = findAll(doc, (e) => e.tagName === 'body')[0];
  if (!body) throw new IngestError(file, null, 'no <body>: this is not a web page');
  const out = new LineBuilder();
  const attachments: Attachment[] = [];
  for (const a of findAll(body, (e) => e.tagName === 'a')) {
    const href = attr(a, 'href');
    if (href && ATTACHMENT_HREF.test(href.trim()) && !/^(?:javascript|mailto):/i.test(href)) attachments.push({ text: squash(textOf(a)), href: href.trim() });
  }

  const removed = new Map<ChromeRule, Map<string, number>>();
  const wholeDocument = options.wholeDocument ?? false;
  if (!wholeDocument) removeChrome(body, removed);
  const cache = new Map<Node, Counted>();
  const total = countText(body, false, cache);

  let root: Element = body;
  if (!wholeDocument) {
    // the document: the smallest element that holds most of the page's text outside links
    for (;;) {
      const own = ownText(cache.get(root)!);
      const best = children(root)
        .filter(isElement)
        .map((c) => ({ c, own: ownText(cache.get(c) ?? { text: 0, link: 0 }) }))
        .sort((a, b) => b.own - a.own)[0];
      if (!best || best.own <= 0 || best.own < own * MAIN_SHARE || best.c.tagName === 'p') break;
      root = best.c;
    }
  }
  // a document that is a table (a task table published alone) is read as the table, not as its rows
  if (['tbody', 'thead', 'tfoot', 'tr'].includes(root.tagName)) root = nearestTable(root) ?? root;
  const rootCount = cache.get(root)!;
  const images = findAll(root, (e) => e.tagName === 'img').length;
  if (ownText(rootCount) < MIN_DOCUMENT_CHARS) {
    const why = images > 0 && ownText(rootCount) < 20 ? `it shows ${images} image(s) and almost no text (a document published as images cannot be read: provide its text)` : `its text outside links is ${ownText(total)} characters (navigation and lists of links, not a document)`;
    throw new IngestError(file, null, `no document found in the ${options.formatName ?? 'page'}: ${why}`);
  }

  if (!wholeDocument) {
    // portal metadata (索引号, 发文机关 …) and the title printed above the document's text
    const metadata = findAll(body, (e) => (e.tagName === 'table' || e.tagName === 'ul' || e.tagName === 'dl' || e.tagName === 'div') && !contains(root, e) && !contains(e, root) && portalLabels(e).size >= 2).filter(
      (e, _, all) => !all.some((o) => o !== e && contains(e, o)),
    );
    for (const m of metadata) {
      const fields = metadataFields(m);
      if (!fields.length) continue;
      out.note('html/metadata-table', `read the portal's metadata block ${describe(m)} outside the document's text (${fields.map((f) => f[0]).join('、')}) as the lines before it`, 'next');
      for (const [label, value] of fields) out.push(`${label}：${value}`);
    }
    // the title: a heading, or an element a template names as the title, last before the document's text
    const heading = findAll(body, (e) => (/^h[1-3]$/.test(e.tagName) || TITLE_CLASS.test(attr(e, 'class') ?? '')) && !contains(root, e) && !contains(e, root) && precedes(e, root) && squash(textOf(e)).length >= 4).at(-1);
    const title = heading ? squash(textOf(heading)) : '';
    if (title && !squash(textOf(root)).startsWith(title)) {
      out.note('html/title', `took the heading “${title}” (${describe(heading!)}) printed above the document's text`, 'next');
      out.push(title);
    }
    const left = ownText(total) - ownText(rootCount);
    out.note('html/main-content', `the document is ${describe(root)}: ${ownText(rootCount)} of the page's ${ownText(total)} characters outside links; ${left} characters around it left out`);
    for (const [rule, what] of removed) {
      const list = [...what].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k));
      out.note(rule, `left out page chrome: ${list.slice(0, 12).join(', ')}${list.length > 12 ? ` and ${list.length - 12} more` : ''}`);
    }
  }
  // the root itself is read as its parent would read it (a <table> by its cells, a <pre> by its lines)
  linearize({ nodeName: '#document-fragment', childNodes: [root] } as unknown as Node, out, options, { ordinal: null });
  return { text: out.lines.join('\n').replace(/\n+$/, ''), attachments, notes: out.notes };
}

function precedes(a: Node, b: Node): boolean {
  // document order: walk from the root and see which comes first
  let found: Node | null = null;
  const walk = (n: Node): boolean => {
    if (n === a || n === b) {
      found = n;
      return true;
    }
    return children(n).some(walk);
  };
  let top: Node = b;
  while ('parentNode' in top && top.parentNode) top = top.parentNode as Node;
  walk(top);
  return found === a;
}

/** The label/value pairs of a metadata block: a table's label cell and the cell after it, or `label：value` lines. */
function metadataFields(e: Element): [string, string][] {
  const fields: [string, string][] = [];
  if (e.tagName === 'table') {
    for (const cells of tableRows(e)) {
      for (let i = 0; i < cells.length; i++) {
        const label = portalLabel(cells[i]!);
        if (!label) continue;
        const rest = cells[i]!.replace(/[\s\u00a0\u3000]+/g, '').slice(label.length).replace(/^[：:]/, '');
        const value = rest || (cells[i + 1] && !portalLabel(cells[i + 1]!) ? cells[++i]! : '');
        if (value) fields.push([label, value]);
      }
    }
    return fields;
  }
  const lines = new LineBuilder();
  linearize(e, lines, {}, { ordinal: null });
  for (const line of lines.lines) {
    // a line may hold several fields (索引号：… 发布机构：…)
    for (const m of line.matchAll(/([^\s：:]{2,6})[：:]\s*(.*?)(?=\s+[^\s：:]{2,6}[：:]|$)/g)) if (PORTAL_LABELS[m[1]!] !== undefined && m[2]) fields.push([m[1]!, m[2]!.trim()]);
  }
  return fields;
}

/** Writes an element's text as lines: a block starts a line, a table is read by its rows and cells. */
function linearize(n: Node, out: LineBuilder, options: HtmlOptions, state: { ordinal: number | null }, current: string[] = []): string[] {
  const flush = () => {
    out.push(current.join(''));
    current.length = 0;
  };
  for (const c of children(n)) {
    if (isText(c)) {
      current.push(c.value);
      continue;
    }
    if (!isElement(c)) continue;
    if (c.tagName === 'a' && /^#(?:foot|end)note-ref-/.test(attr(c, 'href') ?? '')) continue; // a note's link back to its mark
    if (c.tagName === 'br') {
      flush();
      continue;
    }
    if (c.tagName === 'pre') {
      // preformatted text keeps its lines (a plain-text document published in a <pre>)
      flush();
      for (const line of textOf(c).split(/\r\n|\r|\n/)) out.push(line);
      continue;
    }
    if (c.tagName === 'table') {
      flush();
      writeTable(c, out, options);
      continue;
    }
    if (c.tagName === 'img') {
      const alt = attr(c, 'alt');
      if (alt && /[\u4e00-\u9fff]/.test(alt)) current.push(alt);
      continue;
    }
    if (BLOCK_TAGS.has(c.tagName)) {
      flush();
      if (c.tagName === 'ol' || c.tagName === 'ul') {
        const footnotes = children(c).some((li) => isElement(li) && NOTE_ID.test(attr(li, 'id') ?? ''));
        const inner = { ordinal: c.tagName === 'ol' && options.numberLists && !footnotes ? Number(attr(c, 'start') ?? 1) : null };
        linearize(c, out, options, inner);
        continue;
      }
      const note = c.tagName === 'li' ? NOTE_ID.exec(attr(c, 'id') ?? '') : null;
      if (note) {
        // a Word footnote or endnote (mammoth lists them at the end): written [1] text, as its mark in the text reads
        out.note('docx/footnote', `wrote ${note[1]} ${note[2]} at the end of the text, marked [${note[2]}] where it is cited`, 'next');
        const inner = new LineBuilder();
        linearize(c, inner, options, { ordinal: null });
        out.push(`[${note[2]}] ${inner.lines.join(' ')}`);
        continue;
      } else if (c.tagName === 'li' && state.ordinal !== null) {
        out.note('html/list-number', `wrote the list number ${state.ordinal} the page shows before the item`, 'next');
        current.push(`${state.ordinal}. `);
        state.ordinal++;
      }
      linearize(c, out, options, { ordinal: null }, current);
      flush();
      continue;
    }
    linearize(c, out, options, state, current);
  }
  return current;
}

/**
 * A table: the task table by its cells, any other table one row a line. A task table under an annex heading is
 * written one cell per line after its header row (the form parseTaskTable reads); in the body, one row a line,
 * its cells in the order the body's task-table rule reads them (number, task, lead, supporting units, deadline),
 * whatever their order on the page.
 */
function writeTable(table: Element, out: LineBuilder, options: HtmlOptions): void {
  const merged = { count: 0 };
  const rows = tableRows(table, merged).filter((r) => r.some((c) => c));
  if (!rows.length) return;
  // a portal's metadata table inside the document's element: its fields as `label：value` lines, as above it
  const fields = portalLabels(table).size >= 2 ? metadataFields(table) : [];
  if (fields.length >= 2) {
    out.note('html/metadata-table', `read the portal's metadata table (${fields.map((f) => f[0]).join('、')}) as \`label：value\` lines`, 'next');
    for (const [label, value] of fields) out.push(`${label}：${value}`);
    return;
  }
  const caption = findAll(table, (e) => e.tagName === 'caption')[0];
  if (caption) out.push(textOf(caption));
  const header = rows.findIndex(isTaskHeader);
  if (header >= 0) {
    const annex = afterAnnexHeading(out.lines);
    out.note('html/task-table', `read the task table (columns ${rows[header]!.join(' | ')}) by its cells: ${rows.length - header - 1} rows${annex ? ', one cell a line (an annex)' : ', one row a line in the order number, task, lead, supporting units, deadline (in the body)'}`, 'next');
    if (merged.count) out.note('html/merged-cells', `repeated ${merged.count} merged cells (rowspan) in each row they span`, 'next');
    for (const line of rows.slice(0, header)) out.push(line.join(' '));
    for (const line of taskTableLines(rows.slice(header), annex)) if (line) out.push(line);
    if (!annex) out.blank();
    return;
  }
  if (rows.length === 1 && rows[0]!.length === 1) {
    // a one-cell table is layout (many portals wrap the document's text in one)
    linearize(table, out, options, { ordinal: null });
    return;
  }
  const layout = rows.every((r) => r.length <= 1);
  if (layout) {
    for (const tr of findAll(table, (e) => e.tagName === 'td' || e.tagName === 'th').filter((c) => nearestTable(c) === table)) linearize(tr, out, options, { ordinal: null });
    return;
  }
  out.note('html/table', `a table of ${rows.length} rows: one line per row, its cells separated by tabs (read as table rows)`, 'next');
  if (merged.count) out.note('html/merged-cells', `repeated ${merged.count} merged cells (rowspan) in each row they span`, 'next');
  for (const row of rows) out.push(row.map((c) => c || '—').join('\t'));
}
