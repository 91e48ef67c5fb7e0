/**
 * Character encodings of received files: UTF-8, GBK/GB18030 and Big5, decoded strictly with the
 * WHATWG TextDecoder (Node's full ICU), so a byte that is not text in the encoding is an error
 * naming its line, never a U+FFFD in the text.
 */
import { IngestError } from '../report/errors.ts';

/** Encodings a manifest entry may name (`encoding:`), by the name TextDecoder knows them by. */
export const TEXT_ENCODINGS = ['utf-8', 'gb18030', 'gbk', 'big5'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** Line (1-based) of the first byte sequence that is not valid in `encoding` (a newline byte is never part of a GBK/Big5 character). */
function firstBadLine(bytes: Uint8Array, encoding: string): number | null {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return null;
}

/** Decodes bytes strictly in `encoding`; bad bytes are an IngestError naming the line. */
export function decodeStrict(file: string, bytes: Uint8Array, encoding: string, why: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return fail(file, bytes, encoding, why);
  }
}

function fail(file: string, bytes: Uint8Array, encoding: string, why: string): never {
  throw new IngestError(file, firstBadLine(bytes, encoding), `bytes that are not valid ${encoding.toUpperCase()} (${why}); check the encoding, or save the file again`);
}

/** Whether bytes are valid UTF-8 and hold more than ASCII (a page saved as UTF-8 whatever its meta tag still says). */
export function isNonAsciiUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
