/** src/integrations/pagefind.ts: the search bundle and the other-language index written after astro build. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { BUNDLE, indexSite, OTHER } from '../../src/integrations/pagefind.ts';
import { ROOT } from '../helpers.ts';
import { tempDir } from '../ingest/fs-faults.ts';

const page = (lang: string, title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><nav>navigation text</nav><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;

/** A built site of two Chinese pages and one English page. */
function site(): string {
  const dir = tempDir('pagefind-site-');
  const write = (path: string, html: string) => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  };
  write('policies/a', page('zh-CN', '孵化平台建设', '支持建设孵化平台和众创空间。'));
  write('policies/b', page('zh-CN', '人才引进', '引进高层次人才团队。'));
  write('en/policies/a', page('en', 'Incubator platforms', 'Support for incubators and maker spaces.'));
  return dir;
}

/** The files below a folder, as sorted relative paths. */
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();

describe('the Pagefind integration', () => {
  it('writes the bundle the search page loads, with one index per page language', async () => {
    const dir = site();
    const result = await indexSite(dir);
    expect(result.htmlFiles).toBe(3);
    for (const f of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']) expect(existsSync(join(dir, BUNDLE, f)), f).toBe(true);
    const entry = JSON.parse(readFileSync(join(dir, BUNDLE, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([l, v]) => [l, v.page_count]))).toEqual({ 'zh-cn': 2, en: 1 });
  });

  it('serves the same index data at the second path the search page merges, without the scripts and WebAssembly', async () => {
    const dir = site();
    await indexSite(dir);
    const other = files(join(dir, OTHER));
    const data = files(join(dir, BUNDLE)).filter((f) => /^(pagefind-entry\.json|pagefind\..+\.pf_meta|(index|filter|fragment)\/.+)$/.test(f));
    expect(data.some((f) => f.startsWith('fragment/zh-cn')) && data.some((f) => f.startsWith('fragment/en'))).toBe(true);
    expect(other).toEqual(data);
    for (const f of other) expect(readFileSync(join(dir, OTHER, f)).equals(readFileSync(join(dir, BUNDLE, f))), f).toBe(true);
    expect(other.filter((f) => /\.(js|css)$|wasm/.test(f))).toEqual([]);
  });

  it('fails on a folder without HTML, so that the build fails instead of publishing no search', async () => {
    await expect(indexSite(tempDir('pagefind-empty-'))).rejects.toThrow(/no HTML file/);
  });

  it('a full disk while writing the index is an error naming the file (no raw ENOSPC)', async () => {
    const dir = site();
    const full = (path: string) => {
      throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC', syscall: 'write', path, errno: -28 });
    };
    await expect(indexSite(dir, full)).rejects.toThrow(new RegExp(`^${join(dir, BUNDLE)}/\\S+: disk full$`));
  });

  it('a backend that never answers (killed mid-request) fails the build with one error line, never exit 0 without an index', () => {
    const dir = site();
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'fixtures', 'build', 'abandoned-index.ts'), dir], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`error: ${join(dir, BUNDLE)}: Pagefind's indexing process (pagefind_extended) ended without answering (killed or crashed): the search index was not written`);
    expect(r.stdout).not.toContain('indexed');
  });

  it('runs last in astro.config.mjs, after every integration that could change the pages', () => {
    expect(config.integrations?.at(-1)).toMatchObject({ name: 'pagefind' });
  });
});
