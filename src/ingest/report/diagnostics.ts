/**
 * Diagnostics: everything the ingest wants a maintainer to look at, as one list of
 * structured messages (file, line, column, rule, message), in the style of unified's vfile
 * messages. The rule is a `RuleId` of the registry (./rules.ts), which gives the severity.
 * The printed summary and content/ingest-report.json both render this list.
 */
import { severityOf, type RuleId, type Severity } from './rules.ts';

export type { RuleId, Severity } from './rules.ts';

export interface Diagnostic {
  /** Path of the file concerned, relative to the project root (seeds/x.txt, content/units.yaml). */
  file: string;
  /** 1-based line in that file, or null when the message concerns the whole file. */
  line: number | null;
  /** 1-based column (in characters) of that line where what the message is about starts, or null when unknown. */
  column: number | null;
  /** The rule that produced it (src/ingest/report/rules.ts; documented in docs/formats.md). */
  rule: RuleId;
  severity: Severity;
  message: string;
  /** The record it concerns (a measure or target id), when there is one. */
  record?: string;
  /** Text a maintainer can paste to fix it (e.g. a YAML entry for content/units.yaml). */
  fix?: string;
}

/** What a diagnostic may carry besides its place, rule and message. */
export interface DiagnosticExtra {
  column?: number | null;
  record?: string;
  fix?: string;
}

/** Builds a diagnostic of `rule` (its severity is the rule's); record and fix are left out when not given so the report stays compact. */
export function diagnostic(file: string, line: number | null, rule: RuleId, message: string, extra: DiagnosticExtra = {}): Diagnostic {
  const { column = null, ...rest } = extra;
  return { file, line, column: line === null ? null : column, rule, severity: severityOf(rule), message, ...rest };
}

/**
 * 1-based column (in characters) where `needle` starts in `text` (a line as read), or null when
 * it is not there or is there more than once (the place would be a guess).
 */
export function columnOf(text: string | undefined, needle: string): number | null {
  if (text === undefined || !needle) return null;
  const at = text.indexOf(needle);
  if (at < 0 || text.indexOf(needle, at + 1) >= 0) return null;
  return [...text.slice(0, at)].length + 1;
}

/** The lines of a file as read, by number, to find columns in (the first line of a number, should a line be split). */
export function linesByNumber(lines: readonly { line: number; text: string }[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const l of lines) if (!out.has(l.line)) out.set(l.line, l.text);
  return out;
}

/** Stable order: by file, line, rule, message, column (stages may emit in any order). */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message) || (a.column ?? 0) - (b.column ?? 0),
  );
}
