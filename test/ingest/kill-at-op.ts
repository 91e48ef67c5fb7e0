/**
 * Test preload (`node --import tsx --import ./kill-at-op.ts …`): counts the changes the
 * process makes under KILL_DIR (folders made, files written and closed, renames,
 * deletions), logs each to KILL_LOG, and sends itself SIGKILL right after the
 * KILL_AT-th: a real kill at a chosen point, with no hook in the code under test.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const dir = process.env.KILL_DIR!;
const at = Number(process.env.KILL_AT ?? Infinity);
const logFile = process.env.KILL_LOG;
const original = { mkdirSync: fs.mkdirSync, openSync: fs.openSync, closeSync: fs.closeSync, renameSync: fs.renameSync, rmSync: fs.rmSync, appendFileSync: fs.appendFileSync };
const inside = (p: unknown) => typeof p === 'string' && p.startsWith(dir);
let count = 0;

function done(what: string): void {
  count++;
  if (logFile) original.appendFileSync(logFile, `${count} ${what}\n`);
  if (count === at) process.kill(process.pid, 'SIGKILL');
}

const writing = new Map<number, string>();
const patched = {
  mkdirSync: (p: fs.PathLike, o?: fs.MakeDirectoryOptions) => {
    const r = original.mkdirSync(p, o);
    if (inside(p)) done(`mkdir ${p}`);
    return r;
  },
  openSync: (p: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => {
    const fd = original.openSync(p, flags ?? 'r', mode);
    if (inside(p) && typeof flags === 'string' && flags.startsWith('w')) writing.set(fd, p as string);
    return fd;
  },
  closeSync: (fd: number) => {
    original.closeSync(fd);
    const p = writing.get(fd);
    if (p !== undefined) {
      writing.delete(fd);
      done(`write ${p}`);
    }
  },
  renameSync: (from: fs.PathLike, to: fs.PathLike) => {
    original.renameSync(from, to);
    if (inside(from)) done(`rename ${from} -> ${to}`);
  },
  rmSync: (p: fs.PathLike, o?: fs.RmOptions) => {
    original.rmSync(p, o);
    if (inside(p)) done(`remove ${p}`);
  },
};
Object.assign(fs, patched);
// make `import { renameSync } from 'node:fs'` and `import * as fs` see the patched functions
syncBuiltinESMExports();
