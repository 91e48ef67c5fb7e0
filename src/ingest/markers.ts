/**
 * The numbering of Chinese official documents, outermost first: 第一章, 第一节,
 * 第一条, 一、, （一）, 1., （1）, ①. Named lead-ins (“打造1000个以上众创空间：”)
 * rank below all of them.
 */
import { parseChineseNumeral } from '../lib/text.ts';
import { ASSIGNMENT_LABEL } from './inline-units.ts';

export type MarkerLevel = 'chapter' | 'section' | 'article' | 'item1' | 'item2' | 'item3' | 'item4' | 'item5' | 'leadIn';

export const LEVEL_RANK: Record<MarkerLevel, number> = {
  chapter: 0,
  section: 1,
  article: 2,
  item1: 3,
  item2: 4,
  item3: 5,
  item4: 6,
  item5: 7,
  leadIn: 8,
};

export interface Marker {
  level: MarkerLevel;
  /** The numbering as printed, e.g. 第一章, 一、, （十二）, 3. */
  label: string;
  /** Its numeric value (1-based). */
  value: number;
  /** The text after the numbering. */
  rest: string;
}

const CN = '[零〇一二两三四五六七八九十百]+';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

const PATTERNS: { level: MarkerLevel; re: RegExp; value: (m: RegExpMatchArray) => number | null }[] = [
  { level: 'chapter', re: new RegExp(`^(第(${CN})章)\\s*(.*)$`), value: (m) => parseChineseNumeral(m[2]!) },
  { level: 'section', re: new RegExp(`^(第(${CN})节)\\s*(.*)$`), value: (m) => parseChineseNumeral(m[2]!) },
  { level: 'article', re: new RegExp(`^(第(${CN})条)\\s*(.*)$`), value: (m) => parseChineseNumeral(m[2]!) },
  { level: 'item1', re: new RegExp(`^((${CN})、)(.*)$`), value: (m) => parseChineseNumeral(m[2]!) },
  { level: 'item2', re: new RegExp(`^(（(${CN})）)(.*)$`), value: (m) => parseChineseNumeral(m[2]!) },
  // 1. / 1． / 1、 but not a decimal such as 1.28万家
  { level: 'item3', re: /^((\d{1,3})[.．、])(?!\d)(.*)$/, value: (m) => Number(m[2]) },
  { level: 'item4', re: /^(（(\d{1,3})）)(.*)$/, value: (m) => Number(m[2]) },
  { level: 'item5', re: new RegExp(`^(([${CIRCLED}]))(.*)$`), value: (m) => CIRCLED.indexOf(m[2]!) + 1 },
];

/** The numbering marker a paragraph starts with, or null. */
export function matchMarker(text: string): Marker | null {
  for (const p of PATTERNS) {
    const m = text.match(p.re);
    if (!m) continue;
    const value = p.value(m);
    if (value == null || value < 1) continue;
    return { level: p.level, label: m[1]!, value, rest: m[3]!.trim() };
  }
  return null;
}

/** A paragraph such as “打造1000个以上众创空间：以各类企业…”: a short named lead-in ending in ：. */
export function matchLeadIn(text: string): { title: string; rest: string } | null {
  const m = text.match(/^([^：。；！？，]{2,40})：(.+)$/s);
  if (!m) return null;
  if (/^附件/.test(m[1]!)) return null;
  // 责任单位：市科技局 names who is responsible for the measure above it (inline-units.ts): not a new lead-in
  if (ASSIGNMENT_LABEL.test(m[1]!)) return null;
  return { title: m[1]!, rest: m[2]!.trim() };
}
