/**
 * The site half of `npm run build` (after the ingest): astro build, Pagefind and the
 * search-bundle copy write into .build-staging/new/dist/, which replaces dist/ only
 * once all three succeeded (src/ingest/staged-swap.ts). A failed or killed build
 * leaves the previous dist/; the next build deletes or finishes what it left.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { begin, cleanup, commit, discard, type FsOps, nodeFs, recover, type Recovery, staging, SwapIncomplete } from '../src/ingest/staged-swap.ts';

export const BUILD_STAGING = '.build-staging';

/** One build step, writing into (or over) the site folder it is given. */
export type Step = (site: string) => void;

/** Runs the steps into a staging folder and swaps the result in as <root>/dist/; returns what recovery found. */
export function buildSite(root: string, steps: Step[], ops: FsOps = nodeFs): { recovery: Recovery; leftover: string | null } {
  const s = staging(root, BUILD_STAGING, ops);
  const recovery = recover(s);
  const site = join(begin(s), 'dist');
  try {
    for (const step of steps) step(site);
    if (!ops.exists(site)) throw new Error(`the build steps wrote nothing to ${site}`);
    commit(s);
  } catch (e) {
    // after a swap that could not be undone the commit marker must stay for recovery
    if (!(e instanceof SwapIncomplete)) discard(s);
    throw e;
  }
  try {
    cleanup(s);
    return { recovery, leftover: null };
  } catch {
    return { recovery, leftover: s.dir };
  }
}

/** A step that runs a command of node_modules/.bin (or node) and fails when it does. */
function command(root: string, name: string, args: (site: string) => string[], env: (site: string) => NodeJS.ProcessEnv = () => ({})): Step {
  return (site) => {
    const bin = name === 'node' ? process.execPath : join(root, 'node_modules', '.bin', name);
    const r = spawnSync(bin, args(site), { cwd: root, stdio: 'inherit', env: { ...process.env, ...env(site) } });
    if (r.status !== 0) throw new Error(`${name} ${args(site).join(' ')} failed (${r.signal ?? `exit ${r.status}`})`);
  };
}

/** The real steps: Astro (its outDir read from OUT_DIR in astro.config.mjs), Pagefind, the second search bundle. */
export function siteSteps(root: string): Step[] {
  return [
    command(root, 'astro', () => ['build'], (site) => ({ OUT_DIR: site })),
    command(root, 'pagefind', (site) => ['--site', site]),
    command(root, 'node', (site) => [join(root, 'scripts', 'copy-search-bundle.mjs'), site]),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(import.meta.url), '..', '..');
  try {
    const { recovery, leftover } = buildSite(root, siteSteps(root));
    if (recovery === 'finished') console.warn(`build: an earlier build was killed while replacing dist/: the replacement was finished first`);
    if (recovery === 'discarded') console.warn(`build: deleted the unfinished output of an earlier build (dist/ had not been changed)`);
    if (leftover) console.warn(`build: dist/ is new, but ${leftover} could not be deleted: the next build deletes it`);
    console.log('build: dist/ replaced');
  } catch (e) {
    console.error(`build failed: ${(e as Error).message}`);
    console.error(e instanceof SwapIncomplete ? 'dist/ is half-replaced: the next `npm run build` finishes it.' : 'dist/ was left as it was.');
    process.exitCode = 1;
  }
}
