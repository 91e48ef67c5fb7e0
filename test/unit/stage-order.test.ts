/**
 * The stage order the README gives (“How the ingest works”) is the code's: each numbered stage
 * names a module whose header says it is that stage, pipeline.ts runs the stages in that order,
 * and docs/architecture.md draws the same order.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The numbered stages of the README: number, name and module (relative to src/ingest/). */
function readmeStages(): { n: number; name: string; module: string }[] {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## How the ingest works'), readme.indexOf('\n## ', readme.indexOf('## How the ingest works') + 1));
  return [...section.matchAll(/^(\d+)\. \*\*([a-z]+)\*\* \(`([a-z/-]+\.ts)`/gm)].map((m) => ({ n: Number(m[1]), name: m[2]!, module: m[3]! }));
}

describe('stage order', () => {
  const stages = readmeStages();

  it('the README numbers the stages 0, 1, 2 … and each module says it is that stage', () => {
    expect(stages.map((s) => s.n)).toEqual(stages.map((_, i) => i));
    expect(stages.length).toBeGreaterThanOrEqual(8);
    for (const s of stages) {
      const path = `src/ingest/${s.module}`;
      expect(existsSync(new URL(`../../${path}`, import.meta.url)), path).toBe(true);
      expect(read(path).slice(0, 400), path).toMatch(new RegExp(`Stage ${s.n} \\(`));
    }
  });

  it('pipeline.ts runs them in that order', () => {
    const pipeline = read('src/ingest/pipeline.ts');
    const body = pipeline.slice(pipeline.indexOf('export function runIngest'));
    // authored (0); read, normalize, segment (1–3, per seed); structure and records (4–5, per policy); overrides (6); translate (7)
    const calls = ['checkAuthored(', 'prepareSources(', 'buildPolicyRecords(', 'applyTargetOverrides(', 'applyTags(', 'finishTranslation('];
    const at = calls.map((c) => body.indexOf(c));
    expect(at.every((i) => i >= 0), calls.join(' ')).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('docs/architecture.md draws the same order', () => {
    const architecture = read('docs/architecture.md');
    const chain = architecture.slice(architecture.indexOf('authored → read'));
    const names = stages.map((s) => s.name);
    const positions = names.map((n) => chain.indexOf(n));
    expect(positions.every((p) => p >= 0), names.join(' ')).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
