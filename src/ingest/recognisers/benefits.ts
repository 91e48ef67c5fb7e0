/**
 * Benefits: the support a provision grants (最高给予100万元, 按设备投资额的5%给予奖励, 以1:2配对), read from
 * the figures src/ingest/recognisers/figures.ts classifies as benefits, with their kind, cap, basis and eligibility.
 */
import { comparatorOf, type Comparator } from './figures.ts';
import { asPrinted } from './traditional-fold.ts';
import type { OtherFigure } from './targets.ts';

export const BENEFIT_KINDS = ['grant', 'subsidy', 'award', 'interest-subsidy', 'loan', 'guarantee', 'equity-fund', 'tax', 'voucher', 'other'] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];

/** The words of each kind, most specific first (贴息 before 补助: 贷款贴息 is an interest subsidy, not a loan). */
const KIND_WORDS: [BenefitKind, RegExp][] = [
  ['interest-subsidy', /贴息/],
  ['voucher', /券/],
  ['guarantee', /担保|风险补偿|(?:信用|信贷|融资)?保证(?!金)/],
  ['equity-fund', /基金|股权投资|参股|天使投资|创业投资|创投|风投/],
  ['tax', /税|减免|宽免|宽减|免征|抵扣|加计扣除/],
  ['award', /奖励|奖补|奖金/],
  ['subsidy', /补助|补贴/],
  ['loan', /贷款|借款|核贷|贷放|授信/],
  ['grant', /资助|经费|资金|支持/],
];

export interface ExtractedBenefit {
  /** Ordinal of the benefit within its provision (1-based), the stable part of its id. */
  n: number;
  kind: BenefitKind;
  value: number;
  valueMax: number | null;
  unit: string;
  comparator: Comparator;
  basis: string | null;
  eligibility: string | null;
  quote: string;
}

/** The kind of support a clause names, else its sentence's; `other` when neither names one. */
export function benefitKind(clause: string, sentence: string): BenefitKind {
  for (const text of [clause, sentence]) for (const [kind, re] of KIND_WORDS) if (re.test(text)) return kind;
  return 'other';
}

/** What a rate is a share of: the words between 按/以/不超过… and 的 right before it (按设备投资额的5% → 设备投资额). */
export function rateBasis(before: string): string | null {
  const clause = before.split(/[，：；、]/).at(-1)!;
  const m = /([^，：；、]{2,30}?)的\s*$/.exec(clause);
  if (!m) return null;
  const basis = m[1]!.replace(/^.*?(按照|按|以|占|为|不超过|不高于|最高)/, '').replace(/^(给予|对|其)/, '');
  return /\p{Script=Han}{2}/u.test(basis) ? basis : null;
}

/** Who qualifies, as printed: the clause of a threshold figure (对投资额达到1000万元以上的项目 → 投资额达到1000万元以上的项目). */
export function eligibilityOf(threshold: OtherFigure): string {
  return threshold.clause.replace(/^(对于|对|凡|其中)/, '').replace(/[，：。；\s]+$/, '');
}

/** Benefits among one provision's figures; a threshold of the same sentence is their eligibility. */
export function benefitsOf(figures: OtherFigure[]): ExtractedBenefit[] {
  const out: ExtractedBenefit[] = [];
  for (const f of figures) {
    if (f.kind !== 'benefit') continue;
    const threshold = figures.find((g) => g.kind === 'threshold' && g.sentence === f.sentence && g.at < f.at);
    // A Traditional text is read folded (rule figure/traditional-folded): what is quoted is given as printed.
    const printed = (part: string) => asPrinted(part, f.sentence, f.printed ?? f.sentence);
    const before = f.sentence.slice(0, f.at);
    const basis = f.figure.unit === '%' ? rateBasis(before) : null;
    const ownClauseBefore = before.split(/[，：；]/).at(-1)!;
    out.push({
      n: out.length + 1,
      kind: benefitKind(f.clause, f.sentence),
      value: f.figure.value,
      valueMax: f.figure.valueMax,
      unit: f.figure.unit,
      comparator: f.figure.form === 'ratio' ? '=' : comparatorOf(ownClauseBefore, f.figure.suffix),
      basis: basis === null ? null : printed(basis),
      eligibility: threshold ? printed(eligibilityOf(threshold)) : null,
      quote: f.printed ?? f.sentence,
    });
  }
  return out;
}
