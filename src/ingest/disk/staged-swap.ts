/**
 * Replace some entries (files or folders) of a folder by new versions as one unit, so
 * that a process killed at any point leaves the old or the new entries once the next
 * run has recovered. Used by the ingest's write (content/generated/ + the report) and
 * by the site build (dist/). The protocol (docs/quality.md, “Reliability”):
 *
 *   <root>/<staging>/owner         process id and start time of the writer (a live writer is never
 *                                  disturbed; a dead one, a zombie or a reused process id is no writer)
 *   <root>/<staging>/new/<entry>   the new versions, written first
 *   <root>/<staging>/commit.json   the commit marker: the list of entries, written once new/ is
 *                                  complete (to a temporary name, then renamed: all or nothing)
 *   <root>/<staging>/old/<entry>   the old versions, moved aside during the swap
 *
 * Before the marker exists nothing in <root> has been touched: recovery deletes the
 * staging folder. Once it exists, recovery finishes the swap (each step can be
 * repeated) and then deletes the staging folder.
 */
import * as fs from 'node:fs';
import { join, relative, sep } from 'node:path';
import { IngestError } from '../report/errors.ts';

/** The file operations the protocol uses: tests wrap them to fail or “kill” after any one of them. */
export interface FsOps {
  exists(path: string): boolean;
  readdir(path: string): string[];
  readFile(path: string): string;
  /** One folder, not its parents; fails when it exists. */
  mkdir(path: string): void;
  /** Writes and flushes to disk (fsync) before returning. */
  writeFile(path: string, data: string): void;
  rename(from: string, to: string): void;
  /** Deletes a file or a whole folder; nothing to do when it is missing. */
  remove(path: string): void;
}

export const nodeFs: FsOps = {
  exists: (p) => fs.existsSync(p),
  readdir: (p) => fs.readdirSync(p),
  readFile: (p) => fs.readFileSync(p, 'utf8'),
  mkdir: (p) => fs.mkdirSync(p),
  writeFile: (p, data) => {
    const fd = fs.openSync(p, 'w');
    try {
      fs.writeSync(fd, data);
      // flushed before the commit marker is written, so the marker never precedes the data
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  },
  rename: (from, to) => fs.renameSync(from, to),
  remove: (p) => fs.rmSync(p, { recursive: true, force: true }),
};

const OWNER = 'owner';
const NEW = 'new';
const OLD = 'old';
const MARKER = 'commit.json';

export interface Staging {
  /** The folder whose entries are replaced. */
  root: string;
  /** The staging folder, inside root (a rename never crosses file systems). */
  dir: string;
  ops: FsOps;
}

export function staging(root: string, name: string, ops: FsOps = nodeFs): Staging {
  return { root, dir: join(root, name), ops };
}

/** The staging folder belongs to a process that is still running. */
export class StagingBusy extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(`${dir} belongs to process ${pid}, which is still running`);
    this.name = 'StagingBusy';
  }
}

/** The swap failed and so did undoing it: the commit marker stays, the next recovery finishes the swap. */
export class SwapIncomplete extends Error {
  constructor(readonly failure: unknown) {
    super('swap failed and could not be undone', { cause: failure });
    this.name = 'SwapIncomplete';
  }
}

/** A process as /proc/PID/stat shows it: its state letter (Z: zombie) and start time (clock ticks after boot, field 22). */
export interface ProcStat {
  state: string;
  start: string;
  /** Its process group (field 5). */
  group: number;
}

/** /proc/PID/stat of a process: null when there is no such process, undefined when the system has no /proc (not Linux). */
export function procStat(pid: number, procRoot = '/proc'): ProcStat | null | undefined {
  let text: string;
  try {
    text = fs.readFileSync(join(procRoot, String(pid), 'stat'), 'utf8');
  } catch {
    return fs.existsSync(join(procRoot, 'self')) ? null : undefined;
  }
  // the command name (field 2) is in brackets and may hold spaces and brackets: the fields after the last ')' are plain
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0] ?? '', start: fields[19] ?? '', group: Number(fields[2]) };
}

/**
 * Whether process `pid` is running and is the one that started at `start` (from its owner record).
 * A zombie (exited, not yet reaped by its parent) is dead; a process with another start time is a
 * new process that reuses the id, so the recorded one is dead. Without /proc, signal 0 decides.
 */
export function isAlive(pid: number, start?: string, stat: (pid: number) => ProcStat | null | undefined = procStat): boolean {
  const st = stat(pid);
  if (st === undefined) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
  }
  if (st === null || st.state === 'Z' || st.state === 'X') return false;
  return !start || st.start === start;
}

/** The owner record of this process: its id and start time (`4242 123456`). */
export function ownerRecord(pid = process.pid): string {
  return `${pid} ${procStat(pid)?.start ?? ''}`.trim();
}

/** A process id and optional start time read back from an owner record (NaN when damaged). */
export function parseOwner(text: string): { pid: number; start?: string } {
  const [pid, start] = text.trim().split(/\s+/);
  return { pid: /^\d+$/.test(pid ?? '') ? Number(pid) : NaN, start: start && /^\d+$/.test(start) ? start : undefined };
}

/** What recovery found: nothing, an interrupted swap it finished, or an unfinished staging it deleted. */
export type Recovery = 'none' | 'finished' | 'discarded';

/**
 * Brings <root> back to a whole state after an interrupted run: finishes a committed
 * swap, deletes an uncommitted one. Throws StagingBusy when another live process owns it.
 */
export function recover(s: Staging): Recovery {
  const { ops } = s;
  if (!ops.exists(s.dir)) return 'none';
  const ownerFile = join(s.dir, OWNER);
  const owner = ops.exists(ownerFile) ? parseOwner(ops.readFile(ownerFile)) : { pid: NaN };
  if (Number.isInteger(owner.pid) && owner.pid !== process.pid && isAlive(owner.pid, owner.start)) throw new StagingBusy(s.dir, owner.pid);
  const marker = join(s.dir, MARKER);
  if (!ops.exists(marker)) {
    ops.remove(s.dir);
    return 'discarded';
  }
  let entries: string[];
  try {
    entries = (JSON.parse(ops.readFile(marker)) as { entries: string[] }).entries;
    if (!Array.isArray(entries) || entries.some((e) => typeof e !== 'string' || e.includes('/') || e.includes(sep) || e.startsWith('.'))) throw new Error();
  } catch {
    // the marker is written whole by a rename, so this is damage from outside: do not guess
    throw new IngestError(marker, null, 'commit marker is damaged: check which of the entries it names are current, then delete the staging folder');
  }
  swapIn(s, entries);
  ops.remove(s.dir);
  return 'finished';
}

/** Starts a run: creates the staging folder (fails when it exists: run recover() first) and returns the folder for the new entries. */
export function begin(s: Staging): string {
  s.ops.mkdir(s.dir);
  try {
    s.ops.writeFile(join(s.dir, OWNER), `${ownerRecord()}\n`);
    s.ops.mkdir(join(s.dir, NEW));
  } catch (e) {
    discard(s);
    throw e;
  }
  return join(s.dir, NEW);
}

/**
 * Commits the entries of new/ and swaps them in. On a failure before the marker is
 * in place nothing changed; on a failure during the swap it is undone and the error
 * rethrown; when undoing fails too, SwapIncomplete (the marker stays for recovery).
 * The staging folder is left for cleanup().
 */
export function commit(s: Staging): void {
  const { ops } = s;
  const entries = ops.readdir(join(s.dir, NEW)).sort();
  const tmp = join(s.dir, `${MARKER}.tmp`);
  ops.writeFile(tmp, JSON.stringify({ entries }) + '\n');
  ops.rename(tmp, join(s.dir, MARKER)); // the commit point
  try {
    swapIn(s, entries);
  } catch (e) {
    try {
      rollBack(s, entries);
    } catch {
      throw new SwapIncomplete(e);
    }
    throw e;
  }
}

/** Deletes the staging folder after a finished swap (an error here leaves the new state in place). */
export function cleanup(s: Staging): void {
  s.ops.remove(s.dir);
}

/** Deletes an uncommitted staging folder, ignoring errors (it is called while handling another one; recovery retries). */
export function discard(s: Staging): void {
  try {
    s.ops.remove(s.dir);
  } catch {
    // left for the next run's recovery
  }
}

/** Moves each entry's new version in, its old one aside; every step can be repeated after a kill. */
function swapIn(s: Staging, entries: string[]): void {
  const { ops } = s;
  for (const e of entries) {
    const next = join(s.dir, NEW, e);
    const current = join(s.root, e);
    const old = join(s.dir, OLD, e);
    if (!ops.exists(next)) continue; // already moved in
    if (ops.exists(current)) {
      if (ops.exists(old)) throw new IngestError(current, null, `it, ${next} and ${old} all exist, which no interrupted run leaves: check which is current, then delete ${s.dir}`);
      if (!ops.exists(join(s.dir, OLD))) ops.mkdir(join(s.dir, OLD));
      ops.rename(current, old);
    }
    ops.rename(next, current);
  }
}

/** Undoes a partial swap (old versions back in place), then removes the marker: the staging folder is garbage. */
function rollBack(s: Staging, entries: string[]): void {
  const { ops } = s;
  for (const e of entries) {
    const next = join(s.dir, NEW, e);
    const current = join(s.root, e);
    const old = join(s.dir, OLD, e);
    // every entry was in new/ at the commit: one missing from it has been moved in
    if (!ops.exists(next) && ops.exists(current)) ops.rename(current, next);
    if (ops.exists(old)) ops.rename(old, current);
  }
  ops.remove(join(s.dir, MARKER));
}

/** Where a path inside the staging folder ends up (new/x and old/x stand for <root>/x; other files for <root>). */
export function finalPath(s: Staging, path: string): string {
  const rel = relative(s.dir, path);
  if (rel.startsWith('..')) return path;
  const parts = rel.split(sep);
  if ((parts[0] === NEW || parts[0] === OLD) && parts.length > 1) return join(s.root, ...parts.slice(1));
  return s.root;
}
