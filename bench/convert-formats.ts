/**
 * Conversion benchmark for documents as received (src/ingest/received/): a PDF of about 100 pages
 * (printed by Chromium from generated HTML, as in test/ingest/pdf-fixture.ts), a web page of 1 MB
 * (the gov.cn-style fixture with its body repeated) and a Word file of about 200 pages (generated with
 * the `docx` package, as in test/ingest/docx-fixture.ts), all made on the fly. For each: the time to
 * convert, then the ingest of the received file and of its converted text saved as a .txt, in ms per
 * provision: the two should be the same (the converted text goes through the same pipeline).
 *
 *   npx tsx bench/convert-formats.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuUsage } from 'node:process';
import { runIngest, type IngestInput } from '../src/ingest/pipeline.ts';
import { convertReceived, convertReceivedSeeds } from '../src/ingest/received/convert.ts';
import { workPlanDocx } from '../test/ingest/docx-fixture.ts';
import { closePdfBrowser, noticeHtml, printPdf } from '../test/ingest/pdf-fixture.ts';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const units = readFileSync(join(ROOT, 'content', 'units.yaml'), 'utf8');
const manifest = (file: string) => `sources:\n  - file: ${file}\n    id: bench-doc\n    title: null\n    issuer: null\n    docNumber: null\n    issued: null\n    period: null\n    script: zh-Hans\n    provenance: benchmark\n`;

async function timed<T>(f: () => Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const t = performance.now();
  const c = cpuUsage();
  const value = await f();
  const used = cpuUsage(c);
  return { value, wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
}

/** The pipeline alone (conversion done before), on one seed. */
async function prepared(file: string, bytes: Uint8Array): Promise<IngestInput> {
  const input: IngestInput = { seeds: new Map([[file, bytes]]), manifestText: manifest(file), unitsText: units, targetOverridesText: null };
  const { input: converted, problems } = await convertReceivedSeeds({ input, problems: [] });
  if (problems.length) throw problems[0];
  return converted;
}

/** The gov.cn-style fixture with its body paragraphs repeated up to about `bytes`. */
function largePage(bytes: number): Buffer {
  const page = readFileSync(join(ROOT, 'test', 'fixtures', 'received', 'gov-cn.html'), 'utf8');
  const start = page.indexOf('<p><strong>一、');
  const end = page.indexOf('<p>　　本措施自印发之日起施行');
  const body = page.slice(start, end);
  const parts: string[] = [];
  let size = page.length;
  for (let i = 1; size < bytes; i++) {
    const chunk = body.replace(/一、|二、/g, (m) => `${m}第${i}部分`);
    parts.push(chunk);
    size += Buffer.byteLength(chunk);
  }
  return Buffer.from(page.slice(0, start) + parts.join('\n') + page.slice(end));
}

const cases: { name: string; file: string; make: () => Promise<Buffer> }[] = [
  { name: 'PDF, ~100 pages', file: 'bench.pdf', make: () => printPdf(noticeHtml(640, true)) },
  { name: 'HTML, 1 MB', file: 'bench.html', make: async () => largePage(1024 * 1024) },
  { name: 'Word, ~200 pages', file: 'bench.docx', make: () => workPlanDocx(150) },
];

console.log('file                  bytes     pages  characters  convert wall/CPU s  provisions  pipeline CPU ms/provision: received / same text as .txt');
for (const c of cases) {
  const bytes = await c.make();
  const conv = await timed(() => convertReceived(`seeds/${c.file}`, bytes));
  const pages = conv.value.notes.map((n) => /of (\d+) pages/.exec(n.message)?.[1]).find(Boolean) ?? '–';
  const receivedInput = await prepared(c.file, bytes);
  const textInput = await prepared('bench.txt', Buffer.from(conv.value.text));
  // each five times, alternating, the fastest counted: the first run of a process pays for compiling the
  // pipeline, and garbage collection lands on whichever run is going
  const runs = { received: [] as Awaited<ReturnType<typeof timed<ReturnType<typeof runIngest>>>>[], text: [] as { cpu: number }[] };
  for (let i = 0; i < 5; i++) {
    runs.received.push(await timed(async () => runIngest(receivedInput)));
    runs.text.push(await timed(async () => runIngest(textInput)));
  }
  const fastest = <T extends { cpu: number }>(xs: T[]) => xs.reduce((a, b) => (b.cpu < a.cpu ? b : a));
  const received = fastest(runs.received);
  const asText = fastest(runs.text);
  const counts = received.value.report.policies[0]!.counts;
  const provisions = counts.chapters + counts.sections + counts.measures;
  const per = (t: { cpu: number }) => (t.cpu / provisions).toFixed(3);
  console.log(
    `${c.name.padEnd(18)} ${String(bytes.length).padStart(9)}  ${String(pages).padStart(5)}  ${String([...conv.value.text].length).padStart(10)}  ${`${(conv.wall / 1000).toFixed(2)} / ${(conv.cpu / 1000).toFixed(2)}`.padEnd(18)}  ${String(provisions).padStart(10)}  ${per(received)} / ${per(asText)}`,
  );
}
await closePdfBrowser();
