/**
 * `npm run lighthouse`: Lighthouse (mobile settings) on one page of each main type of
 * the built site, served from dist/ on 127.0.0.1 and audited in Debian's Chromium.
 * Each page is audited RUNS times and the median score of each category is used
 * (Lighthouse's own advice: single runs vary by a few points). Prints the scores and
 * exits 1 when a page is below the budget: performance ≥ 95, accessibility 100,
 * best practices ≥ 95, SEO 100.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, chromiumPath } from '../test/e2e/chromium.ts';
import { startServer } from '../test/e2e/static-server.ts';

export const BUDGET = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 100 } as const;
type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const PAGES = ['/', '/policies/cq-2016-work-plan/', '/policies/cq-2023-double-growth/2-1-1/', '/units/cq-sti-commission/', '/targets/', '/search/?q=' + encodeURIComponent('众创空间'), '/en/policies/cq-2016-work-plan/'];

const server = await startServer(join(import.meta.dirname, '..', 'dist'));
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: [...CHROMIUM_FLAGS],
});
let failed = 0;
try {
  console.log('page | performance | accessibility | best-practices | seo');
  for (const path of PAGES) {
    const runs: Lhr[] = [];
    for (let i = 0; i < RUNS; i++) runs.push((await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(BUDGET) }))!.lhr);
    const lhr = runs[0]!;
    const scores = Object.fromEntries(Object.keys(BUDGET).map((k) => [k, median(runs.map((r) => Math.round((r.categories[k]?.score ?? 0) * 100)))])) as Record<keyof typeof BUDGET, number>;
    const below = (Object.keys(BUDGET) as (keyof typeof BUDGET)[]).filter((k) => scores[k] < BUDGET[k]);
    console.log(`${path} | ${scores.performance} | ${scores.accessibility} | ${scores['best-practices']} | ${scores.seo}${below.length ? `  BELOW BUDGET: ${below.join(', ')}` : ''}`);
    if (below.length) {
      failed++;
      for (const k of below)
        for (const ref of lhr.categories[k]!.auditRefs) {
          const audit = lhr.audits[ref.id]!;
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`    ${k}: ${ref.id} (${audit.displayValue ?? audit.score})`);
        }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
process.exitCode = failed ? 1 : 0;
