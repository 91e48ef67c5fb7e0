/**
 * A measure's text as the page shows it: paragraphs, and the rows of a table as a table. The ingest keeps a table
 * row as its cells joined by a tab (rule table/rows, src/ingest/recognisers/text-table.ts); consecutive rows are one
 * table, its first row the column headers.
 */
export type TextBlock = { kind: 'p'; text: string } | { kind: 'table'; rows: string[][] };

/** The paragraphs and tables of a text whose lines are paragraphs or table rows. */
export function textBlocks(text: string): TextBlock[] {
  const out: TextBlock[] = [];
  for (const line of text.split('\n')) {
    if (!line.includes('\t')) {
      out.push({ kind: 'p', text: line });
      continue;
    }
    const last = out.at(-1);
    if (last?.kind === 'table') last.rows.push(line.split('\t'));
    else out.push({ kind: 'table', rows: [line.split('\t')] });
  }
  return out;
}
