/**
 * Translation QA: checks of one English segment against its Chinese source, run by the ingest on
 * every translation (authored, reused from memory or imported) and by the content tests. Each check
 * is a named rule (docs/translators.md, “What the checks mean”; docs/formats.md lists the ids).
 */
import { compareFigures } from './figures.ts';

export const QA_RULES = [
  'translation-qa/figure-missing',
  'translation-qa/figure-extra',
  'translation-qa/glossary',
  'translation-qa/unit-name',
  'translation-qa/han',
  'translation-qa/empty',
  'translation-qa/identical',
  'translation-qa/too-short',
] as const;
export type QaRule = (typeof QA_RULES)[number];

export interface QaFinding {
  rule: QaRule;
  message: string;
}

/** A glossary term as QA needs it: its Chinese forms and the English forms that count as using it. */
export interface QaTerm {
  zh: string[];
  en: string;
  enForms: string[];
}

/** A unit's Chinese forms and its agreed English names (short and full). */
export interface QaUnit {
  zh: string[];
  en: string[];
}

export interface QaContext {
  terms: QaTerm[];
  units: QaUnit[];
}

/**
 * English characters per Chinese character below which a translation is “far shorter than expected”.
 * Measured on the seeds: of their 303 translated segments of 12 or more Chinese characters none is below 3.14,
 * the median is 5.65; 2 leaves room for terse but complete English (docs/translators.md).
 */
export const MIN_LENGTH_RATIO = 2;
/** Sources shorter than this (titles, short headings) are not checked for length: a short heading can translate into one word. */
export const MIN_LENGTH_CHECKED = 12;

const HAN = /\p{Script=Han}/u;
const hanCount = (s: string) => [...s].filter((c) => HAN.test(c)).length;

/** Whether the English uses an agreed English term: the term (without a parenthetical gloss), a regular plural of it, or one of its listed forms. */
export function usesTerm(en: string, term: Pick<QaTerm, 'en' | 'enForms'>): boolean {
  const text = en.toLowerCase();
  const base = term.en.replace(/\s*\([^)]*\)\s*$/, '').toLowerCase();
  const forms = [base, base.replace(/y$/, 'ies'), base + 's', base + 'es', ...term.enForms.map((f) => f.toLowerCase())];
  return forms.some((f) => text.includes(f));
}

/** The terms a Chinese text uses; a longer term that contains a shorter one decides (科技企业孵化器 over 孵化器). */
function termsIn(zh: string, terms: QaTerm[]): QaTerm[] {
  return terms.filter((t) => {
    if (!t.zh.some((f) => zh.includes(f))) return false;
    const longer = terms.filter((o) => o !== t && o.zh[0]!.length > t.zh[0]!.length && o.zh.some((f) => f.includes(t.zh[0]!)) && o.zh.some((f) => zh.includes(f)));
    if (!longer.length) return true;
    const rest = longer.reduce((s, o) => o.zh.reduce((x, f) => x.replaceAll(f, ''), s), zh);
    return t.zh.some((f) => rest.includes(f));
  });
}

/**
 * Units a Chinese text names (longest form first, so 市科技局 inside a longer name counts once), and the
 * text without them: inside a unit's name the unit's English decides, not a glossary term (高新区 in
 * 西部科学城重庆高新区管委会).
 */
function unitsIn(zh: string, units: QaUnit[]): { found: { unit: QaUnit; form: string }[]; rest: string } {
  const forms = units.flatMap((u) => u.zh.map((f) => ({ f, u }))).sort((a, b) => b.f.length - a.f.length);
  let rest = zh;
  const found = new Map<QaUnit, string>();
  for (const { f, u } of forms) {
    if (!rest.includes(f)) continue;
    if (!found.has(u)) found.set(u, f);
    rest = rest.replaceAll(f, '\u0000');
  }
  return { found: [...found].map(([unit, form]) => ({ unit, form })), rest };
}

const BODY = /\s+(Administrative Committee|Management Committee|People's Government)$/;

/**
 * Whether the English names a unit: its short or full English name, or, where names share their body word
 * (两江新区、西部科学城重庆高新区、万盛经开区管委会: “the administrative committees of A, B and C”), the name
 * without that word beside the word in the plural.
 */
function namesUnit(en: string, u: QaUnit): boolean {
  const text = caseless(en);
  return u.en.some((name) => {
    if (text.includes(caseless(name))) return true;
    const body = BODY.exec(name);
    return Boolean(body) && text.includes(caseless(name.slice(0, body!.index))) && text.includes(caseless(body![1]!.replace(/Committee$/, 'committees').replace(/Government$/, 'governments')));
  });
}

const caseless = (s: string) => s.toLowerCase().replace(/[’']/g, "'");

/** Every QA finding for one segment (empty: it passes). `kind` narrows the checks: a target's indicator is a label, not a sentence. */
export function checkTranslation(zh: string, en: string, ctx: QaContext, kind: 'text' | 'label' = 'text'): QaFinding[] {
  const out: QaFinding[] = [];
  const target = en.trim();
  if (!target) return [{ rule: 'translation-qa/empty', message: 'the English is empty' }];
  if (target === zh.trim()) return [{ rule: 'translation-qa/identical', message: 'the English is the Chinese source' }];
  const han = [...target.matchAll(/\p{Script=Han}+/gu)].map((m) => m[0]);
  if (han.length) out.push({ rule: 'translation-qa/han', message: `Chinese characters left in the English: ${han.join(', ')}` });
  const { missing, extra } = compareFigures(zh, en);
  if (missing.length) out.push({ rule: 'translation-qa/figure-missing', message: `figures of the Chinese not in the English: ${missing.map((f) => f.text).join(', ')}` });
  if (extra.length) out.push({ rule: 'translation-qa/figure-extra', message: `figures of the English not in the Chinese: ${extra.map((f) => f.text).join(', ')}` });
  const units = unitsIn(zh, ctx.units);
  if (kind === 'text') {
    for (const t of termsIn(units.rest, ctx.terms)) if (!usesTerm(en, t)) out.push({ rule: 'translation-qa/glossary', message: `${t.zh[0]} is not rendered as “${t.en}”` });
  }
  for (const { unit, form } of units.found) {
    if (unit.en.length && !namesUnit(en, unit)) out.push({ rule: 'translation-qa/unit-name', message: `${form} is not named “${unit.en.join('” or “')}”` });
  }
  const chars = hanCount(zh);
  if (kind === 'text' && chars >= MIN_LENGTH_CHECKED && target.length < chars * MIN_LENGTH_RATIO)
    out.push({ rule: 'translation-qa/too-short', message: `${target.length} English characters for ${chars} Chinese (expected at least ${Math.ceil(chars * MIN_LENGTH_RATIO)})` });
  return out;
}

/** The QA context from the glossary and the unit registry. */
export function qaContext(glossary: { zh: string; en: string; aliases: string[]; enForms?: string[] }[], units: { name: { zh: string; en: string | null }; fullName: { zh: string; en: string | null } | null; aliases: string[] }[]): QaContext {
  return {
    terms: glossary.map((g) => ({ zh: [g.zh, ...g.aliases], en: g.en, enForms: g.enForms ?? [] })),
    units: units.map((u) => ({
      zh: [...new Set([u.name.zh, ...(u.fullName ? [u.fullName.zh] : []), ...u.aliases])],
      en: [u.name.en, u.fullName?.en].filter((x): x is string => Boolean(x)),
    })),
  };
}
