/**
 * Screenshots of every page type of dist/ at 1280 px and 320 px, light and dark,
 * in both languages, for a person to look at (not a test): `npx tsx scripts/screenshots.ts [OUT_DIR] [FILTER]`.
 * Also prints pages whose content is wider than the viewport (horizontal overflow). PAGES='name=/path/,…' adds
 * pages of documents a maintainer is trying (a new policy page, say) to the page types.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../test/e2e/browser.ts';
import { startServer } from '../test/e2e/static-server.ts';

const ROOT = join(import.meta.dirname, '..');
const out = process.argv[2] ?? join(ROOT, '.screenshots');
const filter = process.argv[3] ? new RegExp(process.argv[3]) : null;

/** One example path of each page type (the English twin is /en + path). */
const PAGE_TYPES: Record<string, string> = {
  home: '/',
  policies: '/policies/',
  policy: '/policies/cq-2023-double-growth/',
  measure: '/policies/cq-2023-double-growth/2-2-5/',
  measureEnded: '/policies/cq-2016-work-plan/2-7/',
  bilingual: '/policies/cq-2016-work-plan/bilingual/',
  units: '/units/',
  unit: '/units/cq-sti-bureau/',
  unitNoContact: '/units/cq-finance-bureau/',
  measureNoContact: '/policies/cq-2015-action-plan/2-3-l1/',
  targets: '/targets/',
  finder: '/finder/?org=enterprise&size=small&need=funds-equity&need=loans-credit-insurance&need=capital-market',
  search: '/search/?q=%E5%AD%B5%E5%8C%96',
  searchUnit: '/search/?q=%E5%B8%82%E7%A7%91%E6%8A%80%E5%B1%80',
  searchNone: '/search/?q=scenarios',
  glossary: '/glossary/',
  theme: '/themes/incubators/',
  about: '/about/',
  notFound: '/no-such-page/',
};

// a maintainer's own pages: PAGES='table=/policies/table-demo/,other=/policies/x/1/'
for (const pair of (process.env.PAGES ?? '').split(',').filter(Boolean)) {
  const [name, path] = pair.split('=');
  if (name && path?.startsWith('/')) PAGE_TYPES[name] = path;
}

const server = await startServer(join(ROOT, 'dist'));
mkdirSync(out, { recursive: true });
try {
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    if (filter && !filter.test(name)) continue;
    // A browser per page type: one crash (memory on a busy machine) costs one type only.
    const browser = await launch();
    for (const lang of ['zh', 'en'] as const)
      for (const width of [1280, 320])
        for (const scheme of ['light', 'dark'] as const) {
          const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
          await page.goto(server.url + (lang === 'en' ? `/en${path}` : path), { waitUntil: 'networkidle' });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 0) console.log(`overflow ${overflow}px: ${name} ${lang} ${width} ${scheme}`);
          // The top of the page at 320 px (what a phone shows first); up to 3,000 px of it at 1280 px.
          const height = width === 320 ? 900 : Math.min(3000, await page.evaluate(() => document.documentElement.scrollHeight));
          await page.setViewportSize({ width, height });
          await page.screenshot({ path: join(out, `${name}-${lang}-${width}-${scheme}.png`) });
          await page.close();
        }
    await browser.close();
  }
} finally {
  await server.close();
}
console.log(`screenshots in ${out}`);
