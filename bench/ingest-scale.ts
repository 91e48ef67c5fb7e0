/**
 * Ingest benchmark: synthetic corpora of N documents made from the real seeds
 * (each a copy of a seed with its own id and a distinguishing sentence), run in
 * a fresh child process per size so that peak memory (maxRSS) is per corpus.
 * Prints documents per second and peak memory; cost per document should stay flat.
 *
 *   npm run bench                 # 10, 100, 1000 documents
 *   npm run bench -- 10 100       # chosen sizes
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest, type IngestInput } from '../src/ingest/pipeline.ts';
import { renderFiles } from '../src/ingest/disk/write.ts';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');

/** Deterministic pseudo-random Han text (a preamble paragraph) of about `length` characters. */
function filler(seed: number, length: number): string {
  let x = seed * 2654435761 + 1;
  let out = '';
  for (let i = 0; i < length / 2; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += String.fromCharCode(0x4e00 + (x % 20000));
  }
  return out + '。';
}

/** A corpus of `size` documents cycling through the seeds. */
export function syntheticInput(size: number): IngestInput {
  const seedFiles = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
  const texts = seedFiles.map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
  const seeds = new Map<string, Uint8Array>();
  let manifest = 'sources:\n';
  for (let i = 0; i < size; i++) {
    const k = i % texts.length;
    const name = `doc-${String(i).padStart(5, '0')}.txt`;
    // A preamble of pseudo-random characters as long as the seed keeps copies from being variants of each
    // other; the Traditional copy is left as it is, so that it is recognised as a variant as in the real corpus.
    const hant = seedFiles[k]!.includes('hant');
    seeds.set(name, new TextEncoder().encode(hant ? texts[k]! : `${filler(i, texts[k]!.length)}\n\n${texts[k]}`));
    manifest += `  - {file: ${name}, id: doc-${i}, title: 合成文件${i}, issuer: null, docNumber: null, issued: null, period: null, script: ${hant ? 'zh-Hant' : 'zh-Hans'}, provenance: synthetic}\n`;
  }
  return {
    seeds,
    manifestText: manifest,
    unitsText: readFileSync(join(ROOT, 'content', 'units.yaml'), 'utf8'),
    targetOverridesText: null,
  };
}

function measure(size: number): void {
  const input = syntheticInput(size);
  const start = performance.now();
  const result = runIngest(input);
  const files = renderFiles(result);
  const seconds = (performance.now() - start) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ documents: size, policies: result.policies.length, files: files.size, seconds: +seconds.toFixed(2), docsPerSecond: +(size / seconds).toFixed(1), msPerDoc: +((seconds * 1000) / size).toFixed(1), peakMb: Math.round(peakMb) }));
}

const child = process.argv[2] === "--child";
const isMain = process.argv[1] === fileURLToPath(import.meta.url);
if (!isMain) {
  // imported (e.g. by a profiler): do nothing
} else if (child) measure(Number(process.argv[3]));
else {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log('documents | policies | seconds | docs/s | ms/doc | peak MB');
  for (const size of sizes.length ? sizes : [10, 100, 1000]) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', String(size)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(r.stderr);
    const x = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    console.log(`${x.documents} | ${x.policies} | ${x.seconds} | ${x.docsPerSecond} | ${x.msPerDoc} | ${x.peakMb}`);
  }
}
