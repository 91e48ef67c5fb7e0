/**
 * Word files and PDFs as received, generated here from text written for this project (docx-fixture.ts:
 * the `docx` package; pdf-fixture.ts: Chromium printing HTML in Noto CJK): numbering, tables and
 * footnotes from Word; lines, paragraphs, running headers and page numbers from PDF. Bad files — a scan,
 * an encrypted PDF, a damaged PDF, a .docx that is not a zip, a page with no document — each stop with
 * `error: FILE: …`, all of them in one run, and content/ stays as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest, type IngestInput } from '../../src/ingest/pipeline.ts';
import { convertReceived, convertReceivedSeeds } from '../../src/ingest/received/convert.ts';
import { chineseCounting, docxToText } from '../../src/ingest/received/docx.ts';
import { replaceRadicals } from '../../src/ingest/received/radicals.ts';
import { ROOT } from '../helpers.ts';
import { DOCX_TASKS, workPlanDocx } from './docx-fixture.ts';
import { snapshot, tempDir } from './fs-faults.ts';
import { closePdfBrowser, encryptedPdf, noticeHtml, PDF_PARAGRAPH, printPdf, scannedPdf } from './pdf-fixture.ts';

const entry = (file: string, id: string) => `  - file: ${file}\n    id: ${id}\n    title: null\n    issuer: null\n    docNumber: null\n    issued: null\n    period: null\n    script: zh-Hans\n    provenance: test fixture\n`;

async function ingest(seeds: Record<string, Uint8Array>, manifest: string) {
  const input: IngestInput = { seeds: new Map(Object.entries(seeds)), manifestText: `sources:\n${manifest}`, unitsText: readFileSync(join(ROOT, 'content', 'units.yaml'), 'utf8'), targetOverridesText: null };
  const { input: converted, problems } = await convertReceivedSeeds({ input, problems: [] });
  return runIngest(converted, problems);
}

describe('Word files', () => {
  it('automatic numbering is written into the text in its Word format (一、 （一）), restarting per level as Word does', async () => {
    const c = await convertReceived('seeds/plan.docx', await workPlanDocx());
    const lines = c.text.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '重庆市推进科技创新工作方案',
      '为推进科技创新，制定本方案[1]。',
      '一、主要任务',
      '（一）培育科技型企业。实施科技型企业梯度培育计划，到2025年科技型企业达到5000家。',
      '（二）建设创新平台。建设市级重点实验室20个，支持企业建设研发机构。',
      '二、保障措施',
      '（一）加强统筹协调。各有关部门按照任务分工抓好落实。',
    ]);
    expect(lines.at(-1)).toBe('[1] 科技型企业指经评价入库的企业。');
    expect(c.notes.find((n) => n.rule === 'docx/numbering')?.message).toMatch(/5 paragraphs/);
  });

  it('Chinese counting as Word writes it', () => {
    expect([1, 10, 11, 20, 21, 100, 105, 110].map((n) => chineseCounting(n))).toEqual(['一', '十', '十一', '二十', '二十一', '一百', '一百零五', '一百一十']);
  });

  it('through the whole ingest: measures from the numbered paragraphs, the task table by its cells', async () => {
    const bytes = await workPlanDocx();
    const result = await ingest({ 'plan.docx': bytes }, entry('plan.docx', 'doc-plan'));
    const p = result.policies[0]!;
    expect(p.policy.sources[0]).toMatchObject({ format: 'docx' });
    expect(p.measures.map((m) => m.number)).toEqual(['（一）', '（二）', '（一）']);
    expect(p.tasks.map((t) => [t.seq, t.deadlineText, t.lead.length, t.support.length])).toEqual(DOCX_TASKS.map((r) => [Number(r[0]), r[2], r[3]!.split('、').length, r[4]!.split('、').length]));
  });

  it('a Word task table in the body with a lead unit merged down two rows (vMerge): each row has its units', async () => {
    const { Document, Packer, Paragraph, Table, TableCell, TableRow } = await import('docx');
    const cell = (t: string, rowSpan?: number) => new TableCell({ children: [new Paragraph(t)], rowSpan });
    const table = new Table({
      rows: [
        new TableRow({ children: ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'].map((t) => cell(t)) }),
        new TableRow({ children: [cell('1'), cell('新培育科技型企业1000家'), cell('市科技局', 2), cell('市财政局'), cell('2024年12月底')] }),
        new TableRow({ children: [cell('2'), cell('新建市级重点实验室5个'), cell('市教委'), cell('2024年10月底')] }),
      ],
    });
    const doc = new Document({ sections: [{ children: [new Paragraph('重庆市2024年科技工作要点'), new Paragraph('各单位要按照分工抓好落实。'), table] }] });
    const c = await convertReceived('seeds/points.docx', await Packer.toBuffer(doc));
    expect(c.text.split('\n').slice(2)).toEqual(['序号 重点任务 牵头单位 配合单位 完成时限', '1 新培育科技型企业1000家 市科技局 市财政局 2024年12月底', '2 新建市级重点实验室5个 市科技局 市教委 2024年10月底']);
    expect(c.notes.map((n) => n.rule)).toContain('html/merged-cells');
  });

  it('a zip bomb is refused by the sizes its directory declares, before its parts are read', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('word/document.xml', 'a'.repeat(2 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(20_000);
    // the real limit is 256 MiB (MAX_UNPACKED); a 1 MiB limit tests the same check without unpacking 256 MB
    await expect(docxToText('seeds/bomb.docx', bytes, 1024 * 1024)).rejects.toThrow('seeds/bomb.docx: its parts unpack to 2,097,152 bytes: the limit is 1,048,576 (1 MiB)');
  });

  it('a .docx that is not a zip, a broken zip, an old .doc: each a plain error', async () => {
    await expect(convertReceived('seeds/a.docx', Buffer.from('这不是Word文件'))).rejects.toThrow('seeds/a.docx: not a .docx: a Word file is a zip archive and this one is not');
    const broken = (await workPlanDocx()).subarray(0, 2000);
    await expect(convertReceived('seeds/b.docx', broken)).rejects.toThrow(/^seeds\/b\.docx: not a readable \.docx: its zip archive is broken/);
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    await expect(convertReceived('seeds/c.docx', ole)).rejects.toThrow(/old binary Word file \(\.doc\) or a password-protected \.docx/);
  });
});

describe('PDFs', () => {
  let notice: Buffer;
  beforeAll(async () => {
    notice = await printPdf(noticeHtml(30, true));
  }, 120_000);
  afterAll(closePdfBrowser);

  it('lines rebuilt, paragraphs joined across lines and pages, running header and page numbers left out, radicals replaced', async () => {
    const c = await convertReceived('seeds/notice.pdf', notice);
    const lines = c.text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['重庆市促进科技创新若干措施', '一、总体要求']);
    // every measure is one paragraph, whatever line or page it was broken on
    const measures = lines.filter((l) => /^（[一二三四五六七八九十]+）第\d+项措施/.test(l));
    expect(measures).toHaveLength(30);
    for (const m of measures) expect(m.replace(/^（.+?）第\d+项措施。/, '')).toBe(PDF_PARAGRAPH);
    expect(c.text).not.toMatch(/规范性文件|— \d+ —/);
    expect(c.text).not.toMatch(/[\u2e80-\u2fdf]/);
    const rules = c.notes.map((n) => n.rule);
    expect(rules).toEqual(expect.arrayContaining(['pdf/running-header', 'pdf/page-number', 'pdf/page-join', 'pdf/radicals', 'pdf/table']));
  });

  it('a table whose cells line up is read by its cells, and its task rows reach the ingest as tasks', async () => {
    const result = await ingest({ 'notice.pdf': notice }, entry('notice.pdf', 'doc-notice'));
    const p = result.policies[0]!;
    expect(p.policy.sources[0]).toMatchObject({ format: 'pdf' });
    expect(p.tasks.map((t) => [t.seq, t.deadline, t.lead, t.support])).toEqual([
      [1, '2025-12-31', ['cq-sti-bureau'], ['cq-finance-bureau']],
      [2, '2024-12', ['cq-development-reform-commission'], ['cq-education-commission']],
    ]);
  });

  it('radicals with an equivalent ideograph are replaced, Kangxi and supplement alike', () => {
    // ⼾ KANGXI RADICAL DOOR is 戶 (U+6236) in Unicode's table, not the simplified 户
    expect(replaceRadicals('⼀、⻔⼾⺠⻓')).toEqual({ text: '一、门戶民长', replaced: 5 });
  });

  it('every bad file stops the run with error: FILE: …, all in one run, content/ untouched', async () => {
    const dir = tempDir('ingest-received-');
    const seeds = join(dir, 'seeds');
    const content = join(dir, 'content');
    mkdirSync(seeds);
    mkdirSync(content);
    cpSync(join(ROOT, 'content', 'units.yaml'), join(content, 'units.yaml'));
    writeFileSync(join(seeds, 'good.pdf'), notice);
    writeFileSync(join(seeds, 'scan.pdf'), await scannedPdf());
    writeFileSync(join(seeds, 'locked.pdf'), encryptedPdf(notice));
    writeFileSync(join(seeds, 'damaged.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('损坏的文件'.repeat(50))]));
    writeFileSync(join(seeds, 'notzip.docx'), '这不是Word文件');
    writeFileSync(join(seeds, 'list.html'), readFileSync(join(ROOT, 'test', 'fixtures', 'received', 'no-document.html')));
    writeFileSync(join(seeds, 'old.doc'), 'x');
    const names = ['good.pdf', 'scan.pdf', 'locked.pdf', 'damaged.pdf', 'notzip.docx', 'list.html'];
    writeFileSync(join(seeds, 'manifest.yaml'), `sources:\n${names.map((n, i) => entry(n, `doc-${i}`)).join('')}`);
    const before = snapshot(content);
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'ingest', 'cli.ts'), '--seeds', seeds, '--content', content], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('error:')).sort();
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^error: .*seeds\/damaged\.pdf: not a readable PDF/),
        expect.stringMatching(/^error: .*seeds\/list\.html: no document found in the page/),
        expect.stringMatching(/^error: .*seeds\/locked\.pdf: an encrypted \(password-protected\) PDF/),
        expect.stringMatching(/^error: .*seeds\/notzip\.docx: not a \.docx/),
        expect.stringMatching(/^error: .*seeds\/old\.doc: an old binary Word\/WPS file/),
        expect.stringMatching(/^error: .*seeds\/scan\.pdf: no text layer \(scanned image\); OCR is not supported — provide a text version$/),
      ]),
    );
    expect(errors).toHaveLength(6);
    expect(snapshot(content)).toEqual(before);
  }, 120_000);
});
