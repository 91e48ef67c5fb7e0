/**
 * Inputs a hostile or careless maintainer can leave (issue 22): a named pipe, a link to
 * /dev/zero, a sparse file of gigabytes, a miscased seed name. Each is refused before it is
 * read — `error: FILE: problem`, never a hang, unbounded memory or a stack trace — and every
 * problem of every phase is listed in one run.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, openSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_LIMITS, readBounded } from '../../src/ingest/disk/bounded-read.ts';
import { IngestError } from '../../src/ingest/report/errors.ts';
import { collectIngestInput } from '../../src/ingest/disk/inputs.ts';
import { manifestEntry, ROOT } from '../helpers.ts';
import { SEED, seedInputs, snapshot, tempDir } from './fs-faults.ts';

const CLI = join(ROOT, 'src', 'ingest', 'cli.ts');

const inputs = () => seedInputs('hostile-');

const mkfifo = (path: string) => expect(spawnSync('mkfifo', [path]).status).toBe(0);

/** The problems met reading the inputs (collectIngestInput), as messages. */
const readProblems = (seeds: string, content: string) => collectIngestInput(seeds, content).problems.map((e) => e.message);

/** Runs the ingest CLI (time-limited: a hang fails the test instead of blocking it). */
const run = (seeds: string, content: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', CLI, '--seeds', seeds, '--content', content], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

const FIFO = 'is a named pipe (FIFO), not a regular file: inputs must be plain files';

describe('readBounded: checked through the descriptor before reading', () => {
  it('refuses a FIFO at once (no writer needed), a character device and a folder', () => {
    const dir = tempDir('bounded-');
    mkfifo(join(dir, 'pipe'));
    const problem = (path: string) => {
      try {
        readBounded(path, 'registry');
      } catch (e) {
        if (e instanceof IngestError) return e.message;
      }
      return 'read';
    };
    expect(problem(join(dir, 'pipe'))).toBe(`${join(dir, 'pipe')}: ${FIFO}`);
    expect(problem('/dev/zero')).toBe('/dev/zero: is a character device, not a regular file: inputs must be plain files');
    expect(problem(dir)).toBe(`${dir}: is a folder, not a file`);
  });

  it('refuses a sparse 3 GiB file from its size, without reading it (no ERR_FS_FILE_TOO_LARGE)', () => {
    const path = join(tempDir('bounded-'), 'huge.txt');
    closeSync(openSync(path, 'w'));
    truncateSync(path, 3 * 1024 ** 3);
    expect(() => readBounded(path, 'seed')).toThrow(`${path}: the file is 3,221,225,472 bytes: the limit per document is 4,194,304 bytes (4 MiB); split the document`);
    expect(() => readBounded(path, 'translation')).toThrow('the limit for a translation file is 16,777,216 bytes (16 MiB)');
  });

  it('reads a file at its limit whole, and one byte over is refused', () => {
    const dir = tempDir('bounded-');
    writeFileSync(join(dir, 'at'), Buffer.alloc(FILE_LIMITS.brief.bytes, 0x61));
    writeFileSync(join(dir, 'over'), Buffer.alloc(FILE_LIMITS.brief.bytes + 1, 0x61));
    expect(readBounded(join(dir, 'at'), 'brief').length).toBe(FILE_LIMITS.brief.bytes);
    expect(() => readBounded(join(dir, 'over'), 'brief')).toThrow(/the limit for a brief is 1,048,576 bytes/);
  });
});

describe('the ingest refuses special and oversized inputs, naming each', () => {
  it('a FIFO as the manifest, as units.yaml, as a translation and as a seed: all four in one run, no hang', () => {
    const { seeds, content } = inputs();
    for (const p of [join(seeds, 'manifest.yaml'), join(content, 'units.yaml')]) {
      spawnSync('rm', [p]);
      mkfifo(p);
    }
    mkdirSync(join(content, 'translations', 'en'), { recursive: true });
    mkfifo(join(content, 'translations', 'en', 'doc-a.yaml'));
    mkfifo(join(seeds, 'b.txt'));
    expect(readProblems(seeds, content)).toEqual([
      `${join(seeds, 'manifest.yaml')}: ${FIFO}`,
      `${join(seeds, 'b.txt')}: ${FIFO}`,
      `${join(content, 'units.yaml')}: ${FIFO}`,
      `${join(content, 'translations', 'en', 'doc-a.yaml')}: ${FIFO}`,
    ]);
  });

  it('an authored file linked to /dev/zero (or anywhere outside the project) is refused without reading it', () => {
    const { seeds, content } = inputs();
    symlinkSync('/dev/zero', join(content, 'glossary.yaml'));
    mkdirSync(join(content, 'briefs'));
    symlinkSync('/etc/hostname', join(content, 'briefs', 'doc-a.yaml'));
    expect(readProblems(seeds, content)).toEqual([
      `${join(content, 'glossary.yaml')}: symbolic link to /dev/zero, outside ${content}/: inputs must be files inside the project`,
      `${join(content, 'briefs', 'doc-a.yaml')}: symbolic link to /etc/hostname, outside ${content}/: inputs must be files inside the project`,
    ]);
  });

  it('a sparse seed and a sparse units.yaml of 3 GiB: their sizes and limits, no stack trace', () => {
    const { seeds, content } = inputs();
    writeFileSync(join(seeds, 'big.txt'), '');
    truncateSync(join(seeds, 'big.txt'), 3 * 1024 ** 3);
    truncateSync(join(content, 'units.yaml'), 3 * 1024 ** 3);
    const r = run(seeds, content);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`error: ${join(seeds, 'big.txt')}: the file is 3,221,225,472 bytes: the limit per document is 4,194,304 bytes (4 MiB); split the document`);
    expect(r.stderr).toContain(`error: ${join(content, 'units.yaml')}: the file is 3,221,225,472 bytes: the limit for an authored registry is 4,194,304 bytes (4 MiB)`);
    expect(r.stderr).not.toMatch(/\n\s+at |ERR_FS_FILE_TOO_LARGE/);
  });

  it('five bad seeds (GBK, empty, NUL, FIFO, not in the manifest) and a seed named *.TXT: every one in one run (each once), content/ untouched', () => {
    const { seeds, content } = inputs();
    const entries = ['gbk', 'empty', 'nul'].map((n) => manifestEntry(`${n}.txt`, `doc-${n}`)).join('');
    writeFileSync(join(seeds, 'manifest.yaml'), 'sources:\n' + manifestEntry('a.txt', 'doc-a') + entries);
    writeFileSync(join(seeds, 'gbk.txt'), Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0x0a]));
    writeFileSync(join(seeds, 'empty.txt'), '');
    writeFileSync(join(seeds, 'nul.txt'), '一、总则\n\u0000\n');
    mkfifo(join(seeds, 'fifo.txt'));
    writeFileSync(join(seeds, 'unlisted.txt'), SEED.replace('一件事', '别的事'));
    writeFileSync(join(seeds, 'SHOUT.TXT'), SEED);
    const before = snapshot(content);
    const r = run(seeds, content);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `error: ${join(seeds, 'SHOUT.TXT')}: seed files end in .txt (lower case): rename it to SHOUT.txt, or move it out of seeds/`,
      `error: ${join(seeds, 'fifo.txt')}: ${FIFO}`,
      'error: seeds/unlisted.txt: no entry in seeds/manifest.yaml: add one (id, title, issuer, … unknown = null)',
      'error: seeds/gbk.txt:1: bytes that are not valid UTF-8 (is the file GBK or another encoding? convert it to UTF-8)',
      'error: seeds/empty.txt: the file is empty',
      'error: seeds/nul.txt:2: a NUL byte: this looks like a binary file, not a text document',
      'ingest stopped (6 problems): ' + content + '/ was left as it was.',
    ]);
    expect(snapshot(content)).toEqual(before);
  });
});

describe('a listed seed that cannot be read', () => {
  it('is reported once, by the read, not also as missing from seeds/', () => {
    const { seeds, content } = inputs();
    writeFileSync(join(seeds, 'manifest.yaml'), 'sources:\n' + manifestEntry('a.txt', 'doc-a') + manifestEntry('b.txt', 'doc-b'));
    mkfifo(join(seeds, 'b.txt'));
    const r = run(seeds, content);
    expect(r.stderr.trim().split('\n')).toEqual([`error: ${join(seeds, 'b.txt')}: ${FIFO}`, `ingest stopped (1 problem): ${content}/ was left as it was.`]);
  });
});
