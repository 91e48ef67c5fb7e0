/**
 * Ingest benchmark for one large document: a synthetic plan of N provisions (chapters 一、,
 * sections （一）, items 1. … N numbered across the whole document, named lead-ins, inline
 * units, targets and a task table), ingested whole (read → … → MDX and data files, in memory)
 * in a fresh process per size. Prints ms per provision (wall and CPU time) and its ratio to the
 * smallest size: it should stay flat as N grows.
 *
 *   npx tsx bench/ingest-provisions.ts            # 1000, 4000, 10000 provisions (10,000: the limit per document)
 *   npx tsx bench/ingest-provisions.ts 2000 8000  # chosen sizes
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest, type IngestInput } from '../src/ingest/pipeline.ts';
import { renderFiles } from '../src/ingest/disk/write.ts';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');

/** Next value of a deterministic pseudo-random sequence in [0, 1). */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/**
 * A vocabulary of two-character pseudo-words drawn with a Zipf-like frequency (log-uniform rank),
 * so that, as in real text, a few words are everywhere and most are rare: bigram statistics (which
 * task linking and variant detection use) then resemble a real document's, however long it is.
 */
const VOCABULARY_SIZE = 6000;
const vocabulary = (() => {
  const next = lcg(7);
  return Array.from({ length: VOCABULARY_SIZE }, () => String.fromCharCode(0x4e00 + Math.floor(next() * 8000), 0x4e00 + Math.floor(next() * 8000)));
})();

const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const cn = (n: number) => (n < 10 ? CN_DIGITS[n]! : `${n >= 20 ? CN_DIGITS[Math.floor(n / 10)] : ''}十${CN_DIGITS[n % 10]}`);

function randomWords(): (count: number) => string {
  const next = lcg(12345);
  return (count) => {
    let out = '';
    for (let i = 0; i < count; i++) out += vocabulary[Math.floor(Math.exp(next() * Math.log(VOCABULARY_SIZE))) - 1];
    return out;
  };
}

const CHAPTERS = 4;
const SECTIONS_PER_CHAPTER = 4;
/** One item in LEAD_IN_EVERY carries a named lead-in (a child provision). */
const LEAD_IN_EVERY = 8;
/** One item in TASK_EVERY has a row in the task table. */
const TASK_EVERY = 10;

/** A synthetic plan with exactly `provisions` provisions (every numbered part and lead-in counts). */
export function syntheticPlan(provisions: number): { text: string; items: number; tasks: number } {
  const words = randomWords();
  let budget = provisions - CHAPTERS - CHAPTERS * SECTIONS_PER_CHAPTER;
  const items: { title: string; text: string; leadIn: string | null }[] = [];
  while (budget > 0) {
    const n = items.length + 1;
    const leadIn = n % LEAD_IN_EVERY === 0 && budget >= 2;
    const units = n % 5 === 0 ? '（牵头单位：市科技局；责任单位：市教委、市财政局）' : '';
    items.push({
      title: `${words(3)}`,
      text: `${words(12)}，到${2024 + (n % 4)}年，${words(3)}达到${(n % 90) + 10}家以上，${words(2)}突破${(n % 9) + 1}亿元。${words(8)}。${units}`,
      leadIn: leadIn ? `${words(4)}：${words(10)}。` : null,
    });
    budget -= leadIn ? 2 : 1;
  }
  const lines = ['合成测试行动计划', '', `为${words(10)}，制定本行动计划。`, ''];
  const sections = CHAPTERS * SECTIONS_PER_CHAPTER;
  let next = 0;
  for (let c = 1; c <= CHAPTERS; c++) {
    lines.push(`${cn(c)}、${words(4)}`, '');
    for (let s = 1; s <= SECTIONS_PER_CHAPTER; s++) {
      lines.push(`（${cn(s)}）${words(5)}。`, '');
      const end = Math.round((items.length * ((c - 1) * SECTIONS_PER_CHAPTER + s)) / sections);
      for (; next < end; next++) {
        const item = items[next]!;
        lines.push(`${next + 1}.${item.title}。${item.text}`, '');
        if (item.leadIn) lines.push(item.leadIn, '');
      }
    }
  }
  lines.push('重庆市合成测试办公室', '2024年1月1日', '', '附件', '', '合成测试任务分工表', '', '序号 重点任务 完成时限 牵头单位 配合单位', '');
  let seq = 0;
  for (let i = TASK_EVERY - 1; i < items.length; i += TASK_EVERY) {
    // a task restates a measure (a leaf: not an item with a lead-in under it)
    const item = items[i]!.leadIn ? items[i - 1]! : items[i]!;
    seq++;
    lines.push(String(seq), `${item.title}，${item.text.slice(0, 20)}。`, '2025年年', '底前', '市科技局', '市教委', '');
  }
  return { text: lines.join('\n') + '\n', items: items.length, tasks: seq };
}

function input(text: string): IngestInput {
  const manifest =
    'sources:\n  - {file: plan.txt, id: synthetic-plan, title: 合成测试行动计划, issuer: null, docNumber: null, issued: null, period: null, script: zh-Hans, provenance: synthetic}\n';
  return {
    seeds: new Map([['plan.txt', new TextEncoder().encode(text)]]),
    manifestText: manifest,
    unitsText: readFileSync(join(ROOT, 'content', 'units.yaml'), 'utf8'),
    targetOverridesText: null,
    // the real glossary (its terms are marked in every provision), its sources pointed at the synthetic plan:
    // they name the seeds' policy ids, which this run does not have
    glossaryText: readFileSync(join(ROOT, 'content', 'glossary.yaml'), 'utf8').replace(/^(\s*source: ).*$/gm, '$1synthetic-plan'),
    taxonomyText: readFileSync(join(ROOT, 'content', 'taxonomy.yaml'), 'utf8'),
  };
}

function measure(provisions: number): void {
  const plan = syntheticPlan(provisions);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = runIngest(input(plan.text));
  renderFiles(result);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  // CPU time (all threads, GC included) is steadier than wall time on a shared machine
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const p = result.policies[0]!;
  // Each item with a lead-in is a parent, not a measure: the measures are the leaves.
  const leadIns = Math.floor(plan.items / LEAD_IN_EVERY);
  if (p.measures.length !== plan.items) throw new Error(`expected ${plan.items} measures, got ${p.measures.length}`);
  if (p.tasks.length !== plan.tasks) throw new Error(`expected ${plan.tasks} tasks, got ${p.tasks.length}`);
  const unlinked = p.tasks.filter((t) => t.measure === null).length;
  if (unlinked) throw new Error(`${unlinked} tasks not linked to their measure`);
  console.log(
    JSON.stringify({
      provisions,
      measures: p.measures.length,
      leadIns,
      tasks: p.tasks.length,
      targets: p.targets.length,
      megabytes: +(new TextEncoder().encode(plan.text).length / 1e6).toFixed(2),
      seconds: +(ms / 1000).toFixed(2),
      cpuSeconds: +(cpuMs / 1000).toFixed(2),
      msPerProvision: +(ms / provisions).toFixed(3),
      cpuMsPerProvision: +(cpuMs / provisions).toFixed(3),
      peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
if (!isMain) {
  // imported (e.g. by a profiler): do nothing
} else if (process.argv[2] === '--child') measure(Number(process.argv[3]));
else {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log('provisions | measures | tasks | targets | MB | seconds | CPU seconds | ms/provision | CPU ms/provision | CPU ratio to smallest | peak MB');
  let base: number | null = null;
  for (const size of sizes.length ? sizes : [1000, 4000, 10000]) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', String(size)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(r.stderr);
    const x = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    base ??= x.cpuMsPerProvision;
    console.log(
      `${x.provisions} | ${x.measures} | ${x.tasks} | ${x.targets} | ${x.megabytes} | ${x.seconds} | ${x.cpuSeconds} | ${x.msPerProvision} | ${x.cpuMsPerProvision} | ${(x.cpuMsPerProvision / base!).toFixed(2)} | ${x.peakMb}`,
    );
  }
}
