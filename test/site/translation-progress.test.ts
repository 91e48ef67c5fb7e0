/** Translation progress per document on the About page (both languages) and in policies.json (run `npm run build` first). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n/dictionaries/index.ts';
import { DIST } from '../helpers.ts';

type Progress = { segments: number; translated: number; stale: number; reviewed: number; needsReview: number; pending: number };
const policies = JSON.parse(readFileSync(join(DIST, 'data', 'policies.json'), 'utf8')) as { id: string; translation: Progress }[];
const STATES = ['translated', 'reviewed', 'needsReview', 'mayBeOutdated', 'pending'] as const;

/** The progress table's cells per policy row: state → number. */
function table(html: string): Map<string, Record<string, number>> {
  const t = /<table[^>]*data-translation-progress[^>]*>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  return new Map(
    [...t.matchAll(/<tr data-policy="([^"]+)">([\s\S]*?)<\/tr>/g)].map((m) => [m[1]!, Object.fromEntries([...m[2]!.matchAll(/<td data-state="([^"]+)">(\d+)<\/td>/g)].map((c) => [c[1]!, Number(c[2])]))]),
  );
}

describe('translation progress', () => {
  it('policies.json: every policy’s segments are translated, needs review or pending', () => {
    expect(policies.length).toBeGreaterThan(0);
    for (const p of policies) {
      const tr = p.translation;
      expect(tr.translated + tr.needsReview + tr.pending, p.id).toBe(tr.segments);
      expect(tr.stale + tr.reviewed, p.id).toBeLessThanOrEqual(tr.translated);
    }
  });
  for (const [lang, file] of [['zh', 'about/index.html'], ['en', 'en/about/index.html']] as const) {
    it(`the ${lang} About page shows each policy’s progress in disjoint columns that add up to its segments`, () => {
      const html = readFileSync(join(DIST, file), 'utf8');
      for (const s of STATES) expect(html).toMatch(new RegExp(`<th scope="col"[^>]*>${DICTIONARIES[lang][`about.${s}`]}</th>`));
      const rows = table(html);
      expect([...rows.keys()].sort()).toEqual(policies.map((p) => p.id).sort());
      for (const p of policies) {
        const row = rows.get(p.id)!;
        const tr = p.translation;
        expect(row, p.id).toEqual({ translated: tr.translated - tr.stale - tr.reviewed, reviewed: tr.reviewed, needsReview: tr.needsReview, mayBeOutdated: tr.stale, pending: tr.pending });
        expect(STATES.reduce((n, s) => n + row[s]!, 0)).toBe(tr.segments);
      }
    });
  }
});
