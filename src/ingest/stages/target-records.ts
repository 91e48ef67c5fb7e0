/**
 * The records stage's figures step: the targets and benefits of each provision's text (and of the
 * preamble), with the rules that report how they were read (figure/…, period-year, paragraph-year,
 * target-review, target-unknown-unit, targets/preamble).
 */
import type { Benefit, Target } from '../../data/schemas.ts';
import type { Paragraph } from '../lines.ts';
import { readTargets, rocYearIn, type ExtractedTarget, type OtherFigure } from '../recognisers/targets.ts';
import { CURRENCY_UNITS, isKnownUnitOfMeasure, NO_UNIT, splitUnit } from '../../lib/measure-units.ts';
import { indicatorTargets, splitTables, supportColumn } from '../recognisers/text-table.ts';
import { taskCells } from '../recognisers/cell-task-table.ts';
import { matchFigures, statesGoal } from '../recognisers/figures.ts';
import { foldTraditional } from '../recognisers/traditional-fold.ts';
import { columnOf, diagnostic, type Diagnostic } from '../report/diagnostics.ts';
import { stripWhitespace } from '../../lib/text.ts';
import { isTableRow } from '../../lib/text-blocks.ts';
import { benefitRecords, figureDiagnostics, type FigurePlace } from './figure-records.ts';
import { anchored, urlOf, type RecordContext } from './record-context.ts';

/** A number target-unknown-unit reported in a provision. */
export interface UnknownUnitCheck {
  diagnostic: Diagnostic;
  provision: string;
  value: number;
}

/**
 * The target-unknown-unit diagnostics a reviewed override settles: an overridden target (added or
 * corrected in content/overrides/targets.yaml) of the same provision with the same value.
 */
export function settledUnknownUnits(checks: UnknownUnitCheck[], targets: Target[]): Set<Diagnostic> {
  const reviewed = new Set(targets.filter((t) => t.overridden).map((t) => `${t.provision}\u0000${t.value}`));
  return new Set(checks.filter((c) => reviewed.has(`${c.provision}\u0000${c.value}`)).map((c) => c.diagnostic));
}

/** What the whole document tells the reading of each figure. */
export interface FigureSettings {
  /** Rule period-year: in a plan of one year (a 2022 工作要点), a target without a year of its own is for that year. */
  periodYear: number | null;
  /** Where that year comes from: the manifest's period, or the title (关于2025年…计划的报告). */
  periodFrom: 'manifest' | 'title' | null;
  /** Rule figure/statistic: a figure of a sentence about a year before the document's own is where things stood. */
  issuedYear: number | null;
  /** Rule figure/legislative-text: a text in articles (第X条) lays down rules. */
  legislative: boolean;
  /** Rule figure/undated-no-goal: the text reads as a plan (a period, a dated goal). */
  plan: boolean;
  /** Rule figure/traditional-folded: the document is in Traditional characters. */
  traditional: boolean;
  /** Rule figure/currency: the currency of its amounts in plain 元 (港元 in a Hong Kong text), null for renminbi. */
  currency: { currency: string; place: string } | null;
}

/** A list of goals opens with its heading: 主要目标：, 预期目标是：, 发展目标为： (rule figure/undated-no-goal). */
const GOAL_HEADING = /目标(是|为)?[：:]/;

/** Where a text whose figures are read stands. */
export interface FigureSite {
  line: number;
  key: string;
  measure: string | null;
  url: Target['url'];
  taskYear: number | null;
  numberFrom?: number;
  benefitsFrom?: number;
  pastSection?: boolean;
  supportSection?: boolean;
  conditionSection?: boolean;
}

/** Reads the figures of one policy's provisions, in document order, into its target and benefit records. */
export class FigureRecords {
  readonly targets: Target[] = [];
  readonly benefits: Benefit[] = [];
  readonly unknownUnitNumbers: UnknownUnitCheck[] = [];
  /** Rule figure/traditional-folded is reported once per document. */
  private foldReported = false;
  /** Rule figure/currency is reported once per document. */
  private currencyReported = false;
  private rocReported = false;
  /** Figures already read (rule figure/repeated): kind, value, unit and sentence. */
  private readonly seen = new Set<string>();

  constructor(
    private readonly ctx: RecordContext,
    private readonly settings: FigureSettings,
  ) {}

  /** Reads the targets of one provision's text (or a preamble paragraph's), with their diagnostics. */
  read(text: string, site: FigureSite): void {
    const { ctx } = this;
    const { line, key, measure, url, numberFrom = 0 } = site;
    const recordId = `${ctx.id}/${key}`;
    const lineText = ctx.raw.get(line);
    // Ordinals (区政府第23次常务会议) are never targets (rule figure/ordinal), before the first numbered part or after it.
    // table rows are no sentences: an indicator table's goals are read by its columns (rule figure/indicator-table)
    const split = splitTables(text);
    const tables = split.tables;
    // a task table's task cells are sentences of the document (rule task-table/body)
    const prose = [split.prose, ...tables.flatMap(taskCells)].join('\n');
    const read = readTargets(prose, { taskYear: site.taskYear, planOfOneYear: this.settings.periodYear !== null, issuedYear: this.settings.issuedYear, pastSection: site.pastSection ?? false, supportSection: site.supportSection ?? false, conditionSection: site.conditionSection ?? false, plan: this.settings.plan && !this.settings.legislative, traditional: this.settings.traditional, rocYears: this.settings.currency?.place === 'Taiwan' });
    this.reportRocYears(prose, line, recordId);
    const place = { policy: ctx.id, provision: recordId, measure, url, file: ctx.file, line, lineText };
    this.inCurrency(read, line, recordId);
    if (read.folded && !this.foldReported) {
      this.foldReported = true;
      const message = `figures of this Traditional-character text are read on its Simplified reading (萬元 as 万元, 補助 as 补助), from provision ${key} on; quotes stay as printed, units are given in Simplified`;
      ctx.diagnostics.push(diagnostic(ctx.file, line, 'figure/traditional-folded', message, { record: recordId }));
    }
    const others = this.once(read.others, (o) => ({ kind: o.kind, value: o.figure.value, unit: o.figure.unit, quote: o.sentence, at: o.at }), line, recordId);
    const benefits = benefitRecords(place, others, site.benefitsFrom ?? 0);
    this.benefits.push(...benefits);
    ctx.diagnostics.push(...figureDiagnostics(place, read.others, read.targets.map((t) => ({ id: `${recordId}/t${numberFrom + t.n}`, t }))));
    this.yearsFromPeriod(read.targets);
    if (this.settings.legislative) read.targets = this.withoutRules(read.targets, line, key, recordId);
    if (!this.settings.plan) read.targets = this.withGoals(read.targets, text, line, key, recordId);
    for (const u of read.unknownUnits) {
      const message = `provision ${key}: the number ${u.number} followed by “${u.following}” is not read as a target (not a known unit of measure) — “${u.quote}” (add the unit to src/lib/measure-units.ts, or add the target in content/overrides/targets.yaml, with unit "" for an index or a score)`;
      const d = diagnostic(ctx.file, line, 'target-unknown-unit', message, { record: recordId, column: columnOf(lineText, `${u.number}${u.following}`) });
      ctx.diagnostics.push(d);
      this.unknownUnitNumbers.push({ diagnostic: d, provision: recordId, value: Number(u.number) });
    }
    const targets = this.once(read.targets, (t) => ({ kind: 'target', value: t.value, unit: t.unit, quote: t.quote, at: t.at }), line, recordId);
    for (const t of targets) this.addTarget(t, `${recordId}/t${numberFrom + t.n}`, site, recordId);
    this.tableTargets(tables, read.targets.length, site, recordId);
    this.tableBenefits(tables, place, (site.benefitsFrom ?? 0) + benefits.length);
  }

  /**
   * Rule figure/benefit-table: a table whose header names a column of support amounts (獎勵金額（元/公頃）, 补助标准) grants
   * each amount its rows print, of the kind the header names; the row is the quote.
   */
  private tableBenefits(tables: string[][][], place: FigurePlace, numberFrom: number): void {
    const read = (s: string) => (this.settings.traditional ? foldTraditional(s) : s);
    const found: OtherFigure[] = [];
    for (const rows of tables) {
      const column = supportColumn(rows[0] ?? [], read);
      if (!column) continue;
      const label = read(column);
      const at = rows[0]!.indexOf(column);
      for (const row of rows.slice(1)) {
        // a row lined up with its header: the amounts of the support column and after it (营收1亿元以上 | 50万元 reads 50万元);
        // a ragged row (cells merged on the page, 第7-8期 37,500元 | | |), or one with no amount there: all of them
        const lined = row.length === rows[0]!.length && row.slice(at).some((c) => /\d|[一二三四五六七八九十百千万]/.test(c));
        const cells = lined ? row.slice(at) : row;
        const sentence = `${label}：${read(cells.filter((c) => c).join(' | '))}`;
        // the quote is the whole row as printed
        const printed = row.filter((c) => c).join(' | ');
        for (const figure of matchFigures(sentence)) {
          if (figure.index <= label.length || splitUnit(figure.unit).base !== '元') continue;
          found.push({ figure, kind: 'benefit', rule: 'figure/benefit-table', sentence, clause: label, at: figure.index, printed });
        }
      }
    }
    if (!found.length) return;
    this.inCurrency({ targets: [], others: found }, place.line, place.provision);
    this.benefits.push(...benefitRecords(place, found, numberFrom));
    const key = place.provision.slice(this.ctx.id.length + 1);
    const message = `provision ${key}: ${found.map((f) => f.figure.raw).join('、')} read as benefits of a table whose header names a column of support amounts (${found[0]!.clause})`;
    this.ctx.diagnostics.push(diagnostic(this.ctx.file, place.line, 'figure/benefit-table', message, { record: place.provision }));
  }

  /**
   * Rule figure/repeated: a figure stated again in the same sentence of the same provision (a page that prints its
   * headline above the article, a digest that repeats its list, a Traditional copy of a Simplified line) is one
   * figure: the later ones are reported, not published again. Another provision's same sentence is its own.
   */
  private once<T>(figures: T[], keyOf: (f: T) => { kind: string; value: number; unit: string; quote: string; at: number }, line: number, recordId: string): T[] {
    return figures.filter((f) => {
      const k = keyOf(f);
      const key = [recordId, k.kind, k.value, k.unit, k.at, foldTraditional(k.quote).replace(/^[\s，、]+/, '')].join('\u0000');
      if (!this.seen.has(key)) return this.seen.add(key), true;
      const message = `${k.value}${k.unit} is not published again: the same figure in the same sentence was read before — “${k.quote.slice(0, 60)}”`;
      this.ctx.diagnostics.push(diagnostic(this.ctx.file, line, 'figure/repeated', message, { record: recordId }));
      return false;
    });
  }

  /** Rule figure/indicator-table: the goals of each indicator table in a provision, numbered after its sentences' targets. */
  private tableTargets(tables: string[][][], after: number, site: FigureSite, recordId: string): void {
    let n = after;
    for (const rows of tables) {
      const found = indicatorTargets(rows, this.settings.issuedYear);
      const known = found.filter((t) => t.unit === NO_UNIT || isKnownUnitOfMeasure(t.unit));
      for (const t of known) {
        n++;
        const target: ExtractedTarget = { ...t, n, at: 0, scope: null, yearSource: 'text', yearFromParagraph: false, perYear: false, valueMax: null, suspicious: [], form: 'arabic', numberFirst: false, raw: String(t.value) };
        this.inCurrency({ targets: [target], others: [] }, site.line, recordId);
        this.addTarget(target, `${recordId}/t${(site.numberFrom ?? 0) + n}`, site, recordId);
      }
      if (!found.length) continue;
      const skipped = found.filter((t) => !known.includes(t));
      const message = `read ${known.length} goal${known.length === 1 ? '' : 's'} of an indicator table (columns ${rows[0]!.join(' | ')}) as targets${skipped.length ? `; not read (unit not known): ${skipped.map((t) => `${t.indicator} ${t.value}${t.unit}`).join('、')}` : ''}`;
      this.ctx.diagnostics.push(diagnostic(this.ctx.file, site.line, 'figure/indicator-table', message, { record: recordId }));
    }
  }

  /** Rule figure/roc-year: a Taiwan text's years in the Republic's count (112年 → 2023); reported once. */
  private reportRocYears(prose: string, line: number, recordId: string): void {
    const roc = this.settings.currency?.place === 'Taiwan' && !this.rocReported ? rocYearIn(prose) : null;
    if (!roc) return;
    this.rocReported = true;
    const year = Number(roc.match(/\d+/)![0]) + 1911;
    const message = `years in the Republic of China's count read as years of the common era (${roc.trim()} → ${year}): the text is from Taiwan; from ${recordId} on`;
    this.ctx.diagnostics.push(diagnostic(this.ctx.file, line, 'figure/roc-year', message, { record: recordId }));
  }

  /** Rule figure/currency: amounts in plain 元 are in the text's own currency (1万元 in a Hong Kong text is 1万港元); reported once. */
  private inCurrency(read: { targets: ExtractedTarget[]; others: { figure: { unit: string } }[] }, line: number, recordId: string): void {
    const own = this.settings.currency;
    if (!own) return;
    let changed = false;
    const convert = (unit: string) => {
      const { multiplier, base } = splitUnit(unit);
      if (base !== '元') return unit;
      changed = true;
      return `${multiplier ?? ''}${own.currency}`;
    };
    for (const t of read.targets) t.unit = convert(t.unit);
    for (const o of read.others) o.figure = { ...o.figure, unit: convert(o.figure.unit) };
    if (changed && !this.currencyReported) {
      this.currencyReported = true;
      const message = `amounts printed in 元 are read as ${own.currency} (${CURRENCY_UNITS[own.currency]}): the text is from ${own.place}; from ${recordId} on`;
      this.ctx.diagnostics.push(diagnostic(this.ctx.file, line, 'figure/currency', message, { record: recordId }));
    }
  }

  /** Rule period-year: a target without a year of its own in a plan of one year is for that year. */
  private yearsFromPeriod(targets: ExtractedTarget[]): void {
    const { periodYear } = this.settings;
    if (periodYear === null) return;
    for (const t of targets)
      if (t.year === null && !t.perYear) {
        t.year = periodYear;
        t.yearSource = 'period';
        t.suspicious = t.suspicious.filter((x) => x !== 'no year');
      }
  }

  /** Rule figure/legislative-text: a text in articles (第X条) lays down rules; a figure it ties to no year is no goal (每年 is a duty's rhythm, no year). */
  private withoutRules(targets: ExtractedTarget[], line: number, key: string, recordId: string): ExtractedTarget[] {
    return targets.filter((t) => {
      if (t.year !== null) return true;
      const message = `provision ${key}: ${t.value}${t.unit} is not published as a target: a legislative text's figure without a year is a rule (${t.quote.slice(0, 60)})`;
      this.ctx.diagnostics.push(diagnostic(this.ctx.file, line, 'figure/legislative-text', message, { record: recordId }));
      return false;
    });
  }

  /**
   * Rule figure/undated-no-goal: outside a plan, an undated figure is a target only where words before it state a
   * goal, in its sentence or as the heading of its list (主要目标是：A增长7%左右；B增长9%). A Traditional text is read folded.
   */
  private withGoals(targets: ExtractedTarget[], text: string, line: number, key: string, recordId: string): ExtractedTarget[] {
    const read = (s: string) => (this.settings.traditional ? foldTraditional(s) : s);
    return targets.filter((t) => {
      const quoteAt = text.indexOf(t.quote);
      const paragraph = quoteAt < 0 ? '' : text.slice(text.lastIndexOf('\n', quoteAt) + 1, quoteAt);
      if (t.year !== null || t.perYear || statesGoal(read(t.quote.slice(0, Math.max(0, t.quote.indexOf(t.raw)))), read(t.raw)) || GOAL_HEADING.test(read(paragraph))) return true;
      const message = `provision ${key}: ${t.raw} is not published as a target: the text dates no goal and no word before the figure states one (${t.quote.slice(0, 60)})`;
      this.ctx.diagnostics.push(diagnostic(this.ctx.file, line, 'figure/undated-no-goal', message, { record: recordId }));
      return false;
    });
  }

  /** One target record, and the rules that report how its year was read or what to check. */
  private addTarget(t: ExtractedTarget, tid: string, site: FigureSite, recordId: string): void {
    const { ctx } = this;
    this.targets.push({
      id: tid,
      policy: ctx.id,
      measure: site.measure,
      provision: recordId,
      indicator: { zh: t.indicator, en: null },
      scope: t.scope ? { zh: t.scope, en: null } : null,
      year: t.year,
      yearSource: t.yearSource,
      perYear: t.perYear,
      value: t.value,
      valueMax: t.valueMax,
      unit: { zh: t.unit, en: null },
      comparator: t.comparator,
      quote: t.quote,
      overridden: false,
      enStale: false,
      url: site.url,
    });
    const { file } = ctx;
    const line = site.line;
    if (t.yearSource === 'period') ctx.diagnostics.push(diagnostic(file, line, 'period-year', `target ${tid}: year ${t.year} taken from the plan period (${t.year}) of the ${this.settings.periodFrom === 'title' ? 'title, a plan of one year' : 'manifest'} — “${t.quote}”`, { record: tid }));
    if (t.relativeYear) ctx.diagnostics.push(diagnostic(file, line, 'figure/relative-year', `target ${tid}: year ${t.year} read from 今年/明年/年内/全年 against the document's year ${this.settings.issuedYear} — “${t.quote}”`, { record: tid }));
    if (t.yearFromParagraph) ctx.diagnostics.push(diagnostic(file, line, 'paragraph-year', `target ${tid}: year ${t.year} taken from the sentence that opens its paragraph — “${t.quote}”`, { record: tid }));
    if (t.suspicious.length)
      ctx.diagnostics.push(diagnostic(file, line, 'target-review', `target ${tid}: ${t.suspicious.join('; ')} — “${t.quote}” (confirm, or correct it in content/overrides/targets.yaml)`, { record: tid }));
  }

  /**
   * Targets stated before the first numbered part (a letterhead's 工作要点, or all of a text-only policy): read
   * as a heading's own text is, with the preamble as their provision (its anchor: #preamble); rule targets/preamble.
   */
  readPreamble(preamble: Paragraph[], title: string): void {
    if (!preamble.length) return;
    const { ctx } = this;
    const before = this.targets.length;
    const benefitsBefore = this.benefits.length;
    // Paragraph by paragraph: a letterhead's lines have no 。 to end a sentence, and a quote must not run across them.
    const url = anchored(urlOf(`policies/${ctx.id}`), 'preamble');
    for (const p of tablesJoined(preamble)) {
      // Rule figure/in-title: the title names the document; a headline's figures restate the text below it
      const inTitle = stripWhitespace(p.text) === stripWhitespace(title) ? matchFigures(foldTraditional(p.text)) : [];
      if (inTitle.length) {
        const message = `the figures of the title (${inTitle.map((f) => f.raw).join(', ')}) are not read: a title names the document, a headline restates its text`;
        ctx.diagnostics.push(diagnostic(ctx.file, p.line, 'figure/in-title', message, { record: `${ctx.id}/preamble` }));
        continue;
      }
      this.read(p.text, { line: p.line, key: 'preamble', measure: null, url, taskYear: null, numberFrom: this.targets.length - before, benefitsFrom: this.benefits.length - benefitsBefore });
    }
    const read = this.targets.slice(before);
    if (!read.length) return;
    const line = preamble.find((x) => x.text.includes(read[0]!.quote))?.line ?? preamble[0]!.line;
    const listed = read.map((t) => `${t.indicator.zh} ${t.value}${t.unit.zh}`).join('; ');
    const message = `${read.length} target${read.length === 1 ? '' : 's'} read from the text before the first numbered part (${listed}): check that they are this document's targets, not figures it quotes`;
    ctx.diagnostics.push(diagnostic(ctx.file, line, 'targets/preamble', message, { record: `${ctx.id}/preamble` }));
  }
}

/** Paragraphs with each run of table rows joined into one (a table is read whole: its header names its columns). */
function tablesJoined(paragraphs: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of paragraphs) {
    const last = out.at(-1);
    if (last && isTableRow(last.text) && isTableRow(p.text)) out[out.length - 1] = { ...last, text: `${last.text}\n${p.text}` };
    else out.push(p);
  }
  return out;
}
