/**
 * The records stage's task step: the task tables of a policy (annexes, and tables in the body whose
 * cells the page kept apart with spaces), their rows as task records linked to measures, and the
 * rules that report what could not be read or linked (task-table…, task-unlinked, unknown-unit).
 */
import type { Task } from '../../data/schemas.ts';
import type { Paragraph } from '../lines.ts';
import { parseCellTaskTable, taskColumns } from '../recognisers/cell-task-table.ts';
import { isTaskTable, isTaskTableHeader, linkTasks, parseSpacedTaskTable, parseTaskTable, type TaskTable } from '../recognisers/task-table.ts';
import { tableCells } from '../recognisers/text-table.ts';
import type { UnitRegistry } from '../recognisers/units.ts';
import { diagnostic } from '../report/diagnostics.ts';
import { reportUnknownUnit, type RecordContext } from './record-context.ts';
import { round3, type PreparedSource } from './sources.ts';
import type { ProvisionNode } from './structure.ts';

/** A measure's text: its paragraphs, one per line. */
export const measureText = (n: ProvisionNode) => n.paragraphs.map((x) => x.text).join('\n');

/**
 * The task tables: every annex that is one, then every task table in the body whose rows can be read
 * (rule task-table/body; one that cannot is rule task-table/not-read: its text stays text). Their
 * warnings are rule task-table. `registry` is the document's (empty for a text of another jurisdiction: its units
 * are shown as printed).
 */
export function taskTables(ctx: RecordContext, p: PreparedSource, paragraphs: Paragraph[], registry: UnitRegistry): TaskTable[] {
  const { segments, normalized } = p;
  const tables: TaskTable[] = segments.annexes.filter((a) => isTaskTable(a.lines)).map((a) => parseTaskTable(a.lines, registry));
  // A task table in the body stays text; its rows are read as tasks when the page kept its cells apart with spaces.
  // (or a table of cells whose first row names a task column and a lead column: 序号 | 重点工作 | 责任单位 | 完成时限)
  const cellHeader = (text: string) => {
    const end = text.indexOf('\n');
    const cells = tableCells(end < 0 ? text : text.slice(0, end));
    return cells !== null && taskColumns(cells) !== null;
  };
  for (const para of paragraphs.filter((x) => isTaskTableHeader(x.text) || cellHeader(x.text))) {
    const at = normalized.raw.findIndex((l) => l.line === para.line);
    // a table of cells (tabs or pipes) is read by its header's columns; else cells kept apart by spaces
    const cellTable = at >= 0 && tableCells(normalized.raw[at]!.text) ? parseCellTaskTable(normalized.raw, at, registry) : null;
    const table = cellTable ?? (at >= 0 && normalized.raw[at]!.text.trim().split(/\s+/).length >= 3 ? parseSpacedTaskTable(normalized.raw, at, registry) : null);
    if (table?.rows.length) {
      tables.push(table);
      const supporting = /协同|配合/.test(normalized.raw[at]!.text) ? ', the supporting units (the last unit cell)' : '';
      const read = cellTable
        ? 'its cells apart by tabs or pipes: the task, lead units, supporting units and deadline of the columns its header names'
        : `its cells apart by spaces: the task, then the lead units${supporting} and the deadline (the last cell)`;
      ctx.diagnostics.push(
        diagnostic(
          ctx.file,
          para.line,
          'task-table/body',
          `read ${table.rows.length} rows (${table.rows[0]!.seq}–${table.rows.at(-1)!.seq}) of a task table in the body, ${read} — check them in the policy's task table`,
        ),
      );
    } else
      ctx.diagnostics.push(
        diagnostic(
          ctx.file,
          para.line,
          'task-table/not-read',
          `a task table in the body (header “${para.text.slice(0, 60)}”) is not read: its rows' tasks, responsible units and deadlines are published as text only, not as tasks of the policy. Check them by hand; a table under a 附件 heading is read`,
        ),
      );
  }
  for (const t of tables) for (const w of t.warnings) ctx.diagnostics.push(diagnostic(ctx.file, null, 'task-table', w));
  return tables;
}

/** The task records of the tables' rows, each linked to the measure its text matches best (rule task-unlinked when none does), and the tasks of each measure. */
export function taskRecords(ctx: RecordContext, tables: TaskTable[], leaves: ProvisionNode[]): { tasks: Task[]; byMeasure: Map<string, Task[]> } {
  const { id } = ctx;
  const tasks: Task[] = [];
  const byMeasure = new Map<string, Task[]>();
  const linkCandidates = leaves.map((n) => ({ key: n.key, text: [n.title ?? '', measureText(n)].join('') }));
  for (const table of tables) {
    // One pass per table (an index of the measures' bigrams), not a scan of every measure per row.
    const links = linkTasks(table.rows.map((r) => r.text), linkCandidates);
    for (const [i, row] of table.rows.entries()) {
      const link = links[i]!;
      const measure = link.measureKey ? `${id}/${link.measureKey}` : null;
      // (a text-only policy has no measure to link to: its tasks are its task table, task-table/body says so)
      if (!measure && leaves.length) ctx.diagnostics.push(diagnostic(ctx.file, row.line, 'task-unlinked', `task ${row.seq} is not linked to any measure`));
      // another jurisdiction's units are never in the registry: shown as printed, not reported one by one
      if (!ctx.foreign) for (const u of row.unknownUnits) reportUnknownUnit(ctx, row.line, `task ${row.seq}`, u);
      const task: Task = {
        id: `${id}/task-${row.seq}`,
        policy: id,
        measure,
        matchScore: round3(link.score),
        seq: row.seq,
        text: { zh: row.text, en: null },
        enStale: false,
        deadline: row.deadline,
        deadlineText: row.deadlineText,
        lead: row.lead,
        support: row.support,
        leadAsPrinted: row.leadAsPrinted,
        supportAsPrinted: row.supportAsPrinted,
      };
      tasks.push(task);
      if (measure) {
        const own = byMeasure.get(measure);
        if (own) own.push(task);
        else byMeasure.set(measure, [task]);
      }
    }
  }
  return { tasks, byMeasure };
}

/** The English of the tasks (after the body: tasks come after it in document order). */
export function translateTasks(ctx: RecordContext, tasks: Task[]): void {
  for (const t of tasks) {
    const tr = ctx.translator.get(`task-${t.seq}/text`, t.text.zh);
    t.text.en = tr.en;
    t.enStale = tr.stale;
  }
}
