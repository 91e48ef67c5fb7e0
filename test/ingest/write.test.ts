/**
 * The write protocol of content/ (src/ingest/disk/write.ts, src/ingest/disk/staged-swap.ts): a
 * kill after any file operation, followed by the next run's recovery, leaves content/
 * exactly old or exactly new; an error leaves it exactly old and says why.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IncompleteWriteError, IngestError } from '../../src/ingest/report/errors.ts';
import type { IngestReport } from '../../src/ingest/pipeline.ts';
import { recoverOutput, STAGING_DIR, writeOutput } from '../../src/ingest/disk/write.ts';
import { manifestEntry, ROOT } from '../helpers.ts';
import { errnoError, Killed, killedAfter, MUTATING, snapshot, tempDir, wrappedFs } from './fs-faults.ts';

const NEW_FILES = new Map([
  ['policies/a.mdx', 'new a\n'],
  ['policies/b.mdx', 'new b\n'],
  ['policies-en/a.mdx', 'new a (en)\n'],
  ['data/a.json', '{"new":"a"}\n'],
  ['data/b.json', '{"new":"b"}\n'],
]);
const NEW_REPORT = { sources: [], policies: [], overriddenTargets: [], staleOverrides: ['new report'], unknownUnitCount: 0 } as unknown as IngestReport;

/** A content folder holding authored files and, unless `firstRun`, an earlier output. */
function oldContent(firstRun: boolean): string {
  const dir = tempDir('ingest-write-');
  writeFileSync(join(dir, 'units.yaml'), 'authored: true\n');
  if (!firstRun) {
    mkdirSync(join(dir, 'generated', 'policies'), { recursive: true });
    mkdirSync(join(dir, 'generated', 'data'));
    writeFileSync(join(dir, 'generated', 'policies', 'a.mdx'), 'old a\n');
    writeFileSync(join(dir, 'generated', 'policies', 'gone.mdx'), 'only in the old output\n');
    writeFileSync(join(dir, 'generated', 'data', 'a.json'), '{"old":"a"}\n');
    writeFileSync(join(dir, 'ingest-report.json'), '{"old":true}\n');
  }
  return dir;
}

/** The content folder after an uninterrupted write. */
function newState(firstRun: boolean): Record<string, string> {
  const dir = oldContent(firstRun);
  writeOutput(dir, NEW_FILES, NEW_REPORT);
  return snapshot(dir);
}

/** A snapshot without the staging folder (what the site build sees). */
const withoutStaging = (s: Record<string, string>) => Object.fromEntries(Object.entries(s).filter(([k]) => !k.startsWith(STAGING_DIR)));

for (const firstRun of [false, true]) {
  describe(firstRun ? 'write protocol, first run (no earlier output)' : 'write protocol, replacing an earlier output', () => {
    const before = snapshot(oldContent(firstRun));
    const after = newState(firstRun);
    // the operations of one uninterrupted write, and the one that commits it
    const { ops: counting, log } = wrappedFs();
    writeOutput(oldContent(firstRun), NEW_FILES, NEW_REPORT, counting);
    const commitAt = log.findIndex((op) => op.name === 'rename' && op.args[1]!.endsWith('commit.json')) + 1;

    it('an uninterrupted write gives the new output and nothing else', () => {
      expect(after).not.toEqual(before);
      expect(after['generated/policies/b.mdx']).toBe('new b\n');
      expect(after['generated/policies/gone.mdx']).toBeUndefined();
      expect(JSON.parse(after['ingest-report.json']!).staleOverrides).toEqual(['new report']);
      expect(after['units.yaml']).toBe('authored: true\n');
      expect(Object.keys(after).filter((k) => k.startsWith('.'))).toEqual([]);
      expect(commitAt).toBeGreaterThan(1);
    });

    it(`a kill after any of its operations, then recovery: exactly the old output before the commit, exactly the new one after`, () => {
      for (let n = 0; n <= log.length; n++) {
        const dir = oldContent(firstRun);
        try {
          writeOutput(dir, NEW_FILES, NEW_REPORT, killedAfter(n).ops);
        } catch (e) {
          if (!(e instanceof Killed)) throw e;
        }
        const leftover = existsSync(join(dir, STAGING_DIR));
        const diagnostics = recoverOutput(dir);
        expect(snapshot(dir), `killed after operation ${n} (${JSON.stringify(log[n - 1])})`).toEqual(n >= commitAt ? after : before);
        // recovery says what it did, and only when there was something to do
        expect(diagnostics.map((d) => d.rule)).toEqual(leftover ? ['write-recovered'] : []);
      }
    });

    it('a failing operation (disk full) leaves the old output exactly, or the new one once committed, and says so', () => {
      const mutating = log.filter((op) => MUTATING.has(op.name)).length;
      const outcomes = new Set<string>();
      for (let m = 1; m <= mutating; m++) {
        const dir = oldContent(firstRun);
        let k = 0;
        const { ops } = wrappedFs((_, op) => (MUTATING.has(op.name) && ++k === m ? errnoError('ENOSPC', op.name, op.args[0]!) : null));
        let diagnostics;
        try {
          diagnostics = writeOutput(dir, NEW_FILES, NEW_REPORT, ops);
        } catch (e) {
          expect(e).toBeInstanceOf(IngestError);
          expect((e as IngestError).problem).toBe('disk full: nothing was changed');
          // the file named is where the output goes, never the staging copy
          expect((e as IngestError).file).not.toContain(STAGING_DIR);
          expect(snapshot(dir), `failure at change ${m}`).toEqual(before);
          outcomes.add('failed');
          continue;
        }
        // only deleting the staging folder, after the swap, may fail without failing the run
        expect(diagnostics.map((d) => d.rule)).toEqual(['write-leftover']);
        expect(withoutStaging(snapshot(dir))).toEqual(after);
        recoverOutput(dir);
        expect(snapshot(dir)).toEqual(after);
        outcomes.add('written');
      }
      expect([...outcomes].sort()).toEqual(['failed', 'written']);
    });

    it('a file system that stops working for good (every change fails): old output outside the staging folder, or a clear half-way error; recovery completes it', () => {
      const mutating = log.filter((op) => MUTATING.has(op.name)).length;
      for (let m = 1; m <= mutating; m++) {
        const dir = oldContent(firstRun);
        let k = 0;
        const { ops } = wrappedFs((_, op) => (MUTATING.has(op.name) && ++k >= m ? errnoError('EIO', op.name, op.args[0]!) : null));
        let error: unknown = null;
        try {
          const diagnostics = writeOutput(dir, NEW_FILES, NEW_REPORT, ops);
          // the swap was done, only deleting the staging folder failed
          expect(diagnostics.map((d) => d.rule)).toEqual(['write-leftover']);
          expect(withoutStaging(snapshot(dir))).toEqual(after);
        } catch (e) {
          error = e;
          expect(error, `failure from change ${m} on`).toBeInstanceOf(IngestError);
          if (!(error instanceof IncompleteWriteError)) expect(withoutStaging(snapshot(dir))).toEqual(before);
          else expect((error as IngestError).problem).toBe('input/output error (a disk or network problem): the update of ' + dir + '/ failed half-way and could not be undone');
        }
        recoverOutput(dir);
        expect(snapshot(dir)).toEqual(error === null || error instanceof IncompleteWriteError ? after : before);
      }
    });
  });
}

describe('write errors name the file and the problem', () => {
  const failing = (match: (op: { name: string; args: string[] }) => boolean, code: string) =>
    wrappedFs((_, op) => (match(op) ? errnoError(code, op.name, op.args[0]!) : null)).ops;

  it('a read-only generated/ (it cannot be moved aside): permission denied, old output kept', () => {
    const dir = oldContent(false);
    const before = snapshot(dir);
    const ops = failing((op) => op.name === 'rename' && op.args[0] === join(dir, 'generated'), 'EACCES');
    expect(() => writeOutput(dir, NEW_FILES, NEW_REPORT, ops)).toThrow(`${join(dir, 'generated')}: permission denied: nothing was changed`);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a read-only content/ (no staging folder can be made): permission denied naming content/', () => {
    const dir = oldContent(false);
    const before = snapshot(dir);
    const ops = failing((op) => op.name === 'mkdir' && op.args[0] === join(dir, STAGING_DIR), 'EACCES');
    expect(() => writeOutput(dir, NEW_FILES, NEW_REPORT, ops)).toThrow(`${dir}: permission denied: nothing was changed`);
    expect(snapshot(dir)).toEqual(before);
  });

  it('disk full while writing a policy names that policy’s file in generated/', () => {
    const dir = oldContent(false);
    const ops = failing((op) => op.name === 'writeFile' && op.args[0]!.endsWith('b.mdx'), 'ENOSPC');
    expect(() => writeOutput(dir, NEW_FILES, NEW_REPORT, ops)).toThrow(`${join(dir, 'generated', 'policies', 'b.mdx')}: disk full: nothing was changed`);
  });

  it('a policy id too long for a file name (real file system): file name too long, nothing changed', () => {
    const dir = oldContent(false);
    const before = snapshot(dir);
    const id = 'x'.repeat(300);
    expect(() => writeOutput(dir, new Map([[`policies/${id}.mdx`, 'text\n']]), NEW_REPORT)).toThrow(
      `${join(dir, 'generated', 'policies', `${id}.mdx`)}: file name too long (at most 255 bytes per name): nothing was changed`,
    );
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('recovery', () => {
  it('leaves the staging folder of a run that is still going alone', () => {
    const dir = oldContent(false);
    mkdirSync(join(dir, STAGING_DIR));
    // the parent of this test process is alive and is not this process
    writeFileSync(join(dir, STAGING_DIR, 'owner'), `${process.ppid}\n`);
    const before = snapshot(dir);
    expect(() => writeOutput(dir, NEW_FILES, NEW_REPORT)).toThrow(`another ingest (process ${process.ppid}, running) is writing ${dir}/ now`);
    expect(snapshot(dir)).toEqual(before);
  });

  it('cleans up what the earlier write protocol left when killed, restoring a generated/ it had moved aside', () => {
    const dir = oldContent(false);
    const before = snapshot(dir);
    mkdirSync(join(dir, '.generated-staging-41'));
    writeFileSync(join(dir, '.ingest-report.json.41'), '{}');
    renameSync(join(dir, 'generated'), join(dir, '.generated-old-41'));
    const diagnostics = recoverOutput(dir);
    expect(snapshot(dir)).toEqual(before);
    expect(diagnostics.map((d) => d.file).sort()).toEqual(['.generated-old-41', '.generated-staging-41', '.ingest-report.json.41'].map((f) => join(dir, f)));
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses to guess when the commit marker is damaged', () => {
    const dir = oldContent(false);
    mkdirSync(join(dir, STAGING_DIR));
    writeFileSync(join(dir, STAGING_DIR, 'commit.json'), '{"entries": ["../units.yaml"]}');
    expect(() => recoverOutput(dir)).toThrow(/commit marker is damaged/);
  });
});

describe('a real kill of `npm run ingest` (SIGKILL at chosen file operations)', () => {
  const CLI = join(ROOT, 'src', 'ingest', 'cli.ts');
  const PRELOAD = join(import.meta.dirname, 'kill-at-op.ts');
  const tmp = tempDir('ingest-kill-');
  const seeds = join(tmp, 'seeds');
  // two small documents of our own: the run is about the write, not the corpus
  mkdirSync(seeds);
  writeFileSync(join(seeds, 'a.txt'), '一、总则\n（一）建设一批平台。\n（二）培育一批企业。\n');
  writeFileSync(join(seeds, 'b.txt'), '一、目标\n（一）到2025年，新增企业100家。\n二、保障\n（一）加强组织领导。\n');
  writeFileSync(join(seeds, 'manifest.yaml'), 'sources:\n' + manifestEntry('a.txt', 'doc-a') + manifestEntry('b.txt', 'doc-b'));
  /** A content folder with the authored inputs and a small earlier output. */
  const content = (name: string) => {
    const dir = join(tmp, name);
    mkdirSync(join(dir, 'generated', 'policies'), { recursive: true });
    cpSync(join(ROOT, 'content', 'units.yaml'), join(dir, 'units.yaml'));
    writeFileSync(join(dir, 'generated', 'policies', 'earlier.mdx'), 'an earlier output\n');
    writeFileSync(join(dir, 'ingest-report.json'), '{"earlier":true}\n');
    return dir;
  };
  const run = (dir: string, env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', '--import', PRELOAD, CLI, '--seeds', seeds, '--content', dir], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, KILL_DIR: dir, ...env },
    });

  it('after recovery, content/ is exactly the earlier output or exactly the new one', { timeout: 180_000 }, () => {
    const before = snapshot(content('before'));
    const logged = content('logged');
    const logFile = join(tmp, 'ops.log');
    const first = run(logged, { KILL_LOG: logFile });
    expect(first.status, first.stderr).toBe(0);
    const after = snapshot(logged);
    const ops = readFileSync(logFile, 'utf8').trim().split('\n').map((l) => l.slice(l.indexOf(' ') + 1).replaceAll(logged, 'C'));
    const index = (pattern: RegExp) => ops.findIndex((o) => pattern.test(o)) + 1;
    const commitAt = index(/^rename .*commit\.json\.tmp -> /);
    const chosen = {
      'staging folder made': index(/^mkdir C\/\.ingest-staging$/),
      'half of the new files written': Math.floor(index(/^write C\/\.ingest-staging\/new\/ingest-report\.json$/) / 2),
      'commit marker in place': commitAt,
      'generated/ moved aside': index(/^rename C\/generated -> /),
      'new generated/ moved in': index(/^rename C\/\.ingest-staging\/new\/generated -> /),
      'report moved aside': index(/^rename C\/ingest-report\.json -> /),
    };
    expect(Object.values(chosen).every((n) => n > 0), JSON.stringify({ chosen, ops })).toBe(true);
    for (const [moment, n] of Object.entries(chosen)) {
      const dir = content(`killed-${n}`);
      const r = run(dir, { KILL_AT: String(n) });
      expect(r.signal, `${moment}: ${r.stderr}`).toBe('SIGKILL');
      recoverOutput(dir);
      expect(snapshot(dir), moment).toEqual(n >= commitAt ? after : before);
    }
  });
});
