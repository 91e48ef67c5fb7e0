/**
 * The whole ingest on the real seeds plus our layout fixtures (test/fixtures/formats/):
 * portal metadata read in every layout fills what the manifest leaves null, conflicts with
 * the manifest are reported on the field's line, and no chrome or metadata text reaches
 * the published body, the measures or the text sent to translators.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest, runIngest, type IngestResult } from '../../src/ingest/pipeline.ts';
import { parsePortalMetadata } from '../../src/ingest/recognisers/portal-metadata.ts';
import { metadataConflicts } from '../../src/ingest/stages/records.ts';
import { manifestEntry, seedInput, ROOT } from '../helpers.ts';

interface Case {
  file: string;
  /** What the block gives (null: it does not give it). */
  docNumber: string | null;
  issued: string | null;
  issuer: string | null;
  title: string | null;
  /** The 标题 field as printed, where the title is derived from it (the notice's subject). */
  portalTitle?: string;
  /** The issuer is the notice title's (no signature prints it), not the portal block's. */
  issuerLine?: number;
  /** Line of each fact's field (for the conflict diagnostics). */
  factLines: Partial<Record<'docNumber' | 'issued' | 'issuer' | 'title', number>>;
}

const CASES: Case[] = [
  { file: 'portal-bracket-one-line.txt', docNumber: '云府办发〔2024〕5号', issued: '2024-03-18', issuer: '云岭区人民政府办公室', issuerLine: 5, title: null, factLines: { docNumber: 3, issued: 3 } },
  { file: 'portal-bracket-lines.txt', docNumber: '溪府发〔2024〕9号', issued: '2024-05-06', issuer: null, title: null, factLines: { docNumber: 3, issued: 6 } },
  { file: 'portal-bullet-pairs.txt', docNumber: '北府发〔2024〕2号', issued: '2024-01-15', issuer: '重庆市湖北区人民政府', issuerLine: 16, title: null, factLines: { docNumber: 6, issued: 12 } },
  { file: 'portal-pipe-table.txt', docNumber: '青发改规划〔2024〕4号', issued: '2024-02-06', issuer: null, title: null, factLines: { docNumber: 3, issued: 3 } },
  { file: 'portal-pipe-bracket-twice.txt', docNumber: '渡府发〔2024〕17号', issued: '2024-08-17', issuer: null, title: null, factLines: { docNumber: 1, issued: 4 } },
  { file: 'portal-dash-list.txt', docNumber: '岭科发〔2024〕11号', issued: null, issuer: null, title: null, factLines: { docNumber: 2 } },
  {
    file: 'portal-govcn-two-columns.txt',
    docNumber: '梅府办发〔2024〕12号',
    issued: '2024-04-02',
    issuer: '梅山市政府',
    title: '科技型小微企业成长计划', // the document the notice publishes (title.ts)
    portalTitle: '梅山市人民政府办公室关于印发科技型小微企业成长计划的通知',
    factLines: { docNumber: 5, issued: 3, issuer: 3, title: 4 },
  },
  {
    file: 'portal-colonless-twice.txt',
    docNumber: '南府发〔2024〕6号',
    issued: '2024-02-10',
    // the notice's title set on two lines, the body on the first (GB/T 9704)
    issuer: '重庆市南岸县人民政府',
    issuerLine: 15,
    title: '南岸县科技创新发展纲要', // the document the notice publishes (title.ts)
    portalTitle: '重庆市南岸县人民政府关于印发南岸县科技创新发展纲要的通知',
    factLines: { docNumber: 6, issued: 4, title: 5 },
  },
  {
    file: 'portal-law-database.txt',
    docNumber: '青政发[2024]21号',
    issued: '2024-06-11',
    issuer: '青溪县人民政府',
    title: '青溪县人民政府关于支持企业建设研发中心的若干意见',
    factLines: { docNumber: 4, issued: 6, issuer: 5, title: 3 },
  },
  { file: 'portal-strip.txt', docNumber: '梅科规字〔2024〕2号', issued: '2024-01-09', issuer: null, title: null, factLines: { docNumber: 3, issued: 3 } },
  { file: 'portal-after-breadcrumb.txt', docNumber: null, issued: '2024-03-05', issuer: null, title: '2024年科技工作要点', factLines: { issued: 6, title: 5 } },
  { file: 'chrome-lines.txt', docNumber: null, issued: null, issuer: null, title: null, factLines: {} },
];

const idOf = (file: string) => `fmt-${file.replace(/\.txt$/, '')}`;

/** Runs the ingest on the real seeds plus every fixture, each with the manifest entry `entry` gives. */
function ingestWith(entry: (file: string) => string): IngestResult {
  const input = seedInput();
  for (const c of CASES) {
    input.seeds.set(c.file, readFileSync(join(ROOT, 'test', 'fixtures', 'formats', c.file)));
    input.manifestText += entry(c.file);
  }
  return runIngest(input);
}

const unknownFacts = (file: string) =>
  manifestEntry(file, idOf(file)).replace('title: 测试文件', 'title: null');
const otherFacts = (file: string) =>
  manifestEntry(file, idOf(file)).replace('issuer: null', 'issuer: 另一机关').replace('docNumber: null', 'docNumber: 另发〔2000〕1号').replace('issued: null', 'issued: 2000-01-01');

/** Chrome and metadata text that must not reach the published text (document sentences with 来源 or 分享 may). */
const CHROME =
  /您当前的位置|您现在所在的位置|当前位置|首页>|索引号|发文字号：|主题分类|浏览次数|点击次数|阅读次数|阅读人次|字体|纠错|打印|关闭|分享到|收藏|设为首页|RSS|欢迎|信息检索|本文仅供参考|发文标题|发文文号|文章属性|【制定机关】|主办：|网站地图|\.mp3|\.pdf|<span|\|/;

describe('portal metadata layouts, whole pipeline', () => {
  const filled = ingestWith(unknownFacts);
  const policy = (id: string) => filled.policies.find((p) => p.policy.id === id)!;

  it('publishes every fixture as its own policy (none is taken for a copy of another)', () => {
    for (const c of CASES) expect(filled.report.sources.find((s) => s.file === c.file)).toMatchObject({ role: 'primary', policy: idOf(c.file) });
  });

  it.each(CASES)('$file: fills the facts the manifest leaves null', (c) => {
    const p = policy(idOf(c.file)).policy;
    expect(p.docNumber).toBe(c.docNumber);
    expect(p.issued).toBe(c.issued);
    expect(p.issuer?.zh ?? null).toBe(c.issuer);
    if (c.title) expect(p.title.zh).toBe(c.title);
  });

  it('reports no conflict where the manifest has null (the portal value fills it)', () => {
    const files = new Set(CASES.map((c) => `seeds/${c.file}`));
    expect(filled.report.diagnostics.filter((d) => d.rule === 'metadata-conflict' && files.has(d.file))).toEqual([]);
  });

  it('does not take 发布机构 (the office that posted the page) for the issuer', () => {
    expect(policy(idOf('portal-dash-list.txt')).policy.portalMetadata?.['发布机构']).toBe('政策法规处');
    expect(policy(idOf('portal-dash-list.txt')).policy.issuer).toBeNull();
  });

  it.each(CASES)('$file: reports the fields read once (portal-metadata)', (c) => {
    const info = filled.report.diagnostics.filter((d) => d.file === `seeds/${c.file}` && d.rule === 'portal-metadata');
    expect(info).toHaveLength(1);
    expect(info[0]!.severity).toBe('info');
    expect(info[0]!.message).toMatch(/^read \d+ fields? from /);
  });

  it.each(CASES)('$file: accounts for every character (the metadata block’s lines as printed)', (c) => {
    const stats = filled.report.policies.find((p) => p.id === idOf(c.file))!;
    expect([stats.coverage.missing, stats.coverage.ratio]).toEqual(['', 1]);
  });

  it.each(CASES)('$file: no chrome or metadata in the body, the measures or the text sent to translators', (c) => {
    const out = policy(idOf(c.file));
    const body = out.mdx.replace(/^---[\s\S]*?\n---\n/, ''); // frontmatter (title) aside
    expect(body).not.toMatch(CHROME);
    for (const m of out.measures) expect(m.text.zh + (m.title?.zh ?? '')).not.toMatch(CHROME);
    for (const s of out.segments) if (s.id !== 'policy/title' && s.id !== 'policy/issuer') expect(s.zh).not.toMatch(CHROME);
    expect(out.measures.length).toBeGreaterThan(0);
    expect(out.segments.length).toBeGreaterThan(out.measures.length);
  });

  it('keeps the document sentences that mention 来源 and 分享 (chrome-lines.txt)', () => {
    const out = policy(idOf('chrome-lines.txt'));
    expect(out.mdx).toContain('本办法所称奖励资金来源：县级科技专项资金。');
    expect(out.mdx).toContain('来源于企业的技术需求应当及时发布。');
    // one sentence: its text (rule sentence-item), not a title
    expect(out.measures.map((m) => m.title?.zh ?? m.text.zh).join('\n')).toContain('分享转化收益的研发团队，按约定比例分享奖励');
    expect(out.policy.portalMetadata).toEqual({ 发布日期: '2024-04-18' });
  });

  it('publishes the fields under their normalised labels', () => {
    expect(policy(idOf('portal-law-database.txt')).policy.portalMetadata).toMatchObject({ 发文字号: '青政发[2024]21号', 成文日期: '2024-06-11', 施行日期: '2024-07-01' });
    expect(policy(idOf('portal-bullet-pairs.txt')).policy.portalMetadata).toMatchObject({ 成文日期: '2024-01-15', 发布日期: '2024-01-22' });
    expect(policy(idOf('portal-govcn-two-columns.txt')).policy.portalMetadata).toMatchObject({ 发布日期: '2024-04-03' });
  });
});

describe('portal metadata layouts, conflicts with the manifest', () => {
  const other = ingestWith(otherFacts);
  const conflicts = (file: string) => other.report.diagnostics.filter((d) => d.file === `seeds/${file}` && d.rule === 'metadata-conflict' && d.message.startsWith('portal metadata'));

  it.each(CASES)('$file: one conflict per fact the block gives, on the line of its field; the manifest is kept', (c) => {
    const expected = (['docNumber', 'issuer', 'issued', 'title'] as const)
      .filter((k) => c[k] !== null && !(k === 'issuer' && c.issuerLine))
      // the conflict quotes the 标题 field as printed (a notice's title), not the title derived from it
      .map((k) => `${c.factLines[k]}: portal metadata ${k} “${k === 'title' && c.portalTitle ? c.portalTitle : c[k]}” differs`);
    expect(conflicts(c.file).map((d) => `${d.line}: ${d.message.replace(/ from the manifest.*$/, '')}`).sort()).toEqual(expected.sort());
    const p = other.policies.find((x) => x.policy.id === idOf(c.file))!.policy;
    expect([p.docNumber, p.issued, p.issuer?.zh, p.title.zh]).toEqual(['另发〔2000〕1号', '2000-01-01', '另一机关', '测试文件']);
    // an issuer read from the notice's title disagrees with the manifest on the title's line
    const fromTitle = other.report.diagnostics.filter((d) => d.file === `seeds/${c.file}` && d.rule === 'metadata-conflict' && d.message.startsWith('the document prints issuer'));
    expect(fromTitle.map((d) => d.line)).toEqual(c.issuerLine ? [c.issuerLine] : []);
  });
});

describe('metadataConflicts', () => {
  const entry = (issuer: string) => parseManifest(`sources:\n${manifestEntry('x.txt', 'x-doc').replace('issuer: null', issuer)}`)[0]!;
  const block = parsePortalMetadata([
    { line: 1, text: '发文机关：某县人民政府办公室某县科学技术局' },
    { line: 2, text: '发布机构：某县科技局' },
  ]).metadata;

  it('compares without whitespace (normalising removed the space between two issuers)', () => {
    expect(metadataConflicts('x.txt', entry('issuer: 某县人民政府办公室 某县科学技术局'), block)).toEqual([]);
    expect(metadataConflicts('x.txt', entry('issuer: 某县人民政府办公室'), block).map((d) => [d.line, d.rule])).toEqual([[1, 'metadata-conflict']]);
  });

  it('says nothing without a block', () => {
    expect(metadataConflicts('x.txt', entry('issuer: 某县人民政府'), null)).toEqual([]);
  });

  it('a portal title that is the notice publishing the manifest’s title is no conflict; another title is', () => {
    const titled = (title: string) => parseManifest(`sources:\n${manifestEntry('x.txt', 'x-doc').replace('title: 测试文件', `title: ${title}`)}`)[0]!;
    const notice = parsePortalMetadata([{ line: 1, text: '标题：云岭市人民政府关于印发云岭市科技创新发展规划（2021—2025年）的通知' }]).metadata;
    expect(metadataConflicts('x.txt', titled('云岭市科技创新发展规划（2021—2025年）'), notice)).toEqual([]);
    expect(metadataConflicts('x.txt', titled('云岭市科技创新发展规划(2021—2025年)'), notice)).toEqual([]); // ASCII brackets
    expect(metadataConflicts('x.txt', titled('云岭市科技创新发展规划（2021—2030年）'), notice).map((d) => [d.line, d.rule])).toEqual([[1, 'metadata-conflict']]);
  });
});
