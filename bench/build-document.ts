/**
 * Full-build benchmark for one large document: a scratch copy of the repository whose only
 * seed is the synthetic plan of bench/ingest-provisions.ts at N provisions, built as
 * `npm run build` builds (ingest, astro build, Pagefind), each step timed with its peak memory.
 * A step that runs longer than the time limit (default 600 s, `--limit SECONDS`) is killed and
 * reported as stopped. Each scratch copy has its own Astro and Vite caches (astro.config.mjs).
 *
 *   npx tsx bench/build-document.ts                 # 2000, 10000 provisions
 *   npx tsx bench/build-document.ts 20000 --limit 900
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticPlan } from './ingest-provisions.ts';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const BIN = join(ROOT, 'node_modules', '.bin');

interface Timing {
  seconds: number;
  /** user + system CPU seconds: steadier than wall time on a shared machine */
  cpuSeconds: number | null;
  peakMb: number | null;
  stopped: boolean;
}

function timed(cwd: string, cmd: string, args: string[], limitSeconds: number): Timing {
  const start = performance.now();
  // timeout(1) runs the step in its own process group and kills all of it (Astro's workers too)
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', 'timeout', '-s', 'KILL', String(limitSeconds), join(BIN, cmd), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${BIN}:${process.env.PATH}`, BUILD_DATE: '2026-11-25' },
    maxBuffer: 1 << 28,
  });
  if (r.status === 137) return { seconds: (performance.now() - start) / 1000, cpuSeconds: null, peakMb: null, stopped: true };
  if (r.status !== 0) throw new Error(`${cmd} failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  const [seconds, kb, user, system] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds: seconds!, cpuSeconds: +(user! + system!).toFixed(1), peakMb: Math.round(kb! / 1024), stopped: false };
}

/** A scratch copy with one seed: the synthetic plan (no translations, briefs or overrides: they name the real seeds). */
function workspace(provisions: number): { dir: string; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), `build-document-${provisions}-`));
  for (const f of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  for (const d of ['generated', 'translations', 'briefs', 'overrides']) rmSync(join(dir, 'content', d), { recursive: true, force: true });
  const seeds = join(dir, 'seeds');
  mkdirSync(seeds);
  const text = syntheticPlan(provisions).text;
  writeFileSync(join(seeds, 'plan.txt'), text);
  writeFileSync(
    join(seeds, 'manifest.yaml'),
    'sources:\n  - {file: plan.txt, id: synthetic-plan, title: 合成测试行动计划, issuer: null, docNumber: null, issued: null, period: null, script: zh-Hans, provenance: synthetic}\n',
  );
  return { dir, bytes: Buffer.byteLength(text) };
}

const show = (t: Timing | null) => (t === null ? '—' : t.stopped ? `stopped after ${t.seconds.toFixed(0)}` : `${t.seconds} / ${t.cpuSeconds} (${t.peakMb})`);

const { values, positionals } = parseArgs({ allowPositionals: true, options: { limit: { type: 'string' } } });
const limit = Number(values.limit ?? 600);
console.log('provisions | MB | pages | ingest wall / CPU s (MB) | astro wall / CPU s (MB) | pagefind wall / CPU s (MB) | largest page KB');
for (const n of positionals.length ? positionals.map(Number) : [2000, 10000]) {
  const { dir, bytes } = workspace(n);
  try {
    const ingest = timed(dir, 'tsx', ['src/ingest/cli.ts'], limit);
    const astro = ingest.stopped ? null : timed(dir, 'astro', ['build'], limit);
    if (astro && !astro.stopped) for (const cache of ['.astro/cache', '.astro/vite']) if (!existsSync(join(dir, cache))) throw new Error(`astro build did not use ${cache} in the scratch copy`);
    const pagefind = astro && !astro.stopped ? timed(dir, 'pagefind', ['--site', 'dist'], limit) : null;
    const html = existsSync(join(dir, 'dist')) ? readdirSync(join(dir, 'dist'), { recursive: true }).map(String).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')) : [];
    const largest = Math.max(0, ...html.map((f) => statSync(join(dir, 'dist', f)).size));
    console.log(`${n} | ${(bytes / 1e6).toFixed(2)} | ${html.length} | ${show(ingest)} | ${show(astro)} | ${show(pagefind)} | ${Math.round(largest / 1024)}`);
  } finally {
    if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
  }
}
