/** Every page of dist/ has a Content-Security-Policy and a referrer policy that allow what the page runs. Run `npm run build` first. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages } from '../helpers.ts';

const pages = htmlPages().map((file) => ({ file: relative(DIST, file), html: readFileSync(file, 'utf8') }));

/** The policy's directives by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('security headers as meta elements', () => {
  it('the site has its pages', () => expect(pages.length).toBeGreaterThan(300));

  it('every page sets referrer strict-origin-when-cross-origin', () => {
    const missing = pages.filter((p) => !/<meta name="referrer" content="strict-origin-when-cross-origin">/.test(p.html)).map((p) => p.file);
    expect(missing).toEqual([]);
  });

  it('every page has one CSP, before any script or stylesheet, that allows no inline script but its own hashed ones', () => {
    const problems: string[] = [];
    for (const { file, html } of pages) {
      const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/gi)];
      if (metas.length !== 1) {
        problems.push(`${file}: ${metas.length} CSP meta elements`);
        continue;
      }
      const csp = directives(decode(metas[0]![1]!));
      const script = csp.get('script-src') ?? [];
      const first = html.search(/<script\b|<style\b|<link rel="stylesheet"/);
      if (first !== -1 && first < metas[0]!.index!) problems.push(`${file}: a script or style comes before the CSP`);
      if (!script.includes("'self'") || !script.includes("'wasm-unsafe-eval'")) problems.push(`${file}: script-src ${script.join(' ')}`);
      if (script.includes("'unsafe-inline'") || script.includes("'unsafe-eval'") || script.includes('*')) problems.push(`${file}: script-src allows inline or eval`);
      if (csp.get('object-src')?.join(' ') !== "'none'" || csp.get('default-src')?.join(' ') !== "'self'") problems.push(`${file}: default-src/object-src`);
      // Every inline script that runs must be allowed by its hash (JSON data blocks do not run).
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const attrs = m[1]!;
        if (/\ssrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs)) continue;
        const hash = `'sha256-${createHash('sha256').update(m[2]!).digest('base64')}'`;
        if (!script.includes(hash)) problems.push(`${file}: inline script not in script-src: ${m[2]!.slice(0, 60)}`);
      }
      // Inline event handlers would be blocked (no 'unsafe-inline'/'unsafe-hashes').
      if (/<[a-z][^>]*\son[a-z]+="/i.test(html.replace(/<script\b[\s\S]*?<\/script>/g, ''))) problems.push(`${file}: an inline event handler`);
    }
    expect(problems).toEqual([]);
  });
});
