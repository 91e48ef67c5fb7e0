/**
 * Page weight budgets over the built site (figures and reasons in docs/quality.md).
 * Run `npm run build` first; the bytes fetched by a first search are checked in the browser tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

export const BUDGETS = {
  /** gzipped HTML + CSS of any page (the longest, the side-by-side view of the 2015 plan, is ~38 KB) */
  htmlCssPerPage: 60_000,
  /** JavaScript on text pages (all but search and finder): none */
  jsTextPage: 0,
  /** gzipped JavaScript the search page loads up front (OpenCC's dictionary chunk loads only for Han queries) */
  jsSearchPage: 5_000,
  /** gzipped OpenCC Traditional→Simplified chunk, loaded on demand */
  jsOpenccChunk: 70_000,
};

const DIST = join(ROOT, 'dist');
const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const pages = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f.startsWith('pagefind') ? [] : pages(p);
    return p.endsWith('.html') ? [p] : [];
  });
const assets = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => readFileSync(join(DIST, m[1]!)));

describe('page weight budgets', () => {
  const all = pages(DIST).map((file) => ({ file: file.slice(DIST.length), html: readFileSync(file) }));
  // the search page and the support finder are the two pages with scripts
  const isApp = (f: string) => /\/(search|finder)\/index\.html$/.test(f);

  it(`HTML + CSS of every page ≤ ${BUDGETS.htmlCssPerPage} bytes gzipped`, () => {
    const over = all
      .map(({ file, html }) => ({ file, bytes: gz(html) + assets(html.toString(), /<link rel="stylesheet" href="([^"]+)"/g).reduce((n, b) => n + gz(b), 0) }))
      .filter((x) => x.bytes > BUDGETS.htmlCssPerPage);
    expect(over).toEqual([]);
  });

  it('text pages load no JavaScript', () => {
    const withJs = all.filter(({ file, html }) => !isApp(file) && /<script\b[^>]*\bsrc=/.test(html.toString())).map((x) => x.file);
    expect(withJs).toEqual([]);
  });

  it(`the search page loads ≤ ${BUDGETS.jsSearchPage} bytes of JavaScript up front, OpenCC on demand ≤ ${BUDGETS.jsOpenccChunk}`, () => {
    const search = all.find((x) => x.file === '/search/index.html')!;
    const js = assets(search.html.toString(), /<script[^>]*\bsrc="([^"]+)"/g).reduce((n, b) => n + gz(b), 0);
    expect(js).toBeGreaterThan(0);
    expect(js).toBeLessThanOrEqual(BUDGETS.jsSearchPage);
    const opencc = readdirSync(join(DIST, '_astro')).filter((f) => /^t2cn\..*\.js$/.test(f));
    expect(opencc).toHaveLength(1);
    expect(gz(readFileSync(join(DIST, '_astro', opencc[0]!)))).toBeLessThanOrEqual(BUDGETS.jsOpenccChunk);
  });
});
