/**
 * English translations, stored by hand in content/translations/en/<policy>.yaml
 * and keyed by stable segment ids (policy/title, 2-7/title, 2-7/p1, task-16/text,
 * 2-7/t1/indicator …). Each entry records a hash of the Chinese it translates:
 * when the Chinese changes, the translation is kept but reported stale.
 */
import { createHash } from 'node:crypto';
import YAML from 'yaml';
import { z } from 'zod';
import { parseYamlWith } from './yaml.ts';

export const TranslationEntry = z.strictObject({
  /** First 12 hex digits of the sha256 of the Chinese text translated. */
  hash: z.string().regex(/^[0-9a-f]{12}$/),
  /** The Chinese text translated (for translators and reviewers; the hash decides). */
  zh: z.string(),
  en: z.string().nullable(),
});
export type TranslationEntry = z.infer<typeof TranslationEntry>;
export type TranslationFile = Map<string, TranslationEntry>;

/** The hash recorded with a translation. */
export function hashOf(zh: string): string {
  return createHash('sha256').update(zh).digest('hex').slice(0, 12);
}

/** Parses one translation file (a YAML map of segment id → entry). */
export function parseTranslationFile(file: string, text: string): TranslationFile {
  return new Map(Object.entries(parseYamlWith(file, text, z.record(z.string(), TranslationEntry).nullable()) ?? {}));
}

export interface Translated {
  en: string | null;
  /** The English was written for other Chinese wording. */
  stale: boolean;
}

/** Looks up translations and records which segments exist, are missing or stale. */
export class Translator {
  /** Every segment looked up, in document order (first lookup wins). */
  readonly seen: { id: string; zh: string }[] = [];
  /** Ids of segments whose English was written for other Chinese, in document order. */
  readonly stale: string[] = [];
  /** Ids of segments without English, in document order. */
  readonly missing: string[] = [];
  // Sets beside the ordered lists keep every lookup O(1) however many segments a document has.
  private readonly seenIds = new Set<string>();
  private readonly staleIds = new Set<string>();
  private readonly missingIds = new Set<string>();

  constructor(private readonly file: TranslationFile) {}

  /** The English of a segment, or null; marks it stale when its hash does not match the Chinese. */
  get(id: string, zh: string): Translated {
    if (!this.seenIds.has(id)) {
      this.seenIds.add(id);
      this.seen.push({ id, zh });
    }
    const entry = this.file.get(id);
    if (!entry?.en) {
      if (!this.missingIds.has(id)) {
        this.missingIds.add(id);
        this.missing.push(id);
      }
      return { en: null, stale: false };
    }
    const stale = entry.hash !== hashOf(zh);
    if (stale && !this.staleIds.has(id)) {
      this.staleIds.add(id);
      this.stale.push(id);
    }
    return { en: entry.en, stale };
  }

  /** How many of the segments looked up have English. */
  translatedCount(): number {
    return this.seen.length - this.missing.length;
  }

  /** Entries of the file whose segment no longer exists (e.g. after renumbering). */
  orphans(): string[] {
    return [...this.file.keys()].filter((k) => !this.seenIds.has(k));
  }
}

/** The updated translation file: every current segment in document order, English and hashes kept, new segments added with en: null. */
export function updatedTranslationFile(policyTitle: string, existing: TranslationFile, segments: { id: string; zh: string }[]): string {
  const doc = new YAML.Document({});
  for (const s of segments) {
    const old = existing.get(s.id);
    const entry = old?.en ? old : { hash: hashOf(s.zh), zh: s.zh, en: null };
    doc.set(s.id, entry);
  }
  doc.commentBefore = [
    ` English translation of ${policyTitle}. Authored: edit the en values.`,
    ' Keys are stable segment ids; hash/zh record the Chinese each translation was written for.',
    ' When the Chinese changes the ingest reports the entry stale: update en, then zh and hash',
    ' (npm run translations refreshes hash and zh of entries whose en is null).',
  ].join('\n');
  return doc.toString({ lineWidth: 0 });
}
