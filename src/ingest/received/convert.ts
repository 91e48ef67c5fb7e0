/**
 * Documents as received: a seed may be a web page (.html/.htm), a Word file (.docx), a PDF with a text
 * layer (.pdf), or a plain text in GB18030 or Big5 (a .txt whose manifest entry says `encoding:`).
 * Each is converted here, before the pipeline runs (the Word and PDF libraries are asynchronous), into
 * the text a UTF-8 .txt seed would hold; every later stage is the same. The report records the received
 * file's format and sha256 and what each conversion rule did (docs/formats.md, “Documents as received”).
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { IngestError } from '../report/errors.ts';
import type { CollectedInput } from '../disk/inputs.ts';
import { MAX_SOURCE_BYTES } from '../stages/read.ts';
import { docxToText } from './docx.ts';
import { decodeStrict, isNonAsciiUtf8, TEXT_ENCODINGS } from './encoding.ts';
import { decodeHtml } from './decode-html.ts';
import { htmlToText } from './html.ts';
import { pdfToText } from './pdf.ts';
import { isPageSource, receivedFormat } from './formats.ts';
import type { Attachment, ConversionNote, Converted } from './types.ts';

export { receivedFormat, unreadableFormatAdvice } from './formats.ts';
export type { Converted, ReceivedFormat } from './types.ts';

/** Options of one conversion: the manifest's `encoding:` for a text file (or a page that declares none). */
export interface ConvertOptions {
  encoding?: string | null;
  /** A .txt holding a web page's source, read as the page (rule received/html-in-text). */
  asPage?: boolean;
}

/** Converts one received file; a file that cannot be read is an IngestError naming it. */
export async function convertReceived(file: string, bytes: Uint8Array, options: ConvertOptions = {}): Promise<Converted> {
  const named = receivedFormat(file);
  if (!named) throw new IngestError(file, null, 'not a format the ingest reads');
  const format = options.asPage ? 'html' : named;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let text: string;
  let encoding: string | null = null;
  let attachments: Attachment[] = [];
  let notes: ConversionNote[] = [];
  if (format === 'text') {
    encoding = options.encoding ?? 'utf-8';
    text = decodeStrict(file, bytes, encoding, `the manifest says encoding: ${encoding}`);
    if (encoding !== 'utf-8' && isNonAsciiUtf8(bytes)) throw new IngestError(file, null, `the manifest says encoding: ${encoding}, but the file is UTF-8: remove the encoding line`);
    notes.push({ line: null, rule: 'received/encoding', message: `read as ${encoding.toUpperCase()} (the manifest's encoding:)` });
  } else if (format === 'html') {
    const decoded = decodeHtml(file, bytes, options.encoding ?? null);
    encoding = decoded.encoding;
    const page = htmlToText(file, decoded.text);
    ({ text, attachments } = page);
    notes = [...decoded.notes, ...page.notes];
  } else if (format === 'docx') {
    ({ text, attachments, notes } = await docxToText(file, bytes));
  } else {
    ({ text, notes } = await pdfToText(file, bytes));
  }
  const size = Buffer.byteLength(text);
  if (size > MAX_SOURCE_BYTES) throw new IngestError(file, null, `its converted text is ${size.toLocaleString('en')} bytes: the limit per document is ${MAX_SOURCE_BYTES.toLocaleString('en')} bytes (${MAX_SOURCE_BYTES / 1024 / 1024} MiB); split the document`);
  if (text.trim() === '') throw new IngestError(file, null, 'the converted text is empty');
  if (options.asPage) notes.unshift({ line: null, rule: 'received/html-in-text', message: 'the .txt file holds a web page’s source (its markup makes up a tenth of the text or more): read as a web page, its chrome left out as for .html' });
  if (format !== 'text') notes.unshift({ line: null, rule: 'received/format', message: `converted from ${format.toUpperCase()}${encoding ? ` (${encoding})` : ''}: ${text.split('\n').length} lines; line numbers in this report are lines of the converted text (print it: npx tsx src/ingest/received/show.ts ${file})` });
  return { format, sha256, text, encoding, attachments, notes };
}

/** The manifest's file → encoding, read leniently (the manifest's own problems are reported by the pipeline). */
function manifestEncodings(manifestText: string | null): Map<string, string> {
  const out = new Map<string, string>();
  try {
    const data = parseYaml(manifestText ?? '') as { sources?: { file?: unknown; encoding?: unknown }[] };
    for (const s of data?.sources ?? []) if (typeof s?.file === 'string' && typeof s.encoding === 'string' && (TEXT_ENCODINGS as readonly string[]).includes(s.encoding)) out.set(s.file, s.encoding);
  } catch {
    // an unreadable manifest is reported by the pipeline
  }
  return out;
}

/** Manifest titles by file, for linking an attachment to the seed that holds it. */
function manifestTitles(manifestText: string | null): Map<string, string> {
  const out = new Map<string, string>();
  try {
    const data = parseYaml(manifestText ?? '') as { sources?: { file?: unknown; title?: unknown }[] };
    for (const s of data?.sources ?? []) if (typeof s?.file === 'string' && typeof s.title === 'string') out.set(s.file, s.title);
  } catch {
    // as above
  }
  return out;
}

/**
 * Converts every received seed (not UTF-8 .txt) of a collected input: the converted texts go to
 * `input.received`; a file that cannot be converted is a problem of the run (all of them reported
 * together) and is listed as unreadable, so nothing is written.
 */
export async function convertReceivedSeeds(collected: CollectedInput): Promise<CollectedInput> {
  const { input } = collected;
  const problems = [...collected.problems];
  const unreadable = [...(input.unreadableSeeds ?? [])];
  const received = new Map<string, Converted>();
  const encodings = manifestEncodings(input.manifestText);
  for (const [name, bytes] of input.seeds) {
    const format = receivedFormat(name);
    const encoding = encodings.get(name) ?? null;
    // a UTF-8 .txt is read as it is, unless it holds a web page's source (rule received/html-in-text)
    const utf8Text = format === 'text' && (encoding === null || encoding === 'utf-8');
    const pageSource = utf8Text && isPageSource(new TextDecoder().decode(bytes));
    if (utf8Text && !pageSource) continue;
    try {
      const converted = await convertReceived(`seeds/${name}`, bytes, { encoding, ...(pageSource ? { asPage: true } : {}) });
      received.set(name, converted);
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      problems.push(e);
      unreadable.push(name);
    }
  }
  linkAttachments(received, [...input.seeds.keys()], manifestTitles(input.manifestText));
  const seeds = new Map([...input.seeds].filter(([name]) => !unreadable.includes(name)));
  return { input: { ...input, seeds, unreadableSeeds: unreadable, received }, problems };
}

/** Rule received/attachment-in-seeds: an attachment link whose file name, or whose text as a title, is a seed's. */
function linkAttachments(received: Map<string, Converted>, seedNames: string[], titles: Map<string, string>): void {
  const squash = (s: string) => s.replace(/\s+/g, '').replace(/\.[a-z]+$/i, '');
  for (const [name, c] of received) {
    for (const a of c.attachments) {
      let target: string | undefined;
      try {
        const file = basename(decodeURIComponent(a.href.replace(/[?#].*$/, '')));
        target = seedNames.find((s) => s === file && s !== name);
      } catch {
        // a malformed %-escape: matched by title only
      }
      target ??= [...titles].find(([f, t]) => f !== name && squash(a.text).length >= 4 && (squash(t).includes(squash(a.text)) || squash(a.text).includes(squash(t))))?.[0];
      if (target) c.notes.push({ line: null, rule: 'received/attachment-in-seeds', message: `its attachment “${a.text || a.href}” is seeds/${target}` });
      else c.notes.push({ line: null, rule: 'received/attachment-missing', message: `its attachment “${a.text || a.href}” (${a.href}) is not in seeds/: if it is part of the policy (a task table, 实施细则), save it there with a manifest entry` });
    }
  }
}
