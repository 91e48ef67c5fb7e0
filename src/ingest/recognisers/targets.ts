/**
 * Targets: extract every quantitative target from a measure's text — value,
 * unit of measure, comparator, year, what is counted, scope and the source clause.
 * Rules are deliberately simple and visible; a reviewed overrides file
 * (content/overrides/targets.yaml) corrects, adds or drops what they get wrong.
 */
import { baseUnitEn, CURRENCY_UNITS, NO_UNIT, PER_UNIT_EN, perUnit, splitUnit } from '../../lib/measure-units.ts';
import { asPrinted, foldTraditional } from './traditional-fold.ts';
import { classifyFigure, comparatorOf, matchFigures, prefixComparator, type Comparator, type Figure, type FigureKind, type FigureRule } from './figures.ts';

export { comparatorOf, type Comparator } from './figures.ts';

export interface ExtractedTarget {
  /** Ordinal of the target within its measure (1-based), the stable part of its id. */
  n: number;
  indicator: string;
  scope: string | null;
  year: number | null;
  yearSource: 'text' | 'task-table' | 'period' | null;
  /** The year is not in the target's sentence but opens an earlier sentence of its paragraph (rule paragraph-year). */
  yearFromParagraph: boolean;
  /** The year is 今年 or 明年, read against the document's year (rule figure/relative-year). */
  relativeYear?: boolean;
  perYear: boolean;
  value: number;
  valueMax: number | null;
  unit: string;
  comparator: Comparator;
  quote: string;
  /** Why a reviewer should look at it (no year, reads like a rule rather than a target …). */
  suspicious: string[];
  /** How its number is written (rule figure/chinese-numeral for Chinese numerals and shares in words). */
  form: Figure['form'];
  /** The number comes before what it counts (90%以上的研发机构设立在企业): rule figure/number-first. */
  numberFirst: boolean;
  /** The figure as printed. */
  raw: string;
  /** Where the figure stands in its quote (before leading punctuation is trimmed): with the quote, which figure it is. */
  at: number;
}

/**
 * 今年 and 明年 (rule figure/relative-year); not where they date what has happened or a day, or name a thing (今年的预算案): 今年以来, 今年上半年,
 * 今年一季度, 今年前三季度, 今年3月31日. 年内 and 全年 are 今年 (not after a year: 2023年全年 is 2023, 已年内 is no goal).
 */
const RELATIVE_YEAR_RE = /(今|明)年(?!的|度|以来|上半年|下半年|[一二三四]季度|前|\d|[一二三四五六七八九十]+月)|(?<![\d今明去前上本年一二两三四五六七八九十])(年内|全年)(?!的)/g;
/** A year (2027年), a five-year plan's end (“十四五”末), or a school or fiscal year by its first year (2024/25学年, as Hong Kong prints it). */
const YEAR_RE = /(\d{4})年(?!度)|[“"]?十([一二三四五六])五[”"]?(?=末|期末|期间|时期)|(\d{4})\s*[/／]\s*\d{2}\s*(?=学年|年度|财政年度)|([一二][〇零○О][一二三四五六七八九〇零○О]{2})年(?!度)/g;
/** A year written digit by digit in Chinese numerals (二〇三〇年 → 2030). */
const CN_YEAR_DIGITS = '〇一二三四五六七八九';
const chineseYear = (s: string) => Number([...s].map((c) => Math.max(0, CN_YEAR_DIGITS.indexOf(c))).join(''));
/** A year of the Republic of China's count as Taiwan prints it (112年, 民國113年度): 2 or 3 digits from 80 to 139. */
const ROC_YEAR_RE = /(?<![\d.,])(1[0-3]\d|[89]\d)\s*年(?!代|级|龄|前|来|内|间)/g;

/** The first year of the Republic's count a text prints (112年), or null (rule figure/roc-year). */
export function rocYearIn(text: string): string | null {
  return new RegExp(ROC_YEAR_RE.source).exec(text)?.[0] ?? null;
}

/** The last year of a five-year plan period named by its number (“十四五”末 → 2025): rule figure/plan-period. */
const planPeriodEnd = (n: string) => 2005 + 5 * '一二三四五六'.indexOf(n) + 5;
const SCOPES = ['两江新区', '中心城区', '主城新区', '“两群”地区', '主城都市区', '渝东北三峡库区城镇群', '渝东南武陵山区城镇群', '各区县', '各高等学校', '西部（重庆）科学城', '高新区'];
const MULTIPLIER_EN = { 万: '10,000', 亿: '100 million', 万亿: 'trillion' } as const;

/** The English of a unit of measure, with its multiplier: 万家 → “10,000 entities”, 亿元 → “CNY 100 million”, 万人次 → “10,000 person-times”. */
export function unitOfMeasureEn(unit: string): string | null {
  if (unit === NO_UNIT) return NO_UNIT;
  const { multiplier, base: zh } = splitUnit(unit);
  const base = baseUnitEn(zh);
  if (!base) return null;
  if (!multiplier) return base;
  const composite = perUnit(zh);
  const currency = CURRENCY_UNITS[zh] ?? CURRENCY_UNITS[composite?.of ?? ''];
  if (currency) return `${currency} ${MULTIPLIER_EN[multiplier]}${composite ? ` per ${PER_UNIT_EN[composite.per]}` : ''}`;
  return `${MULTIPLIER_EN[multiplier]} ${base}`;
}

/**
 * Year mentions in a sentence that set a target year (not a baseline “在2022年的基础上”, not a plan period “（2015—2020年）”);
 * a five-year plan named by its number (到“十四五”末, “十三五”期间) stands for its last year.
 */
export function targetYears(sentence: string, issuedYear: number | null = null, rocYears = false): { index: number; year: number; relative?: true }[] {
  const out: { index: number; year: number; relative?: true }[] = [];
  // Rule figure/roc-year: a Taiwan text counts years from 1912 (112年 → 2023; 113年度 too); never a mainland text's 100年
  if (rocYears) for (const m of sentence.matchAll(ROC_YEAR_RE)) if (!/[由从自比较]$/.test(sentence.slice(0, m.index!))) out.push({ index: m.index!, year: Number(m[1]) + 1911 });
  // Rule figure/relative-year: 今年 and 明年 are the document's year (or its page's: figure/page-date) and the next
  if (issuedYear !== null) for (const m of sentence.matchAll(RELATIVE_YEAR_RE)) out.push({ index: m.index!, year: issuedYear + (m[1] === '明' ? 1 : 0), relative: true });
  for (const m of sentence.matchAll(YEAR_RE)) {
    const i = m.index!;
    const before = sentence.slice(Math.max(0, i - 1), i);
    const after = sentence.slice(i + m[0].length, i + m[0].length + 6);
    // end of a period 2015—2020年; a period that opens its sentence (2021—2025年，累计支持…) dates it by its end
    if (/[―—–-]/.test(before) && !/^[\s，、]*\d{4}\s*[―—–-]+$/.test(sentence.slice(0, i)) ) continue;
    if (/[比较]/.test(sentence[i - 1] ?? '')) continue; // a baseline: 比2020年增长…
    if (/[由从自]原?$/.test(sentence.slice(Math.max(0, i - 2), i))) continue; // the start of a span: 由2020年至今, 自2024年起, 从原2022年…
    if (/(基准年|基期|基年)\s*[（(]?$/.test(sentence.slice(Math.max(0, i - 5), i))) continue; // a baseline: 较基准年（2005年）
    if (/^[―—–-]\d{4}/.test(sentence.slice(i + 4, i + 9))) continue; // start of a period
    if (/^的?基础上/.test(after) || /^(底|末)?的?(基数|水平)/.test(after)) continue;
    out.push({ index: i, year: m[1] ? Number(m[1]) : m[3] ? Number(m[3]) : m[4] ? chineseYear(m[4]) : planPeriodEnd(m[2]!) });
  }
  return out.sort((a, b) => a.index - b.index);
}

const LEADING_NOISE = /^(（?其中|并|且|同时|力争|争取|确保|至少|不少于|到|至|截至|在|累计|[，、：（）\s])+/;

function clean(s: string): string {
  let t = s.replace(/(\d{4})年(前|底前|年底前|以前)?/g, '').replace(/每年/g, '');
  t = t.replace(/(不低于|不少于|至少|超过|突破|高于|不超过|不高于|不超|超|达到|提高到|提升到|增加到|增长到|分别)+$/g, '');
  let prev = '';
  while (prev !== t) {
    prev = t;
    t = t.replace(LEADING_NOISE, '').replace(/[，、：（）。；\s]+$/g, '');
  }
  // A table row's number glued to its task (33新培育科技型中小企业…: cells joined when the page was saved).
  return t.replace(/^\d{1,3}(?=\p{Script=Han})/u, '');
}

/** The area a sentence's opening clause names (两江新区作为…，到2020年，…): the scope of its targets whose own clause names none. */
function openingScope(firstClause: string): string | null {
  if (matchFigures(firstClause).length) return null;
  // An opening clause that lists several areas (围绕两江新区、高新区、璧山高新区等) names where work happens, not one target area.
  const hits = scopeHits(firstClause);
  return new Set(hits.map((h) => h.sc)).size > 1 ? null : latest(hits);
}

/**
 * The scope named last before a position of a clause, for positions that only move forward:
 * the clause is searched once, however many numbers it holds.
 */
function scopesBefore(clause: string): (at: number) => string | null {
  const hits = scopeHits(clause).sort((a, b) => a.i + a.sc.length - (b.i + b.sc.length));
  let next = 0;
  let best: { sc: string; i: number } | null = null;
  return (at) => {
    for (; next < hits.length && hits[next]!.i + hits[next]!.sc.length <= at; next++) {
      const h = hits[next]!;
      if (!best || h.i > best.i || (h.i === best.i && h.sc.length > best.sc.length)) best = h;
    }
    return best?.sc ?? null;
  };
}

/** Scope names in a text; 高新区 inside another zone's name (璧山高新区) does not count. */
function scopeHits(text: string): { sc: string; i: number }[] {
  const hits: { sc: string; i: number }[] = [];
  // non-overlapping occurrences, left to right (the names are plain text: no regular expression to build per call)
  for (const sc of SCOPES) for (let i = text.indexOf(sc); i >= 0; i = text.indexOf(sc, i + sc.length)) hits.push({ sc, i });
  return hits.filter(
    (x) => !(x.sc === '高新区' && /\p{Script=Han}/u.test(text[x.i - 1] ?? '') && !/[围绕以和、与在及]/.test(text[x.i - 1]!)),
  );
}

/** The scope named last (the longer name at the same place). */
function latest(hits: { sc: string; i: number }[]): string | null {
  return [...hits].sort((a, b) => b.i - a.i || b.sc.length - a.sc.length)[0]?.sc ?? null;
}

/** Splits text into sentences (。；！？) keeping their offsets. */
function sentences(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[。；！？]/g)) {
    out.push({ start, text: text.slice(start, m.index! + 1) });
    start = m.index! + 1;
  }
  if (start < text.length) out.push({ start, text: text.slice(start) });
  return out;
}

/** Indicator names for a 分别 clause: the last “A和B” pair before it (全市高新技术企业和科技型企业 → 高新技术企业, 科技型企业). */
function respectiveSubjects(textBefore: string): string[] | null {
  const pairs = [...textBefore.matchAll(/([\p{Script=Han}“”]{2,14}?)和([\p{Script=Han}“”]{2,14})/gu)];
  const last = pairs.at(-1);
  if (!last) return null;
  const a = last[1]!.replace(/^全市/, '');
  const b = last[2]!.replace(/(在|实现|的|分别).*$/, '');
  return [a, b];
}

export interface TargetContext {
  /** Year of the deadline of the measure's tasks (from a task table), used when the text gives none. */
  taskYear: number | null;
  /** Rule period-year: the document is a plan of one year (a 2011 重点工作 split): every figure is dated by it. */
  planOfOneYear?: boolean;
  /** The text is a plan (rule figure/undated-no-goal): a limit it words as a goal (控制在…以内) is one. */
  plan?: boolean;
  /** Year the document was issued, if known: a figure in a sentence about an earlier year is a statistic (rule figure/statistic). */
  issuedYear?: number | null;
  /** The provision stands under a heading that reviews the past (发展基础, 发展现状): its figures are statistics (rule figure/statistic). */
  pastSection?: boolean;
  /** The provision stands under a heading that names support (贷款额度): its money figures are benefits (rule figure/benefit). */
  supportSection?: boolean;
  conditionSection?: boolean;
  /** The document is in Traditional characters (variants.ts detectScript): its figures are read folded. Unset: the text decides. */
  traditional?: boolean;
  /** A Taiwan text: its years are printed in the Republic's count (112年 is 2023, rule figure/roc-year). */
  rocYears?: boolean;
}

/** A year that states where things stand: 截至2023年底, or a year before the document's issue year not introduced as a goal (到, 力争). */
function isPastYear(prefix: string, year: number, issuedYear: number | null | undefined): boolean {
  if (/截[至止]到?\s*$/.test(prefix)) return true;
  // 预计2021年…超2.3万亿元: an estimate of a year's outcome, not a goal (预计到2025年 is one)
  if (/预计\s*$/.test(prefix)) return true;
  // 2009年至2013年: the end of a span of years, not a goal year after 到 or 至
  const spanEnd = /\d{4}\s*年?\s*(至|到|—|–|-)\s*$/.test(prefix);
  return issuedYear != null && year < issuedYear && (spanEnd || !/(到|至|力争|争取|预计)\s*$/.test(prefix));
}

/** What a target figure says besides its year: indicator, comparator, value and unit, and its review flags. */
function targetOf(a: {
  m: Figure;
  clause: string;
  /** The clause's text between the previous figure and this one. */
  before: string;
  nextStart: number;
  first: boolean;
  last: boolean;
  /** The clause's words after its last figure (cleaned). */
  tail: string;
  scope: string | null;
  /** The name a 分别 clause gives this figure, if any. */
  respectiveName: string | null;
  prevIndicator: string;
  prevComparator: Comparator | null;
  /** Its own sentence states a year. */
  ownYear: boolean;
}): Pick<ExtractedTarget, 'indicator' | 'scope' | 'value' | 'valueMax' | 'unit' | 'comparator' | 'suspicious' | 'form' | 'numberFirst' | 'raw'> {
  const { m, clause, before, scope } = a;
  const end = m.index + m.raw.length;
  const numberFirst = clause[end] === '的'; // 90%以上的研发机构设立在企业
  // 和 separates the items of a list of numbers (50名…、50名…和50名…), not the words after the last one
  const ownAfter = clean(clause.slice(end + (numberFirst ? 1 : 0), a.nextStart).split(a.last ? /[、，]/ : /[、，和]/)[0]!);
  let head = clean(a.first ? before : before.split(/[、和]/).at(-1)!);
  if (scope && head.startsWith(scope)) head = clean(head.slice(scope.length));
  let indicator = (ownAfter.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2 ? head + ownAfter : head + a.tail;
  if (a.respectiveName) indicator = a.respectiveName;
  // A list of years for one indicator (高新技术企业2024年突破3.5万家、2025年突破3.8万家): the later items name none.
  if (!a.first && !/\p{Script=Han}/u.test(indicator)) indicator = a.prevIndicator;
  const ownPrefix = prefixComparator(before) !== null;
  const comparator = !ownPrefix && !m.suffix && a.prevComparator ? a.prevComparator : comparatorOf(before, m.suffix);
  const suspicious: string[] = [];
  if ((indicator.match(/\p{Script=Han}/gu)?.length ?? 0) < 4) suspicious.push('indicator too short: what is counted may be in another clause');
  if (/比例|收益|奖励|年度内/.test(clause) && !a.ownYear) suspicious.push('reads like a rule, not a target');
  if (/前$/.test(before) && /^(位|名)$/.test(splitUnit(m.unit).base)) suspicious.push('a rank (前N位), not a count');
  return { indicator, scope, value: m.value, valueMax: m.valueMax, unit: m.unit, comparator, suspicious, form: m.form, numberFirst, raw: m.raw };
}

/** A figure the target rules read that is not a target (a benefit, a threshold, a statistic, a rule …), with its sentence. */
export interface OtherFigure {
  figure: Figure;
  kind: Exclude<FigureKind, 'target'>;
  rule: FigureRule | null;
  /** The sentence (to 。 or ；) and the clause it stands in, and its offset in the sentence. */
  sentence: string;
  clause: string;
  at: number;
  /** The sentence as printed: differs from `sentence` in a Traditional text, read folded (rule figure/traditional-folded). */
  printed?: string;
}

/** Extracts the targets of one measure's text. */
export function extractTargets(text: string, context: TargetContext = { taskYear: null }): ExtractedTarget[] {
  return readFigures(text, context).targets;
}

/** Reads every figure of one measure's text: its targets, and the figures that are something else (src/ingest/recognisers/figures.ts). */
export function readFigures(text: string, context: TargetContext = { taskYear: null }): { targets: ExtractedTarget[]; others: OtherFigure[] } {
  const out: ExtractedTarget[] = [];
  const others: OtherFigure[] = [];
  // Years hold until the end of a full sentence (。): “到2027年，…；全市…突破500家。” is still 2027.
  const fullSentences = sentences(text.replace(/[；！？]/g, '，'));
  const yearHits = fullSentences.flatMap((sen) => targetYears(sen.text, context.issuedYear ?? null, context.rocYears === true).map((y) => ({ index: sen.start + y.index, year: y.year, sentence: sen.start, relative: y.relative === true })));
  const paragraphYear = openingYears(text, yearHits);
  // Positions only move forward (sentence by sentence, clause by clause, number by number), so the
  // full sentence and the year in force are found by pointers: the cost stays linear in the text.
  let fullAt = 0;
  let yearsBefore = 0;
  for (const sentence of sentences(text)) {
    const s = sentence.text;
    while (fullAt + 1 < fullSentences.length && fullSentences[fullAt + 1]!.start <= sentence.start) fullAt++;
    const fullSentenceStart = fullSentences[fullAt]?.start ?? 0;
    // (a ratio's colon, 1：2 or 1（政府）：2（机构）, is no clause break)
    const clauses = [...s.matchAll(/(?:[^，：。；]|(?<=[\d）)])：(?=\d))+[，：。；]?/g)].map((m) => ({ start: m.index!, text: m[0] }));
    const everyYearAt = s.indexOf('每年');
    let opening: { scope: string | null } | null = null;
    let respective: string[] | null = null;
    for (const clause of clauses) {
      const numbers = matchFigures(clause.text);
      if (!numbers.length) continue;
      const hasRespective = /分别/.test(clause.text);
      if (hasRespective) respective = respectiveSubjects(s.slice(0, clause.start)) ?? respective;
      const lastEnd = numbers.at(-1)!.index + numbers.at(-1)!.raw.length;
      const tail = clean(clause.text.slice(lastEnd));
      const ownScope = scopesBefore(clause.text);
      let prevEnd = 0;
      let prevComparator: Comparator | null = null;
      let prevIndicator = '';
      numbers.forEach((m, k) => {
        const at = m.index;
        const before = clause.text.slice(prevEnd, at);
        const end = at + m.raw.length;
        prevEnd = end;
        const posInText = sentence.start + clause.start + at;
        while (yearsBefore < yearHits.length && yearHits[yearsBefore]!.index < posInText) yearsBefore++;
        // the last year mentioned before the number, if it is in the same full sentence
        const lastYear = yearsBefore > 0 ? yearHits[yearsBefore - 1]! : undefined;
        // else the year a sentence of the same paragraph opened with (——…。到2027年，A达到…。B达到…。): rule paragraph-year
        const ownYear = lastYear && lastYear.sentence >= fullSentenceStart ? lastYear : undefined;
        const perYear = everyYearAt >= 0 && everyYearAt + 2 <= clause.start + at;
        const inherited = ownYear || perYear ? undefined : paragraphYear(posInText);
        // a year before the document's own (2023年全市…达到 in a 2024 text) states where things stand: rule figure/statistic
        // so does a year things have run since (2018年5月开办以来，已投资296家)
        const pastYear = ownYear !== undefined && (isPastYear(text.slice(ownYear.sentence, ownYear.index), ownYear.year, context.issuedYear) || /^[^，。；]{0,14}以来/.test(text.slice(ownYear.index)));
        const sentenceAt = clause.start + at;
        const fullSentence = fullSentences[fullAt]?.text;
        const kind = classifyFigure({ sentence: s, at: sentenceAt, clause: clause.text, figure: m, targetYear: (ownYear !== undefined && !pastYear) || inherited !== undefined || perYear || Boolean(context.planOfOneYear), relativeYear: ownYear?.relative === true && inherited === undefined, pastYear: pastYear || Boolean(context.pastSection), supportSection: Boolean(context.supportSection), conditionSection: Boolean(context.conditionSection), plan: Boolean(context.plan), ...(fullSentence ? { fullSentence } : {}) });
        if (kind.kind !== 'target') {
          others.push({ figure: m, kind: kind.kind, rule: kind.rule, sentence: s.replace(/^[，、\s]+/, ''), clause: clause.text, at: sentenceAt });
          return;
        }
        const scope = ownScope(at) ?? (opening ??= { scope: openingScope(clauses[0]!.text) }).scope;
        const respectiveName = hasRespective && respective && respective.length === numbers.length ? respective[k]! : null;
        const nextStart = k + 1 < numbers.length ? numbers[k + 1]!.index : clause.text.length;
        const t = targetOf({ m, clause: clause.text, before, nextStart, last: k === numbers.length - 1, first: k === 0, tail, scope, respectiveName, prevIndicator, prevComparator, ownYear: ownYear !== undefined });
        prevIndicator = t.indicator;
        prevComparator = t.comparator;
        const yearHit = ownYear ?? inherited;
        const year = yearHit?.year ?? (perYear ? null : context.taskYear);
        if (year === null && !perYear) t.suspicious.unshift('no year');
        out.push({
          n: out.length + 1,
          ...t,
          year,
          yearSource: yearHit ? 'text' : year !== null ? 'task-table' : null,
          yearFromParagraph: inherited !== undefined,
          relativeYear: yearHit?.relative === true,
          perYear,
          quote: s.replace(/^[，、\s]+/, ''),
          at: sentenceAt,
        });
      });
    }
  }
  return { targets: out, others };
}

/**
 * A target year that opens its sentence (到2027年，… / 力争到2025年…), not one in the middle of it; a bare
 * 2020年，… or 截至2020年底 opens a statement of where things stand, not a target, and is not carried over.
 */
const OPENING_YEAR_PREFIX = /^[\s，、]*(力争|争取|预计)?(到|至)$/;

/**
 * Rule paragraph-year: the year a sentence opens with holds for the following sentences of the same
 * paragraph that state none (到2027年，力争A达到3.4%。实现B达到160以上。). Returns, for a position in
 * the text, that year (the latest such opening before it, in its paragraph), or undefined. Positions
 * must only move forward.
 */
function openingYears<H extends { index: number; year: number; sentence: number }>(text: string, yearHits: H[]): (at: number) => H | undefined {
  const openings = yearHits.filter((h) => OPENING_YEAR_PREFIX.test(text.slice(h.sentence, h.index)));
  let next = 0;
  let current: (typeof openings)[number] | undefined;
  return (at) => {
    for (; next < openings.length && openings[next]!.index < at; next++) current = openings[next];
    if (!current) return undefined;
    const newline = text.indexOf('\n', current.index);
    return newline < 0 || newline > at ? current : undefined;
  };
}

/** A number in a target-year sentence followed by Han characters that are not a known unit of measure (达到35座 when 座 is unknown). */
export interface UnknownUnitNumber {
  /** The number as written. */
  number: string;
  /** The Han characters after it (at most 4): the unit that is missing from the table, or whatever follows. */
  following: string;
  /** The sentence (to 。) it stands in. */
  quote: string;
}

/** What follows a number without being a unit of measure: time (3年内, 12月, 30日, 24小时), a number sign (25号), a ranking (世界500强). */
const NOT_A_UNIT = /^(年|月|日|天|周|号|小时|分钟|个月|强)/;

/**
 * Rule target-unknown-unit: in a sentence that sets a target year (到2025年), every number followed by Han
 * characters that do not start with a known unit of measure, so that no number is dropped silently.
 * Not reported: years and names with a year in them (2025年, 中国制造2025), ordinals (第3), codes (ISO9001),
 * time spans (3年内, 6个月) and rankings (世界500强).
 */
export function unknownUnitNumbers(text: string): UnknownUnitNumber[] {
  const out: UnknownUnitNumber[] = [];
  let openedAt = -1; // where the year stands that last opened a sentence (rule paragraph-year)
  for (const sen of sentences(text.replace(/[；！？]/g, '，'))) {
    const s = sen.text;
    const years = targetYears(s);
    if (years.length && OPENING_YEAR_PREFIX.test(s.slice(0, years[0]!.index))) openedAt = sen.start + years[0]!.index;
    const inParagraph = openedAt >= 0 && !text.slice(openedAt, sen.start).includes('\n');
    if (!years.length && !inParagraph) continue;
    const known = matchFigures(s).map((f) => [f.index, f.index + f.raw.length] as const);
    let k = 0; // both lists are in text order: one pass
    for (const m of s.matchAll(/\d+(?:\.\d+)?/g)) {
      const at = m.index!;
      while (k < known.length && known[k]![1] <= at) k++;
      // an ordinal (第3), a code (ISO9001) or a table's or figure's number (表1, 图2)
      if (/[\d.A-Za-z第表图]/.test(s[at - 1] ?? '') || (k < known.length && known[k]![0] <= at)) continue;
      if (/^(19|20)\d\d$/.test(m[0])) continue; // a year, or a name such as 中国制造2025
      const rest = s.slice(at + m[0].length).replace(/^\s+/, '');
      const following = rest.match(/^\p{Script=Han}{1,4}/u)?.[0];
      if (!following || NOT_A_UNIT.test(following)) continue;
      out.push({ number: m[0], following, quote: text.slice(sen.start, sen.start + s.length).replace(/^[，、\s]+/, '') });
    }
  }
  return out;
}

/**
 * The targets of one provision's text and the numbers it could not read (see unknownUnitNumbers). A
 * Traditional text is read on its Simplified reading (rule figure/traditional-folded: `folded`), what is
 * quoted mapped back to the text as printed.
 */
export function readTargets(text: string, context: TargetContext = { taskYear: null }): { targets: ExtractedTarget[]; others: OtherFigure[]; unknownUnits: UnknownUnitNumber[]; folded: boolean } {
  // a Simplified document skips the conversion (it runs once per provision, on every ingest)
  const folded = context.traditional === false ? text : foldTraditional(text);
  const read = readFigures(folded, context);
  const unknownUnits = unknownUnitNumbers(folded);
  if (folded === text) return { ...read, unknownUnits, folded: false };
  const back = (part: string) => asPrinted(part, folded, text);
  return {
    targets: read.targets.map((t) => ({ ...t, indicator: back(t.indicator), scope: t.scope === null ? null : back(t.scope), quote: back(t.quote), raw: back(t.raw) })),
    others: read.others.map((o) => ({ ...o, printed: back(o.sentence) })),
    unknownUnits: unknownUnits.map((u) => ({ ...u, quote: back(u.quote) })),
    folded: true,
  };
}
