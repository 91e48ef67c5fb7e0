/**
 * Full-build benchmark: the real corpus and synthetic corpora of 10× and 100× its
 * size (made from the seeds as in bench/ingest-scale.ts), each built in a scratch copy
 * of the repository. Ingest and Astro (whose build runs Pagefind, src/integrations/pagefind.ts)
 * are timed with their peak memory (GNU time's maximum resident set size); Pagefind's share
 * is the time its integration logs.
 *
 *   npx tsx bench/build-scale.ts            # 1, 10, 100
 *   npx tsx bench/build-scale.ts 1 10       # chosen multiples
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticInput } from './ingest-scale.ts';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const BIN = join(ROOT, 'node_modules', '.bin');

function timed(cwd: string, cmd: string, args: string[]): { seconds: number; peakMb: number; output: string } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', join(BIN, cmd), ...args], { cwd, encoding: 'utf8', env: { ...process.env, PATH: `${BIN}:${process.env.PATH}`, BUILD_DATE: '2026-11-21' }, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${cmd} failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  const [seconds, kb] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds: seconds!, peakMb: Math.round(kb! / 1024), output: r.stdout };
}

function countFiles(dir: string, ext: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(ext) && !String(f).startsWith('pagefind')).length;
}

function workspace(multiple: number): string {
  const dir = mkdtempSync(join(tmpdir(), `build-bench-${multiple}x-`));
  for (const f of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  rmSync(join(dir, 'content', 'generated'), { recursive: true, force: true });
  if (multiple === 1) cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  else {
    // Synthetic documents get new ids: their English is “translation pending” (the Chinese is shown).
    rmSync(join(dir, 'content', 'translations'), { recursive: true, force: true });
    rmSync(join(dir, 'content', 'briefs'), { recursive: true, force: true });
    rmSync(join(dir, 'content', 'overrides'), { recursive: true, force: true });
    const input = syntheticInput(5 * multiple);
    const seeds = join(dir, 'seeds');
    mkdirSync(seeds);
    for (const [name, bytes] of input.seeds) writeFileSync(join(seeds, name), bytes);
    writeFileSync(join(seeds, 'manifest.yaml'), input.manifestText!);
  }
  return dir;
}

const multiples = process.argv.slice(2).map(Number).filter((n) => n > 0);
console.log('corpus | documents | pages | ingest s (MB) | astro s (MB) | of which pagefind s | total s | ms/page');
for (const m of multiples.length ? multiples : [1, 10, 100]) {
  const dir = workspace(m);
  try {
    const ingest = timed(dir, 'tsx', ['src/ingest/cli.ts']);
    const astro = timed(dir, 'astro', ['build']);
    // the Astro and Vite caches belong to the scratch copy (astro.config.mjs), not to the linked node_modules
    for (const cache of ['.astro/cache', '.astro/vite']) if (!existsSync(join(dir, cache))) throw new Error(`astro build did not use ${cache} in the scratch copy`);
    const pagefind = Number(/indexed \d+ HTML files in ([\d.]+) s/.exec(astro.output)?.[1]);
    const pages = countFiles(join(dir, 'dist'), '.html');
    const docs = readdirSync(join(dir, 'seeds')).filter((f) => f.endsWith('.txt')).length;
    const total = ingest.seconds + astro.seconds;
    console.log(`${m}× | ${docs} | ${pages} | ${ingest.seconds} (${ingest.peakMb}) | ${astro.seconds} (${astro.peakMb}) | ${pagefind} | ${total.toFixed(1)} | ${((total * 1000) / pages).toFixed(1)}`);
  } finally {
    if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
  }
}
