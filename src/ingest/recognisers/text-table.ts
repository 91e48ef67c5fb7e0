/**
 * Tables as received in plain text (rule table/rows): a row of cells separated by tabs (a copy from a word
 * processor or a spreadsheet, and what src/ingest/received/html.ts writes for a table) or by pipes (a Markdown
 * table of a law collection or wiki export). normalize keeps each row as its cells joined by one tab, so that
 * no later rule glues the cells into one word; the body shows the rows as a table, and an indicator table
 * (指标 | 单位 | 2024年 | 2027年目标值) gives its goals as targets (rule figure/indicator-table).
 */

import { isTableRow, textBlocks } from '../../lib/text-blocks.ts';
import type { Comparator } from './figures.ts';


/** A Markdown row: | a | b |, with its outer pipes (a menu 首页 | 新闻 | 政策 has none). */
const PIPE_ROW = /^\s*\|.*\|\s*$/;
/** A row of a table a page store flattened: a | b | c |, each cell followed by a pipe (at least three). */
const TRAILING_PIPE_ROW = /^[^|]+(?:\|[^|]*){2,}\|\s*$/;

/** A Markdown table's separator row (--- | :-: | ---:): every cell dashes, with or without alignment colons. */
const isSeparatorRow = (cells: string[]) => cells.every((c) => /^:?-+:?$/.test(c));

/** The cells of a received line that looks like a table row, or null: a pipe row, or ≥ 3 cells apart by tabs. */
export function tableCells(text: string): string[] | null {
  if (PIPE_ROW.test(text)) {
    const cells = text.trim().slice(1, -1).split('|').map((c) => c.trim());
    // the separator row under a Markdown table's header (| --- | :-: |) is markup, not a row
    return cells.length >= 2 && !isSeparatorRow(cells) ? cells : null;
  }
  if (TRAILING_PIPE_ROW.test(text)) {
    const cells = text.trim().slice(0, -1).split('|').map((c) => c.trim());
    // (the separator row under a header, ---|---|---|, as a page store flattens a Markdown table: markup, not a row)
    return isSeparatorRow(cells) ? null : cells;
  }
  // tabs mark columns exactly: an empty cell between two tabs keeps its column
  const cells = text.replace(/^[ \r\n]+|[ \r\n]+$/g, '').split('\t').map((c) => c.trim());
  return cells.length >= 3 ? cells : null;
}

/**
 * The cells of a line apart by inner pipes only (（10） | 积极发展数字消费…): a row of a table the page store cut, or one
 * printed without its closing pipe — a row only after rows of its table (tableRowIndices), or null.
 */
export function innerPipeCells(text: string): string[] | null {
  if (!/\S\s*\|\s*\S/.test(text)) return null;
  const cells = text.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
  // (a separator row, ---|---, is markup)
  return cells.length >= 2 && !cells.every((c) => /^:?-*:?$/.test(c)) ? cells : null;
}

/**
 * Rule table/rows: the indices of the lines that are table rows: runs of at least two consecutive lines that
 * look like rows (a single line with tabs is a tab after a number, not a table), one separator row of a
 * Markdown table (| --- |) allowed among them.
 */
export function tableRowIndices(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2) for (const i of run) out.add(i);
    run = [];
  };
  lines.forEach((text, i) => {
    // (a line of cells apart by inner pipes only continues a run of rows: the last row of a table the store cut)
    if (tableCells(text) || (run.length >= 2 && innerPipeCells(text))) run.push(i);
    else if (!(run.length && /^\s*\|?[\s:|-]*-[\s:|-]*\|?\s*$/.test(text))) close();
  });
  close();
  return out;
}

/** A provision's text without its table rows (each left as an empty line), and its tables as rows of cells. */
export function splitTables(text: string): { prose: string; tables: string[][][] } {
  if (!isTableRow(text)) return { prose: text, tables: [] };
  const tables = textBlocks(text).flatMap((b) => (b.kind === 'table' ? [b.rows] : []));
  const prose = text
    .split('\n')
    .map((line) => (isTableRow(line) ? '' : line))
    .join('\n');
  return { prose, tables };
}

/** One goal an indicator table states: the row's indicator, its value in a column of a target year. */
export interface TableTarget {
  indicator: string;
  value: number;
  unit: string;
  year: number;
  comparator: Comparator;
  /** The row as printed, cells separated by “ | ”. */
  quote: string;
}

const YEAR = /((?:19|20)\d\d)\s*年?/;
/** A column of goals: 2027年目标值, 目标值（2027年）, 2027年 (a year after the document's own) … */
const GOAL_WORDS = /目标|预期|规划|力争|達成|目標/;
/** A column of where things stand: 基期, 基准, 现状, 完成值, 实际 … */
const BASE_WORDS = /基期|基准|基數|基数|现状|現況|完成|实际|實際|基礎|基础|现值/;

/** The columns of an indicator table's header: the indicator's name, its unit, and each column of goals with its year. */
export function indicatorColumns(header: string[], issuedYear: number | null): { name: number; unit: number; goals: { at: number; year: number }[] } | null {
  const name = header.findIndex((c) => /指标|指標|项目|項目/.test(c) && !/属性|屬性|性质|類別|类别/.test(c));
  if (name < 0) return null;
  const unit = header.findIndex((c) => /^(计量)?单位$|^單位$/.test(c.replace(/\s/g, '')));
  const goals: { at: number; year: number }[] = [];
  // with an earlier year as its base (2023年 | 2025年 | 2027年 in a text of 2025), the document's own year is a goal too
  const base = issuedYear !== null && header.some((c, at) => at !== name && YEAR.test(c) && Number(YEAR.exec(c)![1]) < issuedYear);
  header.forEach((c, at) => {
    const year = YEAR.exec(c);
    if (!year || at === name || BASE_WORDS.test(c)) return;
    const y = Number(year[1]);
    if (GOAL_WORDS.test(c) || (issuedYear !== null && (y > issuedYear || (y === issuedYear && base)))) goals.push({ at, year: y });
  });
  // a header of only years (2024年 | 2025年 | 2027年) without the document's year: the last one is the goal
  if (!goals.length && issuedYear === null) {
    const years = header.flatMap((c, at) => (at !== name && YEAR.test(c) && !BASE_WORDS.test(c) ? [{ at, year: Number(YEAR.exec(c)![1]) }] : []));
    if (years.length >= 2) goals.push(years.at(-1)!);
  }
  return goals.length ? { name, unit, goals } : null;
}

/** The unit a name gives in brackets: 研发经费投入强度（%）, 技术合同成交额(亿元). */
const NAME_UNIT = /[（(]([^（）()]{1,6})[）)]\s*$/;

/** A goal cell: 2.8, ≥50, 10000以上, >60, 8左右, 2.5% (an empty cell, —, or words are no goal). */
const GOAL_CELL = /^([≥≤>＞<＜约])?\s*(\d+(?:\.\d+)?)\s*(%|％)?\s*(以上|以下|左右)?$/;

/** Rule figure/indicator-table: the goals of an indicator table's rows (the header is rows[0]). */
export function indicatorTargets(rows: string[][], issuedYear: number | null): TableTarget[] {
  const columns = indicatorColumns(rows[0] ?? [], issuedYear);
  if (!columns) return [];
  const out: TableTarget[] = [];
  for (const cells of rows.slice(1)) {
    if (cells.length !== rows[0]!.length) continue;
    const printedName = cells[columns.name]!;
    const unitCell = columns.unit >= 0 ? cells[columns.unit]! : '';
    const bracketUnit = NAME_UNIT.exec(printedName)?.[1] ?? '';
    const indicator = printedName.replace(NAME_UNIT, '').trim();
    if (!/\p{Script=Han}/u.test(indicator)) continue;
    for (const goal of columns.goals) {
      const m = GOAL_CELL.exec(cells[goal.at]!.replace(/\s/g, ''));
      if (!m) continue;
      const unit = m[3] ? '%' : unitCell.replace(/％/, '%') || bracketUnit;
      out.push({ indicator, value: Number(m[2]), unit, year: goal.year, comparator: comparatorOf(m[1], m[4]), quote: cells.join(' | ') });
    }
  }
  return out;
}

function comparatorOf(before: string | undefined, after: string | undefined): TableTarget['comparator'] {
  if (before === '≥' || after === '以上') return '≥';
  if (before === '>' || before === '＞') return '>';
  if (before === '≤' || after === '以下') return '≤';
  if (before === '<' || before === '＜') return '≤';
  if (before === '约' || after === '左右') return '≈';
  return '=';
}

/**
 * A column of support amounts, read on a table's header in Simplified: 奖励金额（元/公顷）, 补助标准, 资助额度（万元）,
 * 补贴金额 … (a support word before an amount word), or an amount word with its currency (金额（万元）).
 */
const SUPPORT_COLUMN = /(奖励|奖补|补助|补贴|资助|给付|津贴|补偿|扶持|支持)[^|]{0,6}?(金额|标准|额度|上限|资金)|(金额|标准|额度)\s*[（(][^（）()]*元/;

/** The header cell naming a table's column of support amounts (rule figure/benefit-table), or null; `folded` reads it in Simplified. */
export function supportColumn(header: readonly string[], folded: (s: string) => string = (s) => s): string | null {
  return header.find((c) => SUPPORT_COLUMN.test(folded(c).replace(/\s/g, ''))) ?? null;
}

/** A line that is one cell of a table a page store flattened one cell a line: the cell, then a pipe (人均预期寿命 |). */
const CELL_LINE = /^\s*([^|]*?)\s*\|\s*$/;

/**
 * Rule table/cell-lines: a table a page store flattened one cell a line, each cell followed by a pipe (序号 | / 指标名称 |
 * / … / 1 | / 人均预期寿命 | / 岁 | …). The header is the cells before the first row number 1 (at least three), and each row
 * as many cells from its number on, each row the next number. Returns the lines with the header and each row joined
 * into one row (a | b | c |, on its first cell's line; `table/rows` reads it) and the lines of the rows rebuilt; cells
 * after the last whole row stay as they are.
 */
export function joinCellLines<L extends { line: number; text: string }>(lines: readonly L[]): { lines: L[]; rebuilt: number[] } {
  const out: L[] = [];
  const rebuilt: number[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && CELL_LINE.test(lines[j]!.text)) j++;
    const run = lines.slice(i, j);
    const cells = run.map((l) => CELL_LINE.exec(l.text)![1]!);
    const n = cells.indexOf('1');
    let k = n;
    if (n >= 3) for (let seq = 1; k + n <= cells.length && cells[k] === String(seq); seq++) k += n;
    if (n < 3 || k === n) {
      out.push(...(run.length ? run : [lines[i]!]));
      i = Math.max(j, i + 1);
      continue;
    }
    for (let at = 0; at < k; at += n) {
      out.push({ ...run[at]!, text: `${cells.slice(at, at + n).join(' | ')} |` });
      rebuilt.push(run[at]!.line);
    }
    out.push(...run.slice(k));
    i = j;
  }
  return { lines: out, rebuilt };
}
