import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';
import { jsx } from 'astro/jsx-runtime';
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/report/errors.ts';
import { MAX_SOURCE_BYTES } from '../../src/ingest/stages/read.ts';
import { runIngest } from '../../src/ingest/pipeline.ts';
import { renderFiles } from '../../src/ingest/disk/write.ts';
import { manifestEntry, seedInput, ROOT, SEED_POLICIES, SEED_VARIANT } from '../helpers.ts';
import { renderMdx } from '../mdx-render.ts';

const result = runIngest(seedInput());
const byId = (id: string) => result.policies.find((p) => p.policy.id === id)!;

describe('ingest of the real seeds', () => {
  it('publishes each seed policy and records the Traditional copy as a variant of the 2016 work plan', () => {
    expect(result.policies.map((p) => p.policy.id)).toEqual(expect.arrayContaining([...SEED_POLICIES]));
    expect(result.policies.map((p) => p.policy.id)).not.toContain('encyclopedia-copy-zh-hant');
    const sources = byId('cq-2016-work-plan').policy.sources;
    expect(sources.slice(0, 2).map((s) => [s.file, s.role, s.script])).toEqual([
      ['cq-2016-work-plan.txt', 'primary', 'zh-Hans'],
      [SEED_VARIANT, 'variant', 'zh-Hant'],
    ]);
    expect(sources[1]!.similarity).toBeGreaterThan(0.9);
  });

  it.each(SEED_POLICIES)('accounts for every character of the normalized source of %s', (id) => {
    const p = result.report.policies.find((x) => x.id === id)!;
    expect([p.coverage.missing, p.coverage.ratio]).toEqual(['', 1]);
  });

  it('rebuilds the 38-row task table and links every row to a measure', () => {
    const wp = byId('cq-2016-work-plan');
    expect(wp.tasks.map((t) => t.seq)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
    expect(wp.tasks.every((t) => t.measure !== null)).toBe(true);
    expect(wp.measures).toHaveLength(21);
    // measure lead/support are the union of its tasks' units
    const makerSpaces = wp.measures.find((m) => m.id === 'cq-2016-work-plan/2-7')!;
    expect(makerSpaces.title?.zh).toBe('加快建设众创空间');
    expect(makerSpaces.lead).toEqual(['cq-sti-commission', 'cq-education-commission', 'district-county-governments']);
    expect(makerSpaces.deadline).toBe('2017');
  });

  it('reads the inline assignments of the 2023 plan', () => {
    const m = byId('cq-2023-double-growth').measures.find((x) => x.number === '15.')!;
    expect(m.unitsFrom).toBe('inline');
    // 15. 强化知识产权保护 … （牵头单位：市知识产权局；责任单位：市教委、市科技局、市经济信息委、市国资委等）
    expect(m.lead).toEqual(['cq-intellectual-property-office']);
    expect(m.support).toEqual(['cq-education-commission', 'cq-sti-bureau', 'cq-economy-it-commission', 'cq-sasac']);
    expect(result.report.diagnostics.filter((d) => d.rule === 'unknown-unit' && d.file === 'seeds/cq-2023-double-growth.txt')).toEqual([]);
  });

  it('applies the reviewed overrides and lists them', () => {
    const ids = result.report.overriddenTargets.map((o) => o.id);
    expect(ids).toContain('cq-2015-action-plan/5-2-l3/t1');
    expect(byId('cq-2015-action-plan').targets.some((t) => t.id === 'cq-2015-action-plan/5-2-l3/t1')).toBe(false);
    const corrected = byId('cq-2022-district-guidance').targets.find((t) => t.id === 'cq-2022-district-guidance/1-3/t5')!;
    expect([corrected.year, corrected.yearSource, corrected.overridden]).toEqual([2025, 'override', true]);
    // overrides of documents added to seeds/ are stale here (seedInput leaves those documents out)
    const ofSeeds = (message: string) => SEED_POLICIES.some((id) => message.includes(` ${id}/`));
    expect(result.report.diagnostics.filter((d) => d.rule === 'override-stale' && ofSeeds(d.message))).toEqual([]);
  });

  it('gives the 2023 plan its double-growth targets', () => {
    const t = byId('cq-2023-double-growth').targets;
    const find = (indicator: string, year: number, scope: string | null = null) => t.find((x) => x.indicator.zh === indicator && x.year === year && (x.scope?.zh ?? null) === scope);
    expect(find('高新技术企业', 2027)).toMatchObject({ value: 1.28, unit: { zh: '万家' }, comparator: '>' });
    expect(find('科技型企业', 2027, '中心城区')).toMatchObject({ value: 46560, unit: { zh: '家' } });
  });

  it('is deterministic: two runs give identical files', () => {
    const again = renderFiles(runIngest(seedInput()));
    expect([...again]).toEqual([...renderFiles(result)]);
  });

  it('changing one seed changes only that policy’s files', () => {
    const input = seedInput();
    const name = 'cq-2022-district-guidance.txt';
    const text = new TextDecoder().decode(input.seeds.get(name)!);
    input.seeds.set(name, new TextEncoder().encode(text.replace('（二十六）统筹工作落实。', '（二十六）统筹推进工作落实。')));
    const before = renderFiles(result);
    const after = renderFiles(runIngest(input));
    const changed = [...after.keys()].filter((k) => after.get(k) !== before.get(k));
    expect(changed.sort()).toEqual(['data/cq-2022-district-guidance.json', 'policies-en/cq-2022-district-guidance.mdx', 'policies/cq-2022-district-guidance.mdx']);
  });
});

describe('variants are recognised by content, not by file name', () => {
  it('a Traditional copy of any policy under any name becomes its variant', () => {
    const input = seedInput();
    const toTraditional = Converter({ from: 'cn', to: 'tw' });
    const guidance = new TextDecoder().decode(input.seeds.get('cq-2022-district-guidance.txt')!);
    input.seeds.set('a-new-file.txt', new TextEncoder().encode(toTraditional(guidance)));
    input.manifestText += manifestEntry('a-new-file.txt', 'some-copy', 'zh-Hant');
    const r = runIngest(input);
    expect(r.policies).toHaveLength(result.policies.length);
    const src = r.policies.find((p) => p.policy.id === 'cq-2022-district-guidance')!.policy.sources;
    expect(src.map((s) => [s.file, s.role])).toContainEqual(['a-new-file.txt', 'variant']);
  });
});

describe('copies with noise, exact copies and near misses (rules variant, variant/normalised-comparison, variant-near-miss)', () => {
  const input = seedInput();
  const name = 'cq-2022-district-guidance.txt';
  const bytes = input.seeds.get(name)!;
  const text = new TextDecoder().decode(bytes);
  const add = (file: string, id: string, content: Uint8Array | string) => {
    input.seeds.set(file, typeof content === 'string' ? new TextEncoder().encode(content) : content);
    input.manifestText += manifestEntry(file, id);
  };
  // A scraped copy: “@@” every 15 characters (built here from the real seed, not stored).
  add('scraped-copy.txt', 'scraped-copy', [...text].map((ch, i) => (i > 0 && i % 15 === 0 ? '@@' + ch : ch)).join(''));
  add('zz-exact-copy.txt', 'zz-exact-copy', bytes);
  add('00-exact-copy.txt', 'aaa-exact-copy', bytes); // sorts before the original by file name and by id
  // About half the seed, then as much text of our own: a different document that borrows from it.
  const half = text.slice(0, Math.floor(text.length / 2));
  const own = Array.from({ length: Math.ceil(half.length / 30) }, (_, i) => `本区第${i}项配套事项逐项明确年度重点工作和完成时限。`).join('');
  add('borrowing.txt', 'borrowing', `${half}\n九、本区配套事项\n${own}`);
  add('assignment-forms.txt', 'assignment-forms', readFileSync(join(ROOT, 'test', 'fixtures', 'assignment-forms.txt')));
  const r = runIngest(input);
  const diagnostics = (file: string) => r.report.diagnostics.filter((d) => d.file === `seeds/${file}` && d.rule.startsWith('variant')).map((d) => [d.rule, d.severity, d.message]);

  it('keeps the original primary and records the noisy copy and both exact copies as its variants', () => {
    expect(r.policies.map((p) => p.policy.id).sort()).toEqual(['assignment-forms', 'borrowing', 'cq-2015-action-plan', 'cq-2016-work-plan', 'cq-2022-district-guidance', 'cq-2023-double-growth']);
    const sources = r.policies.find((p) => p.policy.id === 'cq-2022-district-guidance')!.policy.sources;
    expect(sources.map((s) => [s.file, s.role, s.similarity])).toEqual([
      [name, 'primary', null],
      ['scraped-copy.txt', 'variant', 1],
      ['zz-exact-copy.txt', 'variant', 1],
      ['00-exact-copy.txt', 'variant', 1],
    ]);
  });

  it('says what each copy is, and which noise the comparison ignored', () => {
    expect(diagnostics('scraped-copy.txt')).toEqual([
      ['variant', 'info', 'a copy with the same text of cq-2022-district-guidance (similarity 1): recorded as its source, not published as a policy'],
      ['variant/normalised-comparison', 'info', expect.stringMatching(/^compared with the other documents without its noise characters: “@” ×\d+$/)],
    ]);
    expect(diagnostics('00-exact-copy.txt')).toEqual([['variant', 'info', 'an exact copy (same bytes) of cq-2022-district-guidance (similarity 1): recorded as its source, not published as a policy']]);
    expect(diagnostics(name)).toEqual([]);
  });

  it('publishes a document that borrows half of another, with a near-miss review naming it', () => {
    const [near] = diagnostics('borrowing.txt');
    expect(near).toEqual(['variant-near-miss', 'review', expect.stringMatching(/^resembles cq-2022-district-guidance \(similarity 0\.\d+, below the 0\.7 of a copy\)/)]);
    const similarity = Number(String(near![2]).match(/similarity (0\.\d+)/)![1]);
    expect(similarity).toBeGreaterThanOrEqual(0.4);
    expect(similarity).toBeLessThan(0.7);
  });

  it('leaves a genuinely different document alone', () => {
    expect(diagnostics('assignment-forms.txt')).toEqual([]);
    expect(r.report.sources.find((s) => s.file === 'assignment-forms.txt')).toMatchObject({ role: 'primary', policy: 'assignment-forms' });
  });
});

describe('MDX is generated from a syntax tree', () => {
  const hostile = [
    '一、总则',
    '（一）{alert(1)} 与 <script>alert("x")</script> 以及 </section> 都是文本。',
    'import fs from "node:fs"',
    'export const pwned = true',
    '（二）a > b 与 {...props} 和 <img src=x onerror=alert(1)>。',
    '（三）注释 <!-- x --> 与 <br/> 和 {/* y */}。',
  ].join('\n\n');

  function hostileResult() {
    const input = seedInput();
    input.seeds.set('hostile.txt', new TextEncoder().encode(hostile));
    input.manifestText += manifestEntry('hostile.txt', 'hostile-doc');
    return runIngest(input).policies.find((p) => p.policy.id === 'hostile-doc')!;
  }

  it('document text with braces, tags and import/export lines parses as text, never as code', () => {
    const { mdx } = hostileResult();
    const tree = fromMarkdown(mdx, { extensions: [mdxjs(), frontmatter(['yaml'])], mdastExtensions: [mdxFromMarkdown(), frontmatterFromMarkdown(['yaml'])] });
    const kinds = new Set<string>();
    const jsxNames = new Set<string>();
    let text = '';
    const visit = (node: { type: string; name?: string | null; value?: string; children?: unknown[] }) => {
      kinds.add(node.type);
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') jsxNames.add(node.name ?? '');
      if (node.type === 'text') text += node.value;
      for (const c of (node.children ?? []) as (typeof node)[]) visit(c);
    };
    visit(tree as never);
    expect(kinds.has('mdxjsEsm')).toBe(false);
    expect(kinds.has('mdxFlowExpression')).toBe(false);
    expect(kinds.has('mdxTextExpression')).toBe(false);
    expect([...jsxNames].sort()).toEqual(['section']); // only the provisions (anchor links are added at render time)
    expect(text).toContain('{alert(1)}');
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toContain('import fs from "node:fs"');
    expect(text).toContain('export const pwned = true');
    expect(text).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('bad input', () => {
  const expectError = (mutate: (i: ReturnType<typeof seedInput>) => void, match: RegExp) => {
    const input = seedInput();
    mutate(input);
    let error: unknown;
    try {
      runIngest(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IngestError);
    expect((error as Error).message).toMatch(match);
  };

  it('a seed without a manifest entry', () => expectError((i) => i.seeds.set('stray.txt', new TextEncoder().encode('一、总则')), /^seeds\/stray\.txt: no entry in seeds\/manifest\.yaml/));
  it('undecodable bytes name the line', () =>
    expectError((i) => {
      i.seeds.set('gbk.txt', Uint8Array.from([0xe4, 0xb8, 0x80, 0xe3, 0x80, 0x81, 0x0a, 0x0a, 0xd6, 0xd8, 0xc7, 0xec]));
      i.manifestText += manifestEntry('gbk.txt', 'gbk-doc');
    }, /^seeds\/gbk\.txt:3: bytes that are not valid UTF-8/));
  it('an empty file', () =>
    expectError((i) => {
      i.seeds.set('empty.txt', new Uint8Array());
      i.manifestText += manifestEntry('empty.txt', 'empty-doc');
    }, /^seeds\/empty\.txt: the file is empty/));
  it('duplicate ids in the manifest name the line', () =>
    expectError((i) => {
      i.seeds.set('dup.txt', new TextEncoder().encode('一、总则'));
      i.manifestText += manifestEntry('dup.txt', 'cq-2015-action-plan');
    }, /^seeds\/manifest\.yaml:\d+: duplicate id cq-2015-action-plan/));
  it('a text that is only page chrome (a text without numbering is published as text: test/ingest/no-structure.test.ts)', () =>
    expectError((i) => {
      i.seeds.set('chrome.txt', new TextEncoder().encode('您当前的位置：首页 > 政务公开\n打印本页\n关闭窗口\n'));
      i.manifestText += manifestEntry('chrome.txt', 'chrome-doc');
    }, /^seeds\/chrome\.txt: no recognisable structure/));
  it('a document over the size limit names the file and the limit', () =>
    expectError((i) => {
      i.seeds.set('huge.txt', new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61));
      i.manifestText += manifestEntry('huge.txt', 'huge-doc');
    }, /^seeds\/huge\.txt: the file is 4,194,305 bytes: the limit per document is 4,194,304 bytes/));
});

describe('numbering that repeats does not stop the ingest', () => {
  it('keys the repeated provision 1-1-b and reports the line', () => {
    const input = seedInput();
    input.seeds.set('twice.txt', new TextEncoder().encode('一、总则\n（一）甲。\n（一）乙。'));
    input.manifestText += manifestEntry('twice.txt', 'twice-doc');
    const out = runIngest(input);
    expect(out.policies.find((p) => p.policy.id === 'twice-doc')!.measures.map((m) => m.id)).toEqual(['twice-doc/1-1', 'twice-doc/1-1-b']);
    const repeats = out.report.diagnostics.filter((d) => d.file === 'seeds/twice.txt' && d.rule === 'numbering-repeat');
    expect(repeats.map((d) => [d.line, d.message])).toEqual([[3, expect.stringMatching(/^（一） repeats the numbering of line 2/)]]);
  });
});

describe('portal metadata block', () => {
  const fixture = readFileSync(join(ROOT, 'test', 'fixtures', 'portal-metadata.txt'));
  const withPortalSeed = (entry: string) => {
    const input = seedInput();
    input.seeds.set('portal.txt', fixture);
    input.manifestText += entry;
    return runIngest(input);
  };

  it('fills unknown manifest fields from the portal block', () => {
    const r = withPortalSeed(manifestEntry('portal.txt', 'portal-doc').replace('title: 测试文件', 'title: null'));
    const p = r.policies.find((x) => x.policy.id === 'portal-doc')!.policy;
    expect(p.docNumber).toBe('渝府办发〔2023〕6号');
    expect(p.issued).toBe('2023-03-29');
    expect(p.issuer?.zh).toBe('重庆市人民政府办公厅');
    // the 标题 field is the notice that publishes the plan: the title is the plan's (title.ts), to be confirmed
    expect(p.title.zh).toBe('重庆市高新技术企业和科技型企业“双倍增”行动计划（2023—2027年）');
    expect(r.report.diagnostics.filter((d) => d.file === 'seeds/portal.txt' && d.rule === 'title-derived').map((d) => d.line)).toEqual([5]);
    expect(p.portalMetadata?.['有效性']).toBe('有效');
    // the block is not body text: the first measure is the body's
    expect(r.policies.find((x) => x.policy.id === 'portal-doc')!.measures[0]!.title?.zh).toBe('指导思想');
  });

  it('keeps the manifest on conflict and reports the conflict', () => {
    const entry = manifestEntry('portal.txt', 'portal-doc').replace('docNumber: null', 'docNumber: 渝府办发〔2023〕7号').replace('issued: null', 'issued: 2023-03-30');
    const r = withPortalSeed(entry);
    const p = r.policies.find((x) => x.policy.id === 'portal-doc')!;
    expect(p.policy.docNumber).toBe('渝府办发〔2023〕7号');
    const conflicts = r.report.diagnostics.filter((d) => d.rule === 'metadata-conflict' && d.file === 'seeds/portal.txt').map((d) => d.message);
    expect(conflicts).toContain('portal metadata docNumber “渝府办发〔2023〕6号” differs from the manifest “渝府办发〔2023〕7号” (manifest kept)');
    expect(conflicts).toContain('portal metadata issued “2023-03-29” differs from the manifest “2023-03-30” (manifest kept)');
  });
});

/** Glossary terms rendered as their text (Term.astro needs the site's collections). */
const components = { Term: (p: { children: unknown }) => jsx('span', { children: p.children }) };

/** Paragraphs of an MDX body that would render inside another paragraph (invalid HTML): markdown paragraphs and <p> elements. */
function nestedParagraphs(mdx: string): string[] {
  const tree = fromMarkdown(mdx, { extensions: [mdxjs(), frontmatter(['yaml'])], mdastExtensions: [mdxFromMarkdown(), frontmatterFromMarkdown(['yaml'])] });
  type Node = { type: string; name?: string | null; value?: string; children?: Node[] };
  const isP = (n: Node) => n.type === 'paragraph' || (n.type.startsWith('mdxJsx') && n.name === 'p');
  const textOf = (n: Node): string => n.value ?? (n.children ?? []).map(textOf).join('');
  const found: string[] = [];
  const visit = (n: Node, inP: boolean) => {
    if (isP(n) && inP) found.push(textOf(n));
    for (const c of n.children ?? []) visit(c, inP || isP(n));
  };
  visit(tree as never, false);
  return found;
}

describe('English bodies without (current) English', () => {
  it('an added document without translations keeps its Chinese marked lang="zh-CN", never a paragraph inside a paragraph', async () => {
    const input = seedInput();
    // Our own fixture: a title line and a preamble before the numbered parts.
    input.seeds.set('untranslated.txt', new TextEncoder().encode('示范区孵化载体建设方案\n\n为提升孵化服务能力，制定本方案。\n\n一、主要任务\n（一）建设孵化载体。新建一批专业孵化器。\n'));
    input.manifestText += manifestEntry('untranslated.txt', 'untranslated-doc');
    const { mdxEn } = runIngest(input).policies.find((p) => p.policy.id === 'untranslated-doc')!;
    expect(mdxEn).toContain('<div lang="zh-CN">');
    expect(nestedParagraphs(mdxEn)).toEqual([]);
    const html = await renderMdx(mdxEn, { components });
    expect(html).toContain('<div lang="zh-CN" class="untranslated"><p>为提升孵化服务能力，制定本方案。</p></div>');
  });
});

describe('stable ids and translations across re-ingest', () => {
  const withTranslations = () => {
    const input = seedInput();
    input.translations = new Map([['cq-2016-work-plan', readFileSync(join(ROOT, 'content', 'translations', 'en', 'cq-2016-work-plan.yaml'), 'utf8')]]);
    return input;
  };

  it('changing the wording of one provision keeps every id, and marks only its translation stale', async () => {
    const before = runIngest(withTranslations()).policies.find((p) => p.policy.id === 'cq-2016-work-plan')!;
    const input = withTranslations();
    const name = 'cq-2016-work-plan.txt';
    const text = new TextDecoder().decode(input.seeds.get(name)!);
    input.seeds.set(name, new TextEncoder().encode(text.replace('大力开展科技企业孵化器建设', '大力推进科技企业孵化器建设')));
    const after = runIngest(input);
    const policy = after.policies.find((p) => p.policy.id === 'cq-2016-work-plan')!;
    expect(policy.measures.map((m) => m.id)).toEqual(before.measures.map((m) => m.id));
    expect(policy.targets.map((t) => t.id)).toEqual(before.targets.map((t) => t.id));
    const stale = after.report.policies.find((p) => p.id === 'cq-2016-work-plan')!.translation.stale;
    expect(stale).toEqual(['2-8/p1']);
    const m = policy.measures.find((x) => x.id === 'cq-2016-work-plan/2-8')!;
    expect(m.enStale).toBe(true);
    expect(m.text.en).toMatch(/incubator/i); // the English is kept, flagged
    expect(policy.mdxEn).toContain('<div data-translation="stale">');
    expect(nestedParagraphs(policy.mdxEn)).toEqual([]);
    // rendered: flagged, with the current Chinese beside it
    const html = await renderMdx(policy.mdxEn, { components });
    const section = html.slice(html.indexOf('<section id="p-2-8"'));
    expect(section).toMatch(/^<section id="p-2-8"[^>]*>(?:(?!<section).)*<div class="stale-translation"><p>(?:(?!<\/p>).)*incubator(?:(?!<\/p>).)*<\/p><div lang="zh-CN" class="current-chinese"><p>大力推进科技企业孵化器建设/s);
  });
});

describe('targets stated in a heading’s own text', () => {
  it('are extracted from chapters, not only from measures, and point at the heading', () => {
    const input = seedInput();
    // Our own fixture: a chapter whose own paragraph sets the targets, then its measures.
    const doc = ['一、发展目标', '到2027年，全区从业人员规模突破10万人，核心载体面积突破100万平方米。', '（一）建设载体。建设一批孵化载体。', '（二）引育人才。引进一批人才。', '二、保障措施', '加强组织领导。'].join('\n');
    input.seeds.set('heading-targets.txt', new TextEncoder().encode(doc));
    input.manifestText += manifestEntry('heading-targets.txt', 'heading-targets');
    const p = runIngest(input).policies.find((x) => x.policy.id === 'heading-targets')!;
    const own = p.targets.filter((t) => t.provision === 'heading-targets/1');
    expect(own.map((t) => [t.year, t.value, t.unit.zh, t.comparator, t.measure])).toEqual([
      [2027, 10, '万人', '>', null],
      [2027, 100, '万平方米', '>', null],
    ]);
    expect(own[0]!.url.zh).toBe('/policies/heading-targets/#p-1');
  });
});

describe('supersessions (content/supersessions.yaml)', () => {
  it('puts the authored relation and its evidence on the policy record', () => {
    const input = seedInput();
    input.supersessionsText = '- policy: cq-2015-action-plan\n  by: cq-2023-double-growth\n  evidence: a test sentence\n';
    const p = runIngest(input).policies.find((x) => x.policy.id === 'cq-2015-action-plan')!;
    expect(p.policy.supersession).toEqual({ by: 'cq-2023-double-growth', evidence: 'a test sentence' });
    expect(runIngest(seedInput()).policies.every((x) => x.policy.supersession === null)).toBe(true);
  });

  it('rejects an unknown policy id, a self-reference and a missing evidence, naming the line', () => {
    const bad = (text: string) => {
      const input = seedInput();
      input.supersessionsText = text;
      return () => runIngest(input);
    };
    expect(bad('- policy: cq-2015-action-plan\n  by: no-such-policy\n  evidence: x\n')).toThrow('content/supersessions.yaml:2: no-such-policy is not a policy id');
    expect(bad('- policy: cq-2015-action-plan\n  by: cq-2015-action-plan\n  evidence: x\n')).toThrow('cannot supersede itself');
    expect(bad('- policy: cq-2015-action-plan\n  by: null\n  evidence: ""\n')).toThrow(IngestError);
  });
});

describe('briefs (content/briefs/<id>.yaml) are optional and reported', () => {
  it('an added policy without a brief gets a brief-missing info diagnostic; the seeds, which have one, do not', () => {
    const input = seedInput();
    input.seeds.set('no-brief.txt', new TextEncoder().encode('一、总则\n（一）建设一批孵化载体。\n'));
    input.manifestText += manifestEntry('no-brief.txt', 'no-brief-doc');
    const found = runIngest(input).report.diagnostics.filter((d) => d.rule === 'brief-missing');
    expect(found.find((d) => d.record === 'no-brief-doc')).toMatchObject({ file: 'seeds/no-brief.txt', line: null, severity: 'info' });
    for (const id of SEED_POLICIES) expect(found.some((d) => d.record === id), id).toBe(false);
  });
});

describe('assignment forms and units of measure in a whole document (issues #10, #14)', () => {
  // Our own fixture: one measure per assignment form; 区科技局, 市文化旅游委, 各区县 and 区级相关部门 are not in content/units.yaml.
  const input = seedInput();
  input.seeds.set('assignment-forms.txt', readFileSync(join(ROOT, 'test', 'fixtures', 'assignment-forms.txt')));
  input.manifestText += manifestEntry('assignment-forms.txt', 'assignment-forms');
  const r = runIngest(input);
  const p = r.policies.find((x) => x.policy.id === 'assignment-forms')!;
  const units = (key: string) => {
    const m = p.measures.find((x) => x.id === `assignment-forms/${key}`)!;
    return [m.lead, m.support, m.unitsFrom];
  };
  const diagnostics = (rule: string) => r.report.diagnostics.filter((d) => d.file === 'seeds/assignment-forms.txt' && d.rule === rule);

  it('reads lead and supporting units from each form', () => {
    expect(p.measures.map((m) => m.id.split('/')[1])).toEqual(['1-1', '1-2', '1-3', '2-4', '2-5', '2-6']); // 责任单位：… is no lead-in of its own
    expect(units('1-1')).toEqual([[], ['cq-finance-bureau', 'cq-education-commission'], 'inline']); // （区科技局牵头，市财政局、市教委等配合）
    expect(units('1-2')).toEqual([['cq-commerce-commission', 'cq-market-regulation-administration'], [], 'inline']); // …按职责分工负责
    expect(units('1-3')).toEqual([['cq-hrss-bureau'], ['cq-sti-bureau'], 'inline']); // 责任单位：市人力社保局、市科技局 without 牵头: the first listed leads
    expect(units('2-4')).toEqual([['cq-local-financial-supervision-bureau'], [], 'inline']); // (牵头单位:…,配合单位:各区县)
    expect(units('2-5')).toEqual([['cq-intellectual-property-office'], [], 'inline']); // （市知识产权局牵头，区级相关部门参与）
    expect(units('2-6')).toEqual([[], [], 'none']);
  });

  it('reports every name the registry does not know as an unknown unit (what --strict fails on)', () => {
    expect(diagnostics('unknown-unit').map((d) => [d.line, d.message.match(/“(.+?)”/)![1]])).toEqual([
      [4, '区科技局'],
      [5, '市文化旅游委'],
      [9, '各区县'],
      [10, '区级相关部门'],
    ]);
    expect(diagnostics('unknown-unit').every((d) => d.severity === 'warning' && d.fix?.includes('aliases: ['))).toBe(true);
  });

  it('says which rule read the units of the unlabelled and trailing forms', () => {
    expect(['assignment/lead-verb', 'assignment/shared-duty', 'assignment/trailing-label'].map((rule) => diagnostics(rule).map((d) => d.record))).toEqual([
      ['assignment-forms/1-1', 'assignment-forms/2-5'],
      ['assignment-forms/1-2'],
      ['assignment-forms/1-3'],
    ]);
  });

  it('reads 12万人次 as a target and flags 300樽 (unknown unit) for review', () => {
    expect(p.targets.map((t) => [t.value, t.unit.zh, t.unit.en])).toEqual([
      [800, '家', 'entities'],
      [12, '万人次', '10,000 person-times'],
      [5, '万平方米', '10,000 m²'],
    ]);
    const flagged = diagnostics('target-unknown-unit');
    expect(flagged.map((d) => [d.line, d.severity, d.record])).toEqual([[4, 'review', 'assignment-forms/1-1']]);
    expect(flagged[0]!.message).toContain('300 followed by “樽”');
  });
});
