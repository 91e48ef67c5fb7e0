/**
 * `npm run eval -- FOLDER [--min NAME=VALUE …] [--max chrome=N] [--json FILE]`: runs the ingest
 * over every NAME.txt + NAME.yaml of FOLDER that has a NAME.gold.json and scores it against the
 * gold (src/eval/score.ts; format in docs/evaluation.md). Prints figures per document, per form
 * and in all; exits 1 when a headline figure is below its --min (or chrome above --max).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluateFolder } from '../src/eval/run.ts';
import { headline, METADATA_FIELDS, ratio, totals, type DocumentScore } from '../src/eval/score.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    min: { type: 'string', multiple: true, default: [] },
    max: { type: 'string', multiple: true, default: [] },
    json: { type: 'string' },
    content: { type: 'string', default: 'content' },
    quiet: { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1) {
  console.error('usage: npm run eval -- FOLDER [--min metadata=0.9] [--min targets.recall=0.9] [--max chrome=0] [--json FILE]');
  process.exit(2);
}
const folder = positionals[0]!;
const contentDir = values.content!;
let rows: Awaited<ReturnType<typeof evaluateFolder>>;
try {
  rows = await evaluateFolder(folder, contentDir);
} catch (e) {
  // a gold file that does not parse: name it, no stack trace
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
}

const pct = (n: number, d: number) => (d === 0 ? '  –  ' : `${((100 * n) / d).toFixed(0).padStart(3)}%`);
const mark = { right: '✓', flagged: '?', wrong: '✗' } as const;

if (!values.quiet) {
  console.log('document                                  meta   struct  targets(m/g/f)  benefits(m/g/f)  lead  chrome');
  for (const r of rows) {
    const s = r.score;
    const meta = METADATA_FIELDS.map((f) => mark[s.metadata[f]]).join('');
    const st = s.structureRight === null ? '  –  ' : s.structureRight ? '  ✓  ' : '  ✗  ';
    console.log(
      `${r.name.padEnd(40).slice(0, 40)}  ${meta}  ${st}  ${`${s.targets.matched}/${s.targets.gold}/${s.targets.found}`.padEnd(14)}  ${`${s.benefits.matched}/${s.benefits.gold}/${s.benefits.found}`.padEnd(15)}  ${`${s.assignments.right}/${s.assignments.gold}`.padEnd(4)}  ${s.chromePublished.length}`,
    );
    if (r.error) console.log(`    ingest failed: ${r.error}`);
    for (const f of METADATA_FIELDS) if (s.metadata[f] !== 'right') console.log(`    ${f}: ${s.metadata[f]}`);
    if (s.structureRight === false) console.log(`    structure: gold ${JSON.stringify(s.structure.gold)}, found ${JSON.stringify(s.structure.found)}`);
    if (s.targets.missed.length) console.log(`    targets missed: ${s.targets.missed.join(', ')}`);
    if (s.targets.extra.length) console.log(`    targets not in gold: ${s.targets.extra.join(', ')}`);
    if (s.benefits.missed.length) console.log(`    benefits missed: ${s.benefits.missed.join(', ')}`);
    if (s.chromePublished.length) console.log(`    chrome published: ${s.chromePublished.map((l) => JSON.stringify(l)).join(', ')}`);
  }
}

function printTotals(label: string, scores: DocumentScore[]) {
  const t = totals(scores);
  console.log(
    `${label.padEnd(26)} docs ${String(t.documents).padStart(3)}  metadata right ${pct(t.metadata.right, t.metadata.fields)} (+flagged ${pct(t.metadata.right + t.metadata.flagged, t.metadata.fields)})  structure ${pct(t.structure.right, t.structure.documents)}  targets P ${pct(t.targets.matched, t.targets.found)} R ${pct(t.targets.matched, t.targets.gold)}  benefits P ${pct(t.benefits.matched, t.benefits.found)} R ${pct(t.benefits.matched, t.benefits.gold)}  lead ${pct(t.assignments.right, t.assignments.gold)}  chrome ${t.chromeLines}`,
  );
}
console.log('');
for (const form of [...new Set(rows.map((r) => r.form))].sort()) printTotals(form, rows.filter((r) => r.form === form).map((r) => r.score));
printTotals('ALL', rows.map((r) => r.score));

const figures = headline(totals(rows.map((r) => r.score)));
if (values.json) writeFileSync(values.json, `${JSON.stringify({ figures, documents: rows }, null, 2)}\n`);
let failed = false;
const check = (spec: string, below: boolean) => {
  const [name, raw] = spec.split('=');
  const limit = Number(raw);
  if (!name || !(name in figures) || !Number.isFinite(limit)) {
    console.error(`error: --${below ? 'min' : 'max'} ${spec}: expected NAME=NUMBER with NAME one of ${Object.keys(figures).join(', ')}`);
    process.exit(2);
  }
  const v = figures[name]!;
  if (below ? v < limit : v > limit) {
    console.error(`below threshold: ${name} = ${v.toFixed(3)} (${below ? 'min' : 'max'} ${limit})`);
    failed = true;
  }
};
for (const s of values.min!) check(s, true);
for (const s of values.max!) check(s, false);
console.log(`\nfigures: ${Object.entries(figures).map(([k, v]) => `${k} ${k === 'chrome' ? v : ratio(v, 1).toFixed(3)}`).join(', ')}`);
process.exitCode = failed ? 1 : 0;
