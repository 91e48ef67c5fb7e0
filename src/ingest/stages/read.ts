/** Stage 1 (read): decode a raw seed file strictly as UTF-8 and split it into numbered lines (authored files are decoded as strictly). */
import { createHash } from 'node:crypto';
import { type FileKind, readBounded } from '../disk/bounded-read.ts';
import { IngestError } from '../report/errors.ts';

import type { SourceLine } from '../lines.ts';

export type { SourceLine } from '../lines.ts';

export interface RawSource {
  file: string;
  sha256: string;
  lines: SourceLine[];
}

/** Line number (1-based) of the first byte sequence that is not valid UTF-8, or null. */
function firstInvalidUtf8Line(bytes: Uint8Array): number | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    // a line ends at \n, at \r\n, or at a lone \r (as readSource splits lines)
    if (i === bytes.length || bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return null;
}

/**
 * Largest seed file the ingest accepts (4 MiB, some 1.4 million Chinese characters): above it, a file is most likely
 * not one policy document, and its site would take too long to build (bench/README.md: 2.4 MB, 10,000 provisions,
 * took 7 CPU minutes in `astro build`).
 */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

/** Decodes bytes strictly as UTF-8 (a BOM is dropped); bad bytes or a NUL byte are an IngestError naming the line. */
function decodeStrict(file: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const line = firstInvalidUtf8Line(bytes);
    throw new IngestError(file, line, 'bytes that are not valid UTF-8 (is the file GBK or another encoding? convert it to UTF-8)');
  }
  if (text.includes('\u0000')) {
    const line = text.slice(0, text.indexOf('\u0000')).split(/\r\n|\r|\n/).length;
    throw new IngestError(file, line, 'a NUL byte: this looks like a binary file, not a text document');
  }
  return text;
}

/** Decodes the bytes of one seed file; throws an IngestError naming the line for bad bytes or an empty file. */
export function readSource(file: string, bytes: Uint8Array): RawSource {
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new IngestError(file, null, `the file is ${bytes.length.toLocaleString('en')} bytes: the limit per document is ${MAX_SOURCE_BYTES.toLocaleString('en')} bytes (${MAX_SOURCE_BYTES / 1024 / 1024} MiB); split the document`);
  }
  const text = decodeStrict(file, bytes);
  if (text.trim() === '') throw new IngestError(file, null, 'the file is empty');
  const lines = text.split(/\r\n|\r|\n/).map((t, i) => ({ line: i + 1, text: t }));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { file, sha256, lines };
}

/** Decodes the bytes of an authored file (YAML) as strictly as a seed: not UTF-8 is an error naming the line, never U+FFFD. */
export function decodeAuthoredText(file: string, bytes: Uint8Array): string {
  return decodeStrict(file, bytes);
}

/** Reads an authored file strictly as UTF-8 (see decodeAuthoredText), checked and bounded first (a regular file within its kind's limit). */
export function readAuthoredText(path: string, kind: FileKind = 'registry'): string {
  return decodeAuthoredText(path, readBounded(path, kind));
}
