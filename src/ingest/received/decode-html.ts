/**
 * The encoding of a web page: its byte-order mark or `<meta charset>` (the HTML standard's prescan,
 * html-encoding-sniffer), else the manifest's `encoding:`, else UTF-8. A page saved again as UTF-8
 * whose meta tag still says gb2312 is read as UTF-8 (rule html/encoding-mismatch).
 */
import sniffEncoding from 'html-encoding-sniffer';
import { IngestError } from '../report/errors.ts';
import { decodeStrict, isNonAsciiUtf8 } from './encoding.ts';
import type { ConversionNote } from './types.ts';

export interface DecodedPage {
  text: string;
  encoding: string;
  notes: ConversionNote[];
}

export function decodeHtml(file: string, bytes: Uint8Array, manifestEncoding: string | null): DecodedPage {
  const notes: ConversionNote[] = [];
  const declared = sniffEncoding(bytes, { defaultEncoding: 'none' });
  let encoding: string;
  if (manifestEncoding) {
    encoding = manifestEncoding;
    if (declared !== 'none' && declared.toLowerCase() !== manifestEncoding) notes.push({ line: null, rule: 'html/encoding-mismatch', message: `the page declares ${declared}; read as ${manifestEncoding} as the manifest's encoding: says` });
  } else if (declared === 'none') {
    if (bytes.some((b) => b >= 0x80) && !isNonAsciiUtf8(bytes)) {
      throw new IngestError(file, null, 'the page declares no encoding (<meta charset>) and is not UTF-8: add `encoding: gb18030` (or big5) to its manifest entry');
    }
    encoding = 'utf-8';
  } else if (declared.toLowerCase() !== 'utf-8' && isNonAsciiUtf8(bytes)) {
    // browsers that save a page as UTF-8 often keep its old <meta charset>
    notes.push({ line: null, rule: 'html/encoding-mismatch', message: `the page declares ${declared} but its bytes are UTF-8 (a page saved again): read as UTF-8` });
    encoding = 'utf-8';
  } else encoding = declared.toLowerCase();
  const text = decodeStrict(file, bytes, encoding, manifestEncoding ? `the manifest says encoding: ${manifestEncoding}` : `the page declares ${encoding}`);
  if (text.includes('\u0000')) throw new IngestError(file, null, 'a NUL byte: this looks like a binary file, not a web page');
  notes.push({ line: null, rule: 'received/encoding', message: `read as ${encoding.toUpperCase()} (${manifestEncoding ? "the manifest's encoding:" : declared === 'none' ? 'no declared encoding: UTF-8' : 'as the page declares'})` });
  return { text, encoding, notes };
}
