/**
 * Variants: recognise a copy of another document by its content, whatever its
 * file name or script. Traditional-character text is converted to Simplified
 * with OpenCC (Taiwan phrases included: 積體電路 → 集成电路) and compared by
 * character bigrams.
 */
import { Converter } from 'opencc-js';
import { bigrams, containment, isHan } from '../lib/text.ts';

const toSimplified = Converter({ from: 'twp', to: 'cn' });

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

/** Characters of a long text that script detection reads: 20 stretches of 1,000 spread evenly over it. */
export const SCRIPT_SAMPLE = { stretches: 20, length: 1000 };

/** The text itself, or for a long text the evenly spread stretches script detection reads (its cost then stays bounded). */
export function scriptSample(text: string): string {
  const { stretches, length } = SCRIPT_SAMPLE;
  if (text.length <= stretches * length) return text;
  const step = (text.length - length) / (stretches - 1);
  return Array.from({ length: stretches }, (_, k) => text.slice(Math.round(k * step), Math.round(k * step) + length)).join('\n');
}

/** Detects the script of a text (of a sample spread over it, for a long text). */
export function detectScript(text: string): 'zh-Hans' | 'zh-Hant' {
  return traditionalShare(scriptSample(text)) > 0.05 ? 'zh-Hant' : 'zh-Hans';
}

export interface VariantMatch {
  variant: string;
  of: string;
  similarity: number;
}

/** Bottom-k MinHash: each text is summarised by its 64 smallest bigram hashes. */
const SIGNATURE_SIZE = 64;
/** Texts sharing fewer signature hashes than this are not considered at all (an inverted index keeps a large corpus near linear). */
const SIGNATURE_THRESHOLD = 0.15;

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Containment at which a copy is taken as found without comparing the remaining candidates. */
const NEAR_IDENTICAL = 0.95;

/** Minimum share of a text's bigrams found in another for it to count as a copy of it. */
export const VARIANT_THRESHOLD = 0.7;

/**
 * Finds which documents are copies of others. A document is a variant of another
 * when most of its (Simplified) text is found in it and it is the shorter or the
 * Traditional one; the longer Simplified text stays the primary.
 */
export function findVariants(docs: { id: string; text: string; script: 'zh-Hans' | 'zh-Hant' }[]): VariantMatch[] {
  if (docs.length < 2) return []; // nothing to compare: skip summarising the one text
  const prepared = docs.map((d) => {
    const simplified = d.script === 'zh-Hant' ? toSimplified(d.text) : d.text;
    const grams = bigrams(simplified);
    const hashes = new Set([...grams.keys()].map(hash));
    return { ...d, grams, hashes, signature: [...hashes].sort((x, y) => x - y).slice(0, SIGNATURE_SIZE), length: [...simplified].length };
  });
  // Inverted index over signature hashes: only texts sharing part of their signature are compared in full.
  const byHash = new Map<number, number[]>();
  prepared.forEach((d, i) => d.signature.forEach((h) => byHash.set(h, [...(byHash.get(h) ?? []), i])));
  const matches: VariantMatch[] = [];
  prepared.forEach((a, ai) => {
    const shared = new Map<number, number>();
    for (const h of a.signature) for (const bi of byHash.get(h) ?? []) if (bi !== ai) shared.set(bi, (shared.get(bi) ?? 0) + 1);
    let best: VariantMatch | null = null;
    const candidates = [...shared].filter(([, n]) => n >= SIGNATURE_SIZE * SIGNATURE_THRESHOLD * 0.5).sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    for (const [bi] of candidates) {
      const b = prepared[bi]!;
      const aIsCopy = a.script === 'zh-Hant' && b.script === 'zh-Hans' ? true : a.script === b.script && a.length < b.length;
      // Estimated containment: the share of a's signature found among all of b's bigrams (cheap, unbiased).
      if (!aIsCopy || a.signature.filter((h) => b.hashes.has(h)).length < a.signature.length * (VARIANT_THRESHOLD - 0.15)) continue;
      const similarity = containment(a.grams, b.grams);
      if (similarity >= VARIANT_THRESHOLD && (!best || similarity > best.similarity)) best = { variant: a.id, of: b.id, similarity };
      if (best && best.similarity >= NEAR_IDENTICAL) break; // a near-identical copy: no need to look further
    }
    if (best) matches.push(best);
  });
  // A primary cannot itself be a variant: resolve chains to the root.
  const variantIds = new Set(matches.map((m) => m.variant));
  return matches.filter((m) => !variantIds.has(m.of));
}
