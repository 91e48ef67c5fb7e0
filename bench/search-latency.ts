/**
 * Search latency in Chromium: for each query, the time from submitting the search
 * form to the results being shown, on the built site served from dist/ (first query
 * of a page load, cold: includes loading Pagefind and, for Han queries, OpenCC).
 *
 *   npx tsx bench/search-latency.ts   (after npm run build)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../test/e2e/browser.ts';
import { startServer } from '../test/e2e/static-server.ts';

const QUERIES: [string, string][] = [
  ['zh', '众创空间'],
  ['zh', '眾創空間'],
  ['zh', '知识产权质押融资'],
  ['zh', '孵化器'],
  ['zh', '市科技局'],
  ['en', 'maker space'],
  ['en', 'venture capital'],
  ['en', 'incubator'],
];
const RUNS = 3;

const dist = join(import.meta.dirname, '..', 'dist');
if (!existsSync(join(dist, 'pagefind'))) throw new Error('dist/ has no search index: run `npm run build` first');
const server = await startServer(dist);
const browser = await launch();
console.log('lang | query | cold ms (median of 3) | warm ms (median of 3)');
try {
  for (const [lang, q] of QUERIES) {
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      await page.goto(`${server.url}${lang === 'en' ? '/en' : ''}/search/`);
      await page.waitForFunction(() => (document.querySelector('[data-status]')?.textContent ?? '').length > 0 && !/JavaScript/.test(document.querySelector('[data-status]')!.textContent!));
      for (const bucket of [cold, warm]) {
        const before = Number((await page.getAttribute('[data-search]', 'data-search-done')) ?? 0);
        const t0 = await page.evaluate(() => performance.now());
        await page.fill('#q', q);
        await page.press('#q', 'Enter');
        await page.waitForFunction((n) => Number(document.querySelector('[data-search]')!.getAttribute('data-search-done') ?? 0) > n, before);
        bucket.push((await page.evaluate(() => performance.now())) - t0);
        await page.fill('#q', '');
      }
      await page.close();
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(0);
    console.log(`${lang} | ${q} | ${median(cold)} | ${median(warm)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
