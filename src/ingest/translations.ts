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
  readonly seen: { id: string; zh: string }[] = [];
  readonly stale: string[] = [];
  readonly missing: string[] = [];

  constructor(private readonly file: TranslationFile) {}

  /** The English of a segment, or null; marks it stale when its hash does not match the Chinese. */
  get(id: string, zh: string): Translated {
    if (!this.seen.some((s) => s.id === id)) this.seen.push({ id, zh });
    const entry = this.file.get(id);
    if (!entry?.en) {
      if (!this.missing.includes(id)) this.missing.push(id);
      return { en: null, stale: false };
    }
    const stale = entry.hash !== hashOf(zh);
    if (stale && !this.stale.includes(id)) this.stale.push(id);
    return { en: entry.en, stale };
  }

  /** Entries of the file whose segment no longer exists (e.g. after renumbering). */
  orphans(): string[] {
    const ids = new Set(this.seen.map((s) => s.id));
    return [...this.file.keys()].filter((k) => !ids.has(k));
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
