/**
 * Variants: recognise a copy of another document by its content, whatever its
 * file name, script or noise. Traditional-character text is converted to Simplified
 * with OpenCC (Taiwan phrases included: 積體電路 → 集成电路); texts are compared on
 * their Han characters and digits only (rule variant/normalised-comparison), by
 * character 4-grams. Rules: docs/formats.md, “Copies and variants”.
 */
import { Converter } from 'opencc-js';
import { containment, hasHan } from '../../lib/text.ts';

const toSimplified = Converter({ from: 'twp', to: 'cn' });

/** Share of Han characters that OpenCC changes when converting to Simplified: high for Traditional text. */
export function traditionalShare(text: string): number {
  const converted = [...toSimplified(text)];
  const original = [...text];
  let han = 0;
  let changed = 0;
  original.forEach((ch, i) => {
    if (!hasHan(ch)) return;
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
  /** Share of the variant's comparison text found in the primary's. */
  similarity: number;
  /** The two comparison texts are the same (an exact copy, or a copy that differs only by punctuation or noise). */
  identical: boolean;
}

/** A document that is not taken as a copy but resembles another (rule variant-near-miss). */
export interface NearMiss {
  doc: string;
  like: string;
  similarity: number;
}

/**
 * The text documents are compared on (rule variant/normalised-comparison): Simplified, Han characters
 * and digits only. Punctuation, Latin letters, markup and noise such as “@@”, “\\*” or zero-width
 * characters inserted into a scraped copy do not count.
 */
export function comparisonText(text: string, script: 'zh-Hans' | 'zh-Hant'): string {
  return (script === 'zh-Hant' ? toSimplified(text) : text).replace(/[^\p{Script=Han}\d]/gu, '');
}

/** Characters that are neither text nor the punctuation of text (@, *, #, table pipes, zero-width and other format characters): what a scraper left. ～ and ~ are range signs (2~3名), not noise. */
const NOISE = /[@*#^|\\_=`$\p{Cf}\p{Co}\uFFFD]/gu;

/** How often each noise character occurs in a text (for the report: what the normalised comparison ignored). */
export function noiseIn(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(NOISE)) out.set(m[0], (out.get(m[0]) ?? 0) + 1);
  return out;
}

/** Length of the character n-grams compared: long enough that documents on the same subject share few of them. */
const GRAM = 4;

/**
 * Character 4-grams of a comparison text, as a multiset keyed by a 32-bit FNV-1a hash of the four code
 * points (numbers are much cheaper to store and look up than strings; a collision among a document's
 * few thousand n-grams is rare and can only nudge a share by one n-gram).
 */
function grams(s: string): Map<number, number> {
  const cps: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    cps.push(cp);
    if (cp > 0xffff) i++;
  }
  const out = new Map<number, number>();
  for (let i = 0; i + GRAM <= cps.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + GRAM; k++) h = Math.imul(h ^ cps[k]!, 0x01000193) >>> 0;
    out.set(h, (out.get(h) ?? 0) + 1);
  }
  return out;
}

/** Bottom-k MinHash: each text is summarised by its 64 smallest n-gram hashes. */
const SIGNATURE_SIZE = 64;
/** Texts sharing fewer signature hashes than this are not considered at all (an inverted index keeps a large corpus near linear). */
const SIGNATURE_THRESHOLD = 0.15;

/** Containment at which a copy is taken as found without comparing the remaining candidates. */
const NEAR_IDENTICAL = 0.95;

/** Minimum share of a text's n-grams found in another for it to count as a copy of it. */
export const VARIANT_THRESHOLD = 0.7;

/** Minimum share for a document that is not a copy to be reported as resembling another (distinct plans on one subject share under 0.2). */
export const NEAR_MISS_THRESHOLD = 0.4;

/** How far below a threshold the cheap signature estimate may fall and the pair still be compared in full. */
const ESTIMATE_MARGIN = 0.15;

/**
 * Full comparisons per document at most, best estimates first: a copy estimates near 1 and comes first,
 * while many documents just under the threshold (a template reused every year) must not make the pass quadratic.
 */
const MAX_FULL_COMPARISONS = 4;

/**
 * Finds which documents are copies of others (docs in manifest order). A is a variant of B when at
 * least VARIANT_THRESHOLD of A's comparison text is found in B's and either A is Traditional and B
 * Simplified, or B's is not found in A's as fully (A is a part of B), or both are near-identical and B
 * is listed first: of two equal copies, the file listed first in the manifest stays the primary.
 * A document that is no copy but shares at least NEAR_MISS_THRESHOLD with another is a near miss.
 */
export function findVariants(docs: { id: string; text: string; script: 'zh-Hans' | 'zh-Hant' }[]): { variants: VariantMatch[]; nearMisses: NearMiss[] } {
  if (docs.length < 2) return { variants: [], nearMisses: [] }; // nothing to compare: skip summarising the one text
  const prepared = docs.map(prepareDoc);
  // Inverted index over signature hashes: only texts sharing part of their signature are compared in full.
  const byHash = new Map<number, number[]>();
  prepared.forEach((d, i) => d.signature.forEach((h) => byHash.set(h, [...(byHash.get(h) ?? []), i])));
  const estimate = (a: PreparedDoc, b: PreparedDoc) => a.signature.filter((h) => b.grams.has(h)).length / Math.max(1, a.signature.length);
  // Full comparisons are the cost: each pair at most once, and none for identical texts.
  const cache = new Map<string, number>();
  const share = (ai: number, bi: number) => {
    const key = `${ai}/${bi}`;
    let c = cache.get(key);
    if (c === undefined) {
      c = prepared[ai]!.text === prepared[bi]!.text ? 1 : containment(prepared[ai]!.grams, prepared[bi]!.grams);
      cache.set(key, c);
    }
    return c;
  };

  const matches = new Map<number, VariantMatch & { ofIndex: number }>();
  const closest = new Map<number, number>();
  prepared.forEach((a, ai) => {
    const shared = new Map<number, number>();
    for (const h of a.signature) for (const bi of byHash.get(h) ?? []) if (bi !== ai) shared.set(bi, (shared.get(bi) ?? 0) + 1);
    const candidates = [...shared]
      .filter(([, n]) => n >= SIGNATURE_SIZE * SIGNATURE_THRESHOLD * 0.5)
      .map(([bi]) => ({ bi, est: estimate(a, prepared[bi]!) }))
      .sort((x, y) => y.est - x.est || x.bi - y.bi);
    let best: (VariantMatch & { ofIndex: number }) | null = null;
    let full = 0;
    for (const { bi, est } of candidates) {
      if (est < VARIANT_THRESHOLD - ESTIMATE_MARGIN || full >= MAX_FULL_COMPARISONS) break; // sorted: no later candidate estimates higher
      const b = prepared[bi]!;
      if (a.script === 'zh-Hans' && b.script === 'zh-Hant') continue; // the Traditional text is the copy
      const sameScript = a.script === b.script;
      // Near-identical to a text listed after it: that one is the copy (cheap check first).
      if (sameScript && bi > ai && estimate(b, a) >= VARIANT_THRESHOLD + ESTIMATE_MARGIN) continue;
      if (a.text !== b.text) full++;
      const similarity = share(ai, bi);
      if (similarity < VARIANT_THRESHOLD || (best && similarity <= best.similarity)) continue;
      const aIsCopy = !sameScript || bi < ai || share(bi, ai) < VARIANT_THRESHOLD;
      if (aIsCopy) best = { variant: a.id, of: b.id, ofIndex: bi, similarity, identical: a.text === b.text };
      if (best && best.similarity >= NEAR_IDENTICAL) break; // a near-identical copy: no need to look further
    }
    if (best) matches.set(ai, best);
    // The closest candidate, for near misses.
    const top = candidates[0];
    if (top && top.est >= NEAR_MISS_THRESHOLD - ESTIMATE_MARGIN) closest.set(ai, top.bi);
  });

  const variants = toRoots(matches, prepared, share);
  return { variants, nearMisses: nearMissesOf(closest, prepared, variants, share) };
}

/** A document ready to compare: its comparison text, its n-grams and its signature (the smallest n-gram hashes). */
function prepareDoc(d: { id: string; text: string; script: 'zh-Hans' | 'zh-Hant' }) {
  const text = comparisonText(d.text, d.script);
  const g = grams(text);
  return { ...d, text, grams: g, signature: [...g.keys()].sort((x, y) => x - y).slice(0, SIGNATURE_SIZE) };
}
type PreparedDoc = ReturnType<typeof prepareDoc>;
/** The share of document a's comparison text found in document b's (by index; computed once per pair). */
type Share = (ai: number, bi: number) => number;

/** A primary cannot itself be a variant: a copy of a copy belongs to the root (a cycle, which the order rule should prevent, is dropped). */
function toRoots(matches: Map<number, VariantMatch & { ofIndex: number }>, prepared: PreparedDoc[], share: Share): VariantMatch[] {
  const variants: VariantMatch[] = [];
  for (const [ai, m] of [...matches].sort((x, y) => x[0] - y[0])) {
    let root = m.ofIndex;
    const seen = new Set([ai]);
    while (matches.has(root) && !seen.has(root)) {
      seen.add(root);
      root = matches.get(root)!.ofIndex;
    }
    if (root === ai || matches.has(root)) continue;
    const a = prepared[ai]!;
    const r = prepared[root]!;
    const { ofIndex: _, ...match } = m;
    variants.push(root === m.ofIndex ? match : { ...match, of: r.id, similarity: share(ai, root), identical: a.text === r.text });
  }
  return variants;
}

/** Near misses: each pair once, on the document listed later (usually the newcomer), with the larger of the two containments. */
function nearMissesOf(closest: Map<number, number>, prepared: PreparedDoc[], variants: VariantMatch[], share: Share): NearMiss[] {
  const variantOf = new Map(variants.map((v) => [v.variant, v.of]));
  const pairs = new Map<string, NearMiss & { order: number }>();
  for (const [ai, bi] of closest) {
    const a = prepared[Math.min(ai, bi)]!;
    const b = prepared[Math.max(ai, bi)]!;
    const key = `${a.id}\n${b.id}`;
    if (pairs.has(key) || variantOf.has(b.id) || variantOf.get(a.id) === b.id) continue;
    const similarity = Math.max(share(ai, bi), share(bi, ai));
    if (similarity >= NEAR_MISS_THRESHOLD) pairs.set(key, { doc: b.id, like: a.id, similarity, order: Math.max(ai, bi) });
  }
  return [...pairs.values()].sort((x, y) => x.order - y.order).map(({ order: _, ...m }) => m);
}
