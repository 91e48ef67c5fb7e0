/** Browser tests of the built site (run `npm run build` first): search, language switch, filters, untrusted input, accessibility. */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zh } from '../../src/i18n/dictionaries/zh.ts';
import { launch } from './browser.ts';
import { EN_QUERIES, recallAt5, ZH_QUERIES } from './search-queries.ts';
import { startServer } from './static-server.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

beforeAll(async () => {
  server = await startServer(DIST);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width = 1280, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    // the 404 page itself is the only expected error status
    if (r.status() >= 400 && !(r.request().isNavigationRequest() && /no-such-page/.test(r.url()))) errors.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(server.url + path);
  return { page, errors };
}

/** Result links once the search has answered. */
async function resultLinks(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-status]')?.textContent ?? '';
    return !/JavaScript/.test(s) && s.length > 0;
  });
  return page.$$eval('[data-testid="search-results"] a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** A seed policy's title in a language, as the search page's policy filter names it. */
function policyFilter(id: string, lang: 'zh' | 'en'): string {
  const policies = JSON.parse(readFileSync(join(DIST, 'data', 'policies.json'), 'utf8')) as { id: string; title: { zh: string; en: string | null } }[];
  const p = policies.find((x) => x.id === id)!;
  return 'policy=' + encodeURIComponent((lang === 'en' ? p.title.en : null) ?? p.title.zh);
}

describe('search', () => {
  // Each query is narrowed to one seed policy: the page lists the first results, and added documents may rank first.
  // These plans have ended: search covers them by default.
  it('众创空间 finds the maker-space measures', async () => {
    for (const [id, url] of [
      ['cq-2016-work-plan', '/policies/cq-2016-work-plan/2-7/'],
      ['cq-2015-action-plan', '/policies/cq-2015-action-plan/2-3-l2/'],
    ]) {
      const { page, errors } = await open('/search/?q=' + encodeURIComponent('众创空间') + '&' + policyFilter(id!, 'zh'));
      const links = await resultLinks(page);
      expect(links).toContain(url);
      expect(links.filter((l) => !l.startsWith(`/policies/${id}/`))).toEqual([]); // the filter applied
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('"maker space" finds them in English', async () => {
    const { page } = await open('/en/search/?q=maker+space&' + policyFilter('cq-2016-work-plan', 'en'));
    const links = await resultLinks(page);
    expect(links).toContain('/en/policies/cq-2016-work-plan/2-7/');
    await page.close();
  });

  it('a query typed in Traditional characters finds what the Simplified one finds', async () => {
    const { page: simplified } = await open('/search/?q=' + encodeURIComponent('众创空间'));
    const { page: traditional } = await open('/search/?q=' + encodeURIComponent('眾創空間'));
    expect(await resultLinks(traditional)).toEqual(await resultLinks(simplified));
    await simplified.close();
    await traditional.close();
  });

  it('the header search box is keyboard-operable and keeps the query in the URL', async () => {
    const { page } = await open('/');
    await page.focus('#site-search');
    await page.keyboard.type('孵化器');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=孵化器');
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('filters by a unit without a query, shows counts and writes the filter to the URL', async () => {
    const measures = JSON.parse(readFileSync(join(DIST, 'data', 'measures.json'), 'utf8')) as { url: { zh: string }; lead: string[]; support: string[] }[];
    // 市科委 is the pre-2018 name: its measures belong to ended plans.
    const { page } = await open('/search/');
    await page.waitForSelector('input[name="unit"][value="市科委"]');
    const label = await page.textContent('label:has(input[name="unit"][value="市科委"])');
    expect(label).toMatch(/市科委 \(\d+\)/);
    await page.check('input[name="unit"][value="市科委"]');
    await page.waitForURL(/unit=/);
    await page.waitForSelector('[data-testid="search-results"] li');
    expect(new URL(page.url()).searchParams.getAll('unit')).toEqual(['市科委']);
    const links = await resultLinks(page);
    const expected = measures.filter((m) => m.lead.includes('cq-sti-commission') || m.support.includes('cq-sti-commission')).map((m) => m.url.zh);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links.filter((x) => x.startsWith('/policies/'))) expect(expected).toContain(l);
    await page.close();
  });

  it('can include results from the other language', async () => {
    const { page, errors } = await open('/search/?q=incubator&other=1');
    const links = await resultLinks(page);
    expect(links.some((l) => l.startsWith('/en/'))).toBe(true);
    // the merged index (/pagefind-other/, src/integrations/pagefind.ts) holds every file it fetches
    expect(errors).toEqual([]);
    await page.close();
  });

  it('can include results from the other language on an English page', async () => {
    const { page, errors } = await open('/en/search/?q=' + encodeURIComponent('众创空间') + '&other=1');
    const links = await resultLinks(page);
    expect(links.some((l) => !l.startsWith('/en/'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [name, query] of [
    ['markup', '?q=' + encodeURIComponent('<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">')],
    ['a 1,000-character query', '?q=' + '众'.repeat(1000)],
    ['emoji', '?q=' + encodeURIComponent('🚀💡众创')],
    ['unknown filter values', '?unit=' + encodeURIComponent('不存在的单位') + '&kind=%00%ff&year=abc'],
    ['a malformed escape', '?q=%E4%B8'],
  ]) {
    it(`untrusted input (${name}) gives results or a friendly message, never an error or injected markup`, async () => {
      const { page, errors } = await open('/search/' + query);
      await resultLinks(page).catch(() => []);
      const status = await page.textContent('[data-status]');
      expect(status).not.toMatch(/不可用|not available/);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.$$('[data-testid="search-results"] script, [data-testid="search-results"] img')).toHaveLength(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

/** The status labels of pages that are not current (src/lib/status.ts: current is false for these kinds). */
const ENDED_ZH = (['ended', 'superseded', 'repealed', 'not-yet', 'unknown'] as const).map((k) => zh[`statusLabel.${k}`]);

/** The result count of the status line ("共 61 条结果"), once the search has answered. */
async function resultCount(page: Page): Promise<number> {
  await resultLinks(page);
  const s = (await page.textContent('[data-status]')) ?? '';
  return Number(/\d+/.exec(s)?.[0] ?? 0);
}
/** Waits until the search has answered more than `n` times. */
const searched = (page: Page, n: number) => page.waitForFunction((k) => Number(document.querySelector('[data-search]')!.getAttribute('data-search-done') ?? 0) > k, n);
const doneCount = async (page: Page) => Number((await page.getAttribute('[data-search]', 'data-search-done')) ?? 0);

for (const width of [1280, 320]) {
  describe(`search filters and results at ${width} px`, () => {
    it('two kinds ticked give the union of each alone', async () => {
      const { page: a } = await open('/search/?kind=' + encodeURIComponent('措施'), width);
      const measures = await resultCount(a);
      const { page: b } = await open('/search/?kind=' + encodeURIComponent('单位'), width);
      const units = await resultCount(b);
      expect(measures).toBeGreaterThan(0);
      expect(units).toBeGreaterThan(0);
      if (width < 768) await b.click('[data-filter-panel] summary');
      const before = await doneCount(b);
      await b.check('input[name="kind"][value="措施"]');
      await searched(b, before);
      expect(new URL(b.url()).searchParams.getAll('kind').sort()).toEqual(['单位', '措施'].sort());
      expect(await resultCount(b)).toBe(measures + units);
      await a.context().close();
      await b.context().close();
    });

    it('counts follow the query, values with no result are disabled, and "clear all" resets the filters', async () => {
      const { page } = await open('/search/?kind=' + encodeURIComponent('措施') + '&unit=' + encodeURIComponent('市科委'), width);
      await resultLinks(page);
      const countOf = async (v: string) => Number(/\((\d+)\)/.exec((await page.textContent(`label:has(input[name="kind"][value="${v}"])`)) ?? '')?.[1]);
      const withoutQuery = await countOf('措施');
      const before = await doneCount(page);
      await page.fill('#q', '众创空间');
      await page.press('#q', 'Enter');
      await searched(page, before);
      const withQuery = await countOf('措施');
      expect(withQuery).toBeGreaterThan(0);
      expect(withQuery).toBeLessThan(withoutQuery);
      const zero = await page.$$eval('[data-filters] input', (xs) => xs.filter((x) => /\(0\)/.test(x.parentElement!.textContent!)).map((x) => (x as HTMLInputElement).disabled || (x as HTMLInputElement).checked));
      expect(zero.length).toBeGreaterThan(0);
      expect(zero.every(Boolean)).toBe(true);
      const n = await doneCount(page);
      await page.click('[data-clear]');
      await searched(page, n);
      const params = new URL(page.url()).searchParams;
      expect(params.getAll('kind')).toEqual([]);
      expect(params.getAll('unit')).toEqual([]);
      expect(params.get('q')).toBe('众创空间');
      expect(await page.$$('[data-filters] input:checked')).toHaveLength(0);
      expect(await page.isHidden('[data-clear]')).toBe(true);
      await page.context().close();
    });

    it('the first result is on the first screen', async () => {
      const { page } = await open('/search/?q=' + encodeURIComponent('众创空间'), width);
      await resultLinks(page);
      const top = await page.$eval('[data-testid="search-results"] li', (li) => li.getBoundingClientRect().top + scrollY);
      expect(top).toBeLessThan(900);
      await page.context().close();
    });

    it('every result of a query with more than 60 is reachable, and each names its kind, policy and status badge, in force and ended alike', async () => {
      const { page } = await open('/search/?kind=' + encodeURIComponent('措施'), width);
      const total = await resultCount(page);
      expect(total).toBeGreaterThan(60);
      while (await page.isVisible('[data-more]')) {
        const k = (await page.$$('[data-testid="search-results"] li')).length;
        await page.click('[data-more]');
        await page.waitForFunction((n) => document.querySelectorAll('[data-testid="search-results"] li').length > n, k);
      }
      const links = await page.$$eval('[data-testid="search-results"] li > a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links).toHaveLength(total);
      expect(new Set(links).size).toBe(total);
      const policies = (JSON.parse(readFileSync(join(DIST, 'data', 'policies.json'), 'utf8')) as { title: { zh: string } }[]).map((p) => p.title.zh);
      const about = await page.$$eval('[data-testid="search-results"] li > a + p', (ps) => ps.map((p) => p.textContent ?? ''));
      expect(about).toHaveLength(total);
      for (const line of about) {
        expect(line.startsWith('措施 · ')).toBe(true);
        expect(policies.some((t) => line.includes(t))).toBe(true);
      }
      // Every measure has a badge; ended ones are among them (search covers every plan by default).
      const badges = await page.$$eval('[data-testid="search-results"] li > a + p [data-testid="status-badge"]', (bs) => bs.map((b) => b.textContent ?? ''));
      expect(badges).toHaveLength(total);
      expect(badges.some((b) => ENDED_ZH.some((label) => b.includes(label)))).toBe(true);
      expect(badges.some((b) => b.includes(zh['statusLabel.in-force']))).toBe(true);
      await page.context().close();
    });

    it('Back restores the previous search and its filters', async () => {
      const { page } = await open('/search/?q=' + encodeURIComponent('众创空间'), width);
      await resultLinks(page);
      let n = await doneCount(page);
      await page.fill('#q', '孵化器');
      await page.press('#q', 'Enter');
      await searched(page, n);
      if (width < 768) await page.click('[data-filter-panel] summary');
      n = await doneCount(page);
      await page.check('input[name="kind"][value="措施"]');
      await searched(page, n);
      n = await doneCount(page);
      await page.goBack();
      await searched(page, n);
      expect(new URL(page.url()).searchParams.get('q')).toBe('孵化器');
      expect(await page.isChecked('input[name="kind"][value="措施"]')).toBe(false);
      n = await doneCount(page);
      await page.goBack();
      await searched(page, n);
      expect(await page.inputValue('#q')).toBe('众创空间');
      expect(new URL(page.url()).pathname).toBe('/search/');
      await page.context().close();
    });
  });
}

/** Every result link once "show more" has been pressed until all are shown. */
async function allResultLinks(page: Page): Promise<string[]> {
  await resultLinks(page);
  while (await page.isVisible('[data-more]')) {
    const k = (await page.$$('[data-testid="search-results"] li')).length;
    await page.click('[data-more]');
    await page.waitForFunction((x) => document.querySelectorAll('[data-testid="search-results"] li').length > x, k);
  }
  return resultLinks(page);
}

describe('search covers every plan and says what is current', () => {
  type Rec = { id: string; url: { zh: string }; lead: string[]; status: { kind: string; current: boolean; date: string | null } };
  const measures = JSON.parse(readFileSync(join(DIST, 'data', 'measures.json'), 'utf8')) as Rec[];
  const policies = JSON.parse(readFileSync(join(DIST, 'data', 'policies.json'), 'utf8')) as (Omit<Rec, 'lead'> & { title: { zh: string } })[];
  const byUrl = new Map([...measures, ...policies].map((r) => [r.url.zh, r] as const));

  it('by default lists in-force and ended pages alike, each with a badge of its status and date from the open data', async () => {
    const { page } = await open('/search/?q=' + encodeURIComponent('融资'));
    const links = await allResultLinks(page);
    const records = links.map((l) => byUrl.get(l)).filter((r) => r !== undefined);
    expect(records.some((r) => r.status.current)).toBe(true);
    expect(records.some((r) => !r.status.current)).toBe(true);
    const badges = await page.$$eval('[data-testid="search-results"] li', (lis) =>
      lis.map((li) => [new URL(li.querySelector('a')!.href).pathname, li.querySelector('[data-testid="status-badge"]')?.getAttribute('data-status') ?? null, li.querySelector('[data-testid="status-badge"]')?.textContent ?? ''] as const),
    );
    for (const [url, kind, text] of badges) {
      const r = byUrl.get(url);
      if (!r) continue; // unit, theme and other pages have no status
      expect([url, kind]).toEqual([url, r.status.kind]);
      if (r.status.date) expect(text, url).toContain(r.status.date.slice(0, 4));
    }
    await page.context().close();
  });

  it('“current only” narrows to pages in force in one click, is kept in the URL and read back from it', async () => {
    const { page } = await open('/search/?q=' + encodeURIComponent('众创空间'));
    const total = await resultCount(page);
    expect(await page.isChecked('input[name="current"]')).toBe(false);
    const n = await doneCount(page);
    await page.check('input[name="current"]');
    await searched(page, n);
    expect(new URL(page.url()).searchParams.get('current')).toBe('1');
    const current = await resultCount(page);
    expect(current).toBeGreaterThan(0);
    expect(current).toBeLessThan(total);
    for (const l of await allResultLinks(page)) expect(byUrl.get(l)?.status.current ?? true, l).toBe(true);
    const { page: again } = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    expect(await resultCount(again)).toBe(current);
    expect(await again.isChecked('input[name="current"]')).toBe(true);
    await page.context().close();
    await again.context().close();
  });

  it('the status facet names each status with its count and narrows to one (kept in the URL)', async () => {
    const { page } = await open('/en/search/?q=financing');
    await resultLinks(page);
    const values = await page.$$eval('[data-filters] input[name="status"]', (xs) => xs.map((x) => [(x as HTMLInputElement).value, x.parentElement!.textContent!, (x as HTMLInputElement).disabled] as const));
    expect(values.map(([v]) => v).sort()).toEqual(['Ended', 'In force']);
    for (const [, label, disabled] of values) {
      expect(label).toMatch(/\(\d+\)$/);
      expect(disabled).toBe(false);
    }
    const ended = Number(/\((\d+)\)$/.exec(values.find(([v]) => v === 'Ended')![1])![1]);
    if (!(await page.isVisible('input[name="status"][value="Ended"]'))) await page.click('[data-filter-panel] summary');
    const n = await doneCount(page);
    await page.check('input[name="status"][value="Ended"]');
    await searched(page, n);
    expect(new URL(page.url()).searchParams.getAll('status')).toEqual(['Ended']);
    const links = await allResultLinks(page);
    expect(links).toHaveLength(ended);
    for (const l of links) expect(byUrl.get(l.replace(/^\/en/, ''))?.status.kind, l).toBe('ended');
    await page.context().close();
  });

  for (const [from, query, other] of [
    ['/en', '融资', ''],
    ['', 'scenarios', '/en'],
  ] as const) {
    it(`a query with no result in this language (${from || 'zh'}: ${query}) offers the other language's results, with their count`, async () => {
      const { page: there } = await open(`${other}/search/?q=${encodeURIComponent(query)}`);
      const elsewhere = await resultCount(there);
      expect(elsewhere).toBeGreaterThan(0);
      const { page, errors } = await open(`${from}/search/?q=${encodeURIComponent(query)}`);
      expect(await resultLinks(page)).toEqual([]);
      const offer = page.locator('[data-testid="other-offer"]');
      await offer.waitFor();
      expect(await offer.textContent()).toContain(String(elsewhere));
      const n = await doneCount(page);
      await offer.locator('a').click();
      await searched(page, n);
      expect(new URL(page.url()).searchParams.get('other')).toBe('1');
      const links = await resultLinks(page);
      expect(links.length).toBeGreaterThan(0);
      expect(links.every((l) => (other === '/en' ? l.startsWith('/en/') : !l.startsWith('/en/')))).toBe(true);
      expect(await page.isHidden('[data-testid="other-offer"]')).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
      await there.context().close();
    });
  }

  for (const [prefix, query] of [
    ['', '市科技局'],
    ['/en', 'Science and Technology Bureau'],
  ] as const) {
    it(`a query naming a unit (${query}) lists the unit first, then the measures it leads (its own, current first), then the rest`, async () => {
      const units = JSON.parse(readFileSync(join(DIST, 'data', 'units.json'), 'utf8')) as { id: string; successor: string | null }[];
      const replaced = units.filter((u) => u.successor === 'cq-sti-bureau').map((u) => u.id);
      const own = measures.filter((m) => m.lead.includes('cq-sti-bureau'));
      const before = measures.filter((m) => !m.lead.includes('cq-sti-bureau') && m.lead.some((u) => replaced.includes(u)));
      const { page } = await open(`${prefix}/search/?q=${encodeURIComponent(query)}`);
      const links = (await allResultLinks(page)).map((l) => l.slice(prefix.length));
      expect(links[0]).toBe('/units/cq-sti-bureau/');
      const next = links.slice(1, 1 + own.length);
      expect(next.sort()).toEqual(own.map((m) => m.url.zh).sort());
      // its own measures in force before its own ended ones
      const ownCurrent = own.filter((m) => m.status.current).length;
      expect(links.slice(1, 1 + ownCurrent).every((l) => byUrl.get(l)!.status.current)).toBe(true);
      expect(links.slice(1 + own.length, 1 + own.length + before.length).sort()).toEqual(before.map((m) => m.url.zh).sort());
      await page.context().close();
    });
  }

  it('without JavaScript the search page points to the policies and the open data', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + '/en/search/?q=venture');
    const hrefs = await page.$$eval('main noscript a', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/en/policies/', '/en/about/']);
    expect(await page.isVisible('main noscript a[href="/en/about/"]')).toBe(true);
    // the form submits with GET, so the query stays in the address for when JavaScript runs
    expect(await page.getAttribute('form:has(#q)', 'method')).toBe('get');
    await context.close();
  });
});

describe('status badges on the pages', () => {
  type P = { id: string; url: { zh: string }; status: { kind: string; date: string | null } };
  const policies = JSON.parse(readFileSync(join(DIST, 'data', 'policies.json'), 'utf8')) as P[];
  const measures = JSON.parse(readFileSync(join(DIST, 'data', 'measures.json'), 'utf8')) as P[];

  for (const [name, path] of [
    ['home page', '/'],
    ['policy list', '/policies/'],
    ['English policy list', '/en/policies/'],
  ] as const) {
    it(`the ${name} shows each policy's badge`, async () => {
      const { page } = await open(path);
      const badges = await page.$$eval('main li', (lis) =>
        lis.flatMap((li) => {
          const a = li.querySelector('a[href*="/policies/"]');
          const b = li.querySelector('[data-testid="status-badge"]');
          return a && b ? [[new URL((a as HTMLAnchorElement).href).pathname.replace(/^\/en/, ''), b.getAttribute('data-status')] as const] : [];
        }),
      );
      expect(Object.fromEntries(badges)).toEqual(Object.fromEntries(policies.map((p) => [p.url.zh, p.status.kind])));
      await page.context().close();
    });
  }

  it('policy and measure pages show their badge; in force and ended differ in icon and border, not colour alone', async () => {
    const looks: Record<string, string> = {};
    for (const r of [...policies, measures.find((m) => m.status.kind === 'in-force')!, measures.find((m) => m.status.kind === 'ended')!]) {
      const { page } = await open(r.url.zh);
      const badge = page.locator('main [data-testid="status-badge"]').first();
      expect(await badge.getAttribute('data-status')).toBe(r.status.kind);
      const look = await badge.evaluate((b) => `${b.firstElementChild!.textContent}|${getComputedStyle(b).borderStyle}|${getComputedStyle(b).borderWidth}`);
      expect(looks[r.status.kind] ?? look).toBe(look); // one look per status
      looks[r.status.kind] = look;
      await page.context().close();
    }
    expect(Object.keys(looks).sort()).toEqual(['ended', 'in-force']);
    const [a, b] = [looks['ended']!.split('|'), looks['in-force']!.split('|')];
    expect(a[0]).not.toBe(b[0]); // icon
    expect(a.slice(1)).not.toEqual(b.slice(1)); // border
  });
});

describe('search recall@5 on realistic queries (default settings)', () => {
  for (const [lang, prefix, queries] of [
    ['Chinese', '', ZH_QUERIES],
    ['English', '/en', EN_QUERIES],
  ] as const) {
    it(`${lang}: at least ${queries.length} queries, recall@5 ≥ 0.95`, async () => {
      expect(queries.length).toBeGreaterThanOrEqual(35);
      const { page } = await open(`${prefix}/search/`);
      const misses: string[] = [];
      let sum = 0;
      for (const { q, want } of queries) {
        const n = await doneCount(page);
        await page.fill('#q', q);
        await page.press('#q', 'Enter');
        await searched(page, n);
        const got = await resultLinks(page);
        const r = recallAt5(want.map((w) => prefix + w), got);
        sum += r;
        if (r < 1) misses.push(`${q}: ${got.slice(0, 5).join(' ')}`);
      }
      const recall = sum / queries.length;
      expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
      await page.context().close();
    }, 120_000);
  }
});

describe('search ranking and labels', () => {
  const units = JSON.parse(readFileSync(join(DIST, 'data', 'units.json'), 'utf8')) as { id: string; name: { zh: string }; fullName: { zh: string } | null; aliases: string[]; successor: string | null }[];
  for (const q of ['市科技局', '市科委', '重庆市科学技术局']) {
    // Each unit page's own names are in its `names` metadata, which the search page's ranking weighs (metaWeights).
    it(`${q} finds the page of the unit of that name first`, async () => {
      const { page } = await open('/search/?q=' + encodeURIComponent(q));
      const [first] = await resultLinks(page);
      const m = /^\/units\/([^/]+)\/$/.exec(first ?? '');
      expect(m, `first result ${first}`).not.toBeNull();
      const unit = units.find((u) => u.id === m![1])!;
      expect([unit.name.zh, unit.fullName?.zh, ...unit.aliases]).toContain(q);
      await page.context().close();
    });
  }

  it('English kind values are labelled, not raw keys', async () => {
    const { page } = await open('/en/search/');
    await resultLinks(page);
    const kinds = await page.$$eval('[data-filters] input[name="kind"]', (xs) => xs.map((x) => x.parentElement!.textContent!.replace(/ \(\d+\)$/, '')));
    expect(kinds).toContain('Measure');
    expect(kinds).not.toContain('measure');
    expect(kinds).not.toContain('targets');
    await page.context().close();
  });
});

describe('search excerpts', () => {
  // Pagefind separates the text of paragraphs, headings, list items, cells and divs, but not of
  // dt/dd, summary or an inline element styled as a block: the markup puts a space there, or
  // excerpts read "KindMunicipal department", "OfficeThe English name", "类型市级部门".
  for (const [lang, q, url] of [
    ['en', 'financial work office', '/en/units/cq-financial-work-office/'],
    ['zh', '市金融办', '/units/cq-financial-work-office/'],
    ['en', 'science and technology bureau', '/en/units/cq-sti-bureau/'],
    ['zh', '重庆市科学技术局', '/units/cq-sti-bureau/'],
  ] as const) {
    it(`${lang}: "${q}" shows ${url} with its labels and values apart`, async () => {
      const { page } = await open(`${lang === 'en' ? '/en' : ''}/search/?q=${encodeURIComponent(q)}`);
      expect(await resultLinks(page)).toContain(url);
      const [title, excerpt] = await page.$eval(`[data-testid="search-results"] li:has(> a[href="${url}"])`, (li) => [li.querySelector('a')!.textContent!, li.querySelector('p:last-child')!.textContent!]);
      const labels = [...readFileSync(join(DIST, url, 'index.html'), 'utf8').matchAll(/<dt[^>]*>([^<]+)<\/dt>/g)].map((m) => m[1]!);
      expect(labels.length).toBeGreaterThan(0);
      // at least one label is in the excerpt, and every label there is followed by a space
      expect(labels.some((l) => excerpt.includes(l))).toBe(true);
      for (const l of labels) for (const m of excerpt.matchAll(new RegExp(l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '(.|$)', 'g'))) expect(m[1], `after "${l}" in "${excerpt}"`).toMatch(/^\s?$/);
      for (const text of [title, excerpt]) expect(text).not.toMatch(/[a-z0-9)][A-Z]|[a-z]\p{Script=Han}/u);
      await page.context().close();
    });
  }
});

describe('languages', () => {
  it('the switch leads to the same page in the other language and back', async () => {
    const { page } = await open('/policies/cq-2016-work-plan/2-7/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.click('[data-testid="language-switch"]');
    await page.waitForURL(/\/en\/policies\/cq-2016-work-plan\/2-7\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toMatch(/maker spaces/i);
    await page.click('[data-testid="language-switch"]');
    await page.waitForURL(/\/policies\/cq-2016-work-plan\/2-7\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.close();
  });

  it('pages carry hreflang alternates with x-default and a canonical URL', async () => {
    const { page } = await open('/en/units/cq-sti-bureau/');
    const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (ls) => ls.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
    expect(alternates).toEqual([
      ['zh-CN', '/units/cq-sti-bureau/'],
      ['en', '/en/units/cq-sti-bureau/'],
      ['x-default', '/units/cq-sti-bureau/'],
    ]);
    expect(new URL((await page.getAttribute('link[rel="canonical"]', 'href'))!).pathname).toBe('/en/units/cq-sti-bureau/');
    await page.close();
  });
});

const PAGE_TYPES = ['/', '/targets/?policy=cq-2023-double-growth', '/finder/?org=enterprise&size=small', '/themes/maker-spaces/', '/glossary/', '/policies/cq-2016-work-plan/bilingual/', '/policies/', '/policies/cq-2016-work-plan/', '/policies/cq-2023-double-growth/2-1-1/', '/policies/cq-2015-action-plan/1-1/', '/policies/cq-2015-action-plan/3-3-l2/', '/finder/?org=enterprise&size=small&need=loans-credit-insurance&all=1', '/units/', '/units/cq-sti-commission/', '/units/cq-sti-bureau/', '/targets/', '/search/?q=%E5%AD%B5%E5%8C%96', '/about/', '/no-such-page/'];

describe('accessibility (axe) and console', () => {
  // Every rule axe runs by default, plus the experimental Label in Name rule (WCAG 2.5.3), in both colour schemes.
  for (const path of PAGE_TYPES.flatMap((p) => [p, `/en${p}`]))
    for (const scheme of ['light', 'dark'] as const) {
    it(`${path} (${scheme}) has no axe violation, Label in Name included, and no console error`, async () => {
      const { page, errors } = await open(path, 1280, scheme);
      if (path.includes('/search/')) await resultLinks(page);
      const results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
      expect(results.passes.some((r) => r.id === 'label-content-name-mismatch') || results.inapplicable.some((r) => r.id === 'label-content-name-mismatch')).toBe(true);
      const bad = results.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`);
      expect(bad).toEqual([]);
      expect(errors.filter((e) => !(/no-such-page/.test(path) && /404/.test(e) && /Failed to load resource/.test(e)))).toEqual([]);
      await page.close();
    });
  }
});

describe('no horizontal overflow at 320 px', () => {
  for (const path of PAGE_TYPES.flatMap((p) => [p, `/en${p}`])) {
    it(`${path} fits a 320 px screen`, async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      await page.goto(server.url + path);
      if (path.includes('/search/')) await resultLinks(page);
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest('[class*="overflow-x-auto"]')).slice(0, 3).map((e) => `${e.tagName.toLowerCase()} ${(e.textContent ?? '').slice(0, 40)}`),
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), wide.join(' | ')).toBe(0);
      await context.close();
    });
  }
});

describe('text pages ship no JavaScript', () => {
  for (const path of ['/', '/policies/cq-2015-action-plan/', '/en/policies/cq-2016-work-plan/2-7/', '/units/cq-sti-bureau/', '/glossary/']) {
    it(`${path} loads no script`, async () => {
      const { page } = await open(path);
      expect(await page.$$('script[src], script[type="module"]')).toHaveLength(0);
      await page.close();
    });
  }
});

describe('search cost', () => {
  /**
   * Budgets for all bytes a first query fetches on the search page after the HTML (scripts, styles,
   * Pagefind's bundle and index chunks, and OpenCC for Traditional input): decoded body sizes from
   * resource timing (Pagefind's own files are gzip inside, so they count at their stored size).
   */
  // Issue #12 asks for 150 KB / 250 KB; not met (bench/README.md lists every file and why). Measured
  // 2026-11-25: 311 KB / 418 KB (before: 338 KB / 445 KB). Pagefind's own script, worker and WebAssembly
  // are 146 KB (the worker stays: without it the search blocks a phone's main thread for over a second) and the index chunks of a Chinese query ~28 KB each (Pagefind cuts chunks at a fixed size),
  // so these budgets are the figures reached plus ~3 %: they fail when the search fetches more again.
  for (const [name, q, budget, opencc] of [
    ['Simplified', '众创空间', 320_000, false],
    ['Traditional', '眾創空間', 430_000, true],
  ] as const) {
    it(`a first ${name} Chinese query fetches ≤ ${budget} bytes${opencc ? ', OpenCC included' : ', without OpenCC'}`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Responses of the whole context, so that a worker's fetches would count too.
      const entries: (readonly [string, number])[] = [];
      const pending: Promise<void>[] = [];
      context.on('response', (r) => {
        if (r.request().isNavigationRequest()) return;
        pending.push(r.body().then((b) => void entries.push([new URL(r.url()).pathname, b.length]), () => undefined));
      });
      await page.goto(server.url + '/search/?q=' + encodeURIComponent(q));
      await resultLinks(page);
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      const bytes = entries.reduce((n, [, b]) => n + b, 0);
      console.log(`first ${name} query: ${bytes} bytes\n${entries.map(([p, b]) => `${p} ${b}`).join('\n')}`);
      expect(bytes).toBeGreaterThan(0);
      expect(bytes).toBeLessThanOrEqual(budget);
      // OpenCC (the t2cn chunk) is fetched exactly when the query needs converting.
      expect(entries.some(([p]) => /\/t2cn\./.test(p))).toBe(opencc);
      // Pagefind fetches the fragments of the first page of results only.
      expect(entries.filter(([p]) => /\.pf_fragment$/.test(p)).length).toBeLessThanOrEqual(10);
      await context.close();
    });
  }
});

describe('support finder', () => {
  type M = { id: string; policy: string; audiences: string[]; instruments: string[]; lead: string[]; url: { zh: string }; status: { current: boolean } };
  const measures = JSON.parse(readFileSync(join(DIST, 'data', 'measures.json'), 'utf8')) as M[];
  const support = measures.filter((m) => m.audiences.length || m.instruments.length);
  const visible = (page: Page) => page.$$eval('[data-testid="finder-results"] > li:not([hidden]) > a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const ready = (page: Page) => page.waitForFunction(() => /\d/.test(document.querySelector('[data-finder-status]')?.textContent ?? ''));
  // A small enterprise that does not say whether it is tech-based: enterprises, small firms, tech-based enterprises (src/lib/finder.ts).
  const smallFirm = (m: M) => m.audiences.some((a) => ['enterprises', 'startups', 'tech-enterprises'].includes(a));
  const FINANCE = ['funds-equity', 'loans-credit-insurance', 'capital-market'];

  it('reads the profile from the URL and lists exactly the current measures for it or a broader group', async () => {
    const { page, errors } = await open('/finder/?org=enterprise&size=small&all=1');
    await ready(page);
    const matching = support.filter(smallFirm);
    expect([...(await visible(page))].sort()).toEqual(matching.map((m) => m.url.zh).sort());
    expect(await page.isChecked('input[name="org"][value="enterprise"]')).toBe(true);
    expect(await page.isChecked('input[name="size"][value="small"]')).toBe(true);
    expect(await page.isChecked('input[name="all"]')).toBe(true);
    await page.uncheck('input[name="all"]');
    await page.waitForURL((u) => !u.search.includes('all=1'));
    const current = (await visible(page)).sort();
    expect(current).toEqual(matching.filter((m) => m.status.current).map((m) => m.url.zh).sort());
    // financing is among them: the measures for tech-based enterprises a small firm may qualify for
    expect(current).toContain('/policies/cq-2023-double-growth/3-3/');
    // with JavaScript the note for browsers without it is gone
    expect(await page.$('[data-finder-nojs]')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a choice updates the list and the URL', async () => {
    const { page } = await open('/en/finder/');
    await ready(page);
    await page.check('input[name="need"][value="intellectual-property"]');
    await page.waitForURL(/need=intellectual-property/);
    const expected = support.filter((m) => m.status.current && m.instruments.includes('intellectual-property')).map((m) => '/en' + m.url.zh).sort();
    expect((await visible(page)).sort()).toEqual(expected);
    await page.check('input[name="org"][value="university"]');
    await page.waitForURL(/org=university/);
    expect((await visible(page)).sort()).toEqual(support.filter((m) => m.status.current && m.instruments.includes('intellectual-property') && m.audiences.includes('universities-institutes')).map((m) => '/en' + m.url.zh).sort());
    await page.close();
  });

  it('sorts by the largest amount of money first, keeps the order in the URL, and loses no result', async () => {
    const { page } = await open('/en/finder/?org=enterprise&size=small');
    await ready(page);
    const before = new Set(await visible(page));
    await page.selectOption('[data-finder-sort]', 'amount');
    await page.waitForURL(/sort=amount/);
    const amounts = await page.$$eval('[data-testid="finder-results"] > li:not([hidden])', (lis) => lis.map((li) => ({ current: (li as HTMLElement).dataset.current, amount: Number((li as HTMLElement).dataset.amount ?? -1) })));
    const current = amounts.filter((x) => x.current === '1').map((x) => x.amount);
    expect(current.length).toBeGreaterThan(0);
    // (the seeds' current plans state no sum of money: the order logic is unit-tested in test/unit/finder.test.ts)
    expect(current).toEqual([...current].sort((a, b) => b - a));
    expect(new Set(await visible(page))).toEqual(before);
    await page.reload();
    await ready(page);
    expect(await page.inputValue('[data-finder-sort]')).toBe('amount');
    await page.close();
  });

  it('the number next to each option is what you would see with it chosen, the page says so, and an option leading to nothing is disabled', async () => {
    const { page } = await open('/en/finder/?org=enterprise&size=small&need=loans-credit-insurance');
    await ready(page);
    expect(await page.textContent('#finder-counts-note')).toMatch(/how many measures you would see with that option chosen/);
    const shown = (await visible(page)).length;
    const rows = await page.$$eval('label[data-choice]', (ls) => ls.map((l) => {
      const input = l.querySelector('input')!;
      return { name: input.name, value: input.value, checked: input.checked, disabled: input.disabled, count: Number(l.querySelector('[data-count]')!.textContent!.match(/\d+/)![0]) };
    }));
    // a chosen option's count is what is shown (not what un-choosing it would give)
    for (const r of rows.filter((x) => x.checked)) expect([r.name, r.value, r.count]).toEqual([r.name, r.value, shown]);
    for (const r of rows.filter((x) => x.name === 'need')) {
      const wanted = new Set(['loans-credit-insurance', r.value]);
      const n = support.filter((m) => m.status.current && smallFirm(m) && m.instruments.some((i) => wanted.has(i))).length;
      expect([r.value, r.count, r.disabled]).toEqual([r.value, n, n === 0 && !r.checked]);
    }
    // choosing an option gives the count it showed
    const uni = rows.find((r) => r.name === 'org' && r.value === 'university')!;
    if (!uni.disabled) {
      await page.check('input[name="org"][value="university"]');
      await page.waitForURL(/org=university/);
      expect((await visible(page)).length).toBe(uni.count);
    }
    await page.close();
  });

  it('unknown choices in the URL are ignored, not an error', async () => {
    const { page, errors } = await open('/finder/?org=%3Cscript%3E&need=nope&size=toString');
    await ready(page);
    expect((await visible(page)).length).toBe(support.filter((m) => m.status.current).length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without JavaScript it lists every current measure, says the choices cannot be applied, and the form sends them in the URL', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.url + '/en/finder/');
    expect((await visible(page)).sort()).toEqual(support.filter((m) => m.status.current).map((m) => '/en' + m.url.zh).sort());
    expect(await page.textContent('[data-finder-nojs]')).toMatch(/JavaScript is off/);
    await page.check('input[name="org"][value="enterprise"]');
    await page.check('input[name="need"][value="funds-equity"]');
    await page.click('form[data-finder] button[type="submit"]');
    await page.waitForURL(/org=enterprise/);
    expect(page.url()).toMatch(/need=funds-equity/);
    await context.close();
  });

  for (const lang of ['zh', 'en'] as const) {
    const prefix = lang === 'en' ? '/en' : '';
    it(`${lang}: the start-up financing task ends on current measures with someone to contact in ≤ 3 interactions on a 320 px phone`, async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await page.goto(server.url + `${prefix}/`);
      // 1: the home page's funding entry point
      await page.getByRole('link', { name: lang === 'en' ? 'I need funding for my startup' : '我在为创业找资金' }).tap();
      await page.waitForURL(/\/finder\/\?org=enterprise&size=small/);
      await ready(page);
      const results = await page.$$eval('[data-testid="finder-results"] > li:not([hidden])', (lis) => lis.map((li) => ({
        href: new URL(li.querySelector('a')!.href).pathname,
        current: li.getAttribute('data-current'),
        instruments: li.getAttribute('data-instruments')!.split(' '),
        reach: li.querySelectorAll('[data-lead] a[rel~="external"], [data-lead] a[href^="tel:"]').length,
        top: li.getBoundingClientRect().top,
      })));
      expect(results.length).toBeGreaterThan(0);
      for (const r of results) expect([r.href, r.current, r.instruments.some((i) => FINANCE.includes(i))]).toEqual([r.href, '1', true]);
      expect(results.map((r) => r.href)).toContain(`${prefix}/policies/cq-2023-double-growth/3-3/`);
      // the first result is on the first screen, and some result already shows a way to contact its lead unit
      expect(results[0]!.top).toBeLessThan(640);
      expect(results.some((r) => r.reach > 0)).toBe(true);
      // 2: open the first result that has a contact; its page shows the status and the way to reach the lead unit
      const target = results.find((r) => r.reach > 0)!;
      await page.locator(`[data-testid="finder-results"] > li:not([hidden]) > a[href="${target.href}"]`).tap();
      await page.waitForURL((u) => u.pathname === target.href);
      const contact = page.locator('[data-testid="measure-contact"] a[rel~="external"], [data-testid="measure-contact"] a[href^="tel:"]').first();
      expect(await contact.count()).toBe(1);
      // 3 would be the tap on the contact itself: it is a link to the unit's own site or a phone number
      expect(await contact.getAttribute('href')).toMatch(/^(https?:|tel:)/);
      await context.close();
    });
  }
});

describe('a contact for every measure', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: a 2022 guidance measure (no lead unit named) sends the reader to the issuer and its website, at 320 px`, async () => {
      const prefix = lang === 'en' ? '/en' : '';
      const { page, errors } = await open(`${prefix}/policies/cq-2022-district-guidance/6-18/`, 320);
      const box = page.locator('[data-testid="measure-contact"]');
      expect(await box.getAttribute('data-contact-basis') ?? await box.locator('[data-contact-basis]').getAttribute('data-contact-basis')).toBe('issuer');
      expect(await box.textContent()).toMatch(lang === 'en' ? /The document names no lead unit; ask the issuer:/ : /文件未载明牵头单位/);
      expect(await box.locator(`a[href="${prefix}/units/cq-sti-bureau/"]`).count()).toBe(1);
      const site = box.locator('a[rel~="external"]').first();
      expect(await site.getAttribute('href')).toMatch(/^https:\/\/kjj\.cq\.gov\.cn\//);
      expect(await site.isVisible()).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('a unit with no cited contact says so as our gap, not as "not published"', async () => {
    const { page } = await open('/en/units/cq-finance-bureau/');
    const text = await page.textContent('main');
    expect(text).toMatch(/We have no cited contact for this unit yet/);
    expect(text).not.toMatch(/not published/);
    // where to look meanwhile: the city government's website, a visible external link
    const site = page.locator('main [data-directory] a[rel~="external"]');
    expect(await site.getAttribute('href')).toBe('https://cq.gov.cn/');
    expect(await site.isVisible()).toBe(true);
    await page.close();
  });
});

describe('language and chart fixes', () => {
  it('the language switch keeps the finder\'s choices and the chart\'s filters and view', async () => {
    const { page } = await open('/finder/?org=enterprise&size=small&need=funds-equity');
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-finder-status]')?.textContent ?? ''));
    await page.check('input[name="need"][value="loans-credit-insurance"]');
    await page.click('[data-testid="language-switch"]');
    await page.waitForURL(/\/en\/finder\//);
    expect(new URL(page.url()).search).toBe('?org=enterprise&size=small&need=funds-equity&need=loans-credit-insurance');
    expect(await page.isChecked('input[name="need"][value="loans-credit-insurance"]')).toBe(true);
    await page.goto(server.url + '/en/targets/?policy=cq-2023-double-growth&view=table');
    await page.waitForFunction(() => document.querySelector('[data-testid="language-switch"]')?.getAttribute('href')?.includes('view=table'));
    await page.click('[data-testid="language-switch"]');
    await page.waitForURL((u) => u.pathname === '/targets/');
    expect(new URL(page.url()).searchParams.get('policy')).toBe('cq-2023-double-growth');
    expect(new URL(page.url()).searchParams.get('view')).toBe('table');
    await page.close();
  });

  it('the language switch keeps the search page\'s query and scope, not this language\'s filter labels', async () => {
    const { page } = await open('/search/?q=%E8%9E%8D%E8%B5%84&current=1');
    await page.waitForFunction(() => document.querySelector('[data-testid="language-switch"]')?.getAttribute('href')?.includes('q='));
    await page.click('[data-testid="language-switch"]');
    await page.waitForURL(/\/en\/search\//);
    const url = new URL(page.url());
    expect([url.searchParams.get('q'), url.searchParams.get('current')]).toEqual(['融资', '1']);
    expect(await page.inputValue('#q')).toBe('融资');
    await page.close();
  });

  for (const path of ['/policies/cq-2015-action-plan/', '/en/policies/cq-2015-action-plan/']) {
    it(`${path}: every glossary tip stays inside a 320 px viewport`, async () => {
      const { page } = await open(path, 320);
      const terms = page.locator('.term > a');
      const n = await terms.count();
      expect(n).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) {
        await terms.nth(i).focus();
        const box = await page.evaluate((k) => {
          const tip = document.querySelectorAll('.term > .term-tip')[k]!.getBoundingClientRect();
          return { left: tip.left, right: tip.right, top: tip.top, bottom: tip.bottom, w: innerWidth, h: innerHeight };
        }, i);
        expect([i, box.left >= 0, box.right <= box.w, box.top >= 0, box.bottom <= box.h]).toEqual([i, true, true, true, true]);
      }
      await page.close();
    });
  }

  it('the series lists write numbers in the locale\'s units, and no "little giant" line joins three designations', async () => {
    for (const [path, want] of [['/targets/', '200亿元'], ['/en/targets/', 'CNY 20 billion']] as const) {
      const { page } = await open(path);
      const text = await page.$$eval('#series-title ~ div figcaption', (fs) => fs.map((f) => f.textContent).join('\n'));
      expect(text).toContain(want);
      expect(text).not.toMatch(/\d{8,}/);
      const titles = await page.$$eval('#series-title ~ div svg.series', (ss) => ss.map((s) => s.getAttribute('aria-label')));
      expect(titles.some((x) => /小巨人|little giant/i.test(x ?? ''))).toBe(false);
      await page.close();
    }
  });
});

describe('targets timeline', () => {
  const targetsJson = JSON.parse(readFileSync(join(DIST, 'data', 'targets.json'), 'utf8')) as { id: string; policy: string }[];

  it('has one mark per target in targets.json', async () => {
    const { page, errors } = await open('/targets/');
    // the marks shown (the page's own chart holds both layouts; the container's width shows one)
    const ids = await page.$$eval('[data-chart] [data-target-id]', (els) => els.filter((e) => e.getBoundingClientRect().width > 0).map((e) => e.getAttribute('data-target-id')));
    expect(ids.sort()).toEqual(targetsJson.map((t) => t.id).sort());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a focused mark shows its tooltip: indicator, value, year, policy, source', async () => {
    const { page } = await open('/en/targets/');
    const id = 'cq-2023-double-growth/1-2/t3';
    await page.focus(`[data-chart] a[data-target-id="${id}"]`);
    const tip = page.locator('[role="tooltip"]');
    await tip.waitFor({ state: 'visible' });
    const text = await tip.textContent();
    expect(text).toContain('more than 12,800 entities');
    expect(text).toContain('2027');
    expect(text).toContain('1.28万家');
    expect(await page.getAttribute(`[data-chart] a[data-target-id="${id}"]`, 'aria-describedby')).toBe('timeline-tip');
    // arrow keys move between marks
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-target-id'))).not.toBe(id);
    await page.close();
  });

  it('a filter updates the marks and the URL; unknown state falls back to the default view', async () => {
    const { page } = await open('/targets/');
    await page.selectOption('select[name="policy"]', 'cq-2016-work-plan');
    await page.waitForURL(/policy=cq-2016-work-plan/);
    const ids = await page.$$eval('[data-chart] [data-target-id]', (els) => els.filter((e) => e.getBoundingClientRect().width > 0).map((e) => e.getAttribute('data-target-id')!));
    expect(ids.sort()).toEqual(targetsJson.filter((t) => t.policy === 'cq-2016-work-plan').map((t) => t.id).sort());
    await page.selectOption('select[name="from"]', '2020');
    await page.waitForURL(/from=2020/);
    await page.close();
    const { page: bad, errors } = await open('/targets/?policy=%3Cx%3E&from=abc&to=1900');
    expect(await bad.$$eval('[data-chart] [data-target-id]', (els) => els.filter((e) => e.getBoundingClientRect().width > 0).length)).toBe(targetsJson.length);
    expect(errors).toEqual([]);
    await bad.close();
  });

  it('without JavaScript the chart and the data table are both there, the layout chosen by the width', async () => {
    for (const [width, layout] of [[1280, 'wide'], [320, 'narrow']] as const) {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(server.url + '/targets/');
      expect(await page.$$eval('#targets-table tr[data-row-target-id]', (rows) => rows.length)).toBe(targetsJson.length);
      expect(await page.isVisible('#targets-table table')).toBe(true);
      expect(await page.isVisible('[data-tabs]')).toBe(false);
      const visibleMarks = await page.$$eval('[data-chart] [data-target-id]', (els) => els.filter((e) => e.getBoundingClientRect().width > 0).map((e) => e.getAttribute('data-target-id')!));
      expect(visibleMarks.sort()).toEqual(targetsJson.map((t) => t.id).sort());
      expect(await page.isVisible(`[data-chart] .layout-${layout} svg`)).toBe(true);
      // table links are named by their measure, not by a provision key
      const names = await page.$$eval('#targets-table td a', (as) => as.map((a) => a.textContent!.trim()));
      expect(names.filter((n) => /^(措施|部分|measure|part) \S+-/.test(n))).toEqual([]);
      await context.close();
    }
  });

  it('brushing the year axis zooms to the years brushed (the brush inverts the model’s x scale)', async () => {
    const { page, errors } = await open('/en/targets/');
    const at = (year: string) =>
      page.$eval(`[data-chart] svg.timeline-wide text.tick:text-is("${year}")`, (t) => {
        const r = t.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
    const a = await at('2020');
    const b = await at('2025');
    await page.mouse.move(a.x, a.y);
    await page.waitForSelector('[data-chart] svg.timeline-wide .brush');
    await page.mouse.down();
    await page.mouse.move((a.x + b.x) / 2, a.y, { steps: 4 });
    await page.mouse.move(b.x, b.y, { steps: 4 });
    await page.mouse.up();
    await page.waitForURL(/from=2020&to=2025/);
    // the axis now starts at 2020
    expect(await page.$$eval('[data-chart] svg.timeline-wide text.tick', (ts) => ts.map((t) => t.textContent))).toContain('2020');
    expect(await page.$$eval('[data-chart] svg.timeline-wide text.tick', (ts) => ts.map((t) => t.textContent))).not.toContain('2019');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('chart and table are tabs with JavaScript: arrow keys switch them, the URL keeps the choice', async () => {
    const { page, errors } = await open('/en/targets/');
    await page.waitForSelector('[role="tablist"]');
    expect(await page.getAttribute('#tab-chart', 'aria-selected')).toBe('true');
    expect(await page.isVisible('#targets-table')).toBe(false);
    await page.focus('#tab-chart');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('#tab-table', 'aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-table');
    expect(await page.isVisible('#targets-table table')).toBe(true);
    expect(await page.isVisible('[data-chart]')).toBe(false);
    expect(new URL(page.url()).searchParams.get('view')).toBe('table');
    // a filter narrows the table too
    await page.selectOption('select[name="policy"]', 'cq-2016-work-plan');
    await page.waitForURL(/policy=cq-2016-work-plan/);
    const rows = await page.$$eval('#targets-table tr[data-row-target-id]', (trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => tr.getAttribute('data-row-target-id')!));
    expect(rows.sort()).toEqual(targetsJson.filter((t) => t.policy === 'cq-2016-work-plan').map((t) => t.id).sort());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the current view as CSV', async () => {
    const { page } = await open('/targets/?policy=cq-2022-district-guidance');
    await page.waitForFunction(() => /5/.test(document.querySelector('[data-count]')?.textContent ?? ''));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="csv"]')]);
    const path = await download.path();
    const lines = readFileSync(path!, 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
    // title, source with the view's address, licence and date as comment lines, then the header and one row per target
    const comments = lines.filter((l) => l.startsWith('# '));
    expect(comments).toHaveLength(4);
    expect(comments[0]).toMatch(/^# 量化目标时间线 · /);
    expect(comments[1]).toMatch(/来源：.*https?:\/\/\S+\/targets\/\?policy=cq-2022-district-guidance/);
    expect(comments[2]).toMatch(/许可/);
    expect(comments[3]).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(lines.slice(4)).toHaveLength(1 + targetsJson.filter((t) => t.policy === 'cq-2022-district-guidance').length);
    expect(lines[4]).toMatch(/^id,policy,/);
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="svg"]')]);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg).toMatch(/^<svg[^>]*>.*<style>/s);
    // the file carries its title (with the filter), the legend, the source line and the site's address
    const texts = [...svg.matchAll(/<text class="(frame-title|legend-label|frame-source)"[^>]*>([^<]*)</g)].map((m) => [m[1], m[2]]);
    expect(texts.filter(([c]) => c === 'frame-title').map(([, t]) => t).join(' ')).toMatch(/^量化目标时间线 · /);
    expect(texts.filter(([c]) => c === 'legend-label')).toHaveLength(1);
    const source = texts.filter(([c]) => c === 'frame-source').map(([, t]) => t).join(' ');
    expect(source).toContain('来源：重庆创新驱动政策解读');
    expect(source).toMatch(/https?:\/\/\S+\/targets\/\?policy=cq-2022-district-guidance/);
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="png"]')]);
    expect(readFileSync((await pngDownload.path())!).subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  });

  it('policy and unit pages embed their own timeline without JavaScript', async () => {
    const { page } = await open('/policies/cq-2023-double-growth/');
    const own = targetsJson.filter((t) => t.policy === 'cq-2023-double-growth').map((t) => t.id).sort();
    for (const layout of ['wide', 'narrow']) {
      const ids = await page.$$eval(`figure .layout-${layout} [data-target-id]`, (els) => els.map((e) => e.getAttribute('data-target-id')!));
      expect(ids.sort()).toEqual(own);
    }
    expect(await page.$$('script[src], script[type="module"]')).toHaveLength(0);
    await page.close();
  });
});

describe('charts a phone can read', () => {
  /** Overlaps and escapes of the visible charts' text, from the rendered geometry (getBBox in each SVG's own units). */
  function textProblems(page: Page): Promise<string[]> {
    return page.$$eval('svg.timeline, svg.series', (svgs) => {
      const out: string[] = [];
      for (const svg of svgs as SVGSVGElement[]) {
        if (svg.getBoundingClientRect().width === 0) continue; // the layout not shown
        const vb = svg.viewBox.baseVal;
        const boxes = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent, b: t.getBBox() }));
        for (const { text, b } of boxes) if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > vb.width + 0.5 || b.y + b.height > vb.height + 0.5) out.push(`outside the SVG: ${text}`);
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!.b;
            const c = boxes[j]!.b;
            // half a pixel of tolerance for anti-aliasing
            if (a.x < c.x + c.width - 0.5 && c.x < a.x + a.width - 0.5 && a.y < c.y + c.height - 0.5 && c.y < a.y + a.height - 0.5) out.push(`overlap: ${boxes[i]!.text} / ${boxes[j]!.text}`);
          }
      }
      return out;
    });
  }

  for (const width of [1280, 320])
    for (const path of ['/targets/', '/en/targets/', '/policies/cq-2023-double-growth/', '/en/policies/cq-2023-double-growth/', '/en/units/cq-sti-commission/'])
      for (const js of [true, false]) {
        it(`${path} at ${width} px${js ? '' : ' without JavaScript'}: no horizontal overflow, every chart label inside its SVG, no two overlapping`, async () => {
          const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: js });
          const page = await context.newPage();
          await page.goto(server.url + path, { waitUntil: 'networkidle' });
          expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
          const shown = await page.$$eval('svg.timeline', (svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 0).length);
          expect(shown).toBe(1);
          // every visible SVG fits the page
          const widest = await page.$$eval('svg.timeline, svg.series', (svgs) => Math.max(...svgs.map((s) => s.getBoundingClientRect().right)));
          expect(widest).toBeLessThanOrEqual(width);
          expect(await textProblems(page)).toEqual([]);
          await context.close();
        });
      }

  it('at 320 px every target of the policy is on screen in its embedded timeline, with its label', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + '/en/policies/cq-2023-double-growth/');
    const own = JSON.parse(readFileSync(join(DIST, 'data', 'targets.json'), 'utf8')).filter((t: { policy: string }) => t.policy === 'cq-2023-double-growth').length;
    const marks = await page.$$eval('figure a.mark', (as) => as.filter((a) => a.getBoundingClientRect().width > 0).map((a) => ({ r: a.getBoundingClientRect(), label: a.querySelector('text')?.textContent ?? '' })).map(({ r, label }) => ({ left: r.left, right: r.right, label })));
    expect(marks).toHaveLength(own);
    for (const m of marks) {
      expect(m.left).toBeGreaterThanOrEqual(0);
      expect(m.right).toBeLessThanOrEqual(320);
      expect(m.label).toMatch(/\S.*\d/); // an indicator and its value
    }
    await context.close();
  });
});
