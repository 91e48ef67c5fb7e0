/**
 * Checks over a built site folder, shared by the site tests (the repository's dist/) and the
 * maintainer test (a scratch copy's dist/): internal links and anchors, and html-validate.
 * Not a test file itself (vitest only collects *.test.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate/node';
import { htmlPages, ROOT } from '../helpers.ts';

/** Every internal href/src and #anchor of the HTML pages of `dist` that does not resolve, as `page → link`. */
export function brokenLinks(dist: string, files = htmlPages(dist)): string[] {
  /** The file a site path is served from, or null. */
  const fileOf = (path: string): string | null => {
    const p = join(dist, decodeURIComponent(path));
    if (existsSync(p) && statSync(p).isFile()) return p;
    if (existsSync(join(p, 'index.html'))) return join(p, 'index.html');
    return null;
  };
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    return ids.get(file)!;
  };
  const broken: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const pagePath = '/' + relative(dist, file).replace(/index\.html$/, '');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|tel:|data:)/.test(raw) || raw === '') continue;
      const url = new URL(raw, 'http://site' + pagePath);
      const target = fileOf(url.pathname);
      if (!target) {
        broken.push(`${pagePath} → ${raw}`);
        continue;
      }
      // the search page's query and hash are read by its script, not anchors
      if (/^\/(en\/)?search\//.test(url.pathname)) continue;
      if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${pagePath} → ${raw} (no such anchor)`);
    }
  }
  return broken;
}

/** html-validate messages (with the project's .htmlvalidate.json) for the given pages of `dist`, as `page:line:column rule message`. */
export async function htmlProblems(dist: string, files = htmlPages(dist)): Promise<string[]> {
  const validator = new HtmlValidate(JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')));
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const r of report.results) for (const m of r.messages) problems.push(`${file.slice(dist.length)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  return problems;
}
