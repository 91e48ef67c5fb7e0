/**
 * scripts/build.ts: the site is built into a staging folder and replaces dist/ only
 * when every step succeeded; a failed or killed build leaves the previous dist/.
 * (The steps here are stand-ins for astro build and its search index.)
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_STAGING, buildSite, type Step } from '../../scripts/build.ts';
import { recover, staging, SwapIncomplete } from '../../src/ingest/disk/staged-swap.ts';
import { Killed, killedAfter, snapshot, tempDir, wrappedFs } from '../ingest/fs-faults.ts';

/** A project folder with a previous build in dist/. */
function project(): string {
  const root = tempDir('site-build-');
  mkdirSync(join(root, 'dist', 'old-page'), { recursive: true });
  writeFileSync(join(root, 'dist', 'old-page', 'index.html'), 'previous build');
  writeFileSync(join(root, 'dist', 'index.html'), 'previous home');
  return root;
}

const astro: Step = (site) => {
  mkdirSync(join(site, 'new-page'), { recursive: true });
  writeFileSync(join(site, 'index.html'), 'new home');
  writeFileSync(join(site, 'new-page', 'index.html'), 'new page');
};
const pagefind: Step = (site) => {
  mkdirSync(join(site, 'pagefind'));
  writeFileSync(join(site, 'pagefind', 'index.json'), '{}');
};
const failing: Step = () => {
  throw new Error('pagefind --site … failed (exit 1)');
};

describe('npm run build: dist/ is replaced only by a complete build', () => {
  it('a successful build replaces dist/ and leaves no staging folder; the steps write inside the project, not to dist/', async () => {
    const root = project();
    const seen: string[] = [];
    await buildSite(root, [(site) => void seen.push(relative(root, site)), astro, pagefind]);
    expect(seen).toEqual([join(BUILD_STAGING, 'new', 'dist')]);
    expect(snapshot(join(root, 'dist'))).toEqual({ 'index.html': 'new home', 'new-page/': '', 'new-page/index.html': 'new page', 'pagefind/': '', 'pagefind/index.json': '{}' });
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('a failing step leaves the previous dist/ exactly, and no staging folder', async () => {
    const root = project();
    const before = snapshot(join(root, 'dist'));
    await expect(buildSite(root, [astro, failing])).rejects.toThrow('pagefind --site … failed (exit 1)');
    expect(snapshot(join(root, 'dist'))).toEqual(before);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('steps that write nothing do not replace dist/ with nothing', async () => {
    const root = project();
    const before = snapshot(join(root, 'dist'));
    await expect(buildSite(root, [() => {}])).rejects.toThrow(/wrote nothing/);
    expect(snapshot(join(root, 'dist'))).toEqual(before);
  });

  it('the next build deletes what a killed build left before its commit', async () => {
    const root = project();
    mkdirSync(join(root, BUILD_STAGING, 'new', 'dist'), { recursive: true });
    writeFileSync(join(root, BUILD_STAGING, 'new', 'dist', 'half.html'), 'half a build');
    expect((await buildSite(root, [astro])).recovery).toBe('discarded');
    expect(existsSync(join(root, 'dist', 'half.html'))).toBe(false);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('a build killed after any file operation leaves dist/ old or new once recovered', async () => {
    const before = snapshot(join(project(), 'dist'));
    const { ops: counting, log } = wrappedFs();
    await buildSite(project(), [astro], counting);
    const commitAt = log.findIndex((op) => op.name === 'rename' && op.args[1]!.endsWith('commit.json')) + 1;
    const after = await snapshotOfNewBuild();
    expect(after).not.toEqual(before);
    for (let n = 0; n <= log.length; n++) {
      const dir = project();
      try {
        await buildSite(dir, [astro], killedAfter(n).ops);
      } catch (e) {
        // a kill during the swap also stops it from being undone
        if (!(e instanceof Killed || e instanceof SwapIncomplete)) throw e;
      }
      recover(staging(dir, BUILD_STAGING));
      const dist = existsSync(join(dir, 'dist')) ? snapshot(join(dir, 'dist')) : null;
      expect(dist, `killed after operation ${n}`).toEqual(n >= commitAt ? after : before);
      expect(readdirSync(dir)).toEqual(['dist']);
    }
  });
});

/** dist/ after an uninterrupted build with the astro stand-in. */
async function snapshotOfNewBuild(): Promise<Record<string, string>> {
  const root = project();
  await buildSite(root, [astro]);
  return snapshot(join(root, 'dist'));
}
