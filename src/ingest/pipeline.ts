/**
 * The whole ingest as one pure function: seed files + manifest + authored
 * registry/overrides in, generated files + report out. Nothing here touches the
 * disk; cli.ts reads the inputs and writes the outputs atomically.
 */
import { z } from 'zod';
import { GlossaryEntry, Manifest, type ManifestEntry, type Segment, type Measure, type Policy, type Target, TargetOverride, type Task } from '../data/schemas.ts';
import { termForms } from '../lib/glossary.ts';
import { stripWhitespace } from '../lib/text.ts';
import { IngestError } from './errors.ts';
import { extractInlineAssignment } from './inline-units.ts';
import { anchorOf, buildBodyTree, serializeMdx } from './mdast.ts';
import { normalizeSource, type NormalizedSource } from './normalize.ts';
import { portalDate } from './portal-metadata.ts';
import { readSource } from './read.ts';
import { segment, type Segments } from './segment.ts';
import { buildTree, walk, type DocumentTree, type ProvisionNode } from './structure.ts';
import { isTaskTable, linkTask, parseTaskTable, type TaskTable } from './task-table.ts';
import { parseTagOverrides, parseTaxonomy, tagMeasure } from './tags.ts';
import { extractTargets, unitOfMeasureEn } from './targets.ts';
import { loadUnitRegistry, type UnitRegistry } from './units.ts';
import { parseTranslationFile, Translator } from './translations.ts';
import { detectScript, findVariants } from './variants.ts';
import { parseYamlWith } from './yaml.ts';

export interface IngestInput {
  /** seed file name → bytes */
  seeds: Map<string, Uint8Array>;
  manifestText: string;
  unitsText: string;
  /** content/overrides/targets.yaml, if present */
  targetOverridesText: string | null;
  /** content/translations/en/<policy>.yaml texts, by policy id */
  translations?: Map<string, string>;
  /** content/glossary.yaml: first uses of its terms are marked in the bodies */
  glossaryText?: string | null;
  /** content/taxonomy.yaml and content/overrides/tags.yaml: measures are tagged by them */
  taxonomyText?: string | null;
  tagOverridesText?: string | null;
}

export interface PolicyOutput {
  policy: Policy;
  measures: Measure[];
  tasks: Task[];
  targets: Target[];
  mdx: string;
  /** The body in English (Chinese kept, marked, where a translation is missing). */
  mdxEn: string;
  /** Every translatable text segment in document order, with its English. */
  segments: Segment[];
}

export interface IngestResult {
  policies: PolicyOutput[];
  report: IngestReport;
}

export interface PolicyReport {
  id: string;
  file: string;
  counts: { chapters: number; sections: number; measures: number; tasks: number; targets: number; units: number };
  coverage: { sourceChars: number; accountedChars: number; ratio: number; missing: string };
  strippedLines: { line: number; text: string; rule: string }[];
  numberingWarnings: string[];
  tableWarnings: string[];
  unknownUnits: { where: string; name: string }[];
  tasksWithoutMeasure: number[];
  suspiciousTargets: { id: string; why: string[]; quote: string }[];
  metadataConflicts: { field: string; manifest: string | null; portal: string }[];
  /** Measures the taxonomy rules give no audience or no instrument. */
  untagged: string[];
  translation: { segments: number; translated: number; stale: string[]; orphans: string[] };
}

export interface IngestReport {
  sources: { file: string; sha256: string; role: 'primary' | 'variant'; policy: string; similarity: number | null; script: string; strippedLines: { line: number; text: string; rule: string }[] }[];
  policies: PolicyReport[];
  overriddenTargets: { id: string; action: string; reason: string }[];
  staleOverrides: string[];
  unknownUnitCount: number;
}

const urlOf = (path: string) => ({ zh: `/${path}/`, en: `/en/${path}/` });

/** Parses the manifest; a YAML or schema problem is an IngestError naming the manifest. */
export function parseManifest(text: string, file = 'seeds/manifest.yaml'): ManifestEntry[] {
  const manifest = parseYamlWith(file, text, Manifest, 'field');
  const ids = new Set<string>();
  const files = new Set<string>();
  for (const e of manifest.sources) {
    if (ids.has(e.id)) throw new IngestError(file, lineOf(text, `id: ${e.id}`), `duplicate id ${e.id}`);
    if (files.has(e.file)) throw new IngestError(file, lineOf(text, `file: ${e.file}`), `file ${e.file} is listed twice`);
    ids.add(e.id);
    files.add(e.file);
  }
  return manifest.sources;
}

function lineOf(text: string, needle: string): number | null {
  const i = text.lastIndexOf(needle);
  return i < 0 ? null : text.slice(0, i).split('\n').length;
}

function parseGlossary(text: string | null): GlossaryEntry[] {
  return text ? parseYamlWith('content/glossary.yaml', text, z.array(GlossaryEntry)) : [];
}

function parseOverrides(text: string | null): TargetOverride[] {
  return text ? parseYamlWith('content/overrides/targets.yaml', text, z.array(TargetOverride).nullable()) ?? [] : [];
}

/** Multiset difference of characters (whitespace ignored): what `source` has that `output` lacks. */
function missingChars(source: string, output: string): string {
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

interface Prepared {
  entry: ManifestEntry;
  normalized: NormalizedSource;
  segments: Segments;
}

/** Runs the ingest over all seeds. Throws IngestError on bad input; never returns partial output. */
export function runIngest(input: IngestInput): IngestResult {
  const manifest = parseManifest(input.manifestText);
  const registry = loadUnitRegistry('content/units.yaml', input.unitsText);
  const overrides = parseOverrides(input.targetOverridesText);
  const glossary = parseGlossary(input.glossaryText ?? null);
  const taxonomy = parseTaxonomy(input.taxonomyText ?? null);
  const tagOverrides = parseTagOverrides(input.tagOverridesText ?? null);

  for (const name of [...input.seeds.keys()].sort()) {
    if (!manifest.some((e) => e.file === name)) throw new IngestError(`seeds/${name}`, null, 'no entry in seeds/manifest.yaml: add one (id, title, issuer, … unknown = null)');
  }
  const prepared: Prepared[] = manifest.map((entry) => {
    const bytes = input.seeds.get(entry.file);
    if (!bytes) throw new IngestError('seeds/manifest.yaml', lineOf(input.manifestText, `file: ${entry.file}`), `lists ${entry.file}, which is not in seeds/`);
    const normalized = normalizeSource(readSource(`seeds/${entry.file}`, bytes));
    return { entry, normalized, segments: segment(normalized.lines) };
  });

  const variants = findVariants(
    prepared.map((p) => ({ id: p.entry.id, script: detectScript(p.segments.body.map((x) => x.text).join('')), text: p.segments.body.map((x) => x.text).join('\n') })),
  );
  const variantOf = new Map(variants.map((v) => [v.variant, v]));

  const report: IngestReport = { sources: [], policies: [], overriddenTargets: [], staleOverrides: [], unknownUnitCount: 0 };
  const outputs: PolicyOutput[] = [];
  const translators = new Map<string, Translator>();
  const allTargetIds = new Set<string>();

  for (const p of prepared) {
    const v = variantOf.get(p.entry.id);
    report.sources.push({
      file: p.entry.file,
      sha256: p.normalized.sha256,
      role: v ? 'variant' : 'primary',
      policy: v ? v.of : p.entry.id,
      similarity: v ? round(v.similarity) : null,
      script: p.entry.script,
      strippedLines: p.normalized.stripped,
    });
  }

  for (const p of prepared) {
    if (variantOf.has(p.entry.id)) continue;
    const sources = prepared
      .filter((q) => q === p || variantOf.get(q.entry.id)?.of === p.entry.id)
      .map((q) => ({
        file: q.entry.file,
        sha256: q.normalized.sha256,
        script: q.entry.script,
        role: (q === p ? 'primary' : 'variant') as 'primary' | 'variant',
        provenance: q.entry.provenance.trim(),
        similarity: q === p ? null : round(variantOf.get(q.entry.id)!.similarity),
      }));
    const translationText = input.translations?.get(p.entry.id);
    const translator = new Translator(translationText ? parseTranslationFile(`content/translations/en/${p.entry.id}.yaml`, translationText) : new Map());
    const out = ingestPolicy(p, sources, registry, translator, glossary);
    translators.set(p.entry.id, translator);
    outputs.push(out.output);
    report.policies.push(out.report);
    for (const t of out.output.targets) allTargetIds.add(t.id);
  }

  applyOverrides(outputs, overrides, report, allTargetIds);
  const measureIds = new Set(outputs.flatMap((o) => o.measures.map((m) => m.id)));
  for (const o of tagOverrides) if (!measureIds.has(o.measure)) report.staleOverrides.push(`tags ${o.measure}: no such measure`);
  for (const o of outputs) {
    const pr = report.policies.find((x) => x.id === o.policy.id)!;
    for (const m of o.measures) {
      if (!taxonomy) break;
      Object.assign(m, tagMeasure(taxonomy, tagOverrides, m.id, m.title?.zh ?? '', m.text.zh));
      if (!m.audiences.length || !m.instruments.length) pr.untagged.push(m.id);
    }
  }
  for (const o of outputs) {
    const translator = translators.get(o.policy.id)!;
    translateTargets(o, translator);
    const pr = report.policies.find((x) => x.id === o.policy.id)!;
    const translated = translator.seen.filter((s) => !translator.missing.includes(s.id)).length;
    pr.translation = { segments: translator.seen.length, translated, stale: [...translator.stale], orphans: translator.orphans() };
    o.segments = translator.seen.map((s) => ({ ...s, ...translator.get(s.id, s.zh) }));
    o.policy.translation = { segments: translator.seen.length, translated, stale: translator.stale.length };
  }
  for (const pr of report.policies) {
    const o = outputs.find((x) => x.policy.id === pr.id)!;
    pr.counts.targets = o.targets.length;
  }
  report.unknownUnitCount = report.policies.reduce((n, p) => n + p.unknownUnits.length, 0);
  return { policies: outputs, report };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Fills the English of targets (indicator, scope, unit) after overrides have set their Chinese. */
function translateTargets(o: PolicyOutput, translator: Translator) {
  for (const t of o.targets) {
    const key = t.id.slice(o.policy.id.length + 1);
    const parts = [translator.get(`${key}/indicator`, t.indicator.zh), t.scope ? translator.get(`${key}/scope`, t.scope.zh) : null];
    t.indicator.en = parts[0]!.en;
    if (t.scope) t.scope.en = parts[1]!.en;
    t.unit.en = unitOfMeasureEn(t.unit.zh);
    t.enStale = parts.some((x) => x?.stale);
  }
}

function ingestPolicy(p: Prepared, sources: Policy['sources'], registry: UnitRegistry, translator: Translator, glossary: GlossaryEntry[]): { output: PolicyOutput; report: PolicyReport } {
  const { entry, segments, normalized } = p;
  const file = `seeds/${entry.file}`;
  const tree: DocumentTree = buildTree(file, segments.body);
  const id = entry.id;
  // Portal metadata: the manifest wins; conflicts are reported.
  const metadataConflicts: PolicyReport['metadataConflicts'] = [];
  const fields = segments.metadata?.fields ?? null;
  if (fields) {
    const compare = (field: string, manifestValue: string | null, portalValue: string | null | undefined) => {
      if (portalValue && manifestValue !== portalValue) metadataConflicts.push({ field, manifest: manifestValue, portal: portalValue });
    };
    compare('docNumber', entry.docNumber, fields['发文字号']);
    compare('issuer', entry.issuer, fields['发布机构'] ?? fields['发文机关']);
    compare('issued', entry.issued, portalDate(fields['成文日期']));
    compare('title', entry.title, fields['标题'] ?? fields['名称']);
  }
  const title = entry.title ?? fields?.['标题'] ?? fields?.['名称'] ?? tree.preamble[0]?.text ?? id;
  const issuer = entry.issuer ?? fields?.['发布机构'] ?? fields?.['发文机关'] ?? null;

  // English first, so that the translation segments come in document order.
  const titleEn = translator.get('policy/title', title).en;
  const issuerEn = issuer ? translator.get('policy/issuer', issuer).en : null;
  const leavesEarly = [...walk(tree.provisions)].filter((x) => x.node.children.length === 0);
  const bodyInput = {
    policyId: id,
    sourceFiles: sources.map((s) => `seeds/${s.file}`),
    frontmatter: { policy: id, lang: 'zh-CN', title },
    tree,
    annexList: segments.annexList,
    measureIds: new Set(leavesEarly.map((l) => `${id}/${l.node.key}`)),
    terms: termForms(glossary, 'zh'),
  };
  const mdx = serializeMdx(buildBodyTree(bodyInput));
  const mdxEn = serializeMdx(
    buildBodyTree({
      ...bodyInput,
      frontmatter: { policy: id, lang: 'en', title: titleEn ?? title },
      lang: 'en',
      terms: termForms(glossary, 'en'),
      text: (segmentId, zh) => {
        const t = translator.get(segmentId, zh);
        return t.en === null ? { text: zh, lang: 'zh-CN', stale: false, zh } : { text: t.en, lang: 'en', stale: t.stale, zh };
      },
    }),
  );

  // Task table annexes
  const tables: TaskTable[] = segments.annexes.filter((a) => isTaskTable(a.lines)).map((a) => parseTaskTable(a.lines, registry));
  const otherAnnexes = segments.annexes.filter((a) => !isTaskTable(a.lines));

  const leaves: { node: ProvisionNode; ancestors: ProvisionNode[] }[] = [...walk(tree.provisions)].filter((x) => x.node.children.length === 0);
  const measureText = (n: ProvisionNode) => n.paragraphs.map((x) => x.text).join('\n');

  const unknownUnits: PolicyReport['unknownUnits'] = [];
  const tasks: Task[] = [];
  const tasksWithoutMeasure: number[] = [];
  const tasksByMeasure = new Map<string, Task[]>();
  for (const table of tables) {
    for (const row of table.rows) {
      const link = linkTask(row.text, leaves.map((l) => ({ key: l.node.key, text: [l.node.title ?? '', measureText(l.node)].join('') })));
      const measure = link.measureKey ? `${id}/${link.measureKey}` : null;
      if (!measure) tasksWithoutMeasure.push(row.seq);
      for (const u of row.unknownUnits) unknownUnits.push({ where: `task ${row.seq} (line ${row.line})`, name: u });
      const task: Task = {
        id: `${id}/task-${row.seq}`,
        policy: id,
        measure,
        matchScore: round(link.score),
        seq: row.seq,
        text: { zh: row.text, en: null },
        enStale: false,
        deadline: row.deadline,
        deadlineText: row.deadlineText,
        lead: row.lead,
        support: row.support,
      };
      tasks.push(task);
      if (measure) tasksByMeasure.set(measure, [...(tasksByMeasure.get(measure) ?? []), task]);
    }
  }

  const measures: Measure[] = [];
  const targets: Target[] = [];
  const suspicious: PolicyReport['suspiciousTargets'] = [];
  leaves.forEach(({ node, ancestors }, order) => {
    const mid = `${id}/${node.key}`;
    const text = measureText(node);
    const own = tasksByMeasure.get(mid) ?? [];
    const inline = extractInlineAssignment(registry, text);
    if (inline) for (const u of inline.unknown) unknownUnits.push({ where: `measure ${node.key} (line ${node.line})`, name: u });
    const union = (xs: string[][]) => [...new Set(xs.flat())];
    const lead = own.length ? union(own.map((t) => t.lead)) : (inline?.lead ?? []);
    const support = (own.length ? union(own.map((t) => t.support)) : (inline?.support ?? [])).filter((u) => !lead.includes(u));
    const deadlines = own.map((t) => t.deadline).filter((d): d is string => d !== null).sort();
    const deadline = deadlines.at(-1) ?? null;
    const path = ancestors.map((a) => a.label ?? a.title ?? '');
    const titleEn = node.title ? translator.get(`${node.key}/title`, node.title) : null;
    const parasEn = node.paragraphs.map((x, i) => translator.get(`${node.key}/p${i + 1}`, x.text));
    const textEn = parasEn.every((x) => x.en !== null) ? parasEn.map((x) => x.en).join('\n') : null;
    measures.push({
      id: mid,
      policy: id,
      number: node.label,
      path,
      ancestors: ancestors.map((a) => ({ key: a.key, number: a.label, title: a.title ? { zh: a.title, en: translator.get(`${a.key}/title`, a.title).en } : null })),
      order,
      anchor: anchorOf(node.key),
      title: node.title ? { zh: node.title, en: titleEn!.en } : null,
      text: { zh: text, en: textEn },
      enStale: Boolean(titleEn?.stale) || parasEn.some((x) => x.stale),
      audiences: [],
      instruments: [],
      themes: [],
      lead,
      support,
      unitsFrom: own.length ? 'task-table' : inline ? 'inline' : 'none',
      deadline,
      url: urlOf(`policies/${id}/${node.key}`),
    });
    const taskYear = deadline ? Number(deadline.slice(0, 4)) : null;
    for (const t of extractTargets(text, { taskYear })) {
      const tid = `${mid}/t${t.n}`;
      targets.push({
        id: tid,
        policy: id,
        measure: mid,
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
        url: urlOf(`policies/${id}/${node.key}`),
      });
      if (t.suspicious.length) suspicious.push({ id: tid, why: t.suspicious, quote: t.quote });
    }
  });

  const policy: Policy = {
    id,
    title: { zh: title, en: titleEn },
    issuer: issuer ? { zh: issuer, en: issuerEn } : null,
    docNumber: entry.docNumber ?? fields?.['发文字号'] ?? null,
    issued: entry.issued ?? portalDate(fields?.['成文日期']) ?? null,
    period: { start: entry.period?.start ?? null, end: entry.period?.end ?? null },
    sources,
    notes: entry.notes.map((n) => n.trim()),
    portalMetadata: fields,
    translation: { segments: 0, translated: 0, stale: 0 },
    url: urlOf(`policies/${id}`),
  };

  // Tasks come after the body in document order.
  for (const t of tasks) {
    const tr = translator.get(`task-${t.seq}/text`, t.text.zh);
    t.text.en = tr.en;
    t.enStale = tr.stale;
  }

  // Coverage: every character of the normalized source is in the output or was stripped.
  const allNodes = [...walk(tree.provisions)].map((x) => x.node);
  const outputText = [
    ...(fields ? Object.entries(fields).map(([k, v]) => k + '：' + v) : []),
    ...tree.preamble.map((x) => x.text),
    ...allNodes.map((n) => (n.label ?? '') + (n.title ?? '') + n.titleEnd + n.paragraphs.map((x) => x.text).join('')),
    ...tree.closing.map((x) => x.text),
    ...segments.annexList.map((x) => x.text),
    ...segments.annexes.map((a) => a.label),
    ...tables.flatMap((t) => [t.title ?? '', ...t.headerLines.map((h) => h.text), ...t.rows.map((r) => `${r.seq}${r.text}${r.deadlineText}${r.unitText}`)]),
    ...otherAnnexes.flatMap((a) => a.lines.map((l) => l.text)),
  ].join('');
  const sourceText = normalized.lines.map((l) => l.text).join('');
  const missing = missingChars(sourceText, outputText);
  const sourceChars = stripWhitespace(sourceText).length;

  const unitIds = new Set([...measures.flatMap((m) => [...m.lead, ...m.support])]);
  const report: PolicyReport = {
    id,
    file: entry.file,
    counts: {
      chapters: tree.provisions.length,
      sections: allNodes.filter((n) => n.children.length > 0).length - tree.provisions.filter((n) => n.children.length > 0).length,
      measures: measures.length,
      tasks: tasks.length,
      targets: targets.length,
      units: unitIds.size,
    },
    coverage: { sourceChars, accountedChars: sourceChars - missing.length, ratio: round((sourceChars - missing.length) / sourceChars), missing },
    strippedLines: normalized.stripped,
    numberingWarnings: tree.numberingWarnings,
    tableWarnings: tables.flatMap((t) => t.warnings),
    unknownUnits,
    tasksWithoutMeasure,
    suspiciousTargets: suspicious,
    metadataConflicts,
    untagged: [],
    translation: { segments: 0, translated: 0, stale: [], orphans: [] },
  };
  return { output: { policy, measures, tasks, targets, mdx, mdxEn, segments: [] }, report };
}

function applyOverrides(outputs: PolicyOutput[], overrides: TargetOverride[], report: IngestReport, known: Set<string>) {
  for (const o of overrides) {
    const policy = outputs.find((p) => (o.action === 'add' ? o.measure : o.id).startsWith(p.policy.id + '/'));
    const measure = o.action === 'add' ? policy?.measures.find((x) => x.id === o.measure) : undefined;
    if (!policy || (o.action === 'add' ? !measure : !known.has(o.id))) {
      report.staleOverrides.push(`${o.action} ${o.id}: no such ${o.action === 'add' ? `measure ${o.measure}` : 'extracted target'}`);
      continue;
    }
    report.overriddenTargets.push({ id: o.id, action: o.action, reason: o.reason });
    if (o.action === 'drop') {
      policy.targets = policy.targets.filter((t) => t.id !== o.id);
    } else if (o.action === 'correct') {
      const t = policy.targets.find((x) => x.id === o.id)!;
      Object.assign(t, o.set, { overridden: true });
      if (o.set.year !== undefined) t.yearSource = 'override';
    } else {
      policy.targets.push({ ...o.target, id: o.id, policy: policy.policy.id, measure: measure!.id, yearSource: 'override', overridden: true, enStale: false, url: measure!.url });
    }
  }
  // A reviewed target is no longer a suspicious one.
  const reviewed = new Set(report.overriddenTargets.map((o) => o.id));
  for (const pr of report.policies) pr.suspiciousTargets = pr.suspiciousTargets.filter((s) => !reviewed.has(s.id));
}

