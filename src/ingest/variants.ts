/**
 * Variants: recognise a copy of another document by its content, whatever its
 * file name or script. Traditional-character text is converted to Simplified
 * with OpenCC (Taiwan phrases included: 積體電路 → 集成电路) and compared by
 * character bigrams.
 */
import { Converter } from 'opencc-js';
import { bigrams, containment, isHan } from '../lib/text.ts';

const toSimplified = Converter({ from: 'twp', to: 'cn' });

/** Converts Traditional Chinese text to Simplified (Taiwan phrasing included). */
export function traditionalToSimplified(text: string): string {
  return toSimplified(text);
}

/** Share of Han characters that OpenCC changes when converting to Simplified: high for Traditional text. */
export function traditionalShare(text: string): number {
  const converted = [...toSimplified(text)];
  const original = [...text];
  let han = 0;
  let changed = 0;
  original.forEach((ch, i) => {
    if (!isHan(ch)) return;
    han++;
    if (converted[i] !== ch) changed++;
  });
  return han === 0 ? 0 : changed / han;
}

/** Detects the script of a text. */
export function detectScript(text: string): 'zh-Hans' | 'zh-Hant' {
  return traditionalShare(text) > 0.05 ? 'zh-Hant' : 'zh-Hans';
}

export interface VariantMatch {
  variant: string;
  of: string;
  similarity: number;
}

/** Minimum share of a text's bigrams found in another for it to count as a copy of it. */
export const VARIANT_THRESHOLD = 0.7;

/**
 * Finds which documents are copies of others. A document is a variant of another
 * when most of its (Simplified) text is found in it and it is the shorter or the
 * Traditional one; the longer Simplified text stays the primary.
 */
export function findVariants(docs: { id: string; text: string; script: 'zh-Hans' | 'zh-Hant' }[]): VariantMatch[] {
  const prepared = docs.map((d) => {
    const simplified = d.script === 'zh-Hant' ? toSimplified(d.text) : d.text;
    return { ...d, grams: bigrams(simplified), length: [...simplified].length };
  });
  const matches: VariantMatch[] = [];
  for (const a of prepared) {
    let best: VariantMatch | null = null;
    for (const b of prepared) {
      if (a === b) continue;
      const aIsCopy = a.script === 'zh-Hant' && b.script === 'zh-Hans' ? true : a.script === b.script && a.length < b.length;
      if (!aIsCopy) continue;
      const similarity = containment(a.grams, b.grams);
      if (similarity >= VARIANT_THRESHOLD && (!best || similarity > best.similarity)) best = { variant: a.id, of: b.id, similarity };
    }
    if (best) matches.push(best);
  }
  // A primary cannot itself be a variant: resolve chains to the root.
  const variantIds = new Set(matches.map((m) => m.variant));
  return matches.filter((m) => !variantIds.has(m.of));
}
