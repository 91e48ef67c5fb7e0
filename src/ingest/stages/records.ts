/**
 * Stage 5 (records): from one primary source's tree, build the records the site
 * publishes — the policy, its measures (leaf provisions), the rows of its task
 * table, its quantitative targets and benefits — and the MDX bodies in both languages.
 * buildPolicyRecords runs the steps in document order; each step is a module of its own:
 * policy-metadata.ts, task-records.ts, measure-records.ts, target-records.ts (record-context.ts: what they share).
 */
import { pageDate, type PageDate } from '../recognisers/page-date.ts';
import type { Policy, PolicyData } from '../../data/schemas.ts';
import { stripWhitespace } from '../../lib/text.ts';
import type { Translator } from '../authored/translations.ts';
import { cutOutside } from '../recognisers/boundary.ts';
import { documentCurrency, namesPlan, oneYearPlan, readsAsNews, readsAsPlan } from '../recognisers/figures.ts';
import { detectScript } from '../recognisers/variants.ts';
import { foldTraditional } from '../recognisers/traditional-fold.ts';
import { portalFacts } from '../recognisers/portal-metadata.ts';
import { isTaskTable, type TaskTable } from '../recognisers/task-table.ts';
import { titleDiagnostic } from '../recognisers/title.ts';
import { documentJurisdiction, type Jurisdiction } from '../recognisers/places.ts';
import { EMPTY_REGISTRY, type UnitRegistry } from '../recognisers/units.ts';
import { diagnostic, linesByNumber, type Diagnostic } from '../report/diagnostics.ts';
import { IngestError } from '../report/errors.ts';
import { buildBodyTree, serializeMdx } from './mdast.ts';
import { measureRecords } from './measure-records.ts';
import { announcerDiagnostic, documentFacts, documentMetadataDiagnostics, metadataConflicts, missingMetadataDiagnostic, outsideDiagnostics } from './policy-metadata.ts';
import { urlOf, type RecordContext } from './record-context.ts';
import type { Segments } from './segment.ts';
import { round3, type PreparedSource } from './sources.ts';
import { buildTree, walk, type DocumentTree, type ProvisionNode } from './structure.ts';
import { FigureRecords, type UnknownUnitCheck } from './target-records.ts';
import { taskRecords, taskTables, translateTasks } from './task-records.ts';

export { documentMetadataDiagnostics, metadataConflicts } from './policy-metadata.ts';
export { urlOf } from './record-context.ts';
export { settledUnknownUnits, type UnknownUnitCheck } from './target-records.ts';

/**
 * One policy's output: its records as written to content/generated/data/<id>.json (PolicyData in
 * src/data/schemas.ts; `segments`: every translatable text segment in document order, with its
 * English) and its MDX bodies.
 */
export type PolicyOutput = PolicyData & {
  mdx: string;
  /** The body in English (Chinese kept, marked, where a translation is missing). */
  mdxEn: string;
};

/** What the report says of one policy besides its diagnostics. */
export interface PolicyStats {
  id: string;
  file: string;
  counts: { chapters: number; sections: number; measures: number; tasks: number; targets: number; benefits: number; units: number };
  coverage: { sourceChars: number; accountedChars: number; ratio: number; missing: string };
}

export interface PolicyRecords {
  output: PolicyOutput;
  stats: PolicyStats;
  diagnostics: Diagnostic[];
  /** The target-unknown-unit diagnostics with the number each names: a reviewed override of that number settles it (settledUnknownUnits). */
  unknownUnitNumbers: UnknownUnitCheck[];
}

/** Multiset difference of characters (whitespace ignored): what `source` has that `output` lacks. */
export function missingChars(source: string, output: string): string {
  const counts = new Map<string, number>();
  for (const ch of stripWhitespace(output)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let missing = '';
  for (const ch of stripWhitespace(source)) {
    const n = counts.get(ch) ?? 0;
    if (n > 0) counts.set(ch, n - 1);
    else missing += ch;
  }
  return missing;
}

/**
 * Rule `empty-measure`: measures (provisions without parts below them) that have a heading and no text, one
 * warning per run of them. A run of such headings at the end is most often a table of contents without a
 * 目录 heading or page numbers whose body is missing (an excerpt cut after its contents), which nothing
 * else tells from a body; a single one is an excerpt cut after a heading.
 */
export function emptyMeasures(file: string, policyId: string, leaves: ProvisionNode[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  let run: ProvisionNode[] = [];
  const flush = () => {
    if (!run.length) return;
    const [first, last] = [run[0]!, run.at(-1)!];
    const what = run.length === 1 ? `measure ${first.key} has a heading and no text` : `${run.length} measures in a row (${first.key} … ${last.key}, lines ${first.line}–${last.line}) have a heading and no text`;
    const hint = run.length >= 3 ? ': a table of contents without a 目录 heading, or a document cut short? They are published as measures without text' : ': is the document cut short after it?';
    out.push(diagnostic(file, first.line, 'empty-measure', what + hint, { record: `${policyId}/${first.key}` }));
    run = [];
  };
  // A heading: short, no punctuation. A one-sentence item (（二）研究機構：指…, 1. 申报主体为…，…) has its text as its title.
  const headingLike = (n: ProvisionNode) => !n.title || ([...n.title].length <= 16 && !/[，。；：、,;:]/.test(n.title));
  for (const n of leaves) {
    if (n.paragraphs.every((x) => !x.text.trim()) && headingLike(n)) run.push(n);
    else flush();
  }
  flush();
  return out;
}

/** The provision tree; when a stripped table of contents leaves no numbered part, the no-structure warning (or the error, when no text is left) says so (a text cut off after its contents). */
function treeOf(file: string, segments: Segments): DocumentTree {
  const toc = segments.stripped.filter((s) => s.rule.startsWith('toc/'));
  const cut = () => `a table of contents was stripped (lines ${toc[0]!.line}–${toc.at(-1)!.line}, ${toc[0]!.rule}): is the body after it missing from the text?`;
  try {
    const tree = buildTree(file, segments.body);
    if (tree.textOnly && toc.length) for (const d of tree.diagnostics) if (d.rule === 'no-structure') d.message += `; ${cut()}`;
    return tree;
  } catch (e) {
    if (!(e instanceof IngestError) || !toc.length || !e.problem.startsWith('no recognisable structure')) throw e;
    throw new IngestError(file, e.line, `${e.problem}; ${cut()}`);
  }
}

/** Builds every record of one primary source: the steps below, in document order (the translator records its segments in the order of its calls). */
export function buildPolicyRecords(
  p: PreparedSource,
  sources: Policy['sources'],
  registry: UnitRegistry,
  translator: Translator,
  supersession: Policy['supersession'] = null,
): PolicyRecords {
  const { entry, segments, file } = p;
  const parsed = treeOf(file, segments);
  // Rules boundary/…: the page around the document is not its text.
  const portal = portalFacts(segments.metadata?.fields ?? null);
  const cut = cutOutside(parsed.preamble, entry.title ?? portal.title, segments.elements, parsed.textOnly);
  const tree: DocumentTree = { ...parsed, preamble: cut.preamble };
  const raw = linesByNumber(p.normalized.raw);
  const diagnostics: Diagnostic[] = [...metadataConflicts(file, entry, segments.metadata), ...tree.diagnostics, ...outsideDiagnostics(file, cut.outside, raw), ...digestDiagnostics(file, cut.digest)];
  const facts = documentFacts(p, portal, tree);
  const foreign = jurisdictionOf(p, facts);
  if (foreign) diagnostics.push(jurisdictionDiagnostic(file, foreign));
  diagnostics.push(...documentMetadataDiagnostics(file, entry, segments.elements, portal));
  if (facts.derived) diagnostics.push(titleDiagnostic(file, facts.derived));
  const announced = announcerDiagnostic(file, facts.announcer);
  if (announced) diagnostics.push(announced);
  const missing = missingMetadataDiagnostic(file, facts);
  if (missing) diagnostics.push(missing);
  const all = [...walk(tree.provisions)];
  const legislative = all.filter((x) => x.node.level === 'article').length >= 3;
  const ctx: RecordContext = { id: entry.id, file, raw, diagnostics, translator, units: foreign ? EMPTY_REGISTRY : registry, foreign: foreign !== null, legislative };

  // English first, so that the translation segments come in document order.
  const titleEn = translator.get('policy/title', facts.title).en;
  const issuerEn = facts.issuer ? translator.get('policy/issuer', facts.issuer).en : null;
  const leaves = all.filter((x) => x.node.children.length === 0).map((x) => x.node);
  diagnostics.push(...emptyMeasures(file, entry.id, leaves));
  const bodies = policyBodies(ctx, { sources, tree, annexList: segments.annexList, leaves, title: facts.title, titleEn });

  const tables = taskTables(ctx, p, [...tree.preamble, ...all.flatMap((x) => x.node.paragraphs)], ctx.units);
  const { tasks, byMeasure } = taskRecords(ctx, tables, leaves);
  // Rule figure/page-date: a document with no date of its own has its figures read as of its page's date
  const page = facts.issued ? null : pageDate(segments.metadata?.fields ?? null, p.normalized.raw);
  if (page) diagnostics.push(pageDateDiagnostic(file, page));
  const figures = new FigureRecords(ctx, figureSettings(entry, { ...facts, issued: facts.issued ?? page?.date ?? null }, legislative, p.normalized.lines.map((l) => l.text).join('\n'), tree.textOnly, foreign));
  const leadIn = tree.preamble.at(-1)?.text ?? null;
  const measures = measureRecords(ctx, all, byMeasure, figures, leadIn && foldTraditional(leadIn));
  figures.readPreamble(tree.preamble, facts.title);
  const policy: Policy = {
    id: entry.id,
    title: { zh: facts.title, en: titleEn },
    issuer: facts.issuer ? { zh: facts.issuer, en: issuerEn } : null,
    docNumber: facts.docNumber,
    issued: facts.issued,
    history: segments.elements.history,
    period: { start: entry.period?.start ?? null, end: entry.period?.end ?? null },
    sources,
    notes: entry.notes.map((n) => n.trim()),
    sourceUrl: entry.sourceUrl ?? null,
    jurisdiction: foreign?.place ?? null,
    portalMetadata: segments.metadata?.fields ?? null,
    supersession,
    translation: { segments: 0, translated: 0, stale: 0, reviewed: 0, needsReview: 0, pending: 0 },
    url: urlOf(`policies/${entry.id}`),
  };
  // Tasks come after the body in document order.
  translateTasks(ctx, tasks);

  const output: PolicyOutput = { policy, measures, tasks, targets: figures.targets, benefits: figures.benefits, ...bodies, segments: [] };
  const coverage = coverageOf(ctx, p, tree, cut.outside, all.map((x) => x.node), tables);
  return { output, stats: statsOf(p, tree, output, coverage), diagnostics, unknownUnitNumbers: figures.unknownUnitNumbers };
}

/** The report line of rule figure/page-date: which date the figures are read as of, and where it was read. */
function pageDateDiagnostic(file: string, page: PageDate): Diagnostic {
  const where = 'field' in page.from ? `the portal block's ${page.from.field}` : `the page's time stamp on line ${page.from.line}`;
  return diagnostic(file, 'line' in page.from ? page.from.line : null, 'figure/page-date', `the document prints no date of its own: its figures are read as of ${page.date}, ${where} (a figure of an earlier year is a statistic); the date is not published as the document's`);
}

/** Rule boundary/digest: the page's own digest of a document whose text it does not print is published as the text. */
function digestDiagnostics(file: string, digest: { line: number; text: string }[]): Diagnostic[] {
  if (!digest.length) return [];
  const message = `published ${digest.length} paragraph(s) before the document's title, from “${digest[0]!.text.slice(0, 40)}”: the page prints only the document's head after them (title, 文号, date), so they are the only text; check that they state the document faithfully`;
  return [diagnostic(file, digest[0]!.line, 'boundary/digest', message)];
}

/**
 * Rule units/other-jurisdiction: where the document is from when not Chongqing (places.ts). The registry holds
 * Chongqing's units; another place's 市科技局 is not Chongqing's. Read on the Simplified reading.
 */
function jurisdictionOf(p: PreparedSource, facts: { title: string; issuer: string | null }): Jurisdiction | null {
  // folded whatever the script: a Simplified page may quote 臺灣 or 香港特別行政區
  const text = foldTraditional(p.normalized.raw.map((l) => l.text).join('\n'));
  return documentJurisdiction(foldTraditional(facts.title), facts.issuer ? foldTraditional(facts.issuer) : null, text);
}

function jurisdictionDiagnostic(file: string, j: Jurisdiction): Diagnostic {
  const place = j.place === '全国' ? 'the national level (全国)' : j.province === j.place ? j.place : `${j.place} (${j.province})`;
  const basis = j.basis === 'text' ? 'its text names it and never Chongqing' : 'its title or issuer names it';
  const message = `the document is from ${place} (${basis}), not Chongqing: the units it names are shown as printed, not linked to content/units.yaml`;
  return diagnostic(file, null, 'units/other-jurisdiction', message);
}

/** What the whole document tells the reading of each figure (target-records.ts). */
function figureSettings(
  entry: PreparedSource['entry'],
  facts: { issued: string | null; title: string; issuer: string | null },
  legislative: boolean,
  text: string,
  textOnly: boolean,
  jurisdiction: Jurisdiction | null,
) {
  // a Traditional text is read on its Simplified reading (rule figure/traditional-folded): 目標 is 目标
  const traditional = detectScript(text) === 'zh-Hant';
  const read = traditional ? foldTraditional(text) : text;
  const manifestYear = entry.period && entry.period.start === entry.period.end ? entry.period.end : null;
  const title = traditional ? foldTraditional(facts.title) : facts.title;
  const titleYear = entry.period ? null : oneYearPlan(title);
  return {
    periodYear: manifestYear ?? titleYear,
    periodFrom: manifestYear !== null ? ('manifest' as const) : titleYear !== null ? ('title' as const) : null,
    issuedYear: facts.issued ? Number(facts.issued.slice(0, 4)) : null,
    legislative,
    // Rule figure/undated-no-goal: a text that dates no goal and states no period is no plan.
    // (a plan of one year its title names is a plan too; a text-only policy — a news item, a speech — is one
    // only when its title names a plan: one sentence that dates a goal does not make a news item a plan)
    plan: entry.period != null || titleYear !== null || (readsAsPlan(read) && !(textOnly && readsAsNews(read) && !namesPlan(title))),
    traditional,
    // Rule figure/currency: plain 元 in a Hong Kong, Taiwan or Macao text is that place's currency
    currency: documentCurrency(jurisdiction?.place ?? null, read, traditional),
  };
}

/** The MDX bodies: the Chinese, and the English (Chinese kept, marked, where a segment has no English). */
function policyBodies(
  ctx: RecordContext,
  doc: { sources: Policy['sources']; tree: DocumentTree; annexList: Segments['annexList']; leaves: ProvisionNode[]; title: string; titleEn: string | null },
): { mdx: string; mdxEn: string } {
  const { id, translator } = ctx;
  const bodyInput = {
    policyId: id,
    sourceFiles: doc.sources.map((s) => `seeds/${s.file}`),
    frontmatter: { policy: id, lang: 'zh-CN', title: doc.title },
    tree: doc.tree,
    annexList: doc.annexList,
    measureIds: new Set(doc.leaves.map((n) => `${id}/${n.key}`)),
  };
  const mdx = serializeMdx(buildBodyTree(bodyInput));
  const mdxEn = serializeMdx(
    buildBodyTree({
      ...bodyInput,
      frontmatter: { policy: id, lang: 'en', title: doc.titleEn ?? doc.title },
      lang: 'en',
      text: (segmentId, zh) => {
        const t = translator.get(segmentId, zh);
        return t.en === null ? { text: zh, lang: 'zh-CN', stale: false, zh } : { text: t.en, lang: 'en', stale: t.stale, zh };
      },
    }),
  );
  return { mdx, mdxEn };
}

/** Rule coverage: every character of the normalized source is in the output or was stripped (a warning names what is missing). */
function coverageOf(ctx: RecordContext, p: PreparedSource, tree: DocumentTree, outside: { text: string }[], allNodes: ProvisionNode[], tables: TaskTable[]): PolicyStats['coverage'] {
  const { segments, normalized } = p;
  const otherAnnexes = segments.annexes.filter((a) => !isTaskTable(a.lines));
  const outputText = [
    // the block's lines as printed (its labels are normalised in `fields`)
    ...(segments.metadata?.raw.map((l) => l.text) ?? []),
    ...tree.preamble.map((x) => x.text),
    // before the document's title: reported, not published
    ...outside.map((x) => x.text),
    ...allNodes.map((n) => (n.label ?? '') + (n.title ?? '') + n.titleEnd + n.paragraphs.map((x) => x.text).join('')),
    ...tree.closing.map((x) => x.text),
    ...segments.annexList.map((x) => x.text),
    ...segments.annexes.map((a) => a.label),
    ...tables.flatMap((t) => [t.title ?? '', ...t.headerLines.map((h) => h.text), ...t.rows.map((r) => `${r.seq}${r.text}${r.deadlineText}${r.unitText}`)]),
    ...otherAnnexes.flatMap((a) => a.lines.map((l) => l.text)),
    // stripped before reflow (page numbers, a table of contents): accounted for, and listed in the diagnostics
    ...segments.stripped.map((x) => x.text),
  ].join('');
  const sourceText = normalized.lines.map((l) => l.text).join('');
  const missing = missingChars(sourceText, outputText);
  const sourceChars = stripWhitespace(sourceText).length;
  if (missing) ctx.diagnostics.push(diagnostic(ctx.file, null, 'coverage', `${missing.length} characters of the source are not in the output: “${missing.slice(0, 80)}”`));
  return { sourceChars, accountedChars: sourceChars - missing.length, ratio: round3((sourceChars - missing.length) / sourceChars), missing };
}

/** The report's figures of one policy. */
function statsOf(p: PreparedSource, tree: DocumentTree, output: PolicyOutput, coverage: PolicyStats['coverage']): PolicyStats {
  const allNodes = [...walk(tree.provisions)].map((x) => x.node);
  const withParts = (ns: ProvisionNode[]) => ns.filter((n) => n.children.length > 0).length;
  return {
    id: p.entry.id,
    file: p.entry.file,
    counts: {
      chapters: tree.provisions.length,
      sections: withParts(allNodes) - withParts(tree.provisions),
      measures: output.measures.length,
      tasks: output.tasks.length,
      targets: output.targets.length,
      benefits: output.benefits.length,
      units: new Set(output.measures.flatMap((m) => [...m.lead, ...m.support])).size,
    },
    coverage,
  };
}
