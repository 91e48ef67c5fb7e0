/** Every internal link and anchor in the built site (dist/) resolves. Run `npm run build` first. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages, ROOT } from '../helpers.ts';

const DIST = join(ROOT, 'dist');

const htmlFiles = htmlPages;

/** The file a site path is served from, or null. */
function fileOf(path: string): string | null {
  const p = join(DIST, decodeURIComponent(path));
  if (existsSync(p) && statSync(p).isFile()) return p;
  if (existsSync(join(p, 'index.html'))) return join(p, 'index.html');
  return null;
}

const ids = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  return ids.get(file)!;
};

describe('internal links in dist/', () => {
  const files = htmlFiles(DIST);
  it('the site has its pages', () => expect(files.length).toBeGreaterThan(300));

  it('every href/src to this site and every #anchor resolves', () => {
    const broken: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const pagePath = '/' + relative(DIST, file).replace(/index\.html$/, '');
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const raw = m[1]!.replace(/&amp;/g, '&');
        if (/^(https?:|mailto:|data:)/.test(raw) || raw === '') continue;
        const url = new URL(raw, 'http://site' + pagePath);
        if (url.pathname.startsWith('/search/') || url.pathname.startsWith('/en/search/')) {
          if (!fileOf(url.pathname)) broken.push(`${pagePath} → ${raw}`);
          continue;
        }
        const target = fileOf(url.pathname);
        if (!target) {
          broken.push(`${pagePath} → ${raw}`);
          continue;
        }
        if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${pagePath} → ${raw} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every link has a name (text or aria-label): no empty breadcrumb or contents entry', () => {
    const empty: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)) {
        const text = m[2]!.replace(/<[^>]*>/g, '').replace(/&nbsp;|\s/g, '');
        if (!text && !/\saria-label="[^"]+"/.test(m[1]!)) empty.push(`${relative(DIST, file)}: ${m[0]!.slice(0, 120)}`);
      }
    }
    expect(empty).toEqual([]);
  });
});
