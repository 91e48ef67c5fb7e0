/**
 * `npm run fuzz [-- N]`: the long fuzzing run of the ingest (default 3,000 mutated
 * inputs across all seeds and mutations). Exits 1 on any crash (an error that is
 * not a clear IngestError naming the file), printing the first few.
 */
import { readIngestInput } from '../src/ingest/inputs.ts';
import { fuzzOnce, MUTATIONS, type FuzzOutcome } from '../src/ingest/fuzz.ts';

const n = Number(process.argv[2] ?? 3000);
const base = readIngestInput('seeds', 'content');
const seeds = base.seeds;
const files = [...seeds.keys()];
const mutations = Object.keys(MUTATIONS);
const counts: Record<string, number> = { ok: 0, 'input-error': 0, crash: 0 };
const crashes: FuzzOutcome[] = [];
const start = performance.now();
for (let i = 0; i < n; i++) {
  const outcome = fuzzOnce(base, files[i % files.length]!, mutations[Math.floor(i / files.length) % mutations.length]!, 1_000_003 * (i + 1));
  counts[outcome.result]!++;
  if (outcome.result === 'crash') crashes.push(outcome);
}
console.log(`fuzz: ${n} inputs in ${((performance.now() - start) / 1000).toFixed(1)} s: ${counts.ok} ingested, ${counts['input-error']} clear input errors, ${counts.crash} crashes`);
for (const c of crashes.slice(0, 5)) console.log(`crash: ${c.mutation} on ${c.file}\n${c.message}`);
process.exitCode = crashes.length ? 1 : 0;
