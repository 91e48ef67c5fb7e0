/**
 * Stage 5 (records): from one primary source's tree, build the records the site
 * publishes — the policy, its measures (leaf provisions), the rows of its task
 * table, its quantitative targets — and the MDX bodies in both languages.
 */
import type { Benefit, ManifestEntry, Measure, Policy, PolicyData, Target, Task } from '../data/schemas.ts';
import { localeUrls } from '../i18n/paths.ts';
import { stripWhitespace } from '../lib/text.ts';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { IngestError } from './errors.ts';
import { extractInlineAssignment } from './inline-units.ts';
import { anchorOf, buildBodyTree, serializeMdx } from './mdast.ts';
import { FACT_FIELDS, portalFacts, type PortalMetadata } from './portal-metadata.ts';
import type { Segments } from './segment.ts';
import { round3, type PreparedSource } from './sources.ts';
import { buildTree, walk, type DocumentTree, type ProvisionNode } from './structure.ts';
import { isTaskTable, isTaskTableHeader, linkTasks, parseSpacedTaskTable, parseTaskTable, type TaskTable } from './task-table.ts';
import { cutOutside } from './boundary.ts';
import type { DocumentElements } from './elements.ts';
import { benefitRecords, figureDiagnostics } from './figure-records.ts';
import { isPastHeading } from './figures.ts';
import { readTargets } from './targets.ts';
import { deriveTitle, noticeSubject, titleDiagnostic } from './title.ts';
import type { Translator } from './translations.ts';
import { EMPTY_REGISTRY, otherJurisdiction, unitEntrySuggestion, type UnitRegistry } from './units.ts';

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

/** Site paths of a page in both languages. */
export const urlOf = (path: string) => localeUrls(`/${path}/`);

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
 * Title, issuer, 文号 and date: the manifest wins; a null field is read from the document's own elements
 * (elements.ts: 文号 line, signature and 成文日期, 题注), else the portal metadata; a null title is derived
 * from the document (title.ts).
 */
function documentFacts(p: PreparedSource, portal: ReturnType<typeof portalFacts>, tree: DocumentTree) {
  const { entry, segments } = p;
  const own = segments.elements;
  const derived = entry.title === null ? deriveTitle({ id: entry.id, metadata: segments.metadata, lines: p.normalized.lines, preamble: tree.preamble }) : null;
  return {
    title: entry.title ?? derived!.title,
    derived,
    issuer: entry.issuer ?? own.issuer ?? portal.issuer ?? null,
    docNumber: entry.docNumber ?? own.docNumber ?? portal.docNumber,
    issued: entry.issued ?? own.issued ?? portal.issued,
  };
}

/** Where each metadata field read from the document's own elements stands (the first element of its kind). */
function elementLine(elements: DocumentElements, field: 'docNumber' | 'issuer' | 'issued'): number | null {
  const kinds: Record<typeof field, string[]> = { docNumber: ['doc-number'], issuer: ['signature', 'headnote'], issued: ['date', 'headnote'] };
  return elements.elements.find((e) => kinds[field].includes(e.kind))?.line ?? null;
}

/**
 * Rule `metadata-from-document` (review): a field the manifest leaves null, read from the document's own elements,
 * with the manifest line to paste; rule `metadata-conflict` (review): the document's elements and the portal block,
 * or the manifest and the document, disagree (the manifest, then the document, is kept).
 */
export function documentMetadataDiagnostics(file: string, entry: ManifestEntry, elements: DocumentElements, portal: ReturnType<typeof portalFacts>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const same = (a: string, b: string) => canonical(a) === canonical(b);
  for (const field of ['docNumber', 'issuer', 'issued'] as const) {
    const own = elements[field];
    if (own === null) continue;
    const line = elementLine(elements, field);
    const manifestValue = entry[field];
    if (manifestValue === null) out.push(diagnostic(file, line, 'metadata-from-document', 'review', `${field} “${own}” read from the document's own elements, please confirm (set ${field}: in seeds/manifest.yaml)`, { fix: `${field}: ${JSON.stringify(own)}` }));
    else if (!same(manifestValue, own)) out.push(diagnostic(file, line, 'metadata-conflict', 'review', `the document prints ${field} “${own}”, the manifest says “${manifestValue}” (manifest kept)`));
    const portalValue = portal[field];
    if (portalValue && !same(portalValue, own)) out.push(diagnostic(file, line, 'metadata-conflict', 'review', `the document prints ${field} “${own}”, its portal metadata says “${portalValue}” (${manifestValue === null ? 'document' : 'manifest'} kept)`));
  }
  return out;
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
    out.push(diagnostic(file, first.line, 'empty-measure', 'warning', what + hint, { record: `${policyId}/${first.key}` }));
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

/** A value as compared with the manifest: no whitespace, brackets full-width. */
const canonical = (s: string) => stripWhitespace(s).replace(/\(/g, '（').replace(/\)/g, '）');

/**
 * Conflicts between the manifest and the portal metadata block (the manifest is kept), each on
 * the line of its field. A null manifest value is no conflict: the portal value fills it. Values
 * are compared without whitespace (normalising removed the space in “某办公室 某局”) and with
 * brackets of one width.
 */
export function metadataConflicts(file: string, entry: ManifestEntry, md: PortalMetadata | null): Diagnostic[] {
  if (!md) return [];
  const portal = portalFacts(md.fields);
  const out: Diagnostic[] = [];
  const same = (a: string, b: string) => canonical(a) === canonical(b);
  const compare = (field: keyof typeof FACT_FIELDS, manifestValue: string | null, portalValue: string | null) => {
    // A portal titles the notice that publishes the document (关于印发《X》的通知): X is the same title.
    if (field === 'title' && portalValue && manifestValue !== null && same(noticeSubject(portalValue) ?? '', manifestValue.replace(/^《|》$/g, ''))) return;
    if (portalValue && manifestValue !== null && !same(manifestValue, portalValue))
      out.push(
        diagnostic(file, md.fieldLines[FACT_FIELDS[field]] ?? md.lines[0] ?? null, 'metadata-conflict', 'review', `portal metadata ${field} “${portalValue}” differs from the manifest “${manifestValue}” (manifest kept)`),
      );
  };
  compare('docNumber', entry.docNumber, portal.docNumber);
  compare('issuer', entry.issuer, portal.issuer);
  compare('issued', entry.issued, portal.issued);
  compare('title', entry.title, portal.title);
  return out;
}

/** Builds every record of one primary source. */
export function buildPolicyRecords(
  p: PreparedSource,
  sources: Policy['sources'],
  registry: UnitRegistry,
  translator: Translator,
  supersession: Policy['supersession'] = null,
): PolicyRecords {
  const { entry, segments, normalized, file } = p;
  const id = entry.id;
  const parsed = treeOf(file, segments);
  // Rules boundary/…: the page around the document is not its text.
  const cut = cutOutside(parsed.preamble, entry.title, segments.elements);
  const tree: DocumentTree = { ...parsed, preamble: cut.preamble };
  const fields = segments.metadata?.fields ?? null;
  const portal = portalFacts(fields);
  const diagnostics: Diagnostic[] = [...metadataConflicts(file, entry, segments.metadata)];
  diagnostics.push(...tree.diagnostics);
  for (const o of cut.outside)
    diagnostics.push(diagnostic(file, o.line, o.rule, 'info', `not published: “${o.text.slice(0, 60)}” ${o.rule === 'boundary/before-title' ? "stands before the document's title" : 'reads as page furniture before the text'}`));
  const { title, derived, issuer, docNumber, issued } = documentFacts(p, portal, tree);
  // Rule units/other-jurisdiction: the registry holds Chongqing's units; another place's 市科技局 is not Chongqing's.
  const foreign = otherJurisdiction(title, issuer);
  const unitRegistry = foreign ? EMPTY_REGISTRY : registry;
  if (foreign) diagnostics.push(diagnostic(file, null, 'units/other-jurisdiction', 'info', `the document is from ${foreign} (title or issuer), not Chongqing: the units it names are shown as printed, not linked to content/units.yaml`));
  diagnostics.push(...documentMetadataDiagnostics(file, entry, segments.elements, portal));
  if (derived) diagnostics.push(titleDiagnostic(file, derived));

  // English first, so that the translation segments come in document order.
  const titleEn = translator.get('policy/title', title).en;
  const issuerEn = issuer ? translator.get('policy/issuer', issuer).en : null;
  const all = [...walk(tree.provisions)];
  const leaves = all.filter((x) => x.node.children.length === 0);
  diagnostics.push(...emptyMeasures(file, id, leaves.map((l) => l.node)));
  const bodyInput = {
    policyId: id,
    sourceFiles: sources.map((s) => `seeds/${s.file}`),
    frontmatter: { policy: id, lang: 'zh-CN', title },
    tree,
    annexList: segments.annexList,
    measureIds: new Set(leaves.map((l) => `${id}/${l.node.key}`)),
  };
  const mdx = serializeMdx(buildBodyTree(bodyInput));
  const mdxEn = serializeMdx(
    buildBodyTree({
      ...bodyInput,
      frontmatter: { policy: id, lang: 'en', title: titleEn ?? title },
      lang: 'en',
      text: (segmentId, zh) => {
        const t = translator.get(segmentId, zh);
        return t.en === null ? { text: zh, lang: 'zh-CN', stale: false, zh } : { text: t.en, lang: 'en', stale: t.stale, zh };
      },
    }),
  );

  // Task table annexes
  const tables: TaskTable[] = segments.annexes.filter((a) => isTaskTable(a.lines)).map((a) => parseTaskTable(a.lines, registry));
  // A task table in the body stays text; its rows are read as tasks when the page kept its cells apart with spaces.
  for (const para of [...tree.preamble, ...all.flatMap((x) => x.node.paragraphs)].filter((x) => isTaskTableHeader(x.text))) {
    const at = normalized.raw.findIndex((l) => l.line === para.line);
    const table = at >= 0 && normalized.raw[at]!.text.trim().split(/\s+/).length >= 3 ? parseSpacedTaskTable(normalized.raw, at, registry) : null;
    if (table?.rows.length) {
      tables.push(table);
      diagnostics.push(diagnostic(file, para.line, 'task-table/body', 'info', `read ${table.rows.length} rows (${table.rows[0]!.seq}–${table.rows.at(-1)!.seq}) of a task table in the body, its cells apart by spaces: the task, then the lead units${/协同|配合/.test(normalized.raw[at]!.text) ? ', the supporting units (the last unit cell)' : ''} and the deadline (the last cell) — check them in the policy's task table`));
    } else
      diagnostics.push(diagnostic(file, para.line, 'task-table/not-read', 'warning', `a task table in the body (header “${para.text.slice(0, 60)}”) is not read: its rows' tasks, responsible units and deadlines are published as text only, not as tasks of the policy. Check them by hand; a table under a 附件 heading is read`));
  }
  const otherAnnexes = segments.annexes.filter((a) => !isTaskTable(a.lines));
  for (const t of tables) for (const w of t.warnings) diagnostics.push(diagnostic(file, null, 'task-table', 'warning', w));
  const measureText = (n: ProvisionNode) => n.paragraphs.map((x) => x.text).join('\n');

  const unknownUnit = (line: number | null, where: string, name: string) =>
    diagnostics.push(
      diagnostic(file, line, 'unknown-unit', 'warning', `unknown unit “${name}” in ${where}: add it to content/units.yaml`, { fix: unitEntrySuggestion(name) }),
    );
  const tasks: Task[] = [];
  const tasksByMeasure = new Map<string, Task[]>();
  const linkCandidates = leaves.map((l) => ({ key: l.node.key, text: [l.node.title ?? '', measureText(l.node)].join('') }));
  for (const table of tables) {
    // One pass per table (an index of the measures' bigrams), not a scan of every measure per row.
    const links = linkTasks(table.rows.map((r) => r.text), linkCandidates);
    for (const [i, row] of table.rows.entries()) {
      const link = links[i]!;
      const measure = link.measureKey ? `${id}/${link.measureKey}` : null;
      if (!measure) diagnostics.push(diagnostic(file, row.line, 'task-unlinked', 'warning', `task ${row.seq} is not linked to any measure`));
      for (const u of row.unknownUnits) unknownUnit(row.line, `task ${row.seq}`, u);
      const task: Task = {
        id: `${id}/task-${row.seq}`,
        policy: id,
        measure,
        matchScore: round3(link.score),
        seq: row.seq,
        text: { zh: row.text, en: null },
        enStale: false,
        deadline: row.deadline,
        deadlineText: row.deadlineText,
        lead: row.lead,
        support: row.support,
      };
      tasks.push(task);
      if (measure) {
        const own = tasksByMeasure.get(measure);
        if (own) own.push(task);
        else tasksByMeasure.set(measure, [task]);
      }
    }
  }

  const measures: Measure[] = [];
  const targets: Target[] = [];
  const benefits: Benefit[] = [];
  const unknownUnitNumbers: UnknownUnitCheck[] = [];
  let order = 0;
  // Rule period-year: in a plan of one year (a 2022 工作要点), a target without a year of its own is for that year.
  const periodYear = entry.period && entry.period.start === entry.period.end ? entry.period.end : null;
  // Rule figure/statistic: a figure of a sentence about a year before the document's own is where things stood.
  const issuedYear = issued ? Number(issued.slice(0, 4)) : null;
  const legislative = all.filter((x) => x.node.level === 'article').length >= 3;
  /** Reads the targets of one provision's text (or a preamble paragraph's) into `targets`, with their diagnostics. */
  const addTargets = (
    text: string,
    where: { line: number; key: string; measure: string | null; url: Target['url']; taskYear: number | null; numberFrom?: number; benefitsFrom?: number; pastSection?: boolean },
  ) => {
    const { line, key, measure, url, taskYear, numberFrom = 0 } = where;
    const recordId = `${id}/${key}`;
    // Ordinals (区政府第23次常务会议) are never targets (rule figure/ordinal), before the first numbered part or after it.
    const read = readTargets(text, { taskYear, issuedYear, pastSection: where.pastSection ?? false });
    const place = { policy: id, provision: recordId, measure, url, file, line };
    benefits.push(...benefitRecords(place, read.others, where.benefitsFrom ?? 0));
    diagnostics.push(...figureDiagnostics(place, read.others, read.targets.map((t) => ({ id: `${recordId}/t${numberFrom + t.n}`, t }))));
    if (periodYear !== null)
      for (const t of read.targets)
        if (t.year === null && !t.perYear) {
          t.year = periodYear;
          t.yearSource = 'period';
          t.suspicious = t.suspicious.filter((x) => x !== 'no year');
        }
    // Rule figure/legislative-text: a text in articles (第X条) lays down rules; a figure it ties to no year is no goal.
    if (legislative)
      read.targets = read.targets.filter((t) => {
        if (t.year !== null || t.perYear) return true;
        diagnostics.push(diagnostic(file, line, 'figure/legislative-text', 'info', `provision ${key}: ${t.value}${t.unit} is not published as a target: a legislative text's figure without a year is a rule (${t.quote.slice(0, 60)})`, { record: recordId }));
        return false;
      });
    for (const u of read.unknownUnits) {
      const d = diagnostic(file, line, 'target-unknown-unit', 'review', `provision ${key}: the number ${u.number} followed by “${u.following}” is not read as a target (not a known unit of measure) — “${u.quote}” (add the unit to src/lib/measure-units.ts, or add the target in content/overrides/targets.yaml, with unit "" for an index or a score)`, { record: recordId });
      diagnostics.push(d);
      unknownUnitNumbers.push({ diagnostic: d, provision: recordId, value: Number(u.number) });
    }
    for (const t of read.targets) {
      const tid = `${recordId}/t${numberFrom + t.n}`;
      targets.push({
        id: tid,
        policy: id,
        measure,
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
        url,
      });
      if (t.yearSource === 'period')
        diagnostics.push(diagnostic(file, line, 'period-year', 'info', `target ${tid}: year ${t.year} taken from the plan period (${t.year}) of the manifest — “${t.quote}”`, { record: tid }));
      if (t.yearFromParagraph)
        diagnostics.push(diagnostic(file, line, 'paragraph-year', 'info', `target ${tid}: year ${t.year} taken from the sentence that opens its paragraph — “${t.quote}”`, { record: tid }));
      if (t.suspicious.length) diagnostics.push(diagnostic(file, line, 'target-review', 'review', `target ${tid}: ${t.suspicious.join('; ')} — “${t.quote}” (confirm, or correct it in content/overrides/targets.yaml)`, { record: tid }));
    }
  };
  for (const { node, ancestors } of all) {
    const nodeId = `${id}/${node.key}`;
    const text = measureText(node);
    const isMeasure = node.children.length === 0;
    let deadline: string | null = null;
    if (isMeasure) {
      const own = tasksByMeasure.get(nodeId) ?? [];
      const inline = extractInlineAssignment(unitRegistry, text);
      if (inline && !foreign) for (const u of inline.unknown) unknownUnit(node.line, `measure ${node.key}`, u);
      if (inline?.firstListedLeads && !own.length)
        diagnostics.push(diagnostic(file, node.line, 'assignment/first-listed-leads', 'info', `measure ${node.key}: 责任单位 without 牵头: the first unit listed is taken as the lead`, { record: nodeId }));
      // The unlabelled and trailing forms are read by rule (docs/formats.md): say so where they decide the units.
      if (inline && !own.length)
        for (const f of inline.found.filter((x) => x.form !== 'labelled'))
          diagnostics.push(diagnostic(file, node.line, `assignment/${f.form}`, 'info', `measure ${node.key}: units read from “${f.quote.replace(/\n/g, ' ')}”`, { record: nodeId }));
      const union = (xs: string[][]) => [...new Set(xs.flat())];
      const lead = own.length ? union(own.map((t) => t.lead)) : (inline?.lead ?? []);
      const support = (own.length ? union(own.map((t) => t.support)) : (inline?.support ?? [])).filter((u) => !lead.includes(u));
      deadline = own.map((t) => t.deadline).filter((d): d is string => d !== null).sort().at(-1) ?? null;
      const titleTr = node.title ? translator.get(`${node.key}/title`, node.title) : null;
      const parasEn = node.paragraphs.map((x, i) => translator.get(`${node.key}/p${i + 1}`, x.text));
      measures.push({
        id: nodeId,
        policy: id,
        number: node.label,
        path: ancestors.map((a) => a.label ?? a.title ?? ''),
        ancestors: ancestors.map((a) => ({ key: a.key, number: a.label, title: a.title ? { zh: a.title, en: translator.get(`${a.key}/title`, a.title).en } : null })),
        order: order++,
        anchor: anchorOf(node.key),
        title: node.title ? { zh: node.title, en: titleTr!.en } : null,
        text: { zh: text, en: parasEn.every((x) => x.en !== null) ? parasEn.map((x) => x.en).join('\n') : null },
        enStale: Boolean(titleTr?.stale) || parasEn.some((x) => x.stale),
        audiences: [],
        instruments: [],
        themes: [],
        general: false,
        lead,
        support,
        leadAsPrinted: own.length ? [] : (inline?.leadAsPrinted ?? []),
        supportAsPrinted: own.length ? [] : (inline?.supportAsPrinted ?? []),
        unitsFrom: own.length ? 'task-table' : inline ? 'inline' : 'none',
        deadline,
        url: urlOf(`policies/${id}/${node.key}`),
      });
    }
    const taskYear = deadline ? Number(deadline.slice(0, 4)) : null;
    const url = isMeasure ? urlOf(`policies/${id}/${node.key}`) : anchored(urlOf(`policies/${id}`), anchorOf(node.key));
    addTargets(text, { line: node.line, key: node.key, measure: isMeasure ? nodeId : null, url, taskYear, pastSection: [...ancestors, node].some((a) => isPastHeading(a.title)) });
  }
  // Targets stated before the first numbered part (a letterhead's 工作要点, or all of a text-only
  // policy): read as a heading's own text is, with the preamble as their provision (its anchor: #preamble).
  if (tree.preamble.length) {
    const before = targets.length;
    const benefitsBefore = benefits.length;
    // Paragraph by paragraph: a letterhead's lines have no 。 to end a sentence, and a quote must not run across them.
    const url = anchored(urlOf(`policies/${id}`), 'preamble');
    for (const p of tree.preamble) addTargets(p.text, { line: p.line, key: 'preamble', measure: null, url, taskYear: null, numberFrom: targets.length - before, benefitsFrom: benefits.length - benefitsBefore });
    const read = targets.slice(before);
    if (read.length)
      diagnostics.push(
        diagnostic(file, tree.preamble.find((x) => x.text.includes(read[0]!.quote))?.line ?? tree.preamble[0]!.line, 'targets/preamble', 'info', `${read.length} target${read.length === 1 ? '' : 's'} read from the text before the first numbered part (${read.map((t) => `${t.indicator.zh} ${t.value}${t.unit.zh}`).join('; ')}): check that they are this document's targets, not figures it quotes`, { record: `${id}/preamble` }),
      );
  }

  const policy: Policy = {
    id,
    title: { zh: title, en: titleEn },
    issuer: issuer ? { zh: issuer, en: issuerEn } : null,
    docNumber,
    issued,
    history: segments.elements.history,
    period: { start: entry.period?.start ?? null, end: entry.period?.end ?? null },
    sources,
    notes: entry.notes.map((n) => n.trim()),
    sourceUrl: entry.sourceUrl ?? null,
    portalMetadata: fields,
    supersession,
    translation: { segments: 0, translated: 0, stale: 0, reviewed: 0, needsReview: 0, pending: 0 },
    url: urlOf(`policies/${id}`),
  };

  // Tasks come after the body in document order.
  for (const t of tasks) {
    const tr = translator.get(`task-${t.seq}/text`, t.text.zh);
    t.text.en = tr.en;
    t.enStale = tr.stale;
  }

  // Coverage: every character of the normalized source is in the output or was stripped.
  const allNodes = all.map((x) => x.node);
  const outputText = [
    // the block's lines as printed (its labels are normalised in `fields`)
    ...(segments.metadata?.raw.map((l) => l.text) ?? []),
    ...tree.preamble.map((x) => x.text),
    // before the document's title: reported, not published
    ...cut.outside.map((x) => x.text),
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
  if (missing) diagnostics.push(diagnostic(file, null, 'coverage', 'warning', `${missing.length} characters of the source are not in the output: “${missing.slice(0, 80)}”`));

  const stats: PolicyStats = {
    id,
    file: entry.file,
    counts: {
      chapters: tree.provisions.length,
      sections: allNodes.filter((n) => n.children.length > 0).length - tree.provisions.filter((n) => n.children.length > 0).length,
      measures: measures.length,
      tasks: tasks.length,
      targets: targets.length,
      benefits: benefits.length,
      units: new Set(measures.flatMap((m) => [...m.lead, ...m.support])).size,
    },
    coverage: { sourceChars, accountedChars: sourceChars - missing.length, ratio: round3((sourceChars - missing.length) / sourceChars), missing },
  };
  return { output: { policy, measures, tasks, targets, benefits, mdx, mdxEn, segments: [] }, stats, diagnostics, unknownUnitNumbers };
}

/** A page URL with a fragment. */
function anchored(url: { zh: string; en: string }, anchor: string) {
  return { zh: `${url.zh}#${anchor}`, en: `${url.en}#${anchor}` };
}
