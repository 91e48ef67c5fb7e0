/**
 * Government portal metadata: pages saved from gov.cn-style sites start with a
 * block of fields (索引号, 发文字号, 发布机构, 主题分类, 成文日期, 发布日期, 有效性 …),
 * sometimes several on one line. Read them so they can be checked against the manifest.
 */
import type { SourceLine } from './read.ts';

export const PORTAL_FIELDS = ['索引号', '发文字号', '发文机关', '发布机构', '主题分类', '主题词', '成文日期', '发布日期', '有效性', '标题', '名称'] as const;

export interface PortalMetadata {
  fields: Record<string, string>;
  /** Raw line numbers the block occupied. */
  lines: number[];
}

const LABEL_RE = new RegExp(`(${PORTAL_FIELDS.join('|')})[：:]`, 'g');

/** Fields of one line such as “索引号：11500000…主题分类：科技”, or null when the line is not a metadata line. */
export function parseMetadataLine(text: string): Record<string, string> | null {
  const hits = [...text.matchAll(LABEL_RE)];
  if (hits.length === 0 || hits[0]!.index !== 0) return null;
  const out: Record<string, string> = {};
  hits.forEach((m, i) => {
    const start = m.index! + m[0].length;
    const end = i + 1 < hits.length ? hits[i + 1]!.index! : text.length;
    out[m[1]!] = text.slice(start, end).trim();
  });
  return out;
}

/** Reads a metadata block at the top of a document (blank lines allowed); returns it and the remaining lines. */
export function parsePortalMetadata(lines: SourceLine[]): { metadata: PortalMetadata | null; rest: SourceLine[] } {
  const fields: Record<string, string> = {};
  const used: number[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.text) continue;
    const parsed = parseMetadataLine(l.text);
    if (!parsed) break;
    Object.assign(fields, parsed);
    used.push(l.line);
  }
  if (used.length === 0) return { metadata: null, rest: lines };
  return { metadata: { fields, lines: used }, rest: lines.slice(i) };
}

/** A portal date (2023-03-29, 2023年3月29日, 2023/03/29) as YYYY-MM-DD, or null. */
export function portalDate(value: string | undefined): string | null {
  const m = value?.match(/(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null; // 2023年13月45日 is not a date
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}
