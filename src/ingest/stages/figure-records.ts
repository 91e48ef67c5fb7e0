/**
 * Records and report lines of a provision's figures besides its targets: benefit records
 * (src/ingest/recognisers/benefits.ts) and the diagnostics of the rules of src/ingest/recognisers/figures.ts.
 */
import type { Benefit, Target } from '../../data/schemas.ts';
import { benefitsOf } from '../recognisers/benefits.ts';
import { columnOf, diagnostic, type Diagnostic } from '../report/diagnostics.ts';
import { RULES } from '../report/rules.ts';
import { unitOfMeasureEn, type ExtractedTarget, type OtherFigure } from '../recognisers/targets.ts';

/** Where a provision's figures stand: its record id, measure (null for a heading or the preamble), page and line. */
export interface FigurePlace {
  policy: string;
  provision: string;
  measure: string | null;
  url: Target['url'];
  file: string;
  line: number;
  /** That line as read, to find a figure's column in (undefined: no column). */
  lineText?: string;
}

/** The English of a benefit's unit: as a target's (万元 → CNY 10,000), `1:N` as a matching ratio. */
export function benefitUnitEn(unit: string): string | null {
  return unit === '1:N' ? 'matching ratio 1:N' : unitOfMeasureEn(unit);
}

/** The benefit records of one provision's figures, numbered from `numberFrom` + 1 (b1, b2 …). */
export function benefitRecords(place: FigurePlace, figures: OtherFigure[], numberFrom = 0): Benefit[] {
  return benefitsOf(figures).map((b) => ({
    id: `${place.provision}/b${numberFrom + b.n}`,
    policy: place.policy,
    measure: place.measure,
    provision: place.provision,
    kind: b.kind,
    value: b.value,
    valueMax: b.valueMax,
    unit: { zh: b.unit, en: benefitUnitEn(b.unit) },
    comparator: b.comparator,
    basis: b.basis,
    eligibility: b.eligibility,
    quote: b.quote,
    url: place.url,
  }));
}

/** One diagnostic per figure a rule took out of the targets, and per target read by figure/chinese-numeral or figure/number-first. */
export function figureDiagnostics(place: FigurePlace, others: OtherFigure[], targets: { id: string; t: ExtractedTarget }[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const key = place.provision.slice(place.policy.length + 1);
  for (const f of others) {
    if (!f.rule) continue;
    // The rule's summary says what the figure was read as; a figure read so on a guess (review) may be a target after all.
    const { severity, summary } = RULES[f.rule];
    const fix = severity === 'review' ? ' (if it is a target, add it in content/overrides/targets.yaml)' : '';
    out.push(diagnostic(place.file, place.line, f.rule, `provision ${key}: ${f.figure.raw} read as ${summary} — “${f.sentence}”${fix}`, { record: place.provision, column: columnOf(place.lineText, f.figure.raw) }));
    if (f.rule === 'figure/benefit' && f.figure.ratioOrder) {
      const message = `provision ${key}: the matching ratio ${f.figure.raw} read as ${f.figure.value} of support per 1 of the applicant's own (${f.figure.ratioOrder}) — “${f.sentence}”`;
      out.push(diagnostic(place.file, place.line, 'figure/matching-ratio', message, { record: place.provision, column: columnOf(place.lineText, f.figure.raw) }));
    }
  }
  for (const { id, t } of targets) {
    if (t.form === 'chinese' || t.form === 'share')
      out.push(diagnostic(place.file, place.line, 'figure/chinese-numeral', `target ${id}: ${t.raw} read as ${t.value}${t.unit}`, { record: id, column: columnOf(place.lineText, t.raw) }));
    if (t.form === 'listed')
      out.push(diagnostic(place.file, place.line, 'figure/shared-unit', `target ${id}: ${t.raw} takes the unit of the figure its list ends with (${t.value}${t.unit}) — “${t.quote}”`, { record: id, column: columnOf(place.lineText, t.raw) }));
    if (t.numberFirst)
      out.push(diagnostic(place.file, place.line, 'figure/number-first', `target ${id}: the number comes first (${t.raw}的…), what it counts follows: “${t.indicator}”`, { record: id, column: columnOf(place.lineText, t.raw) }));
  }
  return out;
}
