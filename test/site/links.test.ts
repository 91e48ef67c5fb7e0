/** Every internal link and anchor in the built site (dist/) resolves. Run `npm run build` first. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages } from '../helpers.ts';
import { brokenLinks } from './checks.ts';

describe('internal links in dist/', () => {
  it('every policy and unit of the open data has its page in both languages', () => {
    const records = ['policies', 'units'].flatMap((n) => JSON.parse(readFileSync(join(DIST, 'data', `${n}.json`), 'utf8')) as { url: { zh: string; en: string } }[]);
    expect(records.length).toBeGreaterThan(0);
    const missing = records.flatMap((r) => [r.url.zh, r.url.en]).filter((u) => !existsSync(join(DIST, u, 'index.html')));
    expect(missing).toEqual([]);
  });

  it('every href/src to this site and every #anchor resolves', () => expect(brokenLinks(DIST)).toEqual([]));

  it('every link has a name (text or aria-label): no empty breadcrumb or contents entry', () => {
    const empty: string[] = [];
    for (const file of htmlPages(DIST)) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)) {
        const text = m[2]!.replace(/<[^>]*>/g, '').replace(/&nbsp;|\s/g, '');
        if (!text && !/\saria-label="[^"]+"/.test(m[1]!)) empty.push(`${relative(DIST, file)}: ${m[0]!.slice(0, 120)}`);
      }
    }
    expect(empty).toEqual([]);
  });
});
