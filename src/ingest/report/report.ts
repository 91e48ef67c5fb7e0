/**
 * The ingest report: per-policy figures plus one sorted list of diagnostics, written
 * to content/ingest-report.json and printed as a summary grouped by file.
 */
import { sortDiagnostics, type Diagnostic, type RuleId, type Severity } from './diagnostics.ts';
import type { PolicyStats } from '../stages/records.ts';
import type { Renumbered, TranslationStats } from '../stages/translate.ts';

export interface PolicyReport extends PolicyStats {
  /** Measures the taxonomy gives no audience or no instrument. */
  untagged: string[];
  translation: TranslationStats;
}

export interface SourceReport {
  file: string;
  sha256: string;
  /** The format the file was received in (src/ingest/received/). */
  format: 'text' | 'html' | 'docx' | 'pdf';
  role: 'primary' | 'variant';
  policy: string;
  similarity: number | null;
  script: string;
}

export interface IngestReport {
  sources: SourceReport[];
  policies: PolicyReport[];
  overriddenTargets: { id: string; action: string; reason: string }[];
  renumbered: Renumbered[];
  /** Everything to look at, sorted by file and line. */
  diagnostics: Diagnostic[];
}

/** Counts of diagnostics by rule (e.g. to fail on unknown units under --strict). */
export function countByRule(report: IngestReport, rule: RuleId): number {
  return report.diagnostics.filter((d) => d.rule === rule).length;
}

const SEVERITY_ORDER: Severity[] = ['warning', 'review', 'info'];

/** Where a diagnostic stands, as editors and terminals read it: FILE, FILE:LINE or FILE:LINE:COLUMN. */
export function placeOf(d: Diagnostic): string {
  if (d.line == null) return d.file;
  return `${d.file}:${d.line}${d.column != null ? `:${d.column}` : ''}`;
}

/** One printed line of a diagnostic: `FILE:LINE:COLUMN: severity [rule] message`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${placeOf(d)}: ${d.severity} [${d.rule}] ${d.message}`;
}

/**
 * The printed summary: a line per policy with its figures, then the diagnostics of each
 * file. Info diagnostics of a rule that fired many times in one file are folded into a count
 * (all of them stay in the JSON report).
 */
export function renderSummary(report: IngestReport): string {
  const lines: string[] = [];
  for (const p of report.policies) {
    const c = p.counts;
    const tr = p.translation;
    lines.push(
      `  ${p.id}: ${c.chapters} chapters, ${c.sections} sections, ${c.measures} measures, ${c.tasks} tasks, ${c.targets} targets, ${c.benefits} benefits, ${c.units} units; coverage ${(p.coverage.ratio * 100).toFixed(1)}%; English ${tr.translated}/${tr.segments}`,
    );
  }
  const sorted = sortDiagnostics(report.diagnostics);
  const files = [...new Set(sorted.map((d) => d.file))];
  for (const file of files) {
    const own = sorted.filter((d) => d.file === file);
    lines.push(`  ${file}:`);
    for (const severity of SEVERITY_ORDER) {
      const ofSeverity = own.filter((d) => d.severity === severity);
      const rules = [...new Set(ofSeverity.map((d) => d.rule))];
      for (const rule of rules) {
        const ds = ofSeverity.filter((d) => d.rule === rule);
        if (severity === 'info' && ds.length > 3) {
          lines.push(`    ${severity} [${rule}] ${ds.length} times (lines ${ds.map((d) => d.line ?? '?').join(', ')}); see content/ingest-report.json`);
          continue;
        }
        for (const d of ds) lines.push(`    ${formatDiagnostic(d)}`);
      }
    }
  }
  return lines.join('\n');
}
