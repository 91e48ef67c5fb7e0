/**
 * Translation memory: the corpus's own current translations, looked up by their Chinese. An exact
 * match is reused; a near match (similarity ≥ NEAR_MATCH_THRESHOLD on normalised text) is only
 * proposed, with the differences of the Chinese marked, for a person to confirm. No machine translation.
 */
import { diffChars } from 'diff';
import { Converter } from 'opencc-js';
import { hashOf, type TranslationFile } from '../ingest/authored/translations.ts';

/**
 * The lowest similarity at which an earlier translation is proposed. Measured on the corpus's own
 * segment pairs (docs/translators.md, “Near matches”; `npx tsx scripts/translations.ts measure`).
 */
export const NEAR_MATCH_THRESHOLD = 0.7;

export interface MemoryEntry {
  policy: string;
  id: string;
  zh: string;
  en: string;
}

export interface NearMatch {
  entry: MemoryEntry;
  similarity: number;
  /** The Chinese of the new segment with what differs from the earlier one marked: [-removed-]{+added+}. */
  diff: string;
}

const toSimplified = Converter({ from: 'twp', to: 'cn' });

/**
 * The text compared for near matches: Simplified script (a Traditional copy matches its Simplified
 * original), compatibility forms folded (NFKC: full-width digits and letters), no whitespace or punctuation.
 */
export function matchText(zh: string): string {
  return toSimplified(zh.normalize('NFKC')).replace(/[\s\p{P}\p{S}]/gu, '');
}

function bigrams(s: string): Map<string, number> {
  const chars = [...s];
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const b = chars[i]! + chars[i + 1]!;
    out.set(b, (out.get(b) ?? 0) + 1);
  }
  return out;
}

/** Similarity of two Chinese texts: the Dice coefficient of the character bigrams of their match texts (1: same text). */
export function similarity(a: string, b: string): number {
  return dice(bigrams(matchText(a)), bigrams(matchText(b)));
}

function dice(x: Map<string, number>, y: Map<string, number>): number {
  let size = 0;
  let shared = 0;
  for (const n of x.values()) size += n;
  for (const n of y.values()) size += n;
  if (size === 0) return 1;
  for (const [b, n] of x) shared += Math.min(n, y.get(b) ?? 0);
  return (2 * shared) / size;
}

/** The new Chinese with its differences from the old marked: [-removed-]{+added+}. */
export function markDifferences(oldZh: string, newZh: string): string {
  return diffChars(oldZh, newZh)
    .map((p) => (p.added ? `{+${p.value}+}` : p.removed ? `[-${p.value}-]` : p.value))
    .join('');
}

export type EntryState = 'translated' | 'reviewed' | 'needs-review';

/** Whether an entry can serve as memory: it has English, written for the Chinese it records, and confirmed by a person. */
function usable(e: { hash: string; zh: string; en: string | null; state?: EntryState }): e is { hash: string; zh: string; en: string; state?: EntryState } {
  return Boolean(e.en) && e.state !== 'needs-review' && e.hash === hashOf(e.zh);
}

export class TranslationMemory {
  private readonly byZh = new Map<string, MemoryEntry>();
  private readonly entries: { entry: MemoryEntry; grams: Map<string, number>; length: number }[] = [];

  /** The memory of translation files by policy id (in the order given: the first of identical sources wins). */
  constructor(files: Map<string, TranslationFile>) {
    for (const [policy, file] of files)
      for (const [id, e] of file) {
        if (!usable(e)) continue;
        const entry = { policy, id, zh: e.zh, en: e.en };
        if (!this.byZh.has(e.zh)) {
          this.byZh.set(e.zh, entry);
          const text = matchText(e.zh);
          this.entries.push({ entry, grams: bigrams(text), length: [...text].length });
        }
      }
  }

  get size(): number {
    return this.entries.length;
  }

  /** A translation of exactly this Chinese, if the corpus has one. */
  exact(zh: string): MemoryEntry | null {
    return this.byZh.get(zh) ?? null;
  }

  /** The most similar earlier translation at or above the threshold (ties: the first in memory), or null. */
  near(zh: string, threshold = NEAR_MATCH_THRESHOLD): NearMatch | null {
    const text = matchText(zh);
    const grams = bigrams(text);
    const length = [...text].length;
    let best: { entry: MemoryEntry; similarity: number } | null = null;
    for (const m of this.entries) {
      // Dice cannot reach the threshold when one text is much longer than the other: skip without counting
      if (Math.min(m.length, length) * 2 < threshold * (m.length + length) - 2) continue;
      const s = dice(grams, m.grams);
      if (s >= threshold && (!best || s > best.similarity)) best = { entry: m.entry, similarity: s };
    }
    return best && { ...best, similarity: Math.round(best.similarity * 1000) / 1000, diff: markDifferences(best.entry.zh, zh) };
  }
}
