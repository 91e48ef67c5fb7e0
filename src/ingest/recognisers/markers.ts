/**
 * The numbering of Chinese official documents, outermost first: 第一篇, 第一章,
 * 第一节, 第一条, 一、, （一）, 1., （1）, ①. Named lead-ins (“打造1000个以上众创空间：”)
 * rank below all of them. Arabic numbers may have any number of digits (item 1000 is
 * an item, not text of item 999); brackets may be full-width （5） or half-width (5).
 */
import { parseChineseNumeral } from '../../lib/text.ts';
import { ITEM_FIELD_LABEL } from './inline-units.ts';

export type MarkerLevel = 'part' | 'chapter' | 'section' | 'article' | 'item1' | 'item2' | 'item3' | 'item4' | 'item5' | 'leadIn';

export const LEVEL_RANK: Record<MarkerLevel, number> = {
  part: 0,
  chapter: 1,
  section: 2,
  article: 3,
  item1: 4,
  item2: 5,
  item3: 6,
  item4: 7,
  item5: 8,
  leadIn: 9,
};

/** Every level, outermost first (for code that enumerates them: labels, schemas, styles). */
export const MARKER_LEVELS = (Object.keys(LEVEL_RANK) as MarkerLevel[]).sort((a, b) => LEVEL_RANK[a] - LEVEL_RANK[b]);

export interface Marker {
  level: MarkerLevel;
  /** The numbering as printed, e.g. 第一章, 一、, （十二）, 3. */
  label: string;
  /** Its numeric value (1-based). */
  value: number;
  /** The text after the numbering. */
  rest: string;
}

const CN = '[零〇一二两兩三四五六七八九十百千]+';
// Normalization makes ( ) full-width only next to Chinese text: (一) arrives as （一）, but (5) stays half-width.
const OPEN = '[（(]';
const CLOSE = '[）)]';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** Arabic digits of either width: a document typed with a Chinese input method numbers its items １． ２． (U+FF11 …). */
const DIGITS = '[0-9０-９]+';

/** The value of Arabic digits of either width (１２ is 12). */
export function arabicValue(digits: string): number {
  return Number(digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

const PATTERNS: { level: MarkerLevel; re: RegExp; value: (m: RegExpMatchArray) => number | null }[] = [
  // 第一篇 but not the word 篇章 (第一篇章 “the first chapter” of a story)
  { level: 'part', re: new RegExp(`^(第(${CN})篇)(?!章)\\s*(.*)$`), value: (m) => parseChineseNumeral(m[2]!) },
  { level: 'chapter', re: new RegExp(`^(第(${CN})章)\\s*(.*)$`), value: (m) => parseChineseNumeral(m[2]!) },
  // Traditional texts print 節 and 條 (第一節, 第一條)
  { level: 'section', re: new RegExp(`^(第(${CN})[节節])\\s*(.*)$`), value: (m) => parseChineseNumeral(m[2]!) },
  // 第 10-2 條, 第十条之一: an article inserted by an amendment after article 10 (Taiwan's law database, the PRC's 之一)
  { level: 'article', re: new RegExp(`^(第\\s*(${DIGITS})\\s*[-－]\\s*${DIGITS}\\s*[条條])\\s*(.*)$`), value: (m) => arabicValue(m[2]!) },
  { level: 'article', re: new RegExp(`^(第(${CN})[条條]之${CN})\\s*(.*)$`), value: (m) => parseChineseNumeral(m[2]!) },
  { level: 'article', re: new RegExp(`^(第(${CN})[条條])\\s*(.*)$`), value: (m) => parseChineseNumeral(m[2]!) },
  // 第1条 (a city's 实施细则 numbers its articles in Arabic digits)
  { level: 'article', re: new RegExp(`^(第\\s*(${DIGITS})\\s*[条條])\\s*(.*)$`), value: (m) => arabicValue(m[2]!) },
  { level: 'item1', re: new RegExp(`^((${CN})、)(.*)$`), value: (m) => parseChineseNumeral(m[2]!) },
  { level: 'item2', re: new RegExp(`^(${OPEN}(${CN})${CLOSE})(.*)$`), value: (m) => parseChineseNumeral(m[2]!) },
  // 1. / 1． / 1、 / 1234. (full-width digits too: １．) but not a decimal such as 1.28万家, a list such as 2025、2026年 or a year (2025年 has no separator)
  { level: 'item3', re: new RegExp(`^((${DIGITS})[.．﹒、])(?!${DIGITS})(.*)$`), value: (m) => arabicValue(m[2]!) },
  { level: 'item4', re: new RegExp(`^(${OPEN}(${DIGITS})${CLOSE})(.*)$`), value: (m) => arabicValue(m[2]!) },
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
  if (ITEM_FIELD_LABEL.test(m[1]!)) return null;
  return { title: m[1]!, rest: m[2]!.trim() };
}

const MAX_TITLE_CHARS = 40;
/** A first sentence that states an amount or a share after a verb (…补助上限为100万元, 给予10万元补助): text, not a heading. */
const STATES_AMOUNT = new RegExp(`(为|為|給予|给予|补助|補助|奖励|獎勵|达到|達到|不超过|不超過)[^，。；]{0,12}(?:\\d[\\d,.]*|${CN})\\s*(万|萬|亿|億)?(元|%|％)`);
/** A figure in Arabic digits, or an amount in Chinese numerals (一千萬元, 二百万元). */
const FIGURE = new RegExp(`\\d|${CN}(?:万|萬|亿|億)?元`);
/** A first sentence that states a rate of change aimed at (社会消费品零售总额增长9%左右): a goal, so text, not a heading. */
const STATES_RATE = /(增长|增長|增速|增幅|提高|下降|降低|保持在|控制在|稳定在)\s*\d[\d,.]*\s*(%|％)/;

/** Splits “加快建设众创空间。推广…” into an inline heading and its text; long first sentences are text, not headings. */
export function splitInlineHeading(rest: string): { title: string | null; titleEnd: string; text: string } {
  if (!rest) return { title: null, titleEnd: '', text: '' };
  const stop = rest.indexOf('。');
  const head = stop < 0 ? rest : rest.slice(0, stop);
  // a first sentence of clauses that states a figure (全省生产总值增长7%以上，在实际工作中力争更好结果。), or one that states
  // an amount, is text, not a heading (加强组织领导，高效务实推进 is one)
  if ([...head].length > MAX_TITLE_CHARS || (/[，；]/.test(head) && FIGURE.test(head)) || STATES_AMOUNT.test(head) || STATES_RATE.test(head)) return { title: null, titleEnd: '', text: rest };
  return { title: head, titleEnd: stop < 0 ? '' : '。', text: stop < 0 ? '' : rest.slice(stop + 1).trim() };
}
