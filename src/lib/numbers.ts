/** The quantities a text states, for checking that a translation keeps every number of its source. */

const CN_MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const EN_MULTIPLIER: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** Arabic numbers in Chinese text, with 万/亿 applied (1.28万 → 12800, 200亿 → 20000000000). */
export function chineseQuantities(text: string): number[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)\s*(万|亿)?/g)].map((m) => round(Number(m[1]) * (CN_MULTIPLIER[m[2] ?? ''] ?? 1)));
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Numbers in English text, with thousands separators and million/billion applied (CNY 20 billion → 20000000000); month names count as their number (2016年2月 → February 2016). */
export function englishQuantities(text: string): number[] {
  const numbers = [...text.matchAll(/(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion))?/g)].map((m) => round(Number(m[1]!.replace(/,/g, '')) * (EN_MULTIPLIER[m[2] ?? ''] ?? 1)));
  const months = [...text.matchAll(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,4}\b/g)].map((m) => MONTHS.indexOf(m[1]!.toLowerCase()) + 1);
  return [...numbers, ...months];
}

/** Quantities of the Chinese that the English lacks (a multiset difference; the English may state more, e.g. “18th” for 十八大). */
export function missingQuantities(zh: string, en: string): number[] {
  const pool = englishQuantities(en);
  const missing: number[] = [];
  for (const q of chineseQuantities(zh)) {
    const i = pool.indexOf(q);
    if (i >= 0) pool.splice(i, 1);
    else missing.push(q);
  }
  return missing;
}
