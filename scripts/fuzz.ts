/**
 * `npm run fuzz [-- N] [--only seed|authored|KIND]`: the long fuzzing run of the ingest
 * (default 3,000 mutated inputs), taking turns between the seeds and each kind of
 * authored file (manifest, units, glossary, taxonomy, supersessions, target and tag overrides, a
 * translation, a brief). Prints the outcomes by file kind and exits 1 on any crash
 * (an error that is not a clear IngestError naming the file), printing the first few.
 */
import { parseArgs } from 'node:util';
import { AUTHORED_KINDS, AUTHORED_MUTATIONS, fuzzAuthoredOnce, fuzzOnce, MUTATIONS, type FuzzOutcome } from '../src/ingest/fuzz.ts';
import { readIngestInput } from '../src/ingest/inputs.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { only: { type: 'string' } } });
const n = Number(positionals[0] ?? 3000);
const allKinds = ['seed', ...AUTHORED_KINDS] as const;
type Kind = (typeof allKinds)[number];
const only = values.only;
const kinds: Kind[] = only === undefined ? [...allKinds] : only === 'authored' ? [...AUTHORED_KINDS] : allKinds.filter((k) => k === only);
if (!Number.isInteger(n) || n < 1 || !kinds.length) {
  console.error(`usage: npm run fuzz -- [N] [--only seed|authored|${AUTHORED_KINDS.join('|')}]`);
  process.exit(2);
}

const base = readIngestInput('seeds', 'content');
const files = [...base.seeds.keys()];
const seedMutations = Object.keys(MUTATIONS);
const authoredMutations = Object.keys(AUTHORED_MUTATIONS);
const rows = new Map(kinds.map((k) => [k, { inputs: 0, ok: 0, 'input-error': 0, crash: 0, ms: 0 }]));
const crashes: FuzzOutcome[] = [];
const start = performance.now();
for (let i = 0; i < n; i++) {
  const kind = kinds[i % kinds.length]!;
  const row = rows.get(kind)!;
  const j = row.inputs; // this kind's own counter: every file and mutation gets its turn
  const seed = 1_000_003 * (i + 1);
  const t = performance.now();
  const outcome =
    kind === 'seed'
      ? fuzzOnce(base, files[j % files.length]!, seedMutations[Math.floor(j / files.length) % seedMutations.length]!, seed)
      : fuzzAuthoredOnce(base, kind, authoredMutations[j % authoredMutations.length]!, seed);
  row.ms += performance.now() - t;
  row.inputs++;
  row[outcome.result]++;
  if (outcome.result === 'crash') crashes.push(outcome);
  if ((i + 1) % 500 === 0) console.error(`… ${i + 1}/${n} (${crashes.length} crashes)`);
}
const total = [...rows.values()].reduce((a, r) => ({ ok: a.ok + r.ok, err: a.err + r['input-error'], crash: a.crash + r.crash }), { ok: 0, err: 0, crash: 0 });
console.log(`fuzz: ${n} inputs in ${((performance.now() - start) / 1000).toFixed(1)} s: ${total.ok} ingested, ${total.err} clear input errors, ${total.crash} crashes`);
console.log('| file kind | inputs | ingested | clear input errors | crashes | seconds |\n|---|---|---|---|---|---|');
for (const [kind, r] of rows) console.log(`| ${kind} | ${r.inputs} | ${r.ok} | ${r['input-error']} | ${r.crash} | ${(r.ms / 1000).toFixed(0)} |`);
for (const c of crashes.slice(0, 5)) console.log(`crash: ${c.mutation} on ${c.file}\n${c.message}`);
process.exitCode = crashes.length ? 1 : 0;
