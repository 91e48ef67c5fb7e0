/**
 * `npm run translations`: create or update content/translations/en/<policy>.yaml
 * so that it lists every current text segment of each policy in document order.
 * Existing English (and the hash of the Chinese it was written for) is kept;
 * new segments are added with en: null; entries of vanished segments are dropped
 * and listed. Then translators fill in the en values.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readIngestInput } from '../src/ingest/disk/inputs.ts';
import { ingestErrorsOf } from '../src/ingest/report/errors.ts';
import { runIngest } from '../src/ingest/pipeline.ts';
import { parseTranslationFile, updatedTranslationFile } from '../src/ingest/authored/translations.ts';

const seedsDir = 'seeds';
const contentDir = 'content';
try {
  const input = readIngestInput(seedsDir, contentDir);
  const texts = input.translations!;
  const result = runIngest(input);
  const dir = join(contentDir, 'translations', 'en');
  mkdirSync(dir, { recursive: true });
  for (const p of result.policies) {
    const file = join(dir, `${p.policy.id}.yaml`);
    const existing = texts.has(p.policy.id) ? parseTranslationFile(file, texts.get(p.policy.id)!) : new Map();
    const ids = new Set(p.segments.map((s) => s.id));
    const dropped = [...existing.keys()].filter((k) => !ids.has(k));
    const updated = updatedTranslationFile(p.policy.title.zh, existing, p.segments);
    // Leave a file that is already complete and current as it is (no reformatting churn).
    const unchanged = texts.has(p.policy.id) && JSON.stringify([...parseTranslationFile(file, updated)]) === JSON.stringify([...existing]);
    if (!unchanged) writeFileSync(file, updated);
    const missing = p.segments.filter((s) => !s.en).length;
    console.log(`${file}: ${p.segments.length} segments, ${missing} without English` + (dropped.length ? `; dropped ${dropped.join(', ')}` : ''));
  }
} catch (e) {
  const errors = ingestErrorsOf(e);
  if (!errors) throw e;
  for (const error of errors) console.error(`error: ${error.message}`);
  process.exitCode = 1;
}
