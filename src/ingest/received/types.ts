/** What converting a received file (HTML, Word, PDF, GB18030/Big5 text) gives the ingest. */
import type { RuleId } from '../report/rules.ts';

/** The formats a seed may arrive in (docs/formats.md, “Documents as received”). */
export type ReceivedFormat = 'text' | 'html' | 'docx' | 'pdf';

/** Something a conversion rule did, for the report: `line` is a line of the converted text (null: the whole file); its severity is the rule's. */
export interface ConversionNote {
  line: number | null;
  rule: RuleId;
  message: string;
}

/** A link to an attachment (附件) found in a page or a Word file. */
export interface Attachment {
  /** The link's text (the attachment's title as the page shows it). */
  text: string;
  href: string;
}

/** A received file converted to the text the ingest reads (the same pipeline as a UTF-8 .txt seed). */
export interface Converted {
  format: ReceivedFormat;
  /** sha256 of the file as received (its bytes, not the converted text). */
  sha256: string;
  /** The document as plain text, one line per paragraph, table row or cell (see docs/formats.md). */
  text: string;
  /** The character encoding the file was read in (html and text), null for docx/pdf. */
  encoding: string | null;
  attachments: Attachment[];
  notes: ConversionNote[];
}

/** The text lines a converter builds, each with the notes that belong to it. */
export class LineBuilder {
  readonly lines: string[] = [];
  readonly notes: ConversionNote[] = [];

  push(text: string): void {
    const t = text.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (t) this.lines.push(t);
  }

  /** An empty line (where a text ends a table: task-table/body reads a table's rows up to a blank line). */
  blank(): void {
    if (this.lines.length && this.lines.at(-1) !== '') this.lines.push('');
  }

  /** A note on the line pushed next (or the last one: `at: 'last'`), or on the whole file. */
  note(rule: RuleId, message: string, at: 'next' | 'last' | 'file' = 'file'): void {
    const line = at === 'file' ? null : at === 'next' ? this.lines.length + 1 : Math.max(1, this.lines.length);
    this.notes.push({ line, rule, message });
  }
}
