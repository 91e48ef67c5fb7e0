/**
 * scripts/build.ts owns its children: a build stopped by a signal ends the process group of
 * astro (and what astro started), a build killed outright leaves its groups recorded and the
 * next build ends them before it reuses the staging folder; a zombie or a reused process id
 * never passes for a live owner (src/ingest/disk/staged-swap.ts). The commands here are stand-ins.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_STAGING, buildFailure, buildSite, ChildDiskFull, endOrphans, enospcPath, groupMembers, requireFiles, SITE_FILES, type Step } from '../../scripts/build.ts';
import { isAlive, ownerRecord, parseOwner, procStat, recover, staging, StagingBusy } from '../../src/ingest/disk/staged-swap.ts';
import { ROOT } from '../helpers.ts';
import { snapshot, tempDir } from '../ingest/fs-faults.ts';

const RUNNER = join(ROOT, 'test', 'fixtures', 'build', 'runner.ts');

/** A project folder with a previous build in dist/. */
function project(): string {
  const root = tempDir('build-children-');
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), 'previous home');
  return root;
}

const astro: Step = (site) => {
  mkdirSync(site, { recursive: true });
  writeFileSync(join(site, 'index.html'), 'new home');
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `check` holds (polling), failing after `ms`. */
async function until(check: () => boolean, ms = 20_000): Promise<void> {
  for (let t = 0; !check(); t += 50) {
    if (t > ms) throw new Error('timed out');
    await sleep(50);
  }
}

/** Whether a process is running (a zombie is not). */
const running = (pid: number) => isAlive(pid);

/** The stand-in builds started by a test: a test that fails half-way must not leave one running. */
const started: ChildProcess[] = [];
afterEach(() => {
  // SIGTERM: the build ends its process groups and deletes its staging folder
  for (const build of started.splice(0)) if (build.exitCode === null && build.signalCode === null) build.kill('SIGTERM');
});

/** A stand-in build (test/fixtures/build/runner.ts) as a process; `done` gives its exit and output. */
function runner(root: string, mode = 'endless', pause?: string) {
  const build = spawn(process.execPath, ['--import', 'tsx', RUNNER, root, mode, ...(pause ? [pause] : [])], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(build);
  let stdout = '';
  let stderr = '';
  build.stdout.on('data', (d: Buffer) => (stdout += d));
  build.stderr.on('data', (d: Buffer) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    build.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { build, done };
}

/** The process ids the stand-in astro recorded: itself and its child. */
const pidsOf = (root: string) => readFileSync(join(root, 'pids'), 'utf8').trim().split(' ').map(Number) as [number, number];

/** Starts the stand-in build and waits until its writer and the writer's child are running. */
async function startBuild(root: string): Promise<{ build: ChildProcess; writer: number; grandchild: number }> {
  const { build } = runner(root);
  await until(() => existsSync(join(root, 'pids')) && readFileSync(join(root, 'pids'), 'utf8').endsWith('\n'));
  const [writer, grandchild] = pidsOf(root);
  await until(() => existsSync(join(root, BUILD_STAGING, 'new', 'dist')) && readdirSync(join(root, BUILD_STAGING, 'new', 'dist')).length > 2);
  return { build, writer, grandchild };
}

describe('the build owns its children', { timeout: 60_000 }, () => {
  it('a build killed with SIGKILL leaves its writers recorded; the next build ends them, then builds a clean dist/', async () => {
    const root = project();
    const { build, writer, grandchild } = await startBuild(root);
    build.kill('SIGKILL');
    await until(() => build.exitCode !== null || build.signalCode !== null);
    await sleep(100);
    // the orphans go on writing into the staging folder
    expect(running(writer) && running(grandchild)).toBe(true);
    const { orphans } = await buildSite(root, [astro]);
    expect(orphans).toBe(1);
    expect(running(writer) || running(grandchild)).toBe(false);
    await sleep(100);
    expect(snapshot(join(root, 'dist'))).toEqual({ 'index.html': 'new home' });
    expect(readdirSync(root).sort()).toEqual(['dist', 'pids']);
  });

  it('a build stopped by SIGTERM ends its process group and deletes its staging folder; dist/ is as it was', async () => {
    const root = project();
    const { build, writer, grandchild } = await startBuild(root);
    build.kill('SIGTERM');
    await until(() => build.exitCode !== null);
    expect(build.exitCode).toBe(143);
    await until(() => !running(writer) && !running(grandchild), 5000);
    expect(existsSync(join(root, BUILD_STAGING))).toBe(false);
    expect(snapshot(join(root, 'dist'))).toEqual({ 'index.html': 'previous home' });
  });

  it('a live build’s groups are left alone (recovery refuses its staging folder)', () => {
    const root = project();
    const dir = join(root, BUILD_STAGING);
    mkdirSync(dir);
    // the test runner's parent is alive: it stands for a running build
    writeFileSync(join(dir, 'owner'), `${ownerRecord(process.ppid)}\n`);
    writeFileSync(join(dir, 'groups'), `${process.ppid}\n`);
    expect(endOrphans(dir)).toBe(0);
    expect(() => recover(staging(root, BUILD_STAGING))).toThrow(StagingBusy);
  });

  it('a recorded group is found by its members; one whose leader id now belongs to a later process is gone (never signalled)', async () => {
    const leader = spawn('sleep', ['30'], { detached: true, stdio: 'ignore' });
    await until(() => procStat(leader.pid!)?.group === leader.pid);
    const start = procStat(leader.pid!)!.start;
    expect(groupMembers(leader.pid!, start)).toEqual([leader.pid]);
    expect(groupMembers(leader.pid!, String(Number(start) + 1))).toEqual([]);
    process.kill(-leader.pid!, 'SIGKILL');
    await until(() => groupMembers(leader.pid!, start).length === 0, 5000);
  });
});

/** What a complete stand-in site holds: SITE_FILES, index.html with its build's mark. */
const completeSite = (mark: string) =>
  Object.fromEntries(
    SITE_FILES.flatMap((f) => [...f.split('/').slice(0, -1).map((_, i, dirs) => [`${dirs.slice(0, i + 1).join('/')}/`, '']), [f, f === 'index.html' ? mark : 'x']]),
  ) as Record<string, string>;

/** A project whose dist/ is a complete site marked `old`. */
async function builtProject(): Promise<string> {
  const root = tempDir('build-kills-');
  const { code } = await runner(root, 'complete:old').done;
  expect(code).toBe(0);
  expect(snapshot(join(root, 'dist'))).toEqual(completeSite('old'));
  return root;
}

/** The next build succeeds and leaves the new site, no staging folder and none of `pids` running. */
async function nextBuildSucceeds(root: string, pids: number[]): Promise<void> {
  const next = await runner(root, 'complete:next').done;
  expect(next.code, next.stderr).toBe(0);
  expect(snapshot(join(root, 'dist'))).toEqual(completeSite('next'));
  expect(existsSync(join(root, BUILD_STAGING))).toBe(false);
  expect(pids.filter(running)).toEqual([]);
}

describe('a kill of each process of the build: dist/ stays the old or the complete new one', { timeout: 90_000 }, () => {
  it('astro alone killed (SIGKILL) mid-build: the build fails with a clear line, its child is ended, dist/ is the old one', async () => {
    const root = await builtProject();
    rmSync(join(root, 'pids'));
    const { build, done } = runner(root);
    await until(() => existsSync(join(root, 'pids')) && readFileSync(join(root, 'pids'), 'utf8').endsWith('\n'));
    const [writer, grandchild] = pidsOf(root);
    await until(() => existsSync(join(root, BUILD_STAGING, 'new', 'dist')) && readdirSync(join(root, BUILD_STAGING, 'new', 'dist')).length > 2);
    process.kill(writer, 'SIGKILL');
    const r = await done;
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('build failed: astro build failed (killed by SIGKILL)\ndist/ was left as it was.\n');
    expect(running(grandchild)).toBe(false);
    expect(running(build.pid!)).toBe(false);
    expect(snapshot(join(root, 'dist'))).toEqual(completeSite('old'));
    expect(existsSync(join(root, BUILD_STAGING))).toBe(false);
    await nextBuildSucceeds(root, [writer, grandchild]);
  });

  it('astro exits 0 without the search index (its Pagefind backend killed): the build fails, dist/ is the old one', async () => {
    const root = await builtProject();
    const r = await runner(root, 'no-index').done;
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('build failed: the build exited 0 but did not write pagefind/pagefind.js, pagefind/pagefind-entry.json, pagefind-other/pagefind-entry.json: the site is incomplete\n');
    expect(snapshot(join(root, 'dist'))).toEqual(completeSite('old'));
    expect(existsSync(join(root, BUILD_STAGING))).toBe(false);
    await nextBuildSucceeds(root, pidsOf(root));
  });

  // the swap's file operations in order (src/ingest/disk/staged-swap.ts commit): the build killed (SIGKILL) right after each
  const swapPoints = [
    { pause: `writeFile:${BUILD_STAGING}/commit.json.tmp`, dist: 'old', recovery: 'discarded', after: 'old' },
    { pause: `rename:${BUILD_STAGING}/commit.json`, dist: 'old', recovery: 'finished', after: 'new' },
    { pause: `rename:${BUILD_STAGING}/old/dist`, dist: null, recovery: 'finished', after: 'new' },
    { pause: 'rename:dist', dist: 'new', recovery: 'finished', after: 'new' },
  ] as const;
  for (const { pause, dist, recovery, after } of swapPoints) {
    it(`the build killed (SIGKILL) during the swap, after ${pause}: dist/ is ${dist ?? 'absent (one rename apart)'}, recovery makes it ${after}`, async () => {
      const root = await builtProject();
      const { build, done } = runner(root, 'complete:new', pause);
      await until(() => existsSync(join(root, 'paused')));
      const [writer, grandchild] = pidsOf(root);
      build.kill('SIGKILL');
      expect((await done).signal).toBe('SIGKILL');
      // never a mix: dist/ is exactly one whole site, or (between the two renames) not there
      if (dist) expect(snapshot(join(root, 'dist'))).toEqual(completeSite(dist));
      else expect(existsSync(join(root, 'dist'))).toBe(false);
      // what the next build does first
      expect(recover(staging(root, BUILD_STAGING))).toBe(recovery);
      expect(snapshot(join(root, 'dist'))).toEqual(completeSite(after));
      await nextBuildSucceeds(root, [writer, grandchild]);
    });
  }

  it('a build killed during the swap is finished by the next build itself, which says so', async () => {
    const root = await builtProject();
    const { build, done } = runner(root, 'complete:new', `rename:${BUILD_STAGING}/old/dist`);
    await until(() => existsSync(join(root, 'paused')));
    build.kill('SIGKILL');
    await done;
    const next = await runner(root, 'complete:next').done;
    expect(next.code).toBe(0);
    expect(next.stderr).toContain('build: an earlier build was killed while replacing dist/: the replacement was finished first');
    expect(snapshot(join(root, 'dist'))).toEqual(completeSite('next'));
    expect(readdirSync(root).sort()).toEqual(['dist', 'paused', 'pids']);
  });
});

describe('disk full inside astro', { timeout: 60_000 }, () => {
  it('ENOSPC in astro’s output: `error: PATH: disk full (ENOSPC) …` naming the file, dist/ kept', async () => {
    const root = await builtProject();
    const r = await runner(root, 'enospc').done;
    expect(r.code).toBe(1);
    const file = join(root, BUILD_STAGING, 'new', 'dist', 'policies', 'a', 'index.html');
    expect(r.stderr).toContain(`\nerror: ${file}: disk full (ENOSPC) while astro wrote the site; free space and build again\ndist/ was left as it was.\n`);
    // astro's own lines are passed through
    expect(r.stderr).toContain('[ERROR] [build] ENOSPC: no space left on device');
    expect(snapshot(join(root, 'dist'))).toEqual(completeSite('old'));
    expect(existsSync(join(root, BUILD_STAGING))).toBe(false);
    await nextBuildSucceeds(root, pidsOf(root));
  });

  it('enospcPath: the path of Node’s message, else the error’s path field, else the site folder; null without ENOSPC', () => {
    expect(enospcPath("x\n[ERROR] ENOSPC: no space left on device, open '/s/dist/a b/index.html'\n", '/s/dist')).toBe('/s/dist/a b/index.html');
    expect(enospcPath("Error: ENOSPC: no space left on device, write\n  errno: -28,\n  code: 'ENOSPC',\n  path: '/s/dist/p.html'\n", '/s/dist')).toBe('/s/dist/p.html');
    expect(enospcPath('ENOSPC: no space left on device, write\n', '/s/dist')).toBe('/s/dist');
    // astro 7 appends the error to the progress line of the page it was writing (seen on a full tmpfs, 2026-12-06)
    expect(enospcPath('19:59:01   ├─ /data/policies.json (+3ms) \n19:59:01   ├─ /data/measures.jsonENOSPC: no space left on device, write\n  Location:\n', '/s/dist')).toBe('/s/dist/data/measures.json');
    expect(enospcPath("error: /s/dist/pagefind/x: disk full\nbuild failed (exit 1) path: '/s/x'\n", '/s/dist')).toBeNull();
    expect(buildFailure(new ChildDiskFull('/s/dist/p.html', 'astro'))).toEqual([
      'error: /s/dist/p.html: disk full (ENOSPC) while astro wrote the site; free space and build again',
      'dist/ was left as it was.',
    ]);
  });

  it('requireFiles passes a complete site and names every missing file', () => {
    const site = tempDir('require-');
    writeFileSync(join(site, 'index.html'), '');
    expect(() => requireFiles(['index.html'])(site, undefined as never)).not.toThrow();
    expect(() => requireFiles(['index.html', 'pagefind/pagefind.js', 'a.js'])(site, undefined as never)).toThrow('did not write pagefind/pagefind.js, a.js');
  });
});

describe('owner records tell live from dead', () => {
  it('/proc/PID/stat is read after the command name, whatever it holds', () => {
    const dir = tempDir('proc-');
    mkdirSync(join(dir, '7'));
    writeFileSync(join(dir, '7', 'stat'), '7 (a) b) (c) Z 1 7 7 0 -1 4194560 0 0 0 0 0 0 0 0 20 0 1 0 98765 0 0\n');
    mkdirSync(join(dir, 'self'));
    expect(procStat(7, dir)).toEqual({ state: 'Z', start: '98765', group: 7 });
    expect(procStat(8, dir)).toBeNull();
  });

  it('a zombie owner is dead', () => {
    // sh starts a child that exits at once, then becomes `sleep`, which never reaps it: a zombie
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    return new Promise<void>((resolve, reject) => {
      parent.stdout!.once('data', async (d: Buffer) => {
        try {
          const zombie = Number(d.toString().trim());
          await until(() => procStat(zombie)?.state === 'Z', 5000);
          expect(isAlive(zombie)).toBe(false);
          // recovery deletes a staging folder whose owner is the zombie
          const root = project();
          mkdirSync(join(root, BUILD_STAGING));
          writeFileSync(join(root, BUILD_STAGING, 'owner'), `${ownerRecord(zombie)}\n`);
          expect(recover(staging(root, BUILD_STAGING))).toBe('discarded');
          resolve();
        } catch (e) {
          reject(e);
        } finally {
          parent.kill('SIGKILL');
        }
      });
    });
  });

  it('a reused process id (another start time) is dead; the same start time is alive', () => {
    const me = parseOwner(ownerRecord(process.ppid));
    expect(me.start).toMatch(/^\d+$/);
    expect(isAlive(me.pid, me.start)).toBe(true);
    expect(isAlive(me.pid, String(Number(me.start) + 1))).toBe(false);
    const root = project();
    mkdirSync(join(root, BUILD_STAGING));
    writeFileSync(join(root, BUILD_STAGING, 'owner'), `${me.pid} ${Number(me.start) + 1}\n`);
    expect(recover(staging(root, BUILD_STAGING))).toBe('discarded');
  });

  it('an owner record of the earlier format (a process id alone) still counts when the process is alive', () => {
    expect(parseOwner(`${process.ppid}\n`)).toEqual({ pid: process.ppid, start: undefined });
    expect(isAlive(process.ppid, undefined)).toBe(true);
    expect(isAlive(2 ** 22 + 1)).toBe(false);
  });

  it('without /proc, signal 0 decides', () => {
    expect(isAlive(process.pid, '1', () => undefined)).toBe(true);
  });
});

describe('BUILD_DATE', () => {
  it('garbage and 2026-02-30 stop the build with a clear error before anything is built', () => {
    for (const value of ['garbage', '2026-02-30']) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build.ts')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BUILD_DATE: value } });
      expect(r.status).toBe(1);
      expect(r.stderr.trim()).toBe(`error: BUILD_DATE="${value}": not a calendar date written YYYY-MM-DD (e.g. 2026-12-06); unset it to build with today's date`);
    }
  });
});

describe('buildFailure (what a failed build prints)', () => {
  it('a file-system error anywhere (disk full) names the file; an unexpected error keeps its message', () => {
    const enospc = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', syscall: 'write', path: '/p/.build-staging/new/dist/index.html', errno: -28 });
    expect(buildFailure(enospc)).toEqual(['error: /p/.build-staging/new/dist/index.html: disk full', 'dist/ was left as it was.']);
    expect(buildFailure(new Error('astro build failed (exit 1)'))).toEqual(['build failed: astro build failed (exit 1)', 'dist/ was left as it was.']);
  });

  it('a staging folder another live build writes: wait, or delete the named folder', () => {
    expect(buildFailure(new StagingBusy('/p/.build-staging', 42))[0]).toBe(
      'error: /p/.build-staging: another build (process 42, running) is writing it: wait for it to finish (if process 42 is not a build, delete /p/.build-staging)',
    );
  });
});
