/**
 * Reading a file the ingest or the build takes as input, safely: it is opened without
 * blocking (a named pipe would otherwise wait forever for a writer), checked through the
 * open descriptor (fstat: a regular file, at most the limit of its kind) and read through
 * that descriptor with a bounded read (never more than the limit, whatever the file does
 * meanwhile: /dev/zero or a file that grows). Problems are IngestErrors naming the file.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { IngestError } from '../report/errors.ts';

const MiB = 1024 * 1024;

/** The kinds of input file, each with its size limit (docs/quality.md, “Input limits”). */
export const FILE_LIMITS = {
  /** A seed: one policy document (src/ingest/stages/read.ts, MAX_SOURCE_BYTES). */
  seed: { bytes: 4 * MiB, what: 'the limit per document', advice: 'split the document' },
  /** A seed as received (.html, .docx, .pdf): refused before it is parsed; its converted text has the seed's limit. */
  received: { bytes: 50 * MiB, what: 'the limit for a received document', advice: 'is this one document?' },
  /** seeds/manifest.yaml. */
  manifest: { bytes: 1 * MiB, what: 'the limit for the manifest', advice: 'the manifest lists sources, not their text' },
  /** units.yaml, glossary.yaml, taxonomy.yaml, supersessions.yaml, overrides/*.yaml. */
  registry: { bytes: 4 * MiB, what: 'the limit for an authored registry', advice: 'is this the right file?' },
  /** content/translations/en/<policy>.yaml: the Chinese segments of a document of up to 4 MiB and their English. */
  translation: { bytes: 16 * MiB, what: 'the limit for a translation file', advice: 'is this the right file?' },
  /** content/briefs/<policy>.yaml: a handful of statements. */
  brief: { bytes: 1 * MiB, what: 'the limit for a brief', advice: 'a brief is a few statements' },
  /** content/generated/data/<policy>.json, written by the ingest and read by the build. */
  generated: { bytes: 64 * MiB, what: 'the limit for a generated data file', advice: 'run `npm run ingest` again' },
} as const;

export type FileKind = keyof typeof FILE_LIMITS;

/** What a file that is not a regular file is, in plain words. */
export function describeFileType(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** The message for a file over its kind's limit. */
function tooLarge(path: string, size: number, kind: FileKind): IngestError {
  const l = FILE_LIMITS[kind];
  return new IngestError(path, null, `the file is ${size.toLocaleString('en')} bytes: ${l.what} is ${l.bytes.toLocaleString('en')} bytes (${l.bytes / MiB} MiB); ${l.advice}`);
}

/**
 * The bytes of a regular file of the given kind, read through one descriptor and never more than
 * its limit. A folder, FIFO, device or socket, or a file over the limit, is an IngestError;
 * file-system errors (ENOENT, EACCES …) are thrown as they are.
 */
export function readBounded(path: string, kind: FileKind): Buffer {
  const limit = FILE_LIMITS[kind].bytes;
  // O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new IngestError(path, null, 'is a folder, not a file');
    if (!st.isFile()) throw new IngestError(path, null, `is ${describeFileType(st)}, not a regular file: inputs must be plain files`);
    if (st.size > limit) throw tooLarge(path, st.size, kind);
    // one byte more than the limit allows, to see a file that grew since fstat
    const buf = Buffer.alloc(Math.min(st.size, limit) + 1);
    let got = 0;
    for (let n = -1; n !== 0 && got < buf.length; got += n) n = readSync(fd, buf, got, buf.length - got, null);
    if (got > limit) throw tooLarge(path, got, kind);
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** Whether `path` is inside `dir` (both real paths). */
export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * An IngestError when `path` (through any symbolic links) is outside the folder `root`:
 * an input that links out of the project (/dev/zero, /etc/…, another checkout) is refused.
 */
export function outsideError(path: string, root: string): IngestError | null {
  const real = realpathSync(path);
  const rootReal = realpathSync(root);
  return isInside(real, rootReal) ? null : new IngestError(path, null, `symbolic link to ${real}, outside ${root}/: inputs must be files inside the project`);
}
