/**
 * Web pages as received (test/fixtures/received/*.html, written for this project in the layouts of real
 * portals): the document is found by the page's structure, chrome never reaches the text, tables are read
 * by their cells, GBK and Big5 pages are decoded as declared, and the converted text goes through the same
 * pipeline as a .txt (the report records the page's format and sha256).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/report/errors.ts';
import { runIngest, type IngestInput } from '../../src/ingest/pipeline.ts';
import { convertReceived, convertReceivedSeeds } from '../../src/ingest/received/convert.ts';
import { ROOT } from '../helpers.ts';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'received');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

/** A manifest entry (YAML) for a fixture seed. */
function entry(file: string, id: string, extra = ''): string {
  return `  - file: ${file}\n    id: ${id}\n    title: null\n    issuer: null\n    docNumber: null\n    issued: null\n    period: null\n    script: zh-Hans\n    provenance: test fixture\n${extra}`;
}

/** Runs the whole ingest (conversion first, as the CLI does) on fixture seeds. */
async function ingest(seeds: Record<string, Uint8Array>, manifest: string) {
  const input: IngestInput = { seeds: new Map(Object.entries(seeds)), manifestText: `sources:\n${manifest}`, unitsText: readFileSync(join(ROOT, 'content', 'units.yaml'), 'utf8'), targetOverridesText: null };
  const { input: converted, problems } = await convertReceivedSeeds({ input, problems: [] });
  return runIngest(converted, problems);
}

/** Words of each portal's chrome in the fixtures: none may reach the text. */
const CHROME_WORDS = ['首页', '当前位置', '您现在的位置', '分享', '微信', '打印本页', '关闭窗口', '相关文件', '主办', '备案', '版权所有', '统计代码', '政策解读', '机构职能', '联系电话', '字号：大'];

describe('web pages: the document by the page structure', () => {
  it('a gov.cn-style page: metadata table as fields, title, body; no navigation, share bar, print links or footer', async () => {
    const c = await convertReceived('seeds/gov-cn.html', fixture('gov-cn.html'));
    const lines = c.text.split('\n');
    for (const w of CHROME_WORDS) expect(c.text, w).not.toContain(w);
    expect(lines.slice(0, 4)).toEqual(['索引号：11500000000000000X/2024-00012', '主题分类：科技、教育', '发文机关：重庆市人民政府办公厅', '成文日期：2024年03月15日']);
    expect(lines).toContain('一、畅通成果转化渠道');
    expect(lines).toContain('（四）保障用地需求。对中试基地建设项目优先安排用地指标。');
    expect(lines.at(-1)).toBe('（此件公开发布）');
    expect(c.attachments).toEqual([{ text: '重庆市促进科技成果转化重点任务分工表', href: '/files/P020240320123.docx' }]);
    expect(c.notes.map((n) => n.rule)).toEqual(expect.arrayContaining(['html/main-content', 'html/metadata-table', 'html/title', 'html/chrome-class']));
  });

  it('a metadata table inside the document’s element is read as its fields too, not as a table of cells', async () => {
    const page = fixture('gov-cn.html').toString('utf8');
    const table = page.slice(page.indexOf('<table class="policy-meta"'), page.indexOf('</table>') + '</table>'.length);
    const moved = page.replace(table, '').replace('<p style="text-align:center">示府办发', `${table}<p style="text-align:center">示府办发`);
    const c = await convertReceived('seeds/moved.html', Buffer.from(moved));
    expect(c.text.split('\n').slice(1, 4)).toEqual(['索引号：11500000000000000X/2024-00012', '主题分类：科技、教育', '发文机关：重庆市人民政府办公厅']);
    expect(c.text).not.toContain('\u3000');
  });

  it('a district portal: breadcrumbs, side menu, share bar and footer left out; the title from its template class', async () => {
    const c = await convertReceived('seeds/district.html', fixture('district-portal.html'));
    for (const w of CHROME_WORDS) expect(c.text, w).not.toContain(w);
    expect(c.text.split('\n')).toEqual([
      '索引号：11500100MB0000000A/2023-00045',
      '发布机构：示例区科学技术局',
      '生成日期：2023-06-01',
      '发文字号：示区科发〔2023〕12号',
      '示例区科技创新券管理办法',
      '第一条　为降低中小企业创新成本，规范科技创新券的发放和使用，制定本办法。',
      '第二条　科技创新券用于购买研发设计、检验检测和技术转移服务。',
      '第三条　每家企业每年申领额度最高10万元，按服务合同金额的50%兑付。',
      '第四条　区科学技术局负责创新券的发放，区财政局负责资金保障。',
      '第五条　本办法自2023年7月1日起施行。',
    ]);
  });

  it('a page that lists documents holds none: error naming the file', async () => {
    await expect(convertReceived('seeds/list.html', fixture('no-document.html'))).rejects.toThrow(/^seeds\/list\.html: no document found in the page/);
  });

  it('a page nested 100,000 elements deep is refused with an error, not a stack overflow', async () => {
    const deep = `<html><body>${'<div>'.repeat(100_000)}${'一、总则。'.repeat(30)}</body></html>`;
    await expect(convertReceived('seeds/deep.html', Buffer.from(deep))).rejects.toThrow(/^seeds\/deep\.html: elements nested 100\d{3} deep/);
  });

  it('a plain text published in a <pre> keeps its lines', async () => {
    const html = '<html><body><pre>一、总则\n（一）支持企业开展研发活动，按研发投入给予补助。\n（二）支持人才引进，给予安家补贴。\n二、附则\n本办法自发布之日起施行。</pre></body></html>';
    const c = await convertReceived('seeds/pre.html', Buffer.from(html));
    expect(c.text.split('\n')).toEqual(['一、总则', '（一）支持企业开展研发活动，按研发投入给予补助。', '（二）支持人才引进，给予安家补贴。', '二、附则', '本办法自发布之日起施行。']);
  });

  it('a page that shows its document as images only is refused as such', async () => {
    const html = '<html><body><div class="nav"><a href="/">首页</a></div><div class="content"><img src="p1.png"><img src="p2.png"></div></body></html>';
    await expect(convertReceived('seeds/img.html', Buffer.from(html))).rejects.toThrow(/shows 2 image\(s\) and almost no text/);
  });
});

describe('web pages: encodings', () => {
  it('a GBK page in a table layout (declared gb2312) is decoded, its side column of links left out', async () => {
    const c = await convertReceived('seeds/gbk.html', fixture('gbk-page.html'));
    expect(c.encoding).toBe('gbk');
    expect(c.text.split('\n')[0]).toBe('示例县促进专利转化实施办法');
    expect(c.text).toContain('第四条　本办法自发布之日起施行。鍠、堃、喆等字照常显示。');
    expect(c.text).not.toMatch(/部门文件|县政府文件|版权所有|政务公开/);
  });

  it('a Big5 page is decoded to its traditional characters', async () => {
    const c = await convertReceived('seeds/big5.html', fixture('big5-page.html'));
    expect(c.encoding).toBe('big5');
    expect(c.text.split('\n')).toEqual(['示例市產業創新補助要點', '一、為鼓勵企業投入研究發展，特訂定本要點。', '二、補助對象為依法登記之中小企業，每案補助上限為新臺幣二百萬元。', '三、本要點由經濟發展局負責執行，財政局負責經費核撥。', '四、本要點自發布日施行。']);
  });

  it('a page saved again as UTF-8 whose meta still says gb2312 is read as UTF-8, with a warning', async () => {
    const bytes = Buffer.from(readFileSync(join(FIXTURES, 'district-portal.html'), 'utf8').replace('charset=utf-8', 'charset=gb2312'));
    const c = await convertReceived('seeds/resaved.html', bytes);
    expect(c.encoding).toBe('utf-8');
    expect(c.text).toContain('第五条　本办法自2023年7月1日起施行。');
    expect(c.notes.map((n) => n.rule)).toContain('html/encoding-mismatch');
  });

  it('a page that declares UTF-8 but holds GBK bytes: error naming the line', async () => {
    const gbk = new Uint8Array(fixture('gbk-page.html'));
    const text = Buffer.from(gbk).toString('latin1').replace('charset=gb2312', 'charset=utf-8');
    const err = await convertReceived('seeds/x.html', Buffer.from(text, 'latin1')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).line).toBe(3); // the <title>, the first line with Chinese
    expect((err as IngestError).problem).toMatch(/not valid UTF-8/);
  });

  it('a GB18030 and a Big5 .txt are read when the manifest says encoding:, and refused as not UTF-8 when it does not', async () => {
    const gbText = '一、总则\n（一）支持企业研发，最高补助100万元。\n（二）支持人才引进。\n';
    const gbBytes = encodeDoubleByte(gbText, 'gb18030');
    const result = await ingest({ 'gb.txt': gbBytes }, entry('gb.txt', 'doc-gb', '    encoding: gb18030\n'));
    const measures = result.policies[0]!.measures.map((m) => `${m.title?.zh ?? ''}${m.text.zh}`);
    expect(measures).toHaveLength(2);
    expect(measures[0]).toContain('支持企业研发，最高补助100万元');
    expect(result.report.sources[0]).toMatchObject({ file: 'gb.txt', format: 'text', sha256: createHash('sha256').update(gbBytes).digest('hex') });
    const big5 = encodeDoubleByte('一、總則\n（一）支持企業研發，最高補助100萬元。\n（二）支持人才引進。\n', 'big5');
    const hant = await ingest({ 'b5.txt': big5 }, entry('b5.txt', 'doc-b5', '    encoding: big5\n').replace('zh-Hans', 'zh-Hant'));
    expect(hant.policies[0]!.measures.map((m) => `${m.title?.zh ?? ''}${m.text.zh}`).join('')).toContain('支持企業研發，最高補助100萬元');
    await expect(ingest({ 'gb.txt': gbBytes }, entry('gb.txt', 'doc-gb'))).rejects.toThrow(/seeds\/gb\.txt:1: bytes that are not valid UTF-8/);
  });
});

/** GB18030 or Big5 bytes of a text (TextEncoder only writes UTF-8): a table of the two-byte codes, built by decoding each. */
function encodeDoubleByte(text: string, encoding: 'gb18030' | 'big5'): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding);
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...table.get(ch)!);
  }
  return new Uint8Array(out);
}

describe('web pages through the whole ingest', () => {
  it('a gov.cn page: portal metadata read, measures from its body, format and sha256 of the page in the report', async () => {
    const bytes = fixture('gov-cn.html');
    const result = await ingest({ 'gov-cn.html': bytes }, entry('gov-cn.html', 'doc-govcn'));
    const p = result.policies[0]!;
    expect(p.policy.portalMetadata).toMatchObject({ 索引号: '11500000000000000X/2024-00012', 发文字号: '示府办发〔2024〕8号' });
    expect(p.policy.sources[0]).toMatchObject({ file: 'gov-cn.html', format: 'html', sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(p.measures.map((m) => m.text.zh.slice(0, 8))).toEqual(['支持高校和科研院', '鼓励社会资本设立', '设立规模10亿元', '对中试基地建设项']);
    for (const w of CHROME_WORDS) expect(p.mdx, w).not.toContain(w);
    const rules = new Set(result.report.diagnostics.filter((d) => d.file === 'seeds/gov-cn.html').map((d) => d.rule));
    expect([...rules]).toEqual(expect.arrayContaining(['received/format', 'html/main-content', 'received/attachment-missing']));
  });

  it('a task table that is an HTML table is read by its cells: lead and supporting units as the columns say', async () => {
    const result = await ingest({ 'plan.html': fixture('task-table.html') }, entry('plan.html', 'doc-plan'));
    const tasks = result.policies[0]!.tasks;
    expect(tasks.map((t) => ({ seq: t.seq, deadline: t.deadline, lead: t.lead, support: t.support }))).toEqual([
      { seq: 1, deadline: '2025-12-31', lead: ['cq-sti-bureau'], support: ['cq-economy-it-commission', 'cq-finance-bureau'] },
      { seq: 2, deadline: '2024-12', lead: ['cq-sti-bureau', 'cq-development-reform-commission'], support: ['cq-education-commission'] },
    ]);
    expect(tasks.map((t) => t.measure)).toEqual(['doc-plan/1-1', 'doc-plan/1-2']);
  });

  it('a task table in the body, a lead unit merged across rows: every row read with its units and deadline', async () => {
    const result = await ingest({ 'points.html': fixture('body-task-table.html') }, entry('points.html', 'doc-points'));
    const tasks = result.policies[0]!.tasks;
    expect(tasks.map((t) => ({ seq: t.seq, deadline: t.deadline, lead: t.lead, support: t.support }))).toEqual([
      { seq: 1, deadline: '2024-12', lead: ['cq-sti-bureau'], support: ['cq-finance-bureau'] },
      { seq: 2, deadline: '2024-10', lead: ['cq-sti-bureau'], support: ['cq-education-commission'] },
      { seq: 3, deadline: '2024-12', lead: ['cq-economy-it-commission'], support: ['cq-sti-bureau'] },
    ]);
    const rules = result.report.diagnostics.filter((d) => d.file === 'seeds/points.html').map((d) => d.rule);
    expect(rules).toEqual(expect.arrayContaining(['html/task-table', 'html/merged-cells', 'task-table/body']));
  });

  it('an attachment that is itself in seeds/ is linked to its notice', async () => {
    const result = await ingest(
      { 'gov-cn.html': fixture('gov-cn.html'), 'P020240320123.html': fixture('task-table.html') },
      entry('gov-cn.html', 'doc-govcn') + entry('P020240320123.html', 'doc-tasks').replace('title: null', 'title: 重庆市促进科技成果转化重点任务分工表'),
    );
    const linked = result.report.diagnostics.find((d) => d.rule === 'received/attachment-in-seeds');
    expect(linked).toMatchObject({ file: 'seeds/gov-cn.html', message: expect.stringContaining('seeds/P020240320123.html') });
  });
});

describe('docs/formats.md', () => {
  it('lists every rule id of the conversions (src/ingest/received/), and only those', () => {
    const dir = join(ROOT, 'src', 'ingest', 'received');
    const used = new Set(readdirSync(dir).flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/'((?:received|html|docx|pdf)\/[a-z-]+)'/g)].map((m) => m[1]!)));
    const docs = readFileSync(join(ROOT, 'docs', 'formats.md'), 'utf8');
    const documented = new Set([...docs.matchAll(/`((?:received|html|docx|pdf)\/[a-z-]+)`/g)].map((m) => m[1]!));
    expect([...documented].sort()).toEqual([...used].sort());
  });
});

describe('seeds/ names and sizes', () => {
  it('upper-case extensions, old Word/WPS, OFD are refused with advice; a received file over 50 MiB before it is parsed', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, truncateSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { readIngestInput } = await import('../../src/ingest/disk/inputs.ts');
    const dir = mkdtempSync(join(tmpdir(), 'received-names-'));
    const seeds = join(dir, 'seeds');
    const content = join(dir, 'content');
    mkdirSync(seeds);
    mkdirSync(content);
    writeFileSync(join(content, 'units.yaml'), readFileSync(join(ROOT, 'content', 'units.yaml')));
    writeFileSync(join(seeds, 'manifest.yaml'), `sources:\n${entry('big.pdf', 'doc-big')}`);
    for (const f of ['A.PDF', 'b.doc', 'c.wps', 'd.ofd']) writeFileSync(join(seeds, f), 'x');
    writeFileSync(join(seeds, 'big.pdf'), '%PDF-1.7\n');
    truncateSync(join(seeds, 'big.pdf'), 50 * 1024 * 1024 + 1); // sparse: no 50 MB written
    const messages = (() => {
      try {
        readIngestInput(seeds, content);
      } catch (e) {
        return (e as { errors?: IngestError[] }).errors?.map((x) => x.message) ?? [(e as Error).message];
      }
      return [];
    })();
    expect(messages).toEqual([
      `${join(seeds, 'A.PDF')}: seed file names end in lower case (.txt, .html, .htm, .docx, .pdf): rename it to A.pdf`,
      `${join(seeds, 'b.doc')}: an old binary Word/WPS file (.doc, .wps) cannot be read: save it as .docx (Word: File → Save As → Word Document) and put that in seeds/`,
      `${join(seeds, 'big.pdf')}: the file is 52,428,801 bytes: the limit for a received document is 52,428,800 bytes (50 MiB); is this one document?`,
      `${join(seeds, 'c.wps')}: an old binary Word/WPS file (.doc, .wps) cannot be read: save it as .docx (Word: File → Save As → Word Document) and put that in seeds/`,
      `${join(seeds, 'd.ofd')}: OFD files and spreadsheets are not read: provide the document as .docx, .pdf, .html or UTF-8 .txt`,
    ]);
  });
});
