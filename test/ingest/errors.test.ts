/**
 * File-system problems in the ingest's inputs: each bad file is named with a plain
 * problem, all of them in one run, and the CLI prints them as `error: FILE: problem`
 * (never a stack trace) and exits 1 with content/ untouched.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failureLines, IngestError, IngestErrors } from '../../src/ingest/report/errors.ts';
import { type InputReader, nodeReader, readIngestInput } from '../../src/ingest/disk/inputs.ts';
import { manifestEntry, ROOT } from '../helpers.ts';
import { errnoError, SEED, seedInputs, snapshot, tempDir } from './fs-faults.ts';


const inputs = () => seedInputs('ingest-inputs-');

/** The problems readIngestInput reports, as `file: problem` lines (fails when it reads without error). */
function problems(seeds: string, content: string, reader?: InputReader): string[] {
  try {
    readIngestInput(seeds, content, reader);
  } catch (e) {
    if (e instanceof IngestErrors) return e.errors.map((x) => x.message);
    if (e instanceof IngestError) return [e.message];
    throw e;
  }
  throw new Error('read without error');
}

describe('input files the ingest cannot read', () => {
  it('a dangling symlink in seeds/ names the file and its missing target', () => {
    const { seeds, content } = inputs();
    symlinkSync('nowhere.txt', join(seeds, 'b.txt'));
    expect(problems(seeds, content)).toEqual([`${join(seeds, 'b.txt')}: dangling symbolic link: it points to nowhere.txt, which does not exist`]);
  });

  it('a folder named x.txt, and a symlink to a folder', () => {
    const { seeds, content } = inputs();
    mkdirSync(join(seeds, 'x.txt'));
    mkdirSync(join(seeds, 'sub'));
    symlinkSync('sub', join(seeds, 'y.txt'));
    expect(problems(seeds, content)).toEqual([
      `${join(seeds, 'x.txt')}: is a folder, not a text file`,
      `${join(seeds, 'y.txt')}: symbolic link to a folder (${join(seeds, 'sub')}), not a text file`,
    ]);
  });

  it('a symlink to a file outside seeds/ is refused, naming both', () => {
    const { seeds, content, outside } = inputs();
    writeFileSync(join(outside, 'elsewhere.txt'), SEED);
    symlinkSync(join(outside, 'elsewhere.txt'), join(seeds, 'b.txt'));
    symlinkSync('../elsewhere.txt', join(seeds, 'c.txt'));
    expect(problems(seeds, content)).toEqual([
      `${join(seeds, 'b.txt')}: symbolic link to ${join(outside, 'elsewhere.txt')}, outside the seeds folder: seeds must be files inside ${seeds}/`,
      `${join(seeds, 'c.txt')}: symbolic link to ${join(outside, 'elsewhere.txt')}, outside the seeds folder: seeds must be files inside ${seeds}/`,
    ]);
  });

  it('a symlink to another seed is read as its own file', () => {
    const { seeds, content } = inputs();
    symlinkSync('a.txt', join(seeds, 'b.txt'));
    const input = readIngestInput(seeds, content);
    expect([...input.seeds.keys()]).toEqual(['a.txt', 'b.txt']);
    expect(Buffer.from(input.seeds.get('b.txt')!).toString('utf8')).toBe(SEED);
  });

  it('a missing content/units.yaml', () => {
    const { seeds, content } = inputs();
    rmSync(join(content, 'units.yaml'));
    expect(problems(seeds, content)).toEqual([`${join(content, 'units.yaml')}: missing: the registry of responsible units is needed (see docs/data.md)`]);
  });

  // Tests run as root, for whom chmod 000 does not stop a read: the reader is injected instead.
  it('an unreadable seed and an unreadable translation: permission denied, both reported', () => {
    const { seeds, content } = inputs();
    mkdirSync(join(content, 'translations', 'en'), { recursive: true });
    writeFileSync(join(content, 'translations', 'en', 'doc-a.yaml'), 'title: x\n');
    const locked = new Set([join(seeds, 'a.txt'), join(content, 'translations', 'en', 'doc-a.yaml')]);
    const reader: InputReader = {
      readFile: (p, kind) => {
        if (locked.has(p)) throw errnoError('EACCES', 'open', p);
        return nodeReader.readFile(p, kind);
      },
    };
    expect(problems(seeds, content, reader)).toEqual([`${join(seeds, 'a.txt')}: permission denied`, `${join(content, 'translations', 'en', 'doc-a.yaml')}: permission denied`]);
  });

  it('every bad file in one run, in a stable order', () => {
    const { seeds, content } = inputs();
    rmSync(join(seeds, 'manifest.yaml'));
    rmSync(join(content, 'units.yaml'));
    mkdirSync(join(seeds, 'x.txt'));
    symlinkSync('nowhere.txt', join(seeds, 'b.txt'));
    mkdirSync(join(content, 'glossary.yaml'));
    expect(problems(seeds, content)).toEqual([
      `${join(seeds, 'manifest.yaml')}: missing: every seed needs an entry in the manifest`,
      `${join(seeds, 'b.txt')}: dangling symbolic link: it points to nowhere.txt, which does not exist`,
      `${join(seeds, 'x.txt')}: is a folder, not a text file`,
      `${join(content, 'units.yaml')}: missing: the registry of responsible units is needed (see docs/data.md)`,
      `${join(content, 'glossary.yaml')}: is a folder, not a file`,
    ]);
  });

  it('a missing seeds folder', () => {
    const { content, outside } = inputs();
    expect(problems(join(outside, 'no-seeds'), content)).toEqual([`${join(outside, 'no-seeds')}: does not exist: the seeds folder is needed`]);
  });
});

describe('failureLines (what the CLI prints)', () => {
  it('a Node.js file-system error with a path becomes one error line in plain words', () => {
    expect(failureLines(errnoError('ENOSPC', 'write', 'content/x'), 'content')).toEqual(['error: content/x: disk full', 'ingest stopped (1 problem): content/ was left as it was.']);
  });

  it('an unexpected error is left alone (a bug keeps its stack trace)', () => {
    expect(failureLines(new TypeError('x is undefined'), 'content')).toBeNull();
  });
});

describe('npm run ingest with bad files', () => {
  const CLI = join(ROOT, 'src', 'ingest', 'cli.ts');
  const run = (seeds: string, content: string) => spawnSync(process.execPath, ['--import', 'tsx', CLI, '--seeds', seeds, '--content', content], { cwd: ROOT, encoding: 'utf8' });

  it('prints every problem as error: FILE: problem, no stack trace, exits 1 and changes nothing', () => {
    const { seeds, content } = inputs();
    mkdirSync(join(seeds, 'x.txt'));
    symlinkSync('nowhere.txt', join(seeds, 'b.txt'));
    const before = snapshot(content);
    const r = run(seeds, content);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `error: ${join(seeds, 'b.txt')}: dangling symbolic link: it points to nowhere.txt, which does not exist`,
      `error: ${join(seeds, 'x.txt')}: is a folder, not a text file`,
      `ingest stopped (2 problems): ${content}/ was left as it was.`,
    ]);
    expect(snapshot(content)).toEqual(before);
  });

  it('a policy id too long for a file name: the file is named, nothing is written', () => {
    const { seeds, content } = inputs();
    const id = Array.from({ length: 60 }, () => 'long').join('-');
    writeFileSync(join(seeds, 'b.txt'), SEED.replace('一件事', '另一件事'));
    appendFileSync(join(seeds, 'manifest.yaml'), manifestEntry('b.txt', id));
    const before = snapshot(content);
    const r = run(seeds, content);
    expect(r.status, r.stdout).toBe(1);
    expect(r.stderr).toContain(`error: ${join(content, 'generated', 'data', `${id}.json`)}: file name too long (at most 255 bytes per name): nothing was changed`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(content)).toEqual(before);
  });
});
