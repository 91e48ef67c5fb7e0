/**
 * Government portal metadata: pages saved from gov.cn-style sites and law databases carry
 * a block of fields (索引号, 发文字号, 发布机构, 成文日期 …) near the top, printed in one of
 * several layouts. Read the block (whatever its layout) into fields under normalised
 * labels, so that they can be checked against the manifest. Formats: docs/formats.md.
 */
import { rocDate } from '../../lib/dates.ts';
import { diagnostic, type Diagnostic } from '../report/diagnostics.ts';
import { matchMarker } from './markers.ts';
import type { SourceLine, StrippedLine } from '../lines.ts';

/**
 * Every label a portal prints (spaces removed) → the field it is stored under.
 * Synonyms from other portals and law databases map to the gov.cn field of the same meaning:
 * a document's own date (成文日期) is what law databases call 公布日期/发文时间/发文日期 and
 * what Chongqing district portals call 生成日期; 发布日期 is the date the portal published it.
 */
export const PORTAL_LABELS: Readonly<Record<string, string>> = {
  索引号: '索引号',
  发文字号: '发文字号',
  文号: '发文字号',
  字号: '发文字号',
  发文文号: '发文字号',
  发文机关: '发文机关',
  发文部门: '发文机关',
  制定机关: '发文机关',
  发布机构: '发布机构',
  发布单位: '发布机构',
  标题: '标题',
  名称: '标题',
  发文标题: '标题',
  成文日期: '成文日期',
  生成日期: '成文日期',
  发文日期: '成文日期',
  发文时间: '成文日期',
  公布日期: '成文日期',
  发布日期: '发布日期',
  // the page's address, as a reader's header gives it (markup/reader-header)
  网址: '网址',
  发布时间: '发布日期',
  施行日期: '施行日期',
  实施日期: '施行日期',
  实施时间: '施行日期',
  生效日期: '施行日期',
  废止日期: '废止日期',
  有效性: '有效性',
  时效性: '有效性',
  效力等级: '效力等级',
  主题分类: '主题分类',
  所属主题: '主题分类',
  政策主题: '主题分类',
  政策级别: '政策级别',
  体裁分类: '体裁分类',
  组配分类: '组配分类',
  主题词: '主题词',
  关键词: '主题词',
  公开方式: '公开方式',
  法规类型: '法规类型',
  所属行业: '所属行业',
  所属区域: '所属区域',
  // Taiwan's law database (法規名稱 / 公發布日 / 修正日期 / 發文字號 / 法規體系), dates in the ROC calendar
  法規名稱: '标题',
  公發布日: '成文日期',
  發文字號: '发文字号',
  發文機關: '发文机关',
  修正日期: '修正日期',
  法規體系: '法规体系',
};

/** The fields a metadata block is stored under (the values of PORTAL_LABELS). */
export const PORTAL_FIELDS: readonly string[] = [...new Set(Object.values(PORTAL_LABELS))];

/** The portal fields the manifest's facts are compared with (and filled from when the manifest has null). */
export const FACT_FIELDS = {
  docNumber: '发文字号',
  /** The issuing authority only: 发布机构 is often just the office that put the page online (a 处 of the issuer, another bureau). */
  issuer: '发文机关',
  issued: '成文日期',
  title: '标题',
} as const;

export interface PortalMetadata {
  /** Field → value, under the normalised labels of PORTAL_LABELS; empty values are left out; the first value wins. */
  fields: Record<string, string>;
  /** Raw line numbers the block occupied. */
  lines: number[];
  /** The block's lines as normalised (the coverage check counts them as accounted for). */
  raw: SourceLine[];
  /** Line each field was read from (a page-info chrome line for a date taken from there). */
  fieldLines: Record<string, number>;
  /** Label as printed, for fields read under another label (发文文号 for 发文字号). */
  printedAs: Record<string, string>;
  /** Fields given again (the block printed twice) with another value; the first one is kept. */
  disagreements: { field: string; line: number; value: string }[];
  /** Fields taken from stripped chrome lines (a “发布时间：… 浏览次数：…” line), with their lines. */
  fromChrome: Record<string, number>;
  /** The 发文字号 printed before the title in the 标题 field (标题：渝府发〔2024〕1号 重庆市…), dropped from it. */
  titleDocNumber: string | null;
}

/** One label and its value as printed on a line. */
export interface MetadataPair {
  label: string;
  field: string;
  value: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first, so that 发文字号 is not read as 文号 or 字号.
const LABEL_ALT = Object.keys(PORTAL_LABELS)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
const BRACKET = String.raw`[\[【]\s*([\u4e00-\u9fff]{2,8})\s*[\]】]`;
const COLON = `(${LABEL_ALT})\\s*[：:]`;
const TOKEN_RE = new RegExp(`${BRACKET}|${COLON}`, 'g');
const BARE_RE = new RegExp(`(${LABEL_ALT})`, 'g');
const BULLET_RE = /^[-•·●▪*]\s*/;
const BRACKET_ONLY = new RegExp(`^${BRACKET}$`);
const LABEL_CELL_RE = new RegExp(`^(?:${BRACKET}|(${LABEL_ALT})\\s*[：:]?)$`);
const LEADING_LABEL_RE = new RegExp(`^(${LABEL_ALT})`);
const SEPARATOR_CELL = /^[\s\-:=+]*$/;
/** Trims separators (bullets, pipes, spaces) around a value. */
const trimValue = (s: string) => s.replace(/^[\s•·|]+|[\s•·|]+$/g, '');

const fieldOf = (label: string) => PORTAL_LABELS[label] ?? null;

/** Pairs from label tokens found in `t` (each token's value runs to the next token); null unless the line opens with a known label. */
function pairsFromTokens(t: string, tokens: { index: number; length: number; label: string }[]): MetadataPair[] | null {
  if (tokens.length === 0 || tokens[0]!.index !== 0 || !fieldOf(tokens[0]!.label)) return null;
  return tokens.map((tok, i) => {
    const end = i + 1 < tokens.length ? tokens[i + 1]!.index : t.length;
    const value = trimValue(t.slice(tok.index + tok.length, end));
    // Taiwan's law database prints a link to the English version after the title (法規名稱: 產業創新條例 EN)
    return { label: tok.label, field: fieldOf(tok.label) ?? tok.label, value: /^法[規规]名[稱称]$/.test(tok.label) ? value.replace(/(?<=\p{Script=Han})\s*EN$/u, '') : value };
  });
}

/** A line of `[key]value`, `【key】value` or `key：value` pairs (any number, any separators). */
function parseLabelled(t: string): MetadataPair[] | null {
  const tokens = [...t.matchAll(TOKEN_RE)]
    .map((m) => ({ index: m.index!, length: m[0].length, label: (m[1] ?? m[2])! }))
    // an unknown bracketed word is a label only after a known one (【问】 opening a line is text)
    .filter((tok) => fieldOf(tok.label) !== null || tok.index > 0);
  return pairsFromTokens(t, tokens);
}

/** A line of labels printed without a colon (“索引号 1150… 主题分类 科技”, normalised to no spaces). */
function parseBare(t: string): MetadataPair[] | null {
  const first = t.match(LEADING_LABEL_RE);
  if (!first) return null;
  // a title runs to the end of its line (it may contain label words)
  if (fieldOf(first[1]!) === '标题') return [{ label: first[1]!, field: '标题', value: trimValue(t.slice(first[1]!.length)) }];
  // after the first label, two-character ones (文号, 名称 …) are too common inside values to split at
  const tokens = [...t.matchAll(BARE_RE)].map((m) => ({ index: m.index!, length: m[0].length, label: m[1]! })).filter((tok) => tok.index === 0 || tok.label.length >= 3);
  return pairsFromTokens(t, tokens);
}

/** A pipe-table row: cells alternate label and value (`| 发文字号 | 渝府发〔2022〕3号 | 成文日期 | … |`). */
function parsePipeRow(t: string): MetadataPair[] | 'separator' | null {
  const cells = t.split('|').map((c) => c.trim()).filter(Boolean);
  if (cells.every((c) => SEPARATOR_CELL.test(c))) return 'separator';
  const pairs: MetadataPair[] = [];
  let pending: MetadataPair | null = null;
  for (const cell of cells) {
    const label = cell.match(LABEL_CELL_RE);
    // after a known label, any short label with its colon (公开类型：) opens a cell pair of its own
    const other = pairs.length > 0 ? /^(\p{Script=Han}{2,6})\s*[：:]$/u.exec(cell) : null;
    const labelText = label ? (label[1] ?? label[2])! : (other?.[1] ?? null);
    if (labelText && (fieldOf(labelText) || pairs.length > 0)) {
      pending = { label: labelText, field: fieldOf(labelText) ?? labelText, value: '' };
      pairs.push(pending);
      continue;
    }
    const inner = parseLabelled(cell);
    if (inner) {
      pairs.push(...inner);
      pending = null;
    } else if (pending && !pending.value) {
      pending.value = trimValue(cell);
    } else {
      return null; // a cell that is neither a label nor the value of one: not a metadata row
    }
  }
  return pairs.length ? pairs : null;
}

export interface ParsedMetadataLine {
  pairs: MetadataPair[];
  /** The line opened with a bullet (• [ 索引号 ] / • value pairs span two lines). */
  bulleted: boolean;
  /** A separator row of a pipe table (|---|---|), part of the block but without fields. */
  separator: boolean;
}

/**
 * Reads one metadata line in any of the portal layouts, or returns null when the line is not one.
 * Labels printed without a colon are read only with `bare` set (inside a block), or when the
 * line has at least two of them (a document line may open with 标题 or 名称).
 */
export function parseMetadataPairs(text: string, bare: 'always' | 'two-or-more' = 'two-or-more'): ParsedMetadataLine | null {
  const trimmed = text.trim();
  const bullet = trimmed.match(BULLET_RE);
  let t = bullet ? trimmed.slice(bullet[0].length) : trimmed;
  t = t.replace(/^文章属性[：:]?\s*[•·]?\s*/, ''); // the law-database strip opens with this caption
  if (!t) return null;
  const bulleted = Boolean(bullet);
  if (t.includes('|')) {
    const row = parsePipeRow(t);
    if (row === 'separator') return { pairs: [], bulleted, separator: true };
    return row ? { pairs: row, bulleted, separator: false } : null;
  }
  const labelled = parseLabelled(t);
  if (labelled) return { pairs: labelled, bulleted, separator: false };
  const plain = parseBare(t);
  if (plain && (bare === 'always' || plain.length >= 2)) return { pairs: plain, bulleted, separator: false };
  return null;
}

/** Fields of one line such as “索引号：11500000…主题分类：科技” (normalised labels, empty values left out), or null when the line is not a metadata line. */
export function parseMetadataLine(text: string): Record<string, string> | null {
  const parsed = parseMetadataPairs(text);
  if (!parsed || parsed.separator) return null;
  const out: Record<string, string> = {};
  for (const p of parsed.pairs) if (p.value && !(p.field in out)) out[p.field] = p.value;
  return out;
}

/** How far down a block may start (in non-blank lines): portal blocks come after a few lines of page header at most. */
const HEAD_LINES = 30;

function emptyMetadata(): PortalMetadata {
  return { fields: {}, lines: [], raw: [], fieldLines: {}, printedAs: {}, disagreements: [], fromChrome: {}, titleDocNumber: null };
}

/** Reads the block that starts at index `start`; returns it and the index of the first line after it. */
function readBlock(lines: SourceLine[], start: number): { metadata: PortalMetadata; end: number; pairs: number } {
  const md = emptyMetadata();
  let pairs = 0;
  let end = lines.length;
  let pendingBullet: MetadataPair | null = null;
  const add = (p: MetadataPair, line: number) => {
    pairs++;
    if (!p.value) return;
    const known = md.fields[p.field];
    if (known === undefined) {
      md.fields[p.field] = p.value;
      md.fieldLines[p.field] = line;
      if (p.label !== p.field) md.printedAs[p.field] = p.label;
    } else if (known !== p.value) {
      md.disagreements.push({ field: p.field, line, value: p.value });
    }
  };
  for (let i = start; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.text) continue;
    const parsed = parseMetadataPairs(l.text, 'always');
    if (pendingBullet && l.text.match(BULLET_RE) && !parsed) {
      // “• [ 索引号 ]” then “• 11500…”: the value is the next bulleted line
      add({ ...pendingBullet, value: trimValue(l.text.replace(BULLET_RE, '')) }, l.line);
      pendingBullet = null;
    } else if (parsed) {
      if (pendingBullet) add(pendingBullet, l.line); // a label with no value line
      pendingBullet = null;
      const last = parsed.pairs.at(-1);
      const labelOnly = parsed.bulleted && parsed.pairs.length === 1 && last && !last.value && BRACKET_ONLY.test(l.text.replace(BULLET_RE, '').trim());
      if (labelOnly) pendingBullet = last;
      else for (const p of parsed.pairs) add(p, l.line);
    } else {
      end = i; // blank lines before the body go with the block
      break;
    }
    md.lines.push(l.line);
    md.raw.push(l);
  }
  if (pendingBullet) add(pendingBullet, md.lines.at(-1)!);
  // some portals print the document number in front of the title: it is not part of the title
  const docNumber = md.fields[FACT_FIELDS.docNumber];
  const title = md.fields[FACT_FIELDS.title];
  if (docNumber && title?.startsWith(docNumber) && title.length > docNumber.length) {
    md.fields[FACT_FIELDS.title] = trimValue(title.slice(docNumber.length));
    md.titleDocNumber = docNumber;
  }
  return { metadata: md, end, pairs };
}

/**
 * Finds the metadata block near the top of a document (blank lines allowed inside it; it may
 * follow a few header lines, e.g. a site name, as long as it holds two labels or more) and
 * returns it with the remaining lines. The search stops at the first numbered heading.
 */
export function parsePortalMetadata(lines: SourceLine[]): { metadata: PortalMetadata | null; rest: SourceLine[] } {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < HEAD_LINES; i++) {
    const l = lines[i]!;
    if (!l.text) continue;
    if (matchMarker(l.text)) break;
    const first = seen === 0;
    seen++;
    // a block opens with a line that is metadata on its own (one bare label is not enough: 有效性评估… is text)
    if (!parseMetadataPairs(l.text)?.pairs.length) continue;
    const { metadata, end, pairs } = readBlock(lines, i);
    if (!first && pairs < 2) continue;
    const before = first ? [] : lines.slice(0, i); // blank lines above the block go with it
    return { metadata, rest: [...before, ...lines.slice(end)] };
  }
  return { metadata: null, rest: lines };
}

/** Adds the fields that stripped chrome lines carried (a page-info line's 发布日期) where the block lacks them. */
export function withChromeFields(metadata: PortalMetadata | null, stripped: readonly StrippedLine[]): PortalMetadata | null {
  let md = metadata;
  for (const s of stripped) {
    for (const [field, value] of Object.entries(s.fields ?? {})) {
      md ??= emptyMetadata();
      if (field in md.fields) continue;
      md.fields[field] = value;
      md.fieldLines[field] = s.line;
      md.fromChrome[field] = s.line;
    }
  }
  return md;
}

/** The manifest facts a metadata block gives (null where it gives none). */
export function portalFacts(fields: Record<string, string> | null): { docNumber: string | null; issuer: string | null; issued: string | null; title: string | null } {
  return {
    docNumber: fields?.[FACT_FIELDS.docNumber] ?? null,
    issuer: fields?.[FACT_FIELDS.issuer] ?? null,
    issued: portalDate(fields?.[FACT_FIELDS.issued]),
    title: fields?.[FACT_FIELDS.title] ?? null,
  };
}

/** Line ranges as “3–6, 9”. */
function lineRanges(lines: number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j;
  }
  return out.join(', ');
}

/** The diagnostics of one seed's metadata: the fields read (`portal-metadata`), a document number dropped from the title, values given twice differently (`portal-metadata/disagree`). */
export function portalMetadataDiagnostics(file: string, md: PortalMetadata | null): Diagnostic[] {
  if (!md) return [];
  const out: Diagnostic[] = [];
  const names = Object.keys(md.fields).map((f) => {
    const as = md.printedAs[f] ? ` (as ${md.printedAs[f]})` : '';
    const chrome = f in md.fromChrome ? ` (from the page-info line ${md.fromChrome[f]})` : '';
    return f + as + chrome;
  });
  const where = md.lines.length ? `the block on line${md.lines.length === 1 ? '' : 's'} ${lineRanges(md.lines)}` : 'page-info lines';
  const firstLine = md.lines[0] ?? Object.values(md.fieldLines).sort((a, b) => a - b)[0] ?? null;
  out.push(diagnostic(file, firstLine, 'portal-metadata', `read ${names.length} field${names.length === 1 ? '' : 's'} from ${where}: ${names.join(', ') || 'none (every value empty)'}`));
  if (md.titleDocNumber)
    out.push(diagnostic(file, md.fieldLines[FACT_FIELDS.title] ?? null, 'portal-metadata/title-doc-number', `dropped the document number “${md.titleDocNumber}” printed before the title in 标题`));
  for (const d of md.disagreements)
    out.push(diagnostic(file, d.line, 'portal-metadata/disagree', `${d.field} “${d.value}” differs from “${md.fields[d.field]}” given earlier (line ${md.fieldLines[d.field]}); the first is kept`));
  return out;
}

/** A portal date (2023-03-29, 2023年3月29日, 2023/03/29) as YYYY-MM-DD, or null. */
export function portalDate(value: string | undefined): string | null {
  // 民國104年08月26日: year 104 of the ROC calendar is 2015 (Taiwan's law database; lib/dates.ts)
  const roc = value === undefined ? null : rocDate(value);
  if (roc) return roc.iso;
  const m = value?.match(/(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null; // 2023年13月45日 is not a date
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}
