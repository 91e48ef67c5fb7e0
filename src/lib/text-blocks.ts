/**
 * Table rows in a text, as the ingest keeps them and the site shows them: a row is its cells joined by one tab
 * (rule table/rows, src/ingest/recognisers/text-table.ts); consecutive rows are one table, its first row the
 * column headers. The one place this convention is written down.
 */

/** The separator of cells in a row. */
export const CELL_SEPARATOR = '\t';

/** Whether a line (or paragraph) is a table row. */
export const isTableRow = (text: string): boolean => text.includes(CELL_SEPARATOR);

/** The cells of a table row. */
export const rowCells = (text: string): string[] => text.split(CELL_SEPARATOR);

export type TextBlock = { kind: 'p'; text: string } | { kind: 'table'; rows: string[][] };

/** The paragraphs and tables of a text whose lines are paragraphs or table rows. */
export function textBlocks(text: string): TextBlock[] {
  const out: TextBlock[] = [];
  for (const line of text.split('\n')) {
    const last = out.at(-1);
    if (!isTableRow(line)) out.push({ kind: 'p', text: line });
    else if (last?.kind === 'table') last.rows.push(rowCells(line));
    else out.push({ kind: 'table', rows: [rowCells(line)] });
  }
  return out;
}
