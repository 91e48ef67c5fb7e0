/**
 * Records and report lines of a provision's figures besides its targets: benefit records
 * (src/ingest/recognisers/benefits.ts) and the diagnostics of the rules of src/ingest/recognisers/figures.ts.
 */
import type { Benefit, Target } from '../../data/schemas.ts';
import { benefitsOf } from '../recognisers/benefits.ts';
import { diagnostic, type Diagnostic } from '../report/diagnostics.ts';
import type { FigureRule } from '../recognisers/figures.ts';
import { unitOfMeasureEn, type ExtractedTarget, type OtherFigure } from '../recognisers/targets.ts';

/** Where a provision's figures stand: its record id, measure (null for a heading or the preamble), page and line. */
export interface FigurePlace {
  policy: string;
  provision: string;
  measure: string | null;
  url: Target['url'];
  file: string;
  line: number;
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

/** What each rule that takes a figure out of the targets says, and how sure it is. */
const RECLASSIFIED: Record<FigureRule, { severity: 'info' | 'review'; what: string }> = {
  'figure/ordinal': { severity: 'info', what: 'an ordinal (第N), not a count' },
  'figure/list-count': { severity: 'info', what: 'the count of the list before it (A、B、C等N个), not a target' },
  'figure/threshold': { severity: 'info', what: 'a threshold (N以上的…: who or what qualifies), not a target' },
  'figure/benefit': { severity: 'info', what: 'a benefit (support granted), published in benefits.json, not a target' },
  'figure/statistic': { severity: 'review', what: 'a statistic (where things stand now or in a past year), not a target' },
  'figure/statutory-rule': { severity: 'review', what: 'a statutory rule (a limit without a target year), not a target' },
  'figure/earmark': { severity: 'review', what: 'an earmark of funds (资金的N%用于…), not a target' },
};

/** One diagnostic per figure a rule took out of the targets, and per target read by figure/chinese-numeral or figure/number-first. */
export function figureDiagnostics(place: FigurePlace, others: OtherFigure[], targets: { id: string; t: ExtractedTarget }[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const key = place.provision.slice(place.policy.length + 1);
  for (const f of others) {
    if (!f.rule) continue;
    const { severity, what } = RECLASSIFIED[f.rule];
    const fix = severity === 'review' ? ' (if it is a target, add it in content/overrides/targets.yaml)' : '';
    out.push(diagnostic(place.file, place.line, f.rule, severity, `provision ${key}: ${f.figure.raw} read as ${what} — “${f.sentence}”${fix}`, { record: place.provision }));
  }
  for (const { id, t } of targets) {
    if (t.form === 'chinese' || t.form === 'share')
      out.push(diagnostic(place.file, place.line, 'figure/chinese-numeral', 'info', `target ${id}: ${t.raw} read as ${t.value}${t.unit}`, { record: id }));
    if (t.form === 'listed')
      out.push(diagnostic(place.file, place.line, 'figure/shared-unit', 'info', `target ${id}: ${t.raw} takes the unit of the figure its list ends with (${t.value}${t.unit}) — “${t.quote}”`, { record: id }));
    if (t.numberFirst) out.push(diagnostic(place.file, place.line, 'figure/number-first', 'info', `target ${id}: the number comes first (${t.raw}的…), what it counts follows: “${t.indicator}”`, { record: id }));
  }
  return out;
}
