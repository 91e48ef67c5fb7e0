/**
 * Task table: rebuild the rows (序号, 重点任务, 完成时限, 牵头单位, 配合单位) of a
 * responsibility table whose cells PDF extraction shredded across lines, then link
 * each row to the body measure it implements.
 *
 * How: a row starts at the line holding its number; each following line is a
 * deadline fragment, a unit fragment (checked against the unit registry) or task
 * text. Unit fragments are joined and split into units; two units that follow each
 * other with no 、 between them mark the boundary between the lead and supporting cells.
 */
import { bigrams, containment, stripWhitespace } from '../../lib/text.ts';
import type { SourceLine } from '../lines.ts';
import { looksLikeUnitFragment, tokenizeUnits, type UnitRegistry, type UnitToken } from './units.ts';

export interface TaskRow {
  seq: number;
  line: number;
  text: string;
  deadlineText: string;
  deadline: string | null;
  lead: string[];
  support: string[];
  /** Unit names in the row that are not in the registry. */
  unknownUnits: string[];
  /** The lead and supporting units not in the registry, as printed (shown unlinked). */
  leadAsPrinted: string[];
  supportAsPrinted: string[];
  /** The unit cells' text as found (whitespace removed), for coverage accounting. */
  unitText: string;
  /** The raw lines (cleaned) that made the row, for coverage accounting. */
  lines: number[];
}

export interface TaskTable {
  title: string | null;
  rows: TaskRow[];
  /** Repeated header lines (序号 … 配合单位), skipped. */
  headerLines: SourceLine[];
  warnings: string[];
}

/** Whether an annex is a task table: it has the 重点任务 / 牵头单位 header. */
export function isTaskTable(lines: SourceLine[]): boolean {
  return lines.some((l) => isHeaderLine(l.text) && /牵头单位/.test(l.text));
}

/** A task table's header row as one line of text (序号 重点工作任务 主要责任单位 … 完成期限), wherever it stands. */
export function isTaskTableHeader(text: string): boolean {
  const s = stripWhitespace(text);
  return [...s].length <= 60 && /任务/.test(s) && /(牵头|责任)单位/.test(s) && !/[。；]/.test(s);
}

function isHeaderLine(text: string): boolean {
  const s = stripWhitespace(text);
  return s === '序' || s === '号' || s === '序号' || (/重点任务|主要任务|工作任务/.test(s) && /(牵头|责任)单位/.test(s));
}

const DEADLINE_FRAGMENT = /^[\d年月底前、，]+$/;

/** Whether a line is part of a 完成时限 cell (2016年年 / 底前 / 2016年、 / 2016年6月 / 前). */
export function isDeadlineFragment(text: string): boolean {
  const s = stripWhitespace(text);
  return DEADLINE_FRAGMENT.test(s) && /年|底前|前|月/.test(s);
}

/**
 * A 完成时限 as an ISO 8601 date at the precision the text gives: 2016年年底前 → 2016-12-31,
 * 2016年6月前 → 2016-06 (before/by June), 2016年、2017年 (tasks for each of those years) → 2017.
 */
export function parseDeadline(text: string): string | null {
  const s = stripWhitespace(text);
  const month = [...s.matchAll(/(\d{4})年(\d{1,2})月/g)].at(-1);
  if (month) return `${month[1]}-${month[2]!.padStart(2, '0')}`;
  const years = [...s.matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
  if (!years.length) return null;
  const last = Math.max(...years);
  return /年底前$/.test(s) ? `${last}-12-31` : String(last);
}

/** The row number a line starts with, if it is the expected next one. */
function rowStart(text: string, expected: number): string | null {
  const m = text.match(/^(\d+)(?![\d年月日个家项名亿万%．.、―\-A-Za-z])(.*)$/);
  if (!m || Number(m[1]) !== expected) return null;
  return m[2]!.trim();
}

/** A task row from its cells (units as tokens), with a warning for each missing cell. */
export function taskRow(cells: { seq: number; line: number; text: string; deadlineText: string; lead: UnitToken[]; support: UnitToken[]; unitText: string; lines: number[] }, warnings: string[]): TaskRow {
  const { seq, line, text, deadlineText, lead, support } = cells;
  const ids = (ts: UnitToken[]) => [...new Set(ts.filter((t) => t.id).map((t) => t.id!))];
  if (!text) warnings.push(`row ${seq} (line ${line}): no task text found`);
  if (!deadlineText) warnings.push(`row ${seq} (line ${line}): no deadline found`);
  if (!lead.length) warnings.push(`row ${seq} (line ${line}): no lead unit found`);
  return {
    seq,
    line,
    text,
    deadlineText,
    deadline: parseDeadline(deadlineText),
    lead: ids(lead),
    support: ids(support).filter((id) => !ids(lead).includes(id)),
    unknownUnits: [...lead, ...support].filter((t) => !t.id).map((t) => t.text),
    leadAsPrinted: [...new Set(lead.filter((t) => !t.id).map((t) => t.text))],
    supportAsPrinted: [...new Set(support.filter((t) => !t.id).map((t) => t.text))].filter((u) => !lead.some((t) => t.text === u)),
    unitText: cells.unitText,
    lines: cells.lines,
  };
}

/** Rebuilds the rows of a shredded task table. */
export function parseTaskTable(lines: SourceLine[], registry: UnitRegistry): TaskTable {
  const headerLines: SourceLine[] = [];
  const warnings: string[] = [];
  const rows: TaskRow[] = [];
  let title: string | null = null;
  let current: { seq: number; line: number; text: string[]; deadline: string[]; units: string[]; lines: number[] } | null = null;

  const finish = () => {
    if (!current) return;
    const tokens = tokenizeUnits(registry, current.units.join(''));
    const boundary = tokens.findIndex((t, i) => i > 0 && t.separatorBefore === '');
    const leadTokens = boundary < 0 ? tokens : tokens.slice(0, boundary);
    const supportTokens = boundary < 0 ? [] : tokens.slice(boundary);
    if (tokens.slice(boundary + 1).some((t, i) => boundary >= 0 && i >= 0 && t.separatorBefore === '')) {
      warnings.push(`row ${current.seq} (line ${current.line}): more than two unit cells found; extra cells were added to the supporting units`);
    }
    const { seq, line, lines: rowLines } = current;
    rows.push(taskRow({ seq, line, text: current.text.join(''), deadlineText: current.deadline.join(''), lead: leadTokens, support: supportTokens, unitText: current.units.join(''), lines: rowLines }, warnings));
    current = null;
  };

  for (const l of lines) {
    if (!l.text) continue;
    if (isHeaderLine(l.text)) {
      headerLines.push(l);
      continue;
    }
    const expected: number = rows.length + (current ? 2 : 1);
    const start = rowStart(l.text, expected);
    if (start !== null) {
      finish();
      current = { seq: expected, line: l.line, text: [], deadline: [], units: [], lines: [l.line] };
      if (start) classify(start);
      continue;
    }
    if (!current) {
      if (title === null && rows.length === 0) title = l.text;
      else warnings.push(`line ${l.line}: text outside any row: ${l.text}`);
      continue;
    }
    current.lines.push(l.line);
    classify(l.text);
  }
  finish();
  return { title, rows, headerLines, warnings };

  function classify(text: string) {
    const c = current!;
    if (isDeadlineFragment(text)) c.deadline.push(stripWhitespace(text));
    else if (looksLikeUnitFragment(registry, text)) c.units.push(stripWhitespace(text));
    else c.text.push(text);
  }
}

export interface TaskLink {
  measureKey: string | null;
  score: number;
}

/** Links a task to the measure whose text contains most of the task's wording (bigram containment). */
export function linkTask(taskText: string, measures: { key: string; text: string }[], minScore = 0.5): TaskLink {
  const task = bigrams(taskText);
  let best: TaskLink = { measureKey: null, score: 0 };
  for (const m of measures) {
    const score = containment(task, bigrams(m.text));
    if (score > best.score) best = { measureKey: m.key, score };
  }
  return best.score >= minScore ? best : { measureKey: null, score: best.score };
}

/**
 * Links the tasks of a document to its measures with the same results as `linkTask` for each,
 * at a cost that does not grow with tasks × measures:
 * - each measure's text is read once, and only the bigrams some task has are kept (with their
 *   counts: containment only looks those up) and indexed (bigram → measures);
 * - a task is scored only against the measures sharing one of its rarest bigrams. That is exact
 *   (prefix filtering): a measure that shares none of the rarest bigrams making up more than
 *   (1 − θ) of the task's bigrams has a score below θ. θ starts at the score of the best measure
 *   sharing the task's rarest bigram (at least minScore), so a task that restates a measure
 *   closely looks at very few;
 * - a task that links to nothing still gets its best score, by one pass over the measures sharing
 *   any of its bigrams (proportional to the document: such tasks are the exception, and reported).
 */
export function linkTasks(taskTexts: string[], measures: { key: string; text: string }[], minScore = 0.5): TaskLink[] {
  const tasks = taskTexts.map((t) => codeBigrams(t));
  const vocabulary = new Set<number>();
  for (const t of tasks) for (const gram of t.keys()) vocabulary.add(gram);
  const grams: Map<number, number>[] = [];
  /** bigram → the measures containing it, indexes ascending */
  const postings = new Map<number, number[]>();
  measures.forEach((m, i) => {
    const g = codeBigrams(m.text, vocabulary);
    grams.push(g);
    for (const gram of g.keys()) {
      const list = postings.get(gram);
      if (list) list.push(i);
      else postings.set(gram, [i]);
    }
  });

  /** The first measure (in document order) with the highest containment, as linkTask chooses. */
  const best = (task: Map<number, number>, indexes: number[]): TaskLink => {
    let top: TaskLink = { measureKey: null, score: 0 };
    for (const i of indexes) {
      const score = containment(task, grams[i]!);
      if (score > top.score) top = { measureKey: measures[i]!.key, score };
    }
    return top;
  };

  return tasks.map((task) => {
    let total = 0;
    for (const n of task.values()) total += n;
    const df = (gram: number) => postings.get(gram)?.length ?? 0;
    const byRarity = [...task.entries()].filter(([gram]) => df(gram) > 0).sort(([a], [b]) => df(a) - df(b));
    if (!byRarity.length) return { measureKey: null, score: 0 };
    // A first guess from the measures sharing the rarest bigram raises the bar the others must reach.
    const threshold = Math.max(minScore, best(task, postings.get(byRarity[0]![0])!).score);
    // Bigrams no measure has are shared by none: they count as covered from the start.
    let covered = total - byRarity.reduce((n, [, c]) => n + c, 0);
    const candidates = new Set<number>();
    for (const [gram, n] of byRarity) {
      if ((total - covered) / total < threshold) break;
      for (const i of postings.get(gram)!) candidates.add(i);
      covered += n;
    }
    const linked = best(task, [...candidates].sort((a, b) => a - b));
    if (linked.score >= minScore) return linked;
    // Linked to nothing: its best score over all measures, counted from the postings in one pass.
    const found = new Float64Array(measures.length);
    for (const [gram, n] of byRarity) for (const i of postings.get(gram)!) found[i]! += Math.min(n, grams[i]!.get(gram)!);
    let max = 0;
    for (const f of found) if (f > max) max = f;
    return { measureKey: null, score: max / total };
  });
}

/**
 * The same multiset as `bigrams` (whitespace removed), keyed by the pair of code points as one
 * number (no string per bigram); with `only`, just the bigrams in that set.
 */
function codeBigrams(s: string, only?: Set<number>): Map<number, number> {
  const t = stripWhitespace(s);
  const out = new Map<number, number>();
  let prev = -1;
  for (let i = 0; i < t.length; ) {
    const c = t.codePointAt(i)!;
    i += c > 0xffff ? 2 : 1;
    if (prev >= 0) {
      const g = prev * 0x110000 + c;
      if (!only || only.has(g)) out.set(g, (out.get(g) ?? 0) + 1);
    }
    prev = c;
  }
  return out;
}

/** A unit cell without its closing 。 and without “等区政府有关部门” (the other relevant departments: no unit of its own). */
export const unitCell = (cell: string) => cell.replace(/等[^、，,。]{0,8}有关(?:部门|单位)/g, '').replace(/[。．.；;，,、\s]+$/, '');

/**
 * Rule task-table/body: a task table in the body whose cells a page kept apart with spaces (序号 重点工作任务
 * 主要责任单位 协同配合单位 完成期限, then rows `33 新培育… 区科技局 区经信局、… 2023年12月底`), read from the raw lines
 * (normalising removes those spaces). A row starts with its number (the first any number, then each the next); its
 * wrapped lines are further cells. Cells: the task first, the deadline last when it reads as one, and between them
 * the units: with a 协同/配合 column in the header the last unit cell is the supporting units, the others the lead.
 * A unit cell's closing 。 and its “等区政府有关部门” (the other relevant departments) are not units and are dropped.
 * Stops at a blank line or a line that is not part of a row. Rows that cannot be read this way are not guessed.
 */
export function parseSpacedTaskTable(raw: SourceLine[], headerIndex: number, registry: UnitRegistry): TaskTable {
  const header = raw[headerIndex]!.text;
  const hasSupport = /协同|配合/.test(header);
  const rows: TaskRow[] = [];
  const warnings: string[] = [];
  let current: { seq: number; line: number; cells: string[]; lines: number[] } | null = null;

  const finish = () => {
    if (!current) return;
    const cells = current.cells.map((c) => c.trim()).filter(Boolean);
    const text = cells.shift() ?? '';
    const last = cells.at(-1);
    const deadlineText = last && [...stripWhitespace(last)].length <= 16 && parseDeadline(last) !== null ? stripWhitespace(cells.pop()!) : '';
    const supportCell = hasSupport && cells.length > 1 ? cells.pop()! : '';
    const lead = tokenizeUnits(registry, unitCell(cells.join('、')));
    const support = tokenizeUnits(registry, unitCell(supportCell));
    rows.push(taskRow({ seq: current.seq, line: current.line, text, deadlineText, lead, support, unitText: stripWhitespace(cells.join('') + supportCell), lines: current.lines }, warnings));
    current = null;
  };

  for (const l of raw.slice(headerIndex + 1)) {
    const t = l.text.trim();
    if (!t) break;
    const m = t.match(/^(\d{1,3})\s+(\S.*)$/);
    const seq = m ? Number(m[1]) : null;
    if (seq !== null && (current === null ? rows.length === 0 : seq === current.seq + 1)) {
      finish();
      current = { seq, line: l.line, cells: m![2]!.split(/\s+/), lines: [l.line] };
    } else if (current) {
      current.cells.push(...t.split(/\s+/));
      current.lines.push(l.line);
    } else break;
  }
  finish();
  return { title: null, rows, headerLines: [raw[headerIndex]!], warnings };
}
