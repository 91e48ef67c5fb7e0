/**
 * src/markdown/policy-body.ts: a body the ingest wrote (structure and text only) rendered by the
 * site's MDX compile with the render-time plugin — numbering in each language, anchor links and
 * their labels, classes, and the first use of each glossary term, once per body.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { jsx } from 'astro/jsx-runtime';
import { HtmlValidate, Parser, type HtmlElement } from 'html-validate/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest, type PolicyOutput } from '../../src/ingest/pipeline.ts';
import { hashOf } from '../../src/ingest/authored/translations.ts';
import { policyBodyPlugin, type GlossaryTerm } from '../../src/markdown/policy-body.ts';
import { manifestEntry, seedInput } from '../helpers.ts';
import { renderMdx } from '../mdx-render.ts';

const ID = 'present-doc';
/** Our own fixture: a preamble, titled provisions, one numbered provision without a title (its first sentence is too long). */
const SEED = [
  '孵化载体建设方案',
  '',
  '为提升孵化器服务能力，制定本方案。',
  '',
  '一、主要任务',
  '（一）建设孵化载体。新建一批专业孵化器，服务科技企业。',
  '（二）支持孵化器与高等学校、科研院所和龙头企业共建专业化服务平台，每年对全部孵化器开展一次绩效评估并公布评估结果。',
  '二、保障措施',
  '（一）加强组织领导。建立孵化器工作联席会议制度。',
  '',
].join('\n');

const GLOSSARY: GlossaryTerm[] = [
  { id: 'incubator', zh: '孵化器', en: 'incubator', aliases: [] },
  { id: 'tech-firm', zh: '科技企业', en: 'technology enterprise', aliases: [] },
];

/** English of some segments; 1-1/title stays Chinese, 2-1/p1 is translated from earlier wording (stale). */
const ENGLISH: Record<string, string> = {
  '1/title': 'Main tasks',
  '1-1/p1': 'Build a batch of specialised incubators serving technology enterprises.',
  '1-2/p1': 'Support incubators in building service platforms with universities; evaluate every incubator each year.',
  '2/title': 'Safeguards',
  '2-1/title': 'Strengthen organisation and leadership',
};

function ingest(): PolicyOutput {
  const input = seedInput();
  input.seeds.set('present.txt', new TextEncoder().encode(SEED));
  input.manifestText += manifestEntry('present.txt', ID);
  const zh = runIngest(input).policies.find((p) => p.policy.id === ID)!;
  const entries = zh.segments.flatMap((s) =>
    ENGLISH[s.id] ? [[s.id, { hash: hashOf(s.zh), zh: s.zh, en: ENGLISH[s.id] }]] : s.id === '2-1/p1' ? [[s.id, { hash: hashOf('旧的措辞'), zh: '旧的措辞', en: 'Set up a joint meeting on incubators.' }]] : [],
  );
  input.translations = new Map([[ID, JSON.stringify(Object.fromEntries(entries))]]);
  return runIngest(input).policies.find((p) => p.policy.id === ID)!;
}

const options = { gfm: false, smartypants: false, processor: satteri({ mdastPlugins: [policyBodyPlugin(GLOSSARY)] }) };
/** A stand-in for Term.astro: the marked term and its glossary id. */
const components = { Term: (p: { id: string; children: unknown }) => jsx('mark', { 'data-term': p.id, children: p.children }) };

describe('policy bodies: presentation added at render time', () => {
  let out: PolicyOutput;
  let parser: Parser;
  let zh: HtmlElement;
  let en: HtmlElement;
  let enHtml: string;
  beforeAll(async () => {
    out = ingest();
    parser = new Parser(await new HtmlValidate().getConfigFor('body.html'));
    zh = parser.parseHtml(`<main>${await renderMdx(out.mdx, { components, options })}</main>`);
    enHtml = await renderMdx(out.mdxEn, { components, options });
    en = parser.parseHtml(`<main>${enHtml}</main>`);
  });
  const text = (el: HtmlElement | null) => el?.textContent ?? null;
  const attr = (el: HtmlElement | null, name: string) => el?.getAttribute(name)?.value ?? null;

  it('the generated MDX holds no presentation: no classes, links, labels, glossary marks or English numbering', () => {
    for (const mdx of [out.mdx, out.mdxEn]) {
      expect(mdx).not.toMatch(/class=|<a\b|aria-label|anchor-link|<Term\b|本条链接|Link to/);
      expect(mdx).toContain('<section id="p-1-2" data-level="item2" data-number="（二）" data-measure="present-doc/1-2">');
    }
    expect(out.mdx).toContain('## 主要任务');
    expect(out.mdxEn).toContain('## Main tasks');
    expect(out.mdxEn).not.toMatch(/\(1\)|1\. Main/);
  });

  it('Chinese: every provision has its numbering, its title and an anchor link labelled 本条链接：…', () => {
    const s = zh.querySelector('section#p-1')!;
    expect(attr(s, 'class')).toBe('provision provision-item1');
    const h = zh.querySelector('section#p-1 > h2')!;
    expect(text(h)).toBe('一、主要任务 #');
    const a = h.querySelector('a.anchor-link')!;
    expect([attr(a, 'href'), attr(a, 'aria-label'), attr(a, 'data-pagefind-ignore')]).toEqual(['#p-1', '本条链接：一、主要任务', 'all']);
    expect(attr(zh.querySelector('section#p-1-1'), 'data-measure')).toBe('present-doc/1-1');
    // no title: the heading is the numbering alone, one level down
    expect(text(zh.querySelector('section#p-1-2 > h3'))).toBe('（二） #');
    expect(attr(zh.querySelector('section#p-1-2 > h3 > a'), 'aria-label')).toBe('本条链接：（二）');
    expect(attr(zh.querySelector('main > div'), 'class')).toBe('preamble');
    expect(attr(zh.querySelector('main > div'), 'id')).toBe('preamble'); // the anchor of targets stated in it
  });

  it('Chinese: the first use of each glossary term in the body is marked, once, never in a heading', () => {
    const marks = zh.querySelectorAll('mark').map((m) => [attr(m, 'data-term'), text(m)]);
    expect(marks).toEqual([
      ['incubator', '孵化器'],
      ['tech-firm', '科技企业'],
    ]);
    expect(zh.querySelector('div.preamble mark')).not.toBeNull(); // first use: the preamble
    expect(zh.querySelector('h2 mark, h3 mark')).toBeNull();
  });

  it('English: numbering in English, anchor labels “Link to …”, English glossary forms', () => {
    expect(text(en.querySelector('section#p-1 > h2'))).toBe('1. Main tasks #');
    expect(attr(en.querySelector('section#p-1 > h2 > a'), 'aria-label')).toBe('Link to 1. Main tasks');
    expect(text(en.querySelector('section#p-1-2 > h3'))).toBe('(2) #');
    expect(text(en.querySelector('section#p-2-1 > h3'))).toBe('(1) Strengthen organisation and leadership #');
    expect(en.querySelectorAll('mark').map((m) => [attr(m, 'data-term'), text(m)])).toEqual([
      ['incubator', 'incubator'], // in “incubators”
      ['tech-firm', 'technology enterprise'],
    ]);
  });

  it('English: a title kept in Chinese is marked lang="zh-CN" with its English numbering; pending and stale text are flagged', () => {
    const wrapper = en.querySelector('section#p-1-1 > div.untranslated-heading')!;
    expect(attr(wrapper, 'lang')).toBe('zh-CN');
    expect(text(wrapper.querySelector('h3'))).toBe('(1) 建设孵化载体 #');
    expect(attr(wrapper.querySelector('a'), 'aria-label')).toBe('Link to (1) 建设孵化载体');
    // the preamble is not translated
    expect(en.querySelectorAll('div.preamble > div.untranslated[lang="zh-CN"] > p')).toHaveLength(2);
    const stale = en.querySelector('section#p-2-1 > div.stale-translation')!;
    expect(text(stale.querySelector('p'))).toBe('Set up a joint meeting on incubators.');
    const current = stale.querySelector('div.current-chinese[lang="zh-CN"] > p')!;
    expect(text(current)).toBe('建立孵化器工作联席会议制度。');
  });

  it('the English body is valid HTML (html-validate, the site config)', async () => {
    const { readFileSync } = await import('node:fs');
    const validator = new HtmlValidate(JSON.parse(readFileSync(new URL('../../.htmlvalidate.json', import.meta.url), 'utf8')));
    const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Body</title></head><body><main><h1>Body</h1>${enHtml.replace(/<mark data-term="[^"]*">([^<]*)<\/mark>/g, '$1')}</main></body></html>`;
    const report = await validator.validateString(page);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it('glossary state is per body: compiling the same body again marks its terms again', async () => {
    const again = parser.parseHtml(`<main>${await renderMdx(out.mdx, { components, options })}</main>`);
    expect(again.querySelectorAll('mark')).toHaveLength(2);
  });

  it('MDX that is not a generated body (no `policy` in its frontmatter) is left as written', async () => {
    const html = await renderMdx('---\ntitle: x\n---\n\n<section id="a" data-level="item1" data-number="一、">\n  ## 孵化器\n</section>\n', { components, options });
    expect(html).toBe('<section id="a" data-level="item1" data-number="一、"><h2 id="孵化器">孵化器</h2></section>');
  });
});

describe('policy bodies: a table of rows received with cells apart (rule table/rows)', () => {
  const TABLE_ID = 'table-doc';
  // two tables: each region is named apart (html-validate's unique-landmark)
  const SEED_TABLE = ['某区科技创新行动方案', '', '一、主要目标', '到2027年，主要指标如下。', '指标\t单位\t2027年目标值', '研发投入强度\t%\t2.8', '高新技术企业\t家\t1000', '二、保障措施', '资金安排如下。', '项目\t金额\t年度', '平台建设\t100万元\t2026年', ''].join('\n');
  let zhTable: HtmlElement;
  let enTable: string;
  beforeAll(async () => {
    const input = seedInput();
    input.seeds.set('table.txt', new TextEncoder().encode(SEED_TABLE));
    input.manifestText += manifestEntry('table.txt', TABLE_ID);
    const first = runIngest(input).policies.find((p) => p.policy.id === TABLE_ID)!;
    // the header row translated cell for cell; a row translated with a cell missing is shown in Chinese
    const english: Record<string, string> = { '1/p2': 'Indicator\tUnit\tGoal for 2027', '1/p3': 'R&D intensity 2.8%' };
    const entries = first.segments.flatMap((s) => (english[s.id] ? [[s.id, { hash: hashOf(s.zh), zh: s.zh, en: english[s.id] }]] : []));
    input.translations = new Map([[TABLE_ID, JSON.stringify(Object.fromEntries(entries))]]);
    const out = runIngest(input).policies.find((p) => p.policy.id === TABLE_ID)!;
    const parser = new Parser(await new HtmlValidate().getConfigFor('body.html'));
    zhTable = parser.parseHtml(`<main>${await renderMdx(out.mdx, { components, options })}</main>`);
    enTable = await renderMdx(out.mdxEn, { components, options });
  });

  it('renders the rows as a table in a focusable region that scrolls sideways, the first row as column headers', () => {
    const regions = zhTable.querySelectorAll('section.table-scroll[tabindex="0"]');
    expect(regions.map((r) => r.getAttribute('aria-label')?.value)).toEqual(['表格1（可左右滚动）', '表格2（可左右滚动）']);
    const region = regions[0]!;
    expect(region.querySelectorAll('thead th[scope="col"]').map((th) => th.textContent)).toEqual(['指标', '单位', '2027年目标值']);
    expect(region.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td').map((td) => td.textContent))).toEqual([
      ['研发投入强度', '%', '2.8'],
      ['高新技术企业', '家', '1000'],
    ]);
  });

  it('English: a translated row in English, a row without its translation (or with a cell missing) in Chinese with lang="zh-CN"; valid HTML', async () => {
    expect(enTable).toContain('<th scope="col"><p>Goal for 2027</p></th>');
    expect(enTable).toContain('<tr lang="zh-CN"><td><p>研发投入强度</p></td>');
    expect(enTable).toContain('aria-label="Table 1 (scrolls sideways)"');
    const { readFileSync } = await import('node:fs');
    const validator = new HtmlValidate(JSON.parse(readFileSync(new URL('../../.htmlvalidate.json', import.meta.url), 'utf8')));
    const report = await validator.validateString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Body</title></head><body><main><h1>Body</h1>${enTable}</main></body></html>`);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});
