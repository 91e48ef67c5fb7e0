/** Test helpers for the write protocol: snapshots of a folder, and file operations that fail or “kill” at the Nth call. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FsOps, nodeFs } from '../../src/ingest/disk/staged-swap.ts';
import { manifestEntry, ROOT } from '../helpers.ts';

/** Every file (with its text) and folder (with a trailing /) under dir, by relative path. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) {
        out[`${rel}${f}/`] = '';
        walk(p, `${rel}${f}/`);
      } else out[rel + f] = readFileSync(p, 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

/** A good seed of three provisions. */
export const SEED = '一、总则\n（一）做一件事。\n（二）再做一件事。\n';

/** A seeds folder with one good seed (a.txt) and a content folder with the units registry, in a new temporary folder (`outside`). */
export function seedInputs(prefix: string): { seeds: string; content: string; outside: string } {
  const outside = tempDir(prefix);
  const seeds = join(outside, 'seeds');
  const content = join(outside, 'content');
  mkdirSync(seeds);
  mkdirSync(content);
  writeFileSync(join(seeds, 'a.txt'), SEED);
  writeFileSync(join(seeds, 'manifest.yaml'), 'sources:\n' + manifestEntry('a.txt', 'doc-a'));
  cpSync(join(ROOT, 'content', 'units.yaml'), join(content, 'units.yaml'));
  return { seeds, content, outside };
}

/** A Node.js-style file-system error (code, syscall, path), as fs would throw it. */
export function errnoError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated, ${syscall} '${path}'`), { code, syscall, path, errno: -1 });
}

export const MUTATING: ReadonlySet<keyof FsOps> = new Set(['mkdir', 'writeFile', 'rename', 'remove']);

export interface LoggedOp {
  name: keyof FsOps;
  args: string[];
}

/**
 * Wraps nodeFs: each call is logged, and `decide(index, op)` (1-based, over all calls)
 * may replace it by an error. Data arguments are left out of the log.
 */
export function wrappedFs(decide: (index: number, op: LoggedOp) => Error | null = () => null): { ops: FsOps; log: LoggedOp[] } {
  const log: LoggedOp[] = [];
  const wrap =
    <K extends keyof FsOps>(name: K) =>
    (...args: Parameters<FsOps[K]>) => {
      const op = { name, args: (name === 'writeFile' ? args.slice(0, 1) : args) as string[] };
      log.push(op);
      const error = decide(log.length, op);
      if (error) throw error;
      return (nodeFs[name] as (...a: unknown[]) => unknown)(...args);
    };
  const ops = Object.fromEntries((Object.keys(nodeFs) as (keyof FsOps)[]).map((k) => [k, wrap(k)])) as unknown as FsOps;
  return { ops, log };
}

/** Thrown by every operation after the simulated kill: the disk stays exactly as it was at that moment. */
export class Killed extends Error {}

/** File operations that work for the first n calls, then never again (a process killed after its nth operation). */
export const killedAfter = (n: number) => wrappedFs((i) => (i > n ? new Killed(`killed after operation ${n}`) : null));
