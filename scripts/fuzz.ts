/**
 * `npm run fuzz [-- N] [--only seed|authored|KIND]`: the long fuzzing run of the ingest
 * (default 3,000 mutated inputs), taking turns between the seeds and each kind of
 * authored file (manifest, units, glossary, taxonomy, supersessions, target and tag overrides, a
 * translation, a brief) and the references between files. Prints the outcomes by file kind and
 * exits 1 on any crash (an error that is not a clear IngestError naming the file) or missed
 * reference (a wrong reference the ingest accepted), printing the first few.
 * `--shard K/N` runs only inputs K, K+N, K+2N … of the same run (0 ≤ K < N): N shards in
 * parallel try exactly the inputs of one unsharded run; add their tables.
 */
import { parseArgs } from 'node:util';
import { AUTHORED_KINDS, AUTHORED_MUTATIONS, fuzzAuthoredOnce, fuzzOnce, fuzzReferenceOnce, knownIds, MUTATIONS, REFERENCE_MUTATIONS, type FuzzOutcome } from '../src/ingest/fuzz.ts';
import { readIngestInput } from '../src/ingest/disk/inputs.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { only: { type: 'string' }, shard: { type: 'string' } } });
const n = Number(positionals[0] ?? 3000);
const allKinds = ['seed', ...AUTHORED_KINDS, 'references'] as const;
type Kind = (typeof allKinds)[number];
const only = values.only;
const kinds: Kind[] = only === undefined ? [...allKinds] : only === 'authored' ? [...AUTHORED_KINDS] : allKinds.filter((k) => k === only);
const [shard, shards] = (values.shard ?? '0/1').split('/').map(Number) as [number, number];
if (!Number.isInteger(n) || n < 1 || !kinds.length || !(Number.isInteger(shard) && Number.isInteger(shards) && shard >= 0 && shard < shards)) {
  console.error(`usage: npm run fuzz -- [N] [--only seed|authored|${AUTHORED_KINDS.join('|')}|references] [--shard K/N]`);
  process.exit(2);
}

const base = readIngestInput('seeds', 'content');
const files = [...base.seeds.keys()];
const seedMutations = Object.keys(MUTATIONS);
const authoredMutations = Object.keys(AUTHORED_MUTATIONS);
const referenceMutations = Object.keys(REFERENCE_MUTATIONS);
const ids = kinds.includes('references') ? knownIds(base) : null;
const rows = new Map(kinds.map((k) => [k, { inputs: 0, ok: 0, 'input-error': 0, crash: 0, missed: 0, ms: 0 }]));
const crashes: FuzzOutcome[] = [];
const start = performance.now();
/** Prints the outcomes so far by file kind (also when the run is stopped early). */
function report(stopped: boolean): void {
  const total = [...rows.values()].reduce((a, r) => ({ ok: a.ok + r.ok, err: a.err + r['input-error'], crash: a.crash + r.crash, missed: a.missed + r.missed }), { ok: 0, err: 0, crash: 0, missed: 0 });
  const tried = [...rows.values()].reduce((a, r) => a + r.inputs, 0);
  console.log(`fuzz${shards > 1 ? ` (shard ${shard}/${shards})` : ''}${stopped ? ' (stopped early)' : ''}: ${tried} inputs in ${((performance.now() - start) / 1000).toFixed(1)} s: ${total.ok} ingested, ${total.err} clear input errors, ${total.crash} crashes, ${total.missed} missed references`);
  console.log('| file kind | inputs | ingested | clear input errors | crashes | missed references | seconds |\n|---|---|---|---|---|---|---|');
  for (const [kind, r] of rows) console.log(`| ${kind} | ${r.inputs} | ${r.ok} | ${r['input-error']} | ${r.crash} | ${r.missed} | ${(r.ms / 1000).toFixed(0)} |`);
  for (const c of crashes.slice(0, 5)) console.log(`${c.result}: ${c.mutation} on ${c.file}\n${c.message}`);
  process.exitCode = crashes.length ? 1 : 0;
}

// A run stopped with Ctrl-C or kill (SIGTERM) still prints the outcomes of what it tried.
let stopRequested = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (stopRequested = true));

for (let i = shard; i < n && !stopRequested; i += shards) {
  // yield, so that a pending signal is handled (each input is synchronous)
  await new Promise((r) => setImmediate(r));
  const kind = kinds[i % kinds.length]!;
  const row = rows.get(kind)!;
  const j = Math.floor(i / kinds.length); // this kind's own counter: every file and mutation gets its turn
  const seed = 1_000_003 * (i + 1);
  const t = performance.now();
  const outcome =
    kind === 'seed'
      ? fuzzOnce(base, files[j % files.length]!, seedMutations[Math.floor(j / files.length) % seedMutations.length]!, seed)
      : kind === 'references'
        ? fuzzReferenceOnce(base, ids!, referenceMutations[j % referenceMutations.length]!, seed)
        : fuzzAuthoredOnce(base, kind, authoredMutations[j % authoredMutations.length]!, seed);
  row.ms += performance.now() - t;
  row.inputs++;
  row[outcome.result]++;
  if (outcome.result === 'crash' || outcome.result === 'missed') crashes.push(outcome);
  const done = Math.floor(i / shards) + 1;
  if (done % 250 === 0) console.error(`… ${done} inputs of this shard (${crashes.length} crashes)`);
}
report(stopRequested);
