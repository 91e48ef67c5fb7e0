/**
 * The figures a Chinese source and its English translation state, as numbers, so that the
 * translation QA can check that none is lost, changed or added. Pure functions; the reading
 * rules are listed in docs/translators.md (“Figures”).
 */
import { parseChineseNumeral, parseChineseShare } from '../lib/chinese-numerals.ts';

const round = (n: number) => Math.round(n * 1e6) / 1e6;

const ZH_MULTIPLIER: Record<string, number> = { 千: 1e3, 万: 1e4, 亿: 1e8 };
// Chinese numeral characters, with the place words and 点 (三点五); a run of them is one candidate figure.
const ZH_NUMERAL_RUN = /[〇零○一二两三四五六七八九十百千万亿点]+/g;

/**
 * A 万 or 亿 without a digit that is a figure all the same: “per ten thousand” (每万, 万人, 每亿元) and a
 * round place before it (百亿级 → 1e10, 千万元 → 1e7). 万众, 亿万 and 千方百计 stay words.
 */
function loneMultiplier(text: string, at: number, run: string): number | null {
  const round = /^([十百千])?([万亿])$/.exec(run);
  if (!round) return null;
  const big = ZH_MULTIPLIER[round[2]!]!;
  const place = round[1] ? ({ 十: 10, 百: 100, 千: 1000 } as Record<string, number>)[round[1]]! : 1;
  const before = text[at - 1] ?? '';
  const after = text[at + run.length] ?? '';
  if (round[1]) return place * big;
  if (!round[1] && (before === '每' || /[人元]/.test(after))) return big;
  return null;
}

export interface Figure {
  value: number;
  /** The figure as printed (1.28万, 百分之四, 2027), for messages. */
  text: string;
}

/**
 * The figures of a Chinese text: Arabic numbers with 千/万/亿 applied (1.28万 → 12800), shares in words
 * (百分之四 → 4, 三分之一 → 33.33) and numbers in Chinese numerals of 10 or more, with a decimal point or
 * with 万/亿 (五千亿 → 5e11, 十八大 → 18, 二〇二七年 → 2027). Single Chinese digits (三个, 一批, 进一步) are not
 * figures here: they are counting words that English writes as words or leaves out.
 */
export function chineseFigures(text: string): Figure[] {
  const s = text.normalize('NFKC');
  const out: Figure[] = [];
  // Arabic numbers (full-width digits are read as ASCII by NFKC); a thousands comma is kept together (1,280)
  for (const m of s.matchAll(/(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(千|万|亿)?/g)) {
    const n = Number(m[1]!.replace(/,/g, '')) * (ZH_MULTIPLIER[m[2] ?? ''] ?? 1);
    out.push({ value: round(n), text: m[0].trim() });
  }
  // shares in words first, so that their numerals are not read again
  const rest = s.replace(/(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(千|万|亿)?/g, ' ').replace(/([〇零○一二两三四五六七八九十百千]+|百)分之([〇零○一二两三四五六七八九十百千点]+|\d+(?:\.\d+)?)/g, (share) => {
    const v = parseChineseShare(share);
    if (v !== null) out.push({ value: v, text: share });
    return ' ';
  });
  for (const m of rest.matchAll(ZH_NUMERAL_RUN)) {
    const run = m[0];
    // 万众, 亿万: a place word with no digit is a word, not a figure; 一万 and 五千亿 are figures
    const v = parseChineseNumeral(run) ?? loneMultiplier(rest, m.index!, run);
    if (v === null) continue;
    if (v >= 10 || run.includes('点') || /[万亿]/.test(run)) out.push({ value: round(v), text: run });
  }
  return out;
}

const EN_MULTIPLIER: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WORDS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  half: 50, 'one third': 33.33, 'one-third': 33.33, 'two thirds': 66.67, 'two-thirds': 66.67, 'one quarter': 25, 'a quarter': 25,
};
const WORD_RE = new RegExp(`\\b(${Object.keys(WORDS).sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');

/**
 * The figures of an English text written in digits: thousands separators and thousand/million/billion
 * applied (CNY 500 billion → 5e11, 12,800 → 12800), ordinals by their number (18th → 18), a month
 * name before a year or after a day as its number (February 2016 → 2, 2016).
 */
export function englishFigures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(/(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion)\b)?/gi)) {
    out.push({ value: round(Number(m[1]!.replace(/,/g, '')) * (EN_MULTIPLIER[(m[2] ?? '').toLowerCase()] ?? 1)), text: m[0] });
  }
  for (const m of text.matchAll(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b(?=\s+\d{4}\b|,?\s+\d{1,2}\b)|(?<=\b\d{1,2}\s+)(January|February|March|April|May|June|July|August|September|October|November|December)\b/g)) {
    const name = (m[1] ?? m[2])!;
    out.push({ value: MONTHS.indexOf(name.toLowerCase()) + 1, text: name });
  }
  return out;
}

/** Figures the English writes in words (ten, eighteenth, one third): they may stand for a Chinese figure, but are not themselves checked against the Chinese. */
export function englishWordFigures(text: string): Figure[] {
  return [...text.matchAll(WORD_RE)].map((m) => ({ value: WORDS[m[1]!.toLowerCase()]!, text: m[1]! }));
}

/**
 * Every Chinese numeral of a text, single digits and ordinals included (第一, 三中全会): the pool an English
 * figure may come from (“the Third Plenary Session”, “3 years” for 三年).
 */
export function chineseNumeralPool(text: string): number[] {
  const s = text.normalize('NFKC');
  const values = chineseFigures(s).map((f) => f.value);
  for (const m of s.matchAll(ZH_NUMERAL_RUN)) {
    for (const part of m[0].split(/(?<=[〇零○一二两三四五六七八九])(?=[〇零○一二两三四五六七八九])/)) {
      const v = parseChineseNumeral(part);
      if (v !== null) values.push(v);
    }
  }
  return values;
}

export interface FigureComparison {
  /** Figures of the Chinese that the English lacks (each as often as it is missing). */
  missing: Figure[];
  /** Figures of the English (in digits) that the Chinese does not state. */
  extra: Figure[];
}

/** Compares the figures of a source and its translation (a multiset for the Chinese, so a figure stated twice is kept twice). */
export function compareFigures(zh: string, en: string): FigureComparison {
  const pool = [...englishFigures(en), ...englishWordFigures(en)].map((f) => f.value);
  const missing: Figure[] = [];
  for (const f of chineseFigures(zh)) {
    const i = pool.indexOf(f.value);
    if (i >= 0) pool.splice(i, 1);
    else missing.push(f);
  }
  const zhValues = new Set(chineseNumeralPool(zh));
  const extra = englishFigures(en).filter((f) => !zhValues.has(f.value));
  return { missing, extra };
}
