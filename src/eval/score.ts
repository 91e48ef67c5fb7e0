/**
 * Scores one ingested document against its gold (pure: no disk), and adds scores up.
 * What counts as right is documented in docs/evaluation.md.
 */
import { isCurrency, splitUnit } from '../lib/measure-units.ts';
import { foldTraditional } from '../ingest/recognisers/traditional-fold.ts';
import { stripWhitespace } from '../lib/text.ts';
import type { GoldDocument } from './gold.ts';

export const METADATA_FIELDS = ['title', 'docNumber', 'issuer', 'issued'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** A figure as the ingest published it. */
export interface Figure {
  value: number;
  valueMax?: number | null;
  unit: string;
  comparator?: string;
  year?: number | null;
}

/** What the ingest made of one document, reduced to what gold can check. */
export interface IngestedDocument {
  metadata: Record<MetadataField, string | null>;
  /** Fields a review or warning diagnostic asks a person to check. */
  flagged: ReadonlySet<MetadataField>;
  /** The numbering path of every measure (['第一章', '第三条'], ['二、', '（一）']). */
  paths: string[][];
  targets: Figure[];
  benefits: Figure[];
  /** Each measure's Chinese text with the unit names the ingest gives its lead (as printed or registry names). */
  measures: { text: string; lead: string[] }[];
  /** The policy's task table (a text-only policy's tasks have no measure): each row's text and lead units. */
  tasks?: { text: string; lead: string[] }[];
  /** The published Chinese body. */
  published: string;
}

/** A document the ingest refused: nothing found. */
export const NOTHING_FOUND: IngestedDocument = {
  metadata: { title: null, docNumber: null, issuer: null, issued: null },
  flagged: new Set(),
  paths: [],
  targets: [],
  benefits: [],
  measures: [],
  published: '',
};

export type FieldResult = 'right' | 'flagged' | 'wrong';

/** Counts for a precision/recall pair: gold items, published items, matched pairs. */
export interface Matches {
  gold: number;
  found: number;
  matched: number;
  /** Gold items missed and published items that match none, for the per-document listing. */
  missed: string[];
  extra: string[];
}

export interface DocumentScore {
  metadata: Record<MetadataField, FieldResult>;
  structureRight: boolean | null;
  structure: { gold: GoldDocument['structure'] | null; found: { chapters: number; articles: number; topParts: number } };
  targets: Matches;
  /** Matched targets whose year is the gold's. */
  targetYearsRight: number;
  benefits: Matches;
  /** Gold assignments, those right, and each wrong one with the leads of the measure found for its quote (null: no measure holds it). */
  assignments: { gold: number; right: number; wrong: { quote: string; lead: string | null; found: string[] | null }[] };
  chromePublished: string[];
}

/** A value in its base unit: 1.28 万家 → 12800 家; 5000 亿元 → 5×10¹¹ 元; a unit in Traditional characters (萬元) too. */
export function baseValue(value: number, unit: string): { value: number; base: string } {
  // tenths as printed (五成, gold value 5 unit 成) are the share the ingest reads (50 %)
  if (unit.trim() === '成') return { value: value * 10, base: '%' };
  // a matching ratio (1:N) is a pure number: the gold may write its unit as 1:N or leave it empty
  if (unit.trim() === '1:N') return { value, base: '' };
  // 5千元 as printed: a thousand of the currency (the ingest reads 5000 元)
  const thousands = /^千(.+)$/.exec(foldTraditional(unit.trim()));
  if (thousands && isCurrency(splitUnit(thousands[1]!).base)) return { value: value * 1000 * splitUnit(thousands[1]!).factor, base: '元' };
  const { factor, base } = splitUnit(foldTraditional(unit.trim()));
  // the gold writes an amount's unit as printed (萬元) and has no currency: 万港元, 新台币 compare as 元
  return { value: value * factor, base: isCurrency(base) ? '元' : base };
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
const show = (f: Figure) => `${f.value}${f.valueMax != null ? `–${f.valueMax}` : ''}${f.unit}${f.year ? ` (${f.year})` : ''}`;

/** One-to-one matches of gold figures to published ones by value in the base unit (first unused match wins). */
export function matchFigures(gold: Figure[], found: Figure[]): Matches & { pairs: [Figure, Figure][] } {
  const used = new Set<number>();
  const pairs: [Figure, Figure][] = [];
  const missed: string[] = [];
  for (const g of gold) {
    const gb = baseValue(g.value, g.unit);
    const i = found.findIndex((f, k) => {
      if (used.has(k)) return false;
      const fb = baseValue(f.value, f.unit);
      return fb.base === gb.base && near(fb.value, gb.value);
    });
    if (i < 0) missed.push(show(g));
    else {
      used.add(i);
      pairs.push([g, found[i]!]);
    }
  }
  const extra = found.filter((_, k) => !used.has(k)).map(show);
  return { gold: gold.length, found: found.length, matched: pairs.length, missed, extra, pairs };
}

/** A value as compared: no whitespace or pinyin glosses, one width of brackets and of , : ;, no 《》 around a title. */
export function canonicalValue(s: string): string {
  // (a pinyin gloss of a machine conversion, 關(guān), is not text: the ingest drops it, rule pinyin-gloss)
  return stripWhitespace(s)
    .replace(/(?<=\p{Script=Han})[(（][a-zü:āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,7}[)）]/gu, '')
    .replace(/,/g, '，')
    .replace(/:/g, '：')
    .replace(/;/g, '；')
    .replace(/[(（]/g, '（')
    .replace(/[)）]/g, '）')
    .replace(/[[［〔【]/g, '〔')
    .replace(/[\]］〕】]/g, '〕')
    .replace(/^《|》$/g, '');
}

/** A draft's status note after its title ((征求意见稿), printed on the line below it): counters differ on whether it is part of the title. */
const DRAFT_NOTE = /（(?:征求意见稿|徵求意見稿|征求意見稿|草案|送审稿|送審稿|讨论稿|討論稿)）$/;

function metadataResult(gold: string | null, found: string | null, flagged: boolean): FieldResult {
  const same = (a: string, b: string) => canonicalValue(a).replace(DRAFT_NOTE, '') === canonicalValue(b).replace(DRAFT_NOTE, '');
  const right = gold === null ? found === null : found !== null && same(gold, found);
  return right ? 'right' : flagged ? 'flagged' : 'wrong';
}

const CHAPTER = /^第[一二三四五六七八九十百零〇\d]+[章編编]$/;
const ARTICLE = /^第[一二三四五六七八九十百千零〇\d]+(?:[-－]\d+)?[条條]/;

/** Chapters, articles and top-level parts from the measures' numbering paths. */
export function structureOf(paths: string[][]): { chapters: number; articles: number; topParts: number } {
  const prefixes = new Map<string, string>();
  for (const p of paths) for (let i = 1; i <= p.length; i++) prefixes.set(p.slice(0, i).join('\u0000'), p[i - 1]!);
  const labels = [...prefixes.values()].map((l) => stripWhitespace(l).replace(/[、.．。]$/, ''));
  const chapters = labels.filter((l) => CHAPTER.test(l)).length;
  const articles = labels.filter((l) => ARTICLE.test(l)).length;
  const tops = new Set(paths.map((p) => p[0]).filter((x): x is string => x !== undefined));
  return { chapters, articles, topParts: chapters || articles ? 0 : tops.size };
}

/** Chrome lines of the gold that the published body contains (whitespace ignored; lines under 2 characters skipped). */
export function publishedChrome(mustNotPublish: string[], published: string): string[] {
  // compared as canonicalValue compares (the ingest prints 下载地址:… as 下载地址：…)
  const body = canonicalValue(published);
  return mustNotPublish.filter((line) => {
    const l = canonicalValue(line);
    return [...l].length >= 2 && body.includes(l);
  });
}

/** A part's number at the start of a quote (1. , （一）, 一、, (1)). */
const QUOTE_NUMBER = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,3}\s*[.、．](?!\d))\s*/;

/** Scores one document. */
export function scoreDocument(gold: GoldDocument, doc: IngestedDocument): DocumentScore {
  const metadata = Object.fromEntries(
    METADATA_FIELDS.map((f) => [f, metadataResult(gold.metadata[f], doc.metadata[f], doc.flagged.has(f))]),
  ) as Record<MetadataField, FieldResult>;
  const found = structureOf(doc.paths);
  const g = gold.structure ?? null;
  const structureRight = g
    ? g.chapters === found.chapters && g.articles === found.articles && (g.chapters || g.articles ? true : g.topParts === found.topParts)
    : null;
  const targets = matchFigures(gold.targets, doc.targets);
  const targetYearsRight = targets.pairs.filter(([a, b]) => (a as { year?: number | null }).year == null || a.year === b.year).length;
  const { pairs: _p, ...targetCounts } = targets;
  const { pairs: _b, ...benefitCounts } = matchFigures(gold.benefits, doc.benefits);
  let right = 0;
  const wrong: DocumentScore['assignments']['wrong'] = [];
  for (const a of gold.assignments) {
    // (a heading prints its sentence without the 。 the gold quotes: 3、主要污染物排放量…削减4%。)
    // (nor its number: the measure's text is printed after its number, 1. 地区生产总值增长8%以上。)
    const quote = canonicalValue(a.quote).replace(/[。；，]+$/, '').replace(QUOTE_NUMBER, '');
    const holds = (x: { text: string }) => canonicalValue(x.text).includes(quote);
    // a measure that holds the quote, else a row of the policy's task table (a text-only policy's tasks)
    const m = doc.measures.find(holds) ?? doc.tasks?.find(holds);
    const lead = a.lead[0] ? canonicalValue(a.lead[0]) : null;
    if (m && lead && m.lead.some((l) => canonicalValue(l) === lead)) right++;
    else wrong.push({ quote: a.quote, lead: a.lead[0] ?? null, found: m ? m.lead : null });
  }
  return {
    metadata,
    structureRight,
    structure: { gold: g, found },
    targets: targetCounts,
    targetYearsRight,
    benefits: benefitCounts,
    assignments: { gold: gold.assignments.length, right, wrong },
    chromePublished: publishedChrome(gold.mustNotPublish, doc.published),
  };
}

/** Figures over a set of documents. */
export interface Totals {
  documents: number;
  metadata: { fields: number; right: number; flagged: number };
  structure: { documents: number; right: number };
  targets: { gold: number; found: number; matched: number };
  benefits: { gold: number; found: number; matched: number };
  assignments: { gold: number; right: number };
  chromeLines: number;
}

/** Adds up document scores. */
export function totals(scores: DocumentScore[]): Totals {
  const t: Totals = {
    documents: scores.length,
    metadata: { fields: 0, right: 0, flagged: 0 },
    structure: { documents: 0, right: 0 },
    targets: { gold: 0, found: 0, matched: 0 },
    benefits: { gold: 0, found: 0, matched: 0 },
    assignments: { gold: 0, right: 0 },
    chromeLines: 0,
  };
  for (const s of scores) {
    for (const r of Object.values(s.metadata)) {
      t.metadata.fields++;
      if (r === 'right') t.metadata.right++;
      if (r === 'flagged') t.metadata.flagged++;
    }
    if (s.structureRight !== null) {
      t.structure.documents++;
      if (s.structureRight) t.structure.right++;
    }
    for (const k of ['targets', 'benefits'] as const) {
      t[k].gold += s[k].gold;
      t[k].found += s[k].found;
      t[k].matched += s[k].matched;
    }
    t.assignments.gold += s.assignments.gold;
    t.assignments.right += s.assignments.right;
    t.chromeLines += s.chromePublished.length;
  }
  return t;
}

/** Ratio with an empty denominator counted as perfect (nothing to find, nothing wrongly found). */
export const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

/** The headline figures checked against thresholds (names as given on the command line). */
export function headline(t: Totals): Record<string, number> {
  return {
    'metadata': ratio(t.metadata.right + t.metadata.flagged, t.metadata.fields),
    'metadata.right': ratio(t.metadata.right, t.metadata.fields),
    'structure': ratio(t.structure.right, t.structure.documents),
    'targets.precision': ratio(t.targets.matched, t.targets.found),
    'targets.recall': ratio(t.targets.matched, t.targets.gold),
    'benefits.precision': ratio(t.benefits.matched, t.benefits.found),
    'benefits.recall': ratio(t.benefits.matched, t.benefits.gold),
    'assignments': ratio(t.assignments.right, t.assignments.gold),
    'chrome': t.chromeLines,
  };
}
