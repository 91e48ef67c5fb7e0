/** Shared test helpers: the real seeds and authored inputs as the ingest reads them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError, IngestErrors } from '../src/ingest/errors.ts';
import type { IngestInput } from '../src/ingest/pipeline.ts';

export const ROOT = join(import.meta.dirname, '..');
export const SEEDS_DIR = join(ROOT, 'seeds');

/** The ingest input built from the repository's seeds/, content/units.yaml and overrides. */
export function realInput(): IngestInput {
  const seeds = new Map<string, Uint8Array>();
  for (const f of readdirSync(SEEDS_DIR).filter((x) => x.endsWith('.txt')).sort()) seeds.set(f, readFileSync(join(SEEDS_DIR, f)));
  return {
    seeds,
    manifestText: readFileSync(join(SEEDS_DIR, 'manifest.yaml'), 'utf8'),
    unitsText: readFileSync(join(ROOT, 'content', 'units.yaml'), 'utf8'),
    targetOverridesText: readFileSync(join(ROOT, 'content', 'overrides', 'targets.yaml'), 'utf8'),
  };
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
