/**
 * The site half of `npm run build` (after the ingest): astro build, with the search index
 * written by its Pagefind integration (src/integrations/pagefind.ts), writes into
 * .build-staging/new/dist/, which replaces dist/ only once it succeeded
 * (src/ingest/disk/staged-swap.ts). A failed or killed build leaves the previous dist/; the
 * next build deletes or finishes what it left.
 *
 * The build owns its children: each command runs as the leader of its own process group
 * (Pagefind, started by astro, is in it too), recorded in .build-staging/groups. A build
 * stopped by a signal ends its groups; a build killed outright (SIGKILL) leaves them
 * recorded, and the next build ends them before it deletes the staging folder they write
 * into, so no stray process ever writes into a later build.
 *
 * A command's output is passed through and its tail read: ENOSPC there is `error: PATH: disk full (ENOSPC) …`.
 * The swap happens only when the site holds its home page and search index (requireFiles), so an astro
 * that exits 0 without finishing never replaces dist/.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errnoProblem, IngestError, isErrnoError } from '../src/ingest/report/errors.ts';
import {
  begin,
  cleanup,
  commit,
  discard,
  type FsOps,
  isAlive,
  nodeFs,
  parseOwner,
  procStat,
  recover,
  type Recovery,
  staging,
  StagingBusy,
  SwapIncomplete,
} from '../src/ingest/disk/staged-swap.ts';
import { parseBuildDate } from '../src/lib/dates.ts';

export const BUILD_STAGING = '.build-staging';
/** The file of the staging folder that lists the build's process groups (`pgid start-time` per line). */
export const GROUPS_FILE = 'groups';

/** The process groups a build started, kept in memory and in the staging folder's GROUPS_FILE. */
export class ChildGroups {
  readonly live = new Map<number, string>();
  /** Where the list is recorded (set once the staging folder exists). */
  file: string | null = null;

  add(pgid: number): void {
    this.live.set(pgid, procStat(pgid)?.start ?? '');
    this.save();
  }

  /** Ends a group (its leader has exited; members it left are killed) and forgets it. */
  end(pgid: number): void {
    signalGroup(pgid, 'SIGKILL');
    this.live.delete(pgid);
    this.save();
  }

  /** Signals every group still recorded (the build is being stopped). */
  signalAll(signal: NodeJS.Signals): void {
    for (const pgid of this.live.keys()) signalGroup(pgid, signal);
  }

  private save(): void {
    if (this.file && existsSync(join(this.file, '..'))) writeFileSync(this.file, [...this.live].map(([p, s]) => `${p} ${s}\n`).join(''));
  }
}

/** Sends a signal to a whole process group; a group that is gone is no error. */
function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

/** The running (not zombie) processes of a group, from /proc; without /proc, [pgid] when signal 0 reaches the group. */
export function groupMembers(pgid: number, start?: string): number[] {
  const leader = procStat(pgid);
  // the leader's id now belongs to a process that started later: the recorded group is gone
  if (leader && start && leader.start !== start) return [];
  if (leader === undefined) {
    try {
      process.kill(-pgid, 0);
      return [pgid];
    } catch {
      return [];
    }
  }
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => {
      const st = procStat(pid);
      return st?.group === pgid && st.state !== 'Z' && st.state !== 'X';
    });
}

/** Sleeps without an event loop (recovery runs before anything else). */
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Ends the process groups a killed build left running (their owner is dead, they would go on
 * writing into the staging folder); returns how many it ended. Throws an IngestError naming
 * the staging folder when one does not end.
 */
export function endOrphans(dir: string, timeoutMs = 10_000): number {
  const groupsFile = join(dir, GROUPS_FILE);
  if (!existsSync(groupsFile)) return 0;
  const ownerFile = join(dir, 'owner');
  const owner = existsSync(ownerFile) ? parseOwner(readFileSync(ownerFile, 'utf8')) : { pid: NaN };
  // a live build's groups are its own: recover() refuses to touch its staging folder
  if (Number.isInteger(owner.pid) && owner.pid !== process.pid && isAlive(owner.pid, owner.start)) return 0;
  let ended = 0;
  for (const line of readFileSync(groupsFile, 'utf8').split('\n').filter(Boolean)) {
    const { pid: pgid, start } = parseOwner(line);
    if (!Number.isInteger(pgid) || pgid <= 1 || !groupMembers(pgid, start).length) continue;
    signalGroup(pgid, 'SIGKILL');
    ended++;
    for (let waited = 0; groupMembers(pgid, start).length; waited += 50) {
      if (waited >= timeoutMs) throw new IngestError(dir, null, `process group ${pgid}, left running by a killed build, does not end: end it (kill -KILL -${pgid}), then delete ${dir}`);
      sleep(50);
    }
  }
  return ended;
}

/** One build step, writing into (or over) the site folder it is given; commands it starts are recorded in `groups`. */
export type Step = (site: string, groups: ChildGroups) => void | Promise<void>;

/** Runs the steps into a staging folder and swaps the result in as <root>/dist/; returns what recovery found. */
export async function buildSite(
  root: string,
  steps: Step[],
  ops: FsOps = nodeFs,
  groups = new ChildGroups(),
): Promise<{ recovery: Recovery; leftover: string | null; orphans: number }> {
  const s = staging(root, BUILD_STAGING, ops);
  const orphans = endOrphans(s.dir);
  const recovery = recover(s);
  const site = join(begin(s), 'dist');
  groups.file = join(s.dir, GROUPS_FILE);
  try {
    for (const step of steps) await step(site, groups);
    if (!ops.exists(site)) throw new Error(`the build steps wrote nothing to ${site}`);
    commit(s);
  } catch (e) {
    // after a swap that could not be undone the commit marker must stay for recovery
    if (!(e instanceof SwapIncomplete)) discard(s);
    throw e;
  }
  try {
    cleanup(s);
    return { recovery, leftover: null, orphans };
  } catch {
    return { recovery, leftover: s.dir, orphans };
  }
}

/** A command of the build failed on a full disk (ENOSPC in its output). */
export class ChildDiskFull extends Error {
  constructor(
    readonly path: string,
    readonly program: string,
  ) {
    super(`${path}: disk full (ENOSPC) while ${program} wrote the site; free space and build again`);
    this.name = 'ChildDiskFull';
  }
}

/**
 * The file named by an ENOSPC error in a command's output, tried in turn: Node's `ENOSPC: …, open '/path'`;
 * astro's progress line the error is appended to (`  ├─ /data/measures.jsonENOSPC: …, write`: that page,
 * under `site`); the error's `path: '/path'` field; else `site` itself. Null without ENOSPC.
 */
export function enospcPath(output: string, site: string): string | null {
  if (!/ENOSPC\b/.test(output)) return null;
  const quoted = /ENOSPC\b[^\n]*?, \w+ '([^'\n]+)'/.exec(output)?.[1];
  const page = /[├└]─ (\/[^\s]+?)(?:\s*\(\+\d+m?s\)\s*)?(?:\[ERROR\]\s*)?(?:Error: )?ENOSPC\b/.exec(output)?.[1];
  const field = /^\s*path: '([^'\n]+)'/m.exec(output)?.[1];
  return quoted ?? (page ? join(site, page) : (field ?? site));
}

/** How much of a command's output is kept to look for ENOSPC (its last part: where the error is). */
const OUTPUT_TAIL = 64 * 1024;

/**
 * A step that runs a program as the leader of a new process group and fails when it does; the group is ended
 * when the leader exits. Its output is passed through, and its tail read for a full disk.
 */
export function groupCommand(name: string, bin: string, args: (site: string) => string[], options: { cwd: string; env?: (site: string) => NodeJS.ProcessEnv }): Step {
  return (site, groups) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(bin, args(site), { cwd: options.cwd, stdio: ['inherit', 'pipe', 'pipe'], env: { ...process.env, ...options.env?.(site) }, detached: true });
      let tail = '';
      const pass = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
        to.write(chunk);
        tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_TAIL);
      };
      child.stdout!.on('data', pass(process.stdout));
      child.stderr!.on('data', pass(process.stderr));
      child.once('spawn', () => groups.add(child.pid!));
      child.once('error', reject);
      // 'close': the leader exited and its output has been read to the end
      child.once('close', (code, signal) => {
        // a process the leader left behind (Pagefind's backend) must not outlive the step
        if (child.pid) groups.end(child.pid);
        if (code === 0) return resolve();
        const full = enospcPath(tail, site);
        reject(full ? new ChildDiskFull(full, name.split(' ')[0]!) : new Error(`${name} failed (${signal ? `killed by ${signal}` : `exit ${code}`})`));
      });
    });
}

/**
 * A step that fails unless the site holds these files: a command that exits 0 without finishing (astro
 * after its Pagefind backend was killed, before unlessAbandoned) must not replace dist/.
 */
export function requireFiles(files: string[]): Step {
  return (site) => {
    const missing = files.filter((f) => !existsSync(join(site, f)));
    if (missing.length) throw new Error(`the build exited 0 but did not write ${missing.join(', ')}: the site is incomplete`);
  };
}

/** The files every complete site has: the home page and the search index (src/integrations/pagefind.ts). */
export const SITE_FILES = ['index.html', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind-other/pagefind-entry.json'];

/** The real steps: Astro and its integrations, the search index included (its outDir read from OUT_DIR in astro.config.mjs), then the check that the site is complete. */
export function siteSteps(root: string): Step[] {
  return [groupCommand('astro build', join(root, 'node_modules', '.bin', 'astro'), () => ['build'], { cwd: root, env: (site) => ({ OUT_DIR: site }) }), requireFiles(SITE_FILES)];
}

/** The lines printed for a failed build: `error: FILE: problem` for bad input and file-system errors, else the message. */
export function buildFailure(e: unknown): string[] {
  const first = e instanceof SwapIncomplete ? e.failure : e;
  const what =
    first instanceof ChildDiskFull
      ? `error: ${first.message}`
      : first instanceof StagingBusy
      ? `error: ${first.dir}: another build (process ${first.pid}, running) is writing it: wait for it to finish (if process ${first.pid} is not a build, delete ${first.dir})`
      : first instanceof IngestError
        ? `error: ${first.message}`
        : isErrnoError(first)
          ? `error: ${first.path ?? '(unknown file)'}: ${errnoProblem(first)}`
          : `build failed: ${(first as Error).message}`;
  return [what, e instanceof SwapIncomplete ? 'dist/ is half-replaced: the next `npm run build` finishes it.' : 'dist/ was left as it was.'];
}

/** Runs the build as a command does (exit code returned): signals end the build's process groups and its unfinished staging folder. */
export async function runBuild(root: string, steps: Step[], ops: FsOps = nodeFs): Promise<number> {
  const groups = new ChildGroups();
  const stop = (signal: NodeJS.Signals, n: number) => () => {
    groups.signalAll('SIGKILL');
    // the swap runs without awaiting, so a signal handled here comes before the commit: nothing of dist/ was touched;
    // the staging folder is deleted only when it is this build's (not another build's that made this one stop)
    const ownerFile = join(root, BUILD_STAGING, 'owner');
    if (existsSync(ownerFile) && parseOwner(readFileSync(ownerFile, 'utf8')).pid === process.pid) discard(staging(root, BUILD_STAGING));
    console.error(`build stopped by ${signal}: dist/ was left as it was.`);
    process.exit(128 + n);
  };
  process.once('SIGINT', stop('SIGINT', 2));
  process.once('SIGTERM', stop('SIGTERM', 15));
  process.once('SIGHUP', stop('SIGHUP', 1));
  process.once('exit', () => groups.signalAll('SIGKILL'));
  try {
    const { recovery, leftover, orphans } = await buildSite(root, steps, ops, groups);
    if (orphans) console.warn(`build: ended ${orphans} process group(s) left running by a killed build`);
    if (recovery === 'finished') console.warn(`build: an earlier build was killed while replacing dist/: the replacement was finished first`);
    if (recovery === 'discarded') console.warn(`build: deleted the unfinished output of an earlier build (dist/ had not been changed)`);
    if (leftover) console.warn(`build: dist/ is new, but ${leftover} could not be deleted: the next build deletes it`);
    console.log('build: dist/ replaced');
    return 0;
  } catch (e) {
    for (const line of buildFailure(e)) console.error(line);
    return 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(import.meta.url), '..', '..');
  let date: Date | null = null;
  try {
    // checked before anything starts: a wrong date never reaches the pages
    date = parseBuildDate(process.env.BUILD_DATE);
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exitCode = 1;
  }
  if (date) process.exitCode = await runBuild(root, siteSteps(root));
}
