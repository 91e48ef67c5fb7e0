/** Shared test helpers: the project's seeds and authored inputs as the ingest reads them, and the built site's pages. */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { IngestError, IngestErrors } from '../src/ingest/report/errors.ts';
import { readBriefFiles } from '../src/ingest/disk/inputs.ts';
import type { IngestInput } from '../src/ingest/pipeline.ts';

export const ROOT = join(import.meta.dirname, '..');
export const SEEDS_DIR = join(ROOT, 'seeds');

/**
 * The policies published from the project's own seeds. Tests state facts about these by id
 * and hold them to completeness (English, a brief, tags); any other policy a maintainer adds is
 * only reported on, so adding a document never breaks `npm test`.
 */
export const SEED_POLICIES = ['cq-2015-action-plan', 'cq-2016-work-plan', 'cq-2022-district-guidance', 'cq-2023-double-growth'] as const;
/** The seed that is a Traditional-character copy of cq-2016-work-plan (a variant, not a policy). */
export const SEED_VARIANT = 'encyclopedia-copy-zh-hant.txt';
export const isSeedPolicy = (id: string) => (SEED_POLICIES as readonly string[]).includes(id);

/** Prints report lines about policies other than the seeds (what a maintainer still has to add); never fails. */
export function reportOthers(title: string, lines: string[]): void {
  if (lines.length) console.info(`${title} (not required for added documents):\n  ${lines.join('\n  ')}`);
}

/**
 * The ingest input of the project's own seeds (the five files of SEED_POLICIES and SEED_VARIANT,
 * their manifest entries only) with content/units.yaml, the target overrides and the list of briefs.
 * Documents a maintainer adds to seeds/ are left out, so facts about the seeds hold whatever else is
 * there (the CLI, content and site tests see the whole of seeds/).
 */
export function seedInput(): IngestInput {
  const files = [...SEED_POLICIES.map((id) => `${id}.txt`), SEED_VARIANT];
  const seeds = new Map<string, Uint8Array>(files.map((f) => [f, readFileSync(join(SEEDS_DIR, f))]));
  const manifest = YAML.parseDocument(readFileSync(join(SEEDS_DIR, 'manifest.yaml'), 'utf8'));
  const entries = manifest.get('sources') as YAML.YAMLSeq<YAML.YAMLMap>;
  entries.items = entries.items.filter((e) => files.includes(String(e.get('file'))));
  return {
    seeds,
    manifestText: manifest.toString(),
    unitsText: readFileSync(join(ROOT, 'content', 'units.yaml'), 'utf8'),
    targetOverridesText: readFileSync(join(ROOT, 'content', 'overrides', 'targets.yaml'), 'utf8'),
    briefFiles: readBriefFiles(join(ROOT, 'content')),
  };
}

/** Writes the project's own seeds and their manifest (as seedInput reads them) to a folder, e.g. a CLI test's seeds/. */
export function writeSeeds(dir: string): void {
  const input = seedInput();
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of input.seeds) writeFileSync(join(dir, name), bytes);
  writeFileSync(join(dir, 'manifest.yaml'), input.manifestText!);
}

/** A minimal manifest entry for a test seed. */
export function manifestEntry(file: string, id: string, script = 'zh-Hans'): string {
  return `  - file: ${file}\n    id: ${id}\n    title: 测试文件\n    issuer: null\n    docNumber: null\n    issued: null\n    period: null\n    script: ${script}\n    provenance: test fixture\n`;
}

export const DIST = join(ROOT, 'dist');

/** Every HTML page of a built site (the Pagefind bundles left out). */
export function htmlPages(dir = DIST): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f.startsWith('pagefind') ? [] : htmlPages(p);
    return p.endsWith('.html') ? [p] : [];
  });
}

/** The IngestErrors `fn` throws, one by one (fails the test when it throws nothing or another kind of error). */
export function inputErrors(fn: () => unknown): IngestError[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof IngestErrors) return e.errors;
    if (e instanceof IngestError) return [e];
    throw e;
  }
  throw new Error('expected an input error, nothing was thrown');
}
