/**
 * Diagnostics: everything the ingest wants a maintainer to look at, as one list of
 * structured messages (file, line, rule, message), in the style of unified's vfile
 * messages. The printed summary and content/ingest-report.json both render this list.
 */

/** How a maintainer should treat a diagnostic. */
export type Severity =
  /** something was wrong and was worked around (numbering skips, unknown unit …) */
  | 'warning'
  /** a guess the ingest made that a person should confirm (derived title, target to check …) */
  | 'review'
  /** what a rule did, listed so it can be checked (lines stripped, metadata read …) */
  | 'info';

export interface Diagnostic {
  /** Path of the file concerned, relative to the project root (seeds/x.txt, content/units.yaml). */
  file: string;
  /** 1-based line in that file, or null when the message concerns the whole file. */
  line: number | null;
  /** Stable name of the rule that produced it (documented in docs/formats.md or docs/quality.md). */
  rule: string;
  severity: Severity;
  message: string;
  /** The record it concerns (a measure or target id), when there is one. */
  record?: string;
  /** Text a maintainer can paste to fix it (e.g. a YAML entry for content/units.yaml). */
  fix?: string;
}

/** Builds a diagnostic; optional fields are left out when not given so the report stays compact. */
export function diagnostic(file: string, line: number | null, rule: string, severity: Severity, message: string, extra: { record?: string; fix?: string } = {}): Diagnostic {
  return { file, line, rule, severity, message, ...extra };
}

/** Stable order: by file, line, rule, message (stages may emit in any order). */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message),
  );
}
