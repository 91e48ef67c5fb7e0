/**
 * The shapes of text that the stages and the recognisers pass around: a source line, a
 * stripped line, a note on a line, a paragraph. They live here, below both, so that a
 * recogniser never imports a stage (no import loops: test/unit/import-cycles.test.ts).
 */
import type { BoilerplateName, RuleId } from './report/rules.ts';

/** One line of a source as read. */
export interface SourceLine {
  /** 1-based line number in the raw file. */
  line: number;
  text: string;
}

/** A line taken out of the document text by a rule (chrome, a table of contents, a page number …). */
export interface StrippedLine {
  line: number;
  text: string;
  /** The rule that took it out: a chrome rule by its name (`boilerplate/<name>` in the report), else its rule id. */
  rule: BoilerplateName | RuleId;
  /** Portal metadata the stripped line carried (e.g. 发布日期 of a “发布日期：… 点击次数：…” line). */
  fields?: Record<string, string>;
}

/** A diagnostic before it is given its file (segment works on lines only; sources.ts adds the file). */
export interface LineNote {
  line: number | null;
  /** 1-based column in that line, when the rule knows it. */
  column?: number | null;
  rule: RuleId;
  message: string;
}

/** A paragraph of the body, reflowed from one or more lines. */
export interface Paragraph {
  text: string;
  /** First and last raw line numbers it was built from. */
  line: number;
  endLine: number;
}
