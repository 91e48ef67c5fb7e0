/**
 * `npm run translations` — the translators' command (docs/translators.md):
 *
 *   npm run translations                      update content/translations/en/<policy>.yaml: every current
 *                                             segment in document order, existing English kept, new segments
 *                                             added with en: null, or with the translation memory's English
 *                                             (identical Chinese: reused; near match: proposed, needs-review)
 *   npm run translations -- export [--format xliff|po] [--open] [--policy ID]... [--out FILE]
 *                                             XLIFF 2.0 (default) or PO of the policies named (default: all),
 *                                             only pending/needs-review/stale segments with --open
 *   npm run translations -- import FILE...    read XLIFF or PO back into the translation files; every refused
 *                                             segment is listed as error: FILE:LINE: …, the others are stored
 *   npm run translations -- measure           the near-match measurement of docs/translators.md
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGlossary } from '../src/ingest/authored/check.ts';
import { ingestErrorsOf } from '../src/ingest/report/errors.ts';
import { readIngestInput } from '../src/ingest/disk/inputs.ts';
import { runIngest, type IngestResult } from '../src/ingest/pipeline.ts';
import { hashOf, parseTranslationFile, updatedTranslationFile, type TranslationEntry, type TranslationFile } from '../src/ingest/authored/translations.ts';
import { loadUnitRegistry } from '../src/ingest/recognisers/units.ts';
import { applyUpdates, checkImport, exchangeUnits, type ImportedUnit, type ImportProblem } from '../src/translation/exchange.ts';
import { similarity, markDifferences, TranslationMemory, NEAR_MATCH_THRESHOLD } from '../src/translation/memory.ts';
import { parsePo, toPo } from '../src/translation/po.ts';
import { checkTranslation, qaContext } from '../src/translation/qa.ts';
import { parseXliff, toXliff } from '../src/translation/xliff.ts';

const seedsDir = 'seeds';
const contentDir = 'content';
const dir = join(contentDir, 'translations', 'en');
const fileOf = (id: string) => join(dir, `${id}.yaml`);

function load() {
  const input = readIngestInput(seedsDir, contentDir);
  const texts = input.translations ?? new Map<string, string>();
  const files = new Map<string, TranslationFile>([...texts].map(([id, text]) => [id, parseTranslationFile(fileOf(id), text)]));
  const result = runIngest(input);
  const qa = qaContext(parseGlossary(input.glossaryText ?? null), input.unitsText ? loadUnitRegistry('content/units.yaml', input.unitsText).entries : []);
  return { texts, files, result, qa, memory: new TranslationMemory(files) };
}

/** The proposals the memory makes for a policy's segments without English: identical Chinese reused, near matches needs-review. */
function proposals(result: IngestResult, policy: string, existing: TranslationFile, memory: TranslationMemory): TranslationFile {
  const out: TranslationFile = new Map();
  const p = result.policies.find((x) => x.policy.id === policy)!;
  const reused = result.report.policies.find((x) => x.id === policy)?.translation.reused ?? {};
  for (const s of p.segments) {
    if (existing.get(s.id)?.en) continue;
    const from = reused[s.id];
    if (from && s.en) {
      out.set(s.id, { hash: hashOf(s.zh), zh: s.zh, en: s.en, match: { from, similarity: 1, diff: s.zh } });
      continue;
    }
    const near = memory.near(s.zh);
    if (near) out.set(s.id, { hash: hashOf(s.zh), zh: s.zh, en: near.entry.en, state: 'needs-review', match: { from: `${near.entry.policy}/${near.entry.id}`, similarity: near.similarity, diff: near.diff } } satisfies TranslationEntry);
  }
  return out;
}

function update() {
  const { texts, files, result, memory } = load();
  mkdirSync(dir, { recursive: true });
  for (const p of result.policies) {
    const file = fileOf(p.policy.id);
    const existing = files.get(p.policy.id) ?? new Map();
    const ids = new Set(p.segments.map((s) => s.id));
    const dropped = [...existing.keys()].filter((k) => !ids.has(k));
    const proposed = proposals(result, p.policy.id, existing, memory);
    const updated = updatedTranslationFile(p.policy.title.zh, existing, p.segments, proposed);
    // Leave a file that is already complete and current as it is (no reformatting churn).
    const unchanged = texts.has(p.policy.id) && JSON.stringify([...parseTranslationFile(file, updated)]) === JSON.stringify([...existing]);
    if (!unchanged) writeFileSync(file, updated);
    const missing = p.segments.filter((s) => !s.en).length;
    const review = [...proposed.values()].filter((e) => e.state === 'needs-review').length;
    console.log(`${file}: ${p.segments.length} segments, ${missing} without English` + (proposed.size ? `; memory: ${proposed.size - review} reused, ${review} proposed (needs-review)` : '') + (dropped.length ? `; dropped ${dropped.join(', ')}` : ''));
  }
}

function option(args: string[], name: string): string[] {
  const out: string[] = [];
  args.forEach((a, i) => {
    if (a === name && args[i + 1]) out.push(args[i + 1]!);
  });
  return out;
}

function exportFile(args: string[]) {
  const format = option(args, '--format')[0] ?? 'xliff';
  if (format !== 'xliff' && format !== 'po') throw new Error(`--format ${format}: use xliff or po`);
  const { files, result, qa, memory } = load();
  const policies = option(args, '--policy');
  const known = new Set(result.policies.map((p) => p.policy.id));
  const unknown = policies.filter((p) => !known.has(p));
  if (unknown.length) throw new Error(`unknown policy ${unknown.join(', ')}`);
  const units = exchangeUnits(
    result.policies.map((p) => ({ id: p.policy.id, title: p.policy.title.zh, segments: p.segments })),
    files,
    { policies, open: args.includes('--open') },
    { qa, memory },
  );
  const text = format === 'po' ? toPo(units) : toXliff(units);
  const out = option(args, '--out')[0];
  if (out) {
    writeFileSync(out, text);
    console.log(`${out}: ${units.length} segments (${format === 'po' ? 'PO' : 'XLIFF 2.0'})`);
  } else process.stdout.write(text);
}

function importFiles(paths: string[]) {
  if (!paths.length) throw new Error('name the XLIFF or PO files to import');
  const { texts, result, qa } = load();
  const current = new Map(result.policies.map((p) => [p.policy.id, new Map(p.segments.map((s) => [s.id, s.zh]))]));
  const errors: string[] = [];
  const all: { path: string; units: ImportedUnit[] }[] = [];
  for (const path of paths) {
    if (!existsSync(path)) {
      errors.push(`error: ${path}: no such file`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const xliff = /\.(xlf|xliff)$/i.test(path) || (!/\.po$/i.test(path) && /^\s*(<\?xml|<xliff)/.test(text));
    const parsed: { units: ImportedUnit[]; problems: ImportProblem[] } = xliff ? parseXliff(text) : parsePo(text);
    errors.push(...parsed.problems.map((p) => `error: ${path}:${p.line ?? 1}: ${p.message}`));
    all.push({ path, units: parsed.units });
  }
  const changes = new Map<string, string>();
  for (const { path, units } of all) {
    const { updates, problems } = checkImport(units, current);
    errors.push(...problems.map((p) => `error: ${path}:${p.line ?? 1}: ${p.message}`));
    // The checks the ingest will run, shown now at the line of the imported segment (stored all the same)
    for (const u of units) {
      const stored = updates.get(u.policy)?.get(u.id);
      if (!stored) continue;
      for (const f of checkTranslation(stored.zh, stored.en, qa, /\/t\d+\//.test(u.id) ? 'label' : 'text')) console.warn(`warning: ${path}:${u.line ?? 1}: ${u.policy}/${u.id}: ${f.rule}: ${f.message}`);
    }
    for (const [policy, byId] of updates) {
      const before = changes.get(policy) ?? texts.get(policy) ?? '';
      const { text, changed } = applyUpdates(before, byId);
      changes.set(policy, text);
      console.log(`${path}: ${policy}: ${changed.length} of ${byId.size} segments changed${changed.length ? ` (${changed.join(', ')})` : ''}`);
    }
  }
  // Every accepted segment is stored; refused ones are listed (the files keep their earlier English).
  for (const [policy, text] of changes) if (text !== texts.get(policy)) writeFileSync(fileOf(policy), text);
  for (const e of errors) console.error(e);
  if (errors.length) process.exitCode = 1;
}

/** Best cross-policy match of every segment of 8+ characters: the histogram and the pairs above 0.6, for choosing NEAR_MATCH_THRESHOLD. */
function measure() {
  const { result } = load();
  const segs = result.policies.flatMap((p) => p.segments.filter((s) => [...s.zh].length >= 8).map((s) => ({ policy: p.policy.id, ...s })));
  const rows: { s: number; a: string; b: string; diff: string }[] = [];
  for (const a of segs) {
    let best: { s: number; b: (typeof segs)[number] } | null = null;
    for (const b of segs) if (b.policy !== a.policy) {
      const s = similarity(a.zh, b.zh);
      if (!best || s > best.s) best = { s, b };
    }
    if (best) rows.push({ s: best.s, a: `${a.policy}/${a.id}`, b: `${best.b.policy}/${best.b.id}`, diff: markDifferences(best.b.zh, a.zh) });
  }
  rows.sort((x, y) => y.s - x.s);
  console.log(`segments compared: ${segs.length}; threshold in use: ${NEAR_MATCH_THRESHOLD}`);
  for (let lo = 0.95; lo >= 0; lo -= 0.05) console.log(`  ${lo.toFixed(2)}–${(lo + 0.05).toFixed(2)}: ${rows.filter((r) => r.s >= lo - 1e-9 && r.s < lo + 0.05 - 1e-9 || (lo >= 0.95 && r.s === 1)).length}`);
  for (const r of rows.filter((x) => x.s >= 0.6)) console.log(`${r.s.toFixed(3)}  ${r.a} ← ${r.b}  ${r.diff.slice(0, 120)}`);
  // Amendments as a new edition makes them, applied to every paragraph of 30+ characters: the similarity
  // an amended sentence keeps with its earlier wording (what the threshold must let through).
  const amendments: [string, (zh: string) => string][] = [
    ['a figure or year changed', (zh) => zh.replace(/\d+/, (d) => String(Number(d) + 5))],
    ['a clause of 8 characters added', (zh) => zh.slice(0, zh.length >> 1) + '并加强监督检查，' + zh.slice(zh.length >> 1)],
    ['the last clause dropped', (zh) => zh.replace(/[，；][^，；]*。?$/, '。')],
    ['a word replaced (加快 → 大力)', (zh) => zh.replace(/[\p{Script=Han}]{2}/u, '大力')],
  ];
  const long = segs.filter((s) => [...s.zh].length >= 30);
  for (const [what, edit] of amendments) {
    const values = long.map((s) => ({ zh: s.zh, edited: edit(s.zh) })).filter((x) => x.edited !== x.zh).map((x) => similarity(x.zh, x.edited)).sort((a, b) => a - b);
    const below = values.filter((v) => v < NEAR_MATCH_THRESHOLD).length;
    console.log(`${what}: ${values.length} paragraphs, similarity min ${values[0]?.toFixed(3)}, median ${values[values.length >> 1]?.toFixed(3)}; below the threshold: ${below}`);
  }
}

try {
  const [command, ...args] = process.argv.slice(2);
  if (!command || command === 'update') update();
  else if (command === 'export') exportFile(args);
  else if (command === 'import') importFiles(args.filter((a) => !a.startsWith('--')));
  else if (command === 'measure') measure();
  else throw new Error(`unknown command ${command}: use update, export, import or measure`);
} catch (e) {
  const errors = ingestErrorsOf(e);
  if (errors) for (const error of errors) console.error(`error: ${error.message}`);
  else if (e instanceof Error && !e.stack?.includes('node_modules')) console.error(`error: ${e.message}`);
  else throw e;
  process.exitCode = 1;
}
