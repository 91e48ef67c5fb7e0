/** Reads everything the ingest takes from disk: seeds/ and the authored files in content/. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from './errors.ts';
import type { IngestInput } from './pipeline.ts';
import { readAuthoredText } from './read.ts';

/** A file's text, or null when it does not exist. */
const readOptional = (path: string) => (existsSync(path) ? readAuthoredText(path) : null);

/** content/translations/en/<policy>.yaml texts by policy id. */
export function readTranslations(contentDir: string): Map<string, string> {
  const dir = join(contentDir, 'translations', 'en');
  if (!existsSync(dir)) return new Map();
  return new Map(readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => [f.replace(/\.yaml$/, ''), readAuthoredText(join(dir, f))]));
}

/** content/briefs/<policy>.yaml texts by policy id. */
export function readBriefs(contentDir: string): Map<string, string> {
  const dir = join(contentDir, 'briefs');
  if (!existsSync(dir)) return new Map();
  return new Map(readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => [f.replace(/\.yaml$/, ''), readAuthoredText(join(dir, f))]));
}

/** The ingest's input from a seeds folder and a content folder. */
export function readIngestInput(seedsDir: string, contentDir: string): IngestInput {
  const manifestPath = join(seedsDir, 'manifest.yaml');
  if (!existsSync(manifestPath)) throw new IngestError(manifestPath, null, 'missing: every seed needs an entry in the manifest');
  const seeds = new Map<string, Uint8Array>();
  for (const f of readdirSync(seedsDir).filter((x) => x.endsWith('.txt')).sort()) seeds.set(f, readFileSync(join(seedsDir, f)));
  return {
    seeds,
    manifestText: readAuthoredText(manifestPath),
    unitsText: readAuthoredText(join(contentDir, 'units.yaml')),
    targetOverridesText: readOptional(join(contentDir, 'overrides', 'targets.yaml')),
    translations: readTranslations(contentDir),
    glossaryText: readOptional(join(contentDir, 'glossary.yaml')),
    taxonomyText: readOptional(join(contentDir, 'taxonomy.yaml')),
    tagOverridesText: readOptional(join(contentDir, 'overrides', 'tags.yaml')),
    briefTexts: readBriefs(contentDir),
  };
}
