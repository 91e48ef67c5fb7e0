/**
 * Astro integration: once the site is built (astro:build:done), Pagefind's Node API indexes its
 * pages and writes the search bundle to <site>/pagefind/, and the index data the search page merges
 * for the other language to <site>/pagefind-other/. A Pagefind error fails `astro build`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { fsIngestError, IngestError, isErrnoError } from '../ingest/report/errors.ts';

/** The bundle the search page loads (/pagefind/pagefind.js). */
export const BUNDLE = 'pagefind';
/**
 * What the search page merges to include the other language (mergeIndex('/pagefind-other/')):
 * Pagefind skips merging an index at its own bundle's path, so the same index is served at a
 * second path. A merged index reads only the index data below (it runs on the bundle's script,
 * worker and WebAssembly), so only that is written there.
 */
export const OTHER = 'pagefind-other';
const MERGED_INDEX_READS = /^(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|(index|filter|fragment)\/[^/]+)$/;

/**
 * Pagefind's options: those of `pagefind --site`, which built the index before this integration
 * (all HTML files, each page's language from <html lang>, only data-pagefind-body parts indexed).
 */
const OPTIONS: pagefind.PagefindServiceConfig = {};

export interface Indexed {
  /** HTML files read (pages without data-pagefind-body are read but not indexed). */
  htmlFiles: number;
  /** Files written to BUNDLE and to OTHER. */
  files: { bundle: number; other: number };
}

/** How the index files are written (tests inject a full disk). */
export type WriteFile = (path: string, data: Uint8Array) => void;

/** The part of Pagefind's Node API used here (tests inject one whose backend never answers). */
export type PagefindApi = Pick<typeof pagefind, 'createIndex' | 'close'>;

/**
 * Waits for `work`, failing with an IngestError on `file` when the event loop empties first: Pagefind's
 * backend process killed mid-request leaves its promise unsettled for ever, and without this `astro build`
 * exited 0 with no search index written (checked by hand, 2026-12-06).
 */
export async function unlessAbandoned<T>(work: Promise<T>, file: string): Promise<T> {
  let onDrain = () => {};
  const abandoned = new Promise<never>((_, reject) => {
    onDrain = () => reject(new IngestError(file, null, "Pagefind's indexing process (pagefind_extended) ended without answering (killed or crashed): the search index was not written"));
    process.once('beforeExit', onDrain);
  });
  try {
    return await Promise.race([work, abandoned]);
  } finally {
    process.off('beforeExit', onDrain);
  }
}

/**
 * Indexes the HTML pages under `site` and writes BUNDLE and OTHER there; throws on any Pagefind error.
 * A file-system error writing the index (disk full …) is an IngestError naming the file.
 */
export async function indexSite(site: string, writeFile: WriteFile = writeFileSync, api: PagefindApi = pagefind): Promise<Indexed> {
  try {
    return await unlessAbandoned(writeIndex(site, writeFile, api), join(site, BUNDLE));
  } catch (e) {
    // writeIndex's own close() never runs when it was abandoned
    await api.close();
    throw e;
  }
}

/** indexSite without the guard against a backend that never answers. */
async function writeIndex(site: string, writeFile: WriteFile, api: PagefindApi): Promise<Indexed> {
  const failed = (step: string, errors: string[]) => new Error(`Pagefind: ${step} failed: ${errors.join('; ')}`);
  try {
    const { index, errors } = await api.createIndex(OPTIONS);
    if (!index || errors.length) throw failed('createIndex', errors);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw failed(`indexing ${site}`, added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind: no HTML file in ${site}`);
    // One build of the index (writeFiles and getFiles would each build it), written to both paths.
    const all = await index.getFiles();
    if (all.errors.length) throw failed('getFiles', all.errors);
    const other = all.files.filter((f) => MERGED_INDEX_READS.test(f.path));
    const write = (folder: string) => (f: pagefind.IndexFile) => {
      const file = join(site, folder, f.path);
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFile(file, f.content);
      } catch (e) {
        throw isErrnoError(e) ? fsIngestError(e, file) : e;
      }
    };
    all.files.forEach(write(BUNDLE));
    other.forEach(write(OTHER));
    return { htmlFiles: added.page_count, files: { bundle: all.files.length, other: other.length } };
  } finally {
    // stops Pagefind's backend process, which would otherwise keep `astro build` running
    await api.close();
  }
}

/**
 * Indexes the built site as the integration does: a file-system problem or a backend that never answers
 * is one `error: FILE: problem` line and exit 1 (astro prints a stack trace for an error thrown from a
 * hook); the build then keeps the previous dist/. Other errors are thrown.
 */
export async function indexOrExit(site: string, log: (line: string) => void, api: PagefindApi = pagefind): Promise<void> {
  const start = performance.now();
  let indexed: Indexed;
  try {
    indexed = await indexSite(site, writeFileSync, api);
  } catch (e) {
    if (!(e instanceof IngestError)) throw e;
    console.error(`error: ${e.message}`);
    process.exit(1);
  }
  const { htmlFiles, files } = indexed;
  log(`indexed ${htmlFiles} HTML files in ${((performance.now() - start) / 1000).toFixed(1)} s: ${files.bundle} files in /${BUNDLE}/, ${files.other} in /${OTHER}/`);
}

/** The integration for astro.config.mjs. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': ({ dir, logger }) => indexOrExit(fileURLToPath(dir), (line) => logger.info(line)),
    },
  };
}
