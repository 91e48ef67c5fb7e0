/** Turns an array of records into RFC 4180 CSV: nested values are flattened to dotted columns, arrays joined with “|”, formula-like cells neutralised. */
export function flatten(record: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v === null || v === undefined) out[key] = '';
    else if (Array.isArray(v)) out[key] = v.map((x) => (typeof x === 'object' && x !== null ? JSON.stringify(x) : String(x))).join('|');
    else if (typeof v === 'object') Object.assign(out, flatten(v as Record<string, unknown>, key));
    else out[key] = String(v);
  }
  return out;
}

/** A cell a spreadsheet would run as a formula: it starts with = + - @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number (e.g. -5, +1.5, 2e3): a spreadsheet reads it as a number, never as a formula. */
const PLAIN_NUMBER = /^[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

/**
 * One CSV cell. A value that would start a formula gets a leading ' (CSV injection,
 * OWASP's guidance; documented in docs/data.md); plain numbers are left as they are.
 * Quoted when it holds a quote, comma or line break (RFC 4180).
 */
export function csvCell(raw: unknown): string {
  let value = raw === null || raw === undefined ? '' : String(raw);
  if (FORMULA_START.test(value) && !PLAIN_NUMBER.test(value)) value = `'${value}`;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text of rows of cells, the first row being the header: each cell through csvCell, CRLF line ends (RFC 4180). */
export function csvTable(rows: readonly (readonly unknown[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** CSV text (with a header row, CRLF line ends) of the records. */
export function toCsv(records: Record<string, unknown>[]): string {
  const rows = records.map((r) => flatten(r));
  const columns: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
  return csvTable([columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))]);
}

/**
 * CSV text with `# ` comment lines before the header (title, source, licence, date), for a file
 * downloaded without its sidecar; readers skip them with commentPrefix '#' (CSVW) or comment='#' (pandas).
 */
export function withCommentLines(lines: readonly string[], csv: string): string {
  return lines.map((l) => `# ${l.replace(/[\r\n]+/g, ' ')}\r\n`).join('') + csv;
}
