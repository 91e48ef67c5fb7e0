/**
 * A task table read by its cells (from an HTML/Word table or a PDF table whose cells line up), written in the
 * text form task-table.ts reads: under an annex heading one cell per line after the header row (parseTaskTable),
 * in the body one row per line, its cells in the order task-table/body reads them (parseSpacedTaskTable).
 */

/** Column header of a task table: names a task column and a lead/responsible unit column (docs/formats.md). */
export const isTaskHeader = (cells: string[]) => cells.some((c) => /任务|工作|事项|措施/.test(c)) && cells.some((c) => /(牵头|责任)单位|牵头部门|责任部门/.test(c.replace(/\s+/g, '')));

/** A heading line that opens an annex (附件, 附件2：): a task table after it is read as task-table.ts reads an annex. */
export const ANNEX_HEADING = /^附件\s*[0-9０-９一二三四五六七八九十]*\s*[：:]?$/;

/** Which column of a task table's header holds what (-1: none). */
export function taskColumns(header: string[]) {
  const find = (re: RegExp) => header.findIndex((c) => re.test(c.replace(/\s+/g, '')));
  const lead = find(/牵头|责任单位|责任部门|主要责任/);
  const support = find(/配合|协同|参与/);
  const deadline = find(/时限|时间|期限|进度/);
  const seq = find(/^序号?$|^编号$/);
  const task = header.findIndex((c, i) => i !== lead && i !== support && i !== deadline && i !== seq && /任务|工作|事项|措施|内容/.test(c));
  return { seq, task, lead, support, deadline };
}

/** Whether the last lines written open an annex (附件 and, maybe, the annex's title). */
export const afterAnnexHeading = (lines: string[]) => lines.slice(-3).some((l) => ANNEX_HEADING.test(l));

/** The lines of a task table (its header row first): one cell a line in an annex; else a row a line, cells reordered. */
export function taskTableLines(rows: string[][], annex: boolean): string[] {
  const [header, ...body] = rows;
  if (!header) return [];
  if (annex) return [header.join(' '), ...body.flat()];
  const cols = taskColumns(header);
  const order = [cols.seq, cols.task, cols.lead, cols.support, cols.deadline].filter((i) => i >= 0);
  // a cell's own spaces would split it into cells: the body rule splits rows at whitespace
  const pick = (row: string[]) => order.map((i) => (row[i] ?? '').replace(/\s+/g, '')).filter((c) => c);
  return [header, ...body].map((r) => pick(r).join(' '));
}
