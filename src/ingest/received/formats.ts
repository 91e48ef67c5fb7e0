/** Which files of seeds/ the ingest reads, by name: the formats a document may be received in. */
import type { ReceivedFormat } from './types.ts';

/** A seed's format by its file name (lower-case extensions only, as for .txt). */
export function receivedFormat(name: string): ReceivedFormat | null {
  if (name.endsWith('.txt')) return 'text';
  if (name.endsWith('.html') || name.endsWith('.htm')) return 'html';
  if (name.endsWith('.docx')) return 'docx';
  if (name.endsWith('.pdf')) return 'pdf';
  return null;
}

/** Names that look like a received format in another case or an old one (.doc, .wps): refused with advice, never skipped silently. */
export function unreadableFormatAdvice(name: string): string | null {
  const lower = name.toLowerCase();
  if (receivedFormat(lower) && !receivedFormat(name)) return `seed file names end in lower case (.txt, .html, .htm, .docx, .pdf): rename it to ${name.replace(/\.[^.]+$/, (e) => e.toLowerCase())}`;
  if (/\.(doc|wps)$/.test(lower)) return 'an old binary Word/WPS file (.doc, .wps) cannot be read: save it as .docx (Word: File → Save As → Word Document) and put that in seeds/';
  if (/\.(ofd|xlsx?|et)$/.test(lower)) return 'OFD files and spreadsheets are not read: provide the document as .docx, .pdf, .html or UTF-8 .txt';
  if (/\.(mhtml?|webarchive)$/.test(lower)) return 'a web archive is not read: save the page as “Web page, HTML only” (.html)';
  return null;
}


/** Tags of a page's markup: a .txt holding its page source has many of them (rule received/html-in-text). */
const PAGE_TAG = /<\/?(?:p|div|span|br|a|table|tr|td|li|ul|h[1-6]|style|script|link|meta|section|article)\b[^<>]*>/gi;

/**
 * Whether a .txt file is a web page's source (a maintainer saved “view source” as text): at least 10 tags
 * of page markup, and markup makes up at least a tenth of the text. It is then read as a web page.
 */
export function isPageSource(text: string): boolean {
  const tags = text.match(PAGE_TAG);
  if (!tags || tags.length < 10) return false;
  return tags.join('').length * 10 >= text.length;
}
