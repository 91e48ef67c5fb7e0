/**
 * Runs the ingest over a folder of NAME.txt (or a document as received: NAME.html, .htm, .docx, .pdf) + NAME.yaml + NAME.gold.json, each document alone with the
 * project's registries (units, taxonomy), and scores each against its gold (score.ts). Used by `npm run eval`.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { collectIngestInput } from '../ingest/disk/inputs.ts';
import { convertReceivedSeeds } from '../ingest/received/convert.ts';
import { failureLines, throwAll } from '../ingest/report/errors.ts';
import { runIngest, type IngestResult } from '../ingest/pipeline.ts';
import { loadUnitRegistry, type UnitRegistry } from '../ingest/recognisers/units.ts';
import { GoldDocument } from './gold.ts';
import { METADATA_FIELDS, NOTHING_FOUND, scoreDocument, type DocumentScore, type IngestedDocument, type MetadataField } from './score.ts';

export interface EvaluatedDocument {
  name: string;
  form: string;
  score: DocumentScore;
  /** The ingest's error lines when it refused the document (scored as finding nothing). */
  error: string | null;
  /** The metadata the ingest published, to compare with the gold in a --json report. */
  found: IngestedDocument['metadata'];
}

/** A manifest entry without its common indentation: written as it stands, or indented to append under `sources:`. */
export function dedent(yamlText: string): string {
  const lines = yamlText.replace(/\s+$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines
    .map((l) => l.slice(indent))
    .join('\n')
    .replace(/^\n+/, '');
}

/** Runs the ingest on one document alone (its manifest entry, the project's authored files). */
async function ingestOne(contentDir: string, txt: string, manifestItem: string): Promise<IngestResult> {
  const dir = mkdtempSync(join(tmpdir(), 'eval-'));
  try {
    const seeds = join(dir, 'seeds');
    mkdirSync(seeds);
    const entry = parse(manifestItem) as { file: string }[];
    copyFileSync(txt, join(seeds, entry[0]!.file));
    writeFileSync(join(seeds, 'manifest.yaml'), `sources:\n${manifestItem.replace(/^/gm, '  ')}\n`);
    // Only the registries: the glossary, overrides, briefs and translations name the project's own seeds.
    const content = join(dir, 'content');
    mkdirSync(content);
    for (const f of ['units.yaml', 'taxonomy.yaml']) if (existsSync(join(contentDir, f))) copyFileSync(join(contentDir, f), join(content, f));
    // web pages, Word files and PDFs are converted first, as `npm run ingest` does
    const { input, problems } = await convertReceivedSeeds(collectIngestInput(seeds, content));
    throwAll(problems);
    return runIngest(input);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The extensions a document of the folder may have, the text first. */
const RECEIVED_EXTENSIONS = ['.txt', '.html', '.htm', '.docx', '.pdf'];

/** Words by which a review diagnostic names a metadata field. */
const FIELD_WORDS: Record<MetadataField, RegExp> = {
  title: /^title|\btitle\b/,
  docNumber: /docNumber|doc-number|文号/,
  issuer: /issuer|署名/,
  issued: /issued|date|成文日期/,
};

/** What gold can check of one ingest result. */
function ingested(result: IngestResult, file: string, registry: UnitRegistry): IngestedDocument {
  const out = result.policies[0]!;
  const { policy: p, measures, targets } = out;
  const namesOf = (id: string) => {
    const e = registry.entries.find((x) => x.id === id);
    return e ? [e.name.zh, ...(e.fullName ? [e.fullName.zh] : []), ...e.aliases] : [id];
  };
  const flagged = new Set<MetadataField>();
  // The project's own overrides and briefs name the seeds, not this document: their warnings are not about it.
  for (const d of result.report.diagnostics) {
    if (d.severity === 'info' || !d.file.endsWith(`/${file}`)) continue;
    for (const f of METADATA_FIELDS) if (FIELD_WORDS[f].test(`${d.rule} ${d.message}`)) flagged.add(f);
  }
  const benefits = ((out as { benefits?: { value: number; unit: { zh: string }; comparator?: string }[] }).benefits ?? []).map((b) => ({
    value: b.value,
    unit: b.unit.zh,
    comparator: b.comparator,
  }));
  return {
    // the id stands in for a title no line gives (rule title-derived): the ingest found none
    metadata: { title: p.title.zh === p.id ? null : p.title.zh, docNumber: p.docNumber, issuer: p.issuer?.zh ?? null, issued: p.issued },
    flagged,
    paths: measures.map((m) => (m.number ? [...m.path, m.number] : m.path)),
    targets: targets.map((t) => ({ value: t.value, valueMax: t.valueMax, unit: t.unit.zh, comparator: t.comparator, year: t.year })),
    benefits,
    measures: measures.map((m) => ({
      // the headings of the parts above it too: a part's heading may assign its measures (assignment/heading)
      text: [...m.ancestors.map((a) => `${a.number ?? ''}${a.title?.zh ?? ''}`), m.title?.zh ?? '', m.text.zh].join('\n'),
      lead: [...m.lead.flatMap(namesOf), ...((m as { leadAsPrinted?: string[] }).leadAsPrinted ?? [])],
    })),
    tasks: ((out as { tasks?: { text: { zh: string }; lead: string[]; leadAsPrinted?: string[] }[] }).tasks ?? []).map((t) => ({
      text: t.text.zh,
      lead: [...t.lead.flatMap(namesOf), ...(t.leadAsPrinted ?? [])],
    })),
    published: out.mdx,
  };
}

/** Scores every document of a folder that has a gold file, in name order. */
export async function evaluateFolder(folder: string, contentDir: string): Promise<EvaluatedDocument[]> {
  const registry = loadUnitRegistry(join(contentDir, 'units.yaml'), readFileSync(join(contentDir, 'units.yaml'), 'utf8'));
  const rows: EvaluatedDocument[] = [];
  for (const f of readdirSync(folder).filter((x) => x.endsWith('.gold.json')).sort()) {
    const name = basename(f, '.gold.json');
    const parsed = GoldDocument.safeParse(JSON.parse(readFileSync(join(folder, f), 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${join(folder, f)}: ${issue.path.join('.')}: ${issue.message}`);
    }
    const gold = parsed.data;
    let doc = NOTHING_FOUND;
    let error: string | null = null;
    try {
      const item = dedent(readFileSync(join(folder, `${name}.yaml`), 'utf8'));
      const file = (parse(item) as { file: string }[])[0]!.file;
      const source = RECEIVED_EXTENSIONS.map((ext) => join(folder, `${name}${ext}`)).find((p) => existsSync(p)) ?? join(folder, `${name}.txt`);
      doc = ingested(await ingestOne(contentDir, source, item), file, registry);
    } catch (e) {
      error = failureLines(e, contentDir)?.join('; ') ?? String(e);
    }
    rows.push({ name, form: gold.form, score: scoreDocument(gold, doc), error, found: doc.metadata });
  }
  return rows;
}
