/**
 * A maintainer adds a document, as the README says, and gets a green build and test run:
 * a scratch copy of the repository gets the fixture of test/fixtures/new-document/ (no English,
 * no brief), runs `npm run build`, and then its own unit and site tests. Slow (a build and a test
 * run of the whole project): a few minutes.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from '../../src/data/schemas.ts';
import type { IngestReport } from '../../src/ingest/report/report.ts';
import { ROOT, SEED_POLICIES } from '../helpers.ts';
import { brokenLinks, htmlProblems } from '../site/checks.ts';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'new-document');
const ID = 'sample-2024-incubator-plan';
const FILE = `${ID}.txt`;
/** A second document with no numbered part: published as a text-only policy (no measures). */
const TEXT_ONLY = 'sample-2024-service-notes';
const MINUTES = 60_000;

/** A scratch copy of the repository as a maintainer's clone would be, without its build output. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'add-document-'));
  for (const f of ['README.md', 'src', 'content', 'public', 'seeds', 'scripts', 'test', 'docs', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'vitest.config.ts', 'vitest.e2e.config.ts', '.htmlvalidate.json'])
    cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  // The copy's own test run must not start this test again.
  rmSync(join(dir, 'test', 'maintainer'), { recursive: true, force: true });
  // Everything generated comes from this run's ingest.
  rmSync(join(dir, 'content', 'generated'), { recursive: true, force: true });
  rmSync(join(dir, 'content', 'ingest-report.json'), { force: true });
  return dir;
}

/** Runs a command in the scratch copy with a clean environment (not this vitest run's). */
function run(dir: string, cmd: string, args: string[], timeoutMinutes: number) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$|NODE_OPTIONS$)/.test(k)));
  const r = spawnSync(cmd, args, { cwd: dir, env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' }, encoding: 'utf8', timeout: timeoutMinutes * MINUTES, maxBuffer: 1 << 28 });
  return { status: r.status, output: `${r.stdout ?? ''}\n${r.stderr ?? ''}${r.error ? `\n${r.error.message}` : ''}` };
}

describe('a maintainer adds a document without English or a brief', () => {
  let dir: string;
  let dist: string;
  let measures: Measure[];

  beforeAll(() => {
    dir = workspace();
    dist = join(dir, 'dist');
    cpSync(join(FIXTURE, FILE), join(dir, 'seeds', FILE));
    appendFileSync(join(dir, 'seeds', 'manifest.yaml'), readFileSync(join(FIXTURE, 'manifest-entry.yaml'), 'utf8'));
    cpSync(join(FIXTURE, `${TEXT_ONLY}.txt`), join(dir, 'seeds', `${TEXT_ONLY}.txt`));
    appendFileSync(join(dir, 'seeds', 'manifest.yaml'), readFileSync(join(FIXTURE, 'manifest-entry-text-only.yaml'), 'utf8'));
    const build = run(dir, 'npm', ['run', 'build'], 15);
    expect(build.status, build.output.slice(-4000)).toBe(0);
    measures = (JSON.parse(readFileSync(join(dist, 'data', 'measures.json'), 'utf8')) as Measure[]).filter((m) => m.policy === ID);
  }, 16 * MINUTES);

  afterAll(() => {
    if (dir && !process.env.KEEP) rmSync(dir, { recursive: true, force: true });
    else if (dir) console.info(`scratch copy kept: ${dir}`);
  });

  /** The built page of a site path. */
  const page = (path: string) => join(dist, path, 'index.html');
  const pagesOfDocument = () =>
    [`/policies/${ID}/`, `/policies/${ID}/bilingual/`, ...measures.map((m) => m.url.zh), `/policies/${TEXT_ONLY}/`, `/policies/${TEXT_ONLY}/bilingual/`].flatMap((p) => [page(p), page(`/en${p}`)]);

  it('publishes its policy page and its measure pages in both languages', () => {
    expect(measures.map((m) => m.id)).toContain(`${ID}/2-3-1`);
    for (const file of pagesOfDocument()) expect(existsSync(file), file.slice(dist.length)).toBe(true);
  });

  it('a document without numbered part is published as text: its policy pages in both languages and its open data record, no measures', () => {
    for (const p of [`/policies/${TEXT_ONLY}/`, `/en/policies/${TEXT_ONLY}/`]) expect(readFileSync(page(p), 'utf8'), p).toContain('企业可以先在网上预约');
    const policies = JSON.parse(readFileSync(join(dist, 'data', 'policies.json'), 'utf8')) as { id: string }[];
    expect(policies.map((p) => p.id)).toContain(TEXT_ONLY);
    const all = JSON.parse(readFileSync(join(dist, 'data', 'measures.json'), 'utf8')) as Measure[];
    expect(all.filter((m) => m.policy === TEXT_ONLY)).toEqual([]);
    const report = JSON.parse(readFileSync(join(dir, 'content', 'ingest-report.json'), 'utf8')) as IngestReport;
    expect(report.diagnostics.filter((d) => d.file === `seeds/${TEXT_ONLY}.txt`).map((d) => [d.rule, d.severity])).toContainEqual(['no-structure', 'warning']);
  });

  it('its inline assignments reach the units already in the registry', () => {
    const m = measures.find((x) => x.id === `${ID}/2-3-1`)!;
    expect([m.lead, m.support]).toEqual([['cq-sti-bureau'], ['cq-education-commission']]);
    expect(readFileSync(page('/units/cq-sti-bureau/'), 'utf8')).toContain(`href="${m.url.zh}"`);
    expect(readFileSync(page('/en/units/cq-sti-bureau/'), 'utf8')).toContain(`href="${m.url.en}"`);
  });

  it('its English pages show the translation-pending notice, in English and in Chinese; its Chinese pages do not', () => {
    for (const path of [`/policies/${ID}/`, ...measures.map((m) => m.url.zh)]) {
      const en = readFileSync(page(`/en${path}`), 'utf8');
      const notice = en.match(/<p[^>]*data-testid="translation-pending"[^>]*>(.*?)<\/p>/s)?.[1] ?? '';
      expect(notice, path).toContain('Translation pending');
      expect(notice, path).toMatch(/<span lang="zh-CN">[^<]*\p{Script=Han}/u);
      expect(readFileSync(page(path), 'utf8'), path).not.toContain('data-testid="translation-pending"');
    }
  });

  it('its pages pass html-validate', async () => expect(await htmlProblems(dist, pagesOfDocument())).toEqual([]), 5 * MINUTES);

  it('every internal link of the site resolves', () => expect(brokenLinks(dist)).toEqual([]), 5 * MINUTES);

  it('the ingest report lists its pending English and its missing brief', () => {
    const report = JSON.parse(readFileSync(join(dir, 'content', 'ingest-report.json'), 'utf8')) as IngestReport;
    const rules = report.diagnostics.filter((d) => d.file === `seeds/${FILE}`).map((d) => d.rule);
    expect(rules).toContain('translation-pending');
    expect(rules).toContain('brief-missing');
    const withoutBrief = report.diagnostics.filter((d) => d.rule === 'brief-missing').map((d) => d.record);
    for (const id of SEED_POLICIES) expect(withoutBrief, id).not.toContain(id);
  });

  it('the copy’s own test run (unit, pipeline, content and site tests against its dist/) passes', () => {
    // the projects of `npm test` but this one (removed from the copy); no browser tests
    const tests = run(dir, 'npx', ['vitest', 'run', '--project', 'unit', '--project', 'site'], 20);
    expect(tests.status, tests.output.slice(-6000)).toBe(0);
  }, 21 * MINUTES);
});
