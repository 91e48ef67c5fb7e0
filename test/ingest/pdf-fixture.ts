/**
 * PDFs for the tests, printed by Chromium (playwright-core, as the browser tests launch it) from HTML
 * written for this project, in the Noto CJK font the test environment installs (fonts-noto-cjk):
 * a multi-page notice with a running header and page numbers, a scan (pages that are only an image),
 * and a PDF whose trailer names an encryption dictionary.
 */
import { chromium, type Browser } from 'playwright-core';
import { chineseCounting } from '../../src/ingest/received/docx.ts';
import { CHROMIUM_FLAGS, chromiumPath } from '../e2e/chromium.ts';

const STYLE = `
  @page { size: A4; margin: 25mm 20mm; }
  body { font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; font-size: 16pt; line-height: 1.6; }
  p { margin: 0; text-indent: 2em; text-align: justify; }
  h1 { font-size: 20pt; text-align: center; }
  table { border-collapse: collapse; width: 100%; font-size: 12pt; }
  td, th { border: 1px solid #000; padding: 2pt 4pt; }
`;

/** Running header and page number, as Chromium prints them in the page margins. */
const HEADER = '<div style="font-size:9pt;width:100%;text-align:center;font-family:Noto Sans CJK SC">重庆市人民政府行政规范性文件</div>';
const FOOTER = '<div style="font-size:10pt;width:100%;text-align:center;font-family:Noto Sans CJK SC">— <span class="pageNumber"></span> —</div>';

/** A long paragraph of the notice (so that paragraphs run on across lines and pages). */
export const PDF_PARAGRAPH = '各有关部门要围绕科技创新重点任务，加强协同配合，完善政策体系，推动创新资源向企业集聚，支持企业牵头组建创新联合体，承担重大科技项目，确保各项工作落到实处、取得实效，形成上下联动、齐抓共管的工作格局。';

/** Task table rows short enough that no cell wraps (so the columns line up on the page). */
export const PDF_TASKS = [
  ['1', '培育科技型企业', '2025年底前', '市科技局', '市财政局'],
  ['2', '建设重点实验室', '2024年12月', '市发展改革委', '市教委'],
];

export function noticeHtml(paragraphs = 12, table = false): string {
  const body: string[] = ['<h1>重庆市促进科技创新若干措施</h1>', '<p>一、总体要求</p>'];
  for (let i = 1; i <= paragraphs; i++) body.push(`<p>（${chineseCounting(i)}）第${i}项措施。${PDF_PARAGRAPH}</p>`);
  body.push('<p>二、保障措施</p>', '<p>（一）加强组织领导。市科技局负责统筹推进。</p>');
  if (table) {
    body.push('<p>附件</p>', '<p>重点任务分工表</p>', '<table><tr><th>序号</th><th>重点任务</th><th>完成时限</th><th>牵头单位</th><th>配合单位</th></tr>');
    for (const r of PDF_TASKS) body.push(`<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`);
    body.push('</table>');
  }
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>${body.join('\n')}</body></html>`;
}

let browser: Browser | null = null;
async function launch(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS] });
  return browser;
}

export async function closePdfBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

/** Prints HTML to PDF; with `runningHeader`, a header and a page number on every page. */
export async function printPdf(html: string, runningHeader = true): Promise<Buffer> {
  const page = await (await launch()).newPage();
  try {
    await page.setContent(html);
    return await page.pdf({ format: 'A4', displayHeaderFooter: runningHeader, headerTemplate: HEADER, footerTemplate: FOOTER, margin: { top: '25mm', bottom: '25mm', left: '20mm', right: '20mm' } });
  } finally {
    await page.close();
  }
}

/** A scan: the notice's first page rendered to an image, and the image alone printed to PDF (no text layer). */
export async function scannedPdf(): Promise<Buffer> {
  const page = await (await launch()).newPage();
  try {
    await page.setContent(noticeHtml(3));
    const png = (await page.screenshot({ fullPage: true })).toString('base64');
    return await printPdf(`<!doctype html><html><body style="margin:0"><img style="width:100%" src="data:image/png;base64,${png}"></body></html>`, false);
  } finally {
    await page.close();
  }
}

/**
 * A password-protected PDF, as far as a reader can tell: an incremental update (the PDF standard's way
 * to change a file) adds an encryption dictionary (standard security handler, revision 2) whose password
 * checks fail, and a trailer that names it. pdf.js then asks for a password, as for a protected file.
 */
export function encryptedPdf(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const size = Number(/\/Size (\d+)/.exec(text)![1]);
  const root = /\/Root (\d+ \d+ R)/.exec(text)![1];
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const object = `${size} 0 obj\n<< /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >>\nendobj\n`;
  const objectAt = pdf.length;
  const xrefAt = objectAt + object.length;
  const id = `<${'ab'.repeat(16)}>`;
  const update = `${object}xref\n${size} 1\n${String(objectAt).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size + 1} /Root ${root} /Prev ${prev} /Encrypt ${size} 0 R /ID [${id} ${id}] >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
}
