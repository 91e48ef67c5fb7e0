/**
 * Page weight budgets over the built site (figures and reasons in docs/quality.md).
 * Run `npm run build` first; the bytes fetched by a first search are checked in the browser tests.
 * Pages that grow with the corpus are reported, not failed (see growsWithCorpus).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlPages, isSeedPolicy, ROOT } from '../helpers.ts';

export const BUDGETS = {
  /** gzipped HTML + CSS of any page (the longest, the side-by-side view of the 2015 plan, is ~38 KB) */
  htmlCssPerPage: 60_000,
  /** JavaScript on text pages (all but search and finder): none */
  jsTextPage: 0,
  /** gzipped JavaScript the search page loads up front (OpenCC's dictionary chunk loads only for Han queries) */
  jsSearchPage: 5_000,
  /** gzipped OpenCC Traditional→Simplified chunk, loaded on demand */
  jsOpenccChunk: 70_000,
  /** gzipped JavaScript of the targets chart page with its static imports (chart logic, d3-selection, d3-brush, the URL-state chunk shared with search and finder; the download code loads on first use) */
  jsChartPage: 31_500,
};

const DIST = join(ROOT, 'dist');
const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const pages = htmlPages;
const assets = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => readFileSync(join(DIST, m[1]!)));

/** A script with the chunks it imports statically (loaded with it, up front); dynamic import() chunks load on demand and are left out. */
function withStaticImports(path: string, seen = new Set<string>()): Buffer[] {
  if (seen.has(path)) return [];
  seen.add(path);
  const code = readFileSync(join(DIST, path));
  const imports = [...code.toString().matchAll(/\bimport\s*(?:[\w{},*\s$]+from\s*)?["'](\.\/[^"']+\.js)["']/g)].map((m) => join(dirname(path), m[1]!));
  return [code, ...imports.flatMap((p) => withStaticImports(p, seen))];
}

/**
 * Pages whose weight grows with the corpus rather than with the code: the pages of documents a
 * maintainer added, and the pages that list records of every policy (policy list, targets, units,
 * themes, support finder). Their weight is reported; every other page (the seed policies' pages,
 * home, about, glossary, search, 404) is held to the budget.
 */
function growsWithCorpus(file: string): boolean {
  const policy = file.match(/^\/(?:en\/)?policies\/([^/]+)\//)?.[1];
  if (policy) return !isSeedPolicy(policy);
  return /^\/(?:en\/)?(policies|targets|units|themes|finder)\//.test(file);
}

describe('page weight budgets', () => {
  const all = pages(DIST).map((file) => ({ file: file.slice(DIST.length), html: readFileSync(file) }));
  // the search page, the support finder and the targets chart are the pages with scripts
  const isApp = (f: string) => /\/(search|finder|targets)\/index\.html$/.test(f);

  it(`HTML + CSS of every page of the seeds and of the site's own pages ≤ ${BUDGETS.htmlCssPerPage} bytes gzipped`, () => {
    const weights = all.map(({ file, html }) => ({ file, bytes: gz(html) + assets(html.toString(), /<link rel="stylesheet" href="([^"]+)"/g).reduce((n, b) => n + gz(b), 0) }));
    expect(weights.some((w) => w.file === '/en/policies/cq-2015-action-plan/bilingual/index.html' && !growsWithCorpus(w.file))).toBe(true);
    const over = weights.filter((x) => x.bytes > BUDGETS.htmlCssPerPage);
    expect(over.filter((x) => !growsWithCorpus(x.file))).toEqual([]);
    const reported = over.filter((x) => growsWithCorpus(x.file)).map((x) => `${x.file}: ${x.bytes} bytes`);
    if (reported.length) console.warn(`Pages over the ${BUDGETS.htmlCssPerPage}-byte budget that grow with the corpus (split or paginate them):\n  ${reported.join('\n  ')}`);
  });

  it('text pages load no JavaScript', () => {
    const withJs = all.filter(({ file, html }) => !isApp(file) && /<script\b[^>]*\bsrc=/.test(html.toString())).map((x) => x.file);
    expect(withJs).toEqual([]);
  });

  it(`the search page loads ≤ ${BUDGETS.jsSearchPage} bytes of JavaScript up front, OpenCC on demand ≤ ${BUDGETS.jsOpenccChunk}`, () => {
    const search = all.find((x) => x.file === '/search/index.html')!;
    const js = [...search.html.toString().matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].flatMap((m) => withStaticImports(m[1]!)).reduce((n, b) => n + gz(b), 0);
    expect(js).toBeGreaterThan(0);
    expect(js).toBeLessThanOrEqual(BUDGETS.jsSearchPage);
    const opencc = readdirSync(join(DIST, '_astro')).filter((f) => /^t2cn\..*\.js$/.test(f));
    expect(opencc).toHaveLength(1);
    expect(gz(readFileSync(join(DIST, '_astro', opencc[0]!)))).toBeLessThanOrEqual(BUDGETS.jsOpenccChunk);
  });
});

describe('chart code loads only where the chart is', () => {
  it(`the targets page loads ≤ ${BUDGETS.jsChartPage} bytes of JavaScript gzipped, other pages none of it`, () => {
    const page = readFileSync(join(DIST, 'targets', 'index.html'), 'utf8');
    const scripts = [...page.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    const bytes = withStaticImports(scripts[0]!).reduce((n, b) => n + gz(b), 0);
    console.log(`targets chart bundle: ${bytes} bytes gzipped`);
    expect(bytes).toBeLessThanOrEqual(BUDGETS.jsChartPage);
    const users = pages(DIST).filter((f) => readFileSync(f, 'utf8').includes(scripts[0]!)).map((f) => f.slice(DIST.length));
    expect(users.sort()).toEqual(['/en/targets/index.html', '/targets/index.html']);
  });
});
