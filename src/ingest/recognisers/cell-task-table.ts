/**
 * Rule task-table/body, a table of cells: a task table in the body whose rows are table rows (cells apart by tabs
 * or pipes, as a page store flattens an HTML table: 序号 | 目标与任务 | 牵头责任单位 | 责任单位 |), read by the
 * columns its header names. See docs/formats.md, "Task tables".
 */
import type { SourceLine } from '../lines.ts';
import { tableCells } from './text-table.ts';
import { parseDeadline, taskRow, unitCell, type TaskRow, type TaskTable } from './task-table.ts';
import { tokenizeUnits, type UnitRegistry } from './units.ts';

/** Which column holds what, from the header's cells; -1 where the header names none. */
export interface TaskColumns {
  task: number;
  lead: number;
  support: number;
  deadline: number;
}

/**
 * The columns of a task table's header: the task (…任务, …内容, …事项, …措施, else …工作), the lead units (a …牵头… column, else
 * the first 责任单位, 主办单位 …), the supporting units (配合, 协同, 参与, or a …单位 after the lead's) and the deadline
 * (期限, 时限, 时间, 完成时间). Null when the header names no task or no lead column.
 */
export function taskColumns(header: string[]): TaskColumns | null {
  const find = (re: RegExp, from = 0) => header.findIndex((c, i) => i >= from && re.test(c) && !/\d/.test(c));
  // (an indicator table's 单位 is a unit of measure, its 2027年目标值 a column of values: neither is read here)
  // (or a column of …工作: 重点工作, when no column names tasks)
  const named = find(/任务|内容|事项|措施/);
  const task = named >= 0 ? named : find(/工作$/);
  const led = find(/牵头/);
  const lead = led >= 0 ? led : find(/(责任|主办|承办|负责)(单位|部门)/);
  const helping = find(/配合|协同|参与|协办/);
  const support = helping >= 0 ? helping : lead >= 0 ? find(/(责任|单位|部门)$/, lead + 1) : -1;
  const deadline = find(/期限|时限|时间|时序/);
  return task >= 0 && lead >= 0 ? { task, lead, support, deadline } : null;
}

/** A row's number as printed in its first cell ((1), 1, 1.), or null. */
const rowNumber = (cell: string): number | null => {
  const m = /^[（(]?(\d{1,3})[)）.、．]?$/.exec(cell.trim());
  return m ? Number(m[1]) : null;
};

/** A unit cell split into units: spaces and 、 between names as printed (市人社局 市农业农村局). */
const unitsOf = (registry: UnitRegistry, cell: string) => tokenizeUnits(registry, unitCell(cell.trim().replace(/\s+/g, '、')));

/** A row of tasks: a number in its first cell and a lead unit (a row without one heads the rows under it). */
const isTaskRow = (cells: string[], columns: TaskColumns) => rowNumber(cells[0] ?? '') !== null && Boolean((cells[columns.lead] ?? '').trim());

/**
 * The tasks of a table of cells whose header is `raw[headerIndex]`: each following row that is a table row, up to the
 * first line that is none. A numbered row with a unit is a task; a row without a unit (一、主要预期目标, 1 大力提振消费)
 * heads the rows under it and is skipped. A number printed again or out of order is taken as the next one.
 */
export function parseCellTaskTable(raw: SourceLine[], headerIndex: number, registry: UnitRegistry): TaskTable | null {
  const header = tableCells(raw[headerIndex]!.text);
  const columns = header ? taskColumns(header) : null;
  if (!columns) return null;
  const rows: TaskRow[] = [];
  const warnings: string[] = [];
  for (const l of raw.slice(headerIndex + 1)) {
    const cells = tableCells(l.text);
    if (!cells) break;
    if (!isTaskRow(cells, columns)) continue;
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
    const printed = rowNumber(cells[0]!)!;
    const seq = printed > (rows.at(-1)?.seq ?? 0) ? printed : rows.at(-1)!.seq + 1;
    const deadlineText = cell(columns.deadline);
    const lead = unitsOf(registry, cell(columns.lead));
    const support = unitsOf(registry, cell(columns.support));
    const row = taskRow({ seq, line: l.line, text: cell(columns.task), deadlineText: parseDeadline(deadlineText) ? deadlineText : '', lead, support, unitText: cell(columns.lead) + cell(columns.support), lines: [l.line] }, columns.deadline >= 0 ? warnings : []);
    rows.push(row);
  }
  return { title: null, rows, headerLines: [raw[headerIndex]!], warnings };
}

/**
 * The task cells of a table of cells that is a task table (its first row a header taskColumns reads), for the
 * figures: a task's goal (地区生产总值增长6%以上。) is a sentence of the document like any other. [] for another table.
 */
export function taskCells(rows: string[][]): string[] {
  const columns = rows[0] ? taskColumns(rows[0]) : null;
  if (!columns) return [];
  return rows.slice(1).flatMap((r) => (isTaskRow(r, columns) ? [(r[columns.task] ?? '').trim()] : []));
}
