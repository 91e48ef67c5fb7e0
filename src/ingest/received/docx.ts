/**
 * Word files (.docx) → the document's text, through mammoth (docx → HTML: headings, tables, footnotes)
 * and then the web-page path (html.ts) with the whole file as the document.
 *
 * Automatic numbering (一、 （一） 1. set by Word's numbering, not typed) is not in a paragraph's text and
 * mammoth only turns it into <ol>/<li> without its format. The labels are computed here from
 * word/numbering.xml, word/styles.xml and word/document.xml (rule docx/numbering) and written in front of
 * each numbered paragraph, so the text reads as it is printed and the ingest finds its structure.
 */
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { IngestError } from '../report/errors.ts';
import { htmlToText } from './html.ts';
import type { Attachment, ConversionNote } from './types.ts';

/** xmldom's elements follow the DOM's interface. */
type XmlElement = Element;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** What opens a zip archive (every .docx is one) and an OLE compound file (old .doc, or an encrypted .docx). */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
/** Most bytes a Word file's parts may unpack to (a 200-page document's are a few MB; its text at most 4 MiB). */
export const MAX_UNPACKED = 256 * 1024 * 1024;

const startsWith = (b: Uint8Array, magic: number[]) => magic.every((x, i) => b[i] === x);

interface Level {
  start: number;
  format: string;
  text: string;
}

const CHINESE_DIGITS = '零一二三四五六七八九';
const TRADITIONAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (below 10,000: no list is longer). */
export function chineseCounting(n: number, digits = CHINESE_DIGITS, units = ['', '十', '百', '千']): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts: string[] = [];
  const s = String(n);
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const unit = units[s.length - 1 - i]!;
    if (d === 0) {
      zero = true;
      continue;
    }
    if (zero && parts.length) parts.push(digits[0]!);
    zero = false;
    parts.push(d === 1 && unit === units[1] && i === 0 ? '' : digits[d]!, unit);
  }
  return parts.join('');
}

/** A counter in one of Word's number formats (ST_NumberFormat); an unknown format is written in Arabic digits. */
function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
    case 'koreanLegal':
      return chineseCounting(n, TRADITIONAL_DIGITS, ['', '拾', '佰', '仟']);
    case 'ideographTraditional':
      return HEAVENLY_STEMS[n - 1] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('');
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1)).repeat(Math.floor((n - 1) / 26) + 1);
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1)).repeat(Math.floor((n - 1) / 26) + 1);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) for (; n >= v; n -= v) out += s;
  return out;
}

const children = (e: XmlElement, name: string): XmlElement[] => {
  const out: XmlElement[] = [];
  for (let c = e.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && (c as XmlElement).localName === name && (c as XmlElement).namespaceURI === W) out.push(c as XmlElement);
  return out;
};
const child = (e: XmlElement | undefined, name: string) => (e ? children(e, name)[0] : undefined);
const val = (e: XmlElement | undefined) => e?.getAttributeNS(W, 'val') ?? null;

function parseXml(text: string): XmlElement {
  // xmldom 0.9: problems go to onError (a part Word wrote is read as far as it parses; a broken file fails in mammoth first)
  return new DOMParser({ onError: () => {} }).parseFromString(text, 'text/xml').documentElement as unknown as XmlElement;
}

/** The text of a paragraph as mammoth reads it (w:t, tabs and breaks as spaces), whitespace squashed for comparison. */
function paragraphText(p: XmlElement): string {
  const parts: string[] = [];
  const walk = (e: XmlElement) => {
    for (let c = e.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const x = c as XmlElement;
      if (x.localName === 't' && x.namespaceURI === W) parts.push(x.textContent ?? '');
      else if (x.localName !== 'delText' && x.localName !== 'instrText') walk(x);
    }
  };
  walk(p);
  return squash(parts.join(''));
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** The label (一、 （二） 3.) of every automatically numbered paragraph of the body, in document order. */
export function numberingLabels(documentXml: string, numberingXml: string | null, stylesXml: string | null): { text: string; label: string }[] {
  if (!numberingXml) return [];
  const numbering = parseXml(numberingXml);
  const abstract = new Map<string, Map<number, Level>>();
  for (const a of children(numbering, 'abstractNum')) {
    const levels = new Map<number, Level>();
    for (const l of children(a, 'lvl')) {
      levels.set(Number(l.getAttributeNS(W, 'ilvl') ?? 0), { start: Number(val(child(l, 'start')) ?? 1), format: val(child(l, 'numFmt')) ?? 'decimal', text: val(child(l, 'lvlText')) ?? '' });
    }
    abstract.set(a.getAttributeNS(W, 'abstractNumId') ?? '', levels);
  }
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  for (const n of children(numbering, 'num')) {
    const starts = new Map<number, number>();
    for (const o of children(n, 'lvlOverride')) {
      const s = val(child(o, 'startOverride'));
      if (s !== null) starts.set(Number(o.getAttributeNS(W, 'ilvl') ?? 0), Number(s));
    }
    nums.set(n.getAttributeNS(W, 'numId') ?? '', { abstractId: val(child(n, 'abstractNumId')) ?? '', starts });
  }
  // paragraph styles that carry numbering (a numbered heading style)
  const styleNumbering = new Map<string, { numId: string; ilvl: number }>();
  if (stylesXml) {
    for (const s of children(parseXml(stylesXml), 'style')) {
      const numPr = child(child(s, 'pPr'), 'numPr');
      const numId = val(child(numPr, 'numId'));
      if (numId) styleNumbering.set(s.getAttributeNS(W, 'styleId') ?? '', { numId, ilvl: Number(val(child(numPr, 'ilvl')) ?? 0) });
    }
  }
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  const labels: { text: string; label: string }[] = [];
  const doc = parseXml(documentXml);
  const paragraphs = doc.getElementsByTagNameNS(W, 'p');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs.item(i)!;
    const pPr = child(p, 'pPr');
    const numPr = child(pPr, 'numPr');
    const byStyle = styleNumbering.get(val(child(pPr, 'pStyle')) ?? '');
    const numId = val(child(numPr, 'numId')) ?? byStyle?.numId ?? null;
    if (numId === null || numId === '0') continue;
    const ilvl = numPr && child(numPr, 'ilvl') ? Number(val(child(numPr, 'ilvl'))) : (byStyle?.ilvl ?? 0);
    const num = nums.get(numId);
    const levels = num && abstract.get(num.abstractId);
    const level = levels?.get(ilvl);
    if (!num || !levels || !level) continue;
    const count = counters.get(num.abstractId) ?? [];
    if (!started.has(numId)) {
      // a num's start overrides restart the list where it is first used
      started.add(numId);
      for (const [l, s] of num.starts) count[l] = s - 1;
    }
    count[ilvl] = (count[ilvl] ?? (levels.get(ilvl)?.start ?? 1) - 1) + 1;
    count.length = ilvl + 1;
    counters.set(num.abstractId, count);
    if (level.format === 'bullet' || level.format === 'none') {
      labels.push({ text: paragraphText(p), label: '' });
      continue;
    }
    const label = level.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      const lv = levels.get(l);
      return formatNumber(count[l] ?? lv?.start ?? 1, lv?.format ?? 'decimal');
    });
    labels.push({ text: paragraphText(p), label });
  }
  return labels;
}

interface MammothNode {
  type: string;
  value?: string;
  children?: MammothNode[];
  numbering?: unknown;
}

const mammothText = (n: MammothNode): string => (n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(mammothText).join(''));

export async function docxToText(file: string, bytes: Uint8Array, maxUnpacked = MAX_UNPACKED): Promise<{ text: string; attachments: Attachment[]; notes: ConversionNote[] }> {
  if (startsWith(bytes, OLE_MAGIC)) throw new IngestError(file, null, 'not a .docx: this is an old binary Word file (.doc) or a password-protected .docx; open it in Word, remove any password and save it as .docx');
  if (!startsWith(bytes, ZIP_MAGIC)) throw new IngestError(file, null, 'not a .docx: a Word file is a zip archive and this one is not (a renamed file, or broken in the download?)');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new IngestError(file, null, `not a readable .docx: its zip archive is broken (${(e as Error).message})`);
  }
  // a zip bomb (a small file that unpacks to gigabytes) is refused by the sizes its directory declares
  const unpacked = Object.values(zip.files).reduce((n, f) => n + ((f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0), 0);
  if (unpacked > maxUnpacked) throw new IngestError(file, null, `its parts unpack to ${unpacked.toLocaleString('en')} bytes: the limit is ${maxUnpacked.toLocaleString('en')} (${maxUnpacked / 1024 / 1024} MiB); is this one document?`);
  const part = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve(null);
  const documentXml = await part('word/document.xml');
  if (documentXml === null) throw new IngestError(file, null, 'not a Word document: the zip archive has no word/document.xml');
  const notes: ConversionNote[] = [];
  let labels: { text: string; label: string }[] = [];
  try {
    labels = numberingLabels(documentXml, await part('word/numbering.xml'), await part('word/styles.xml'));
  } catch (e) {
    notes.push({ line: null, rule: 'docx/numbering-unmatched', message: `automatic numbering could not be read (${(e as Error).message}): numbered paragraphs have no number in the text` });
  }
  let next = 0;
  let matched = 0;
  let mismatched = 0;
  const examples: string[] = [];
  // mammoth's types leave out its documented `transforms`
  const { transforms } = mammoth as unknown as { transforms: { paragraph: (f: (p: MammothNode) => MammothNode) => unknown } };
  const transformDocument = transforms.paragraph((p: MammothNode) => {
    if (!p.numbering) return p;
    const expected = labels[next];
    if (!expected || expected.text !== squash(mammothText(p))) {
      mismatched++;
      return p;
    }
    next++;
    if (!expected.label) return p;
    matched++;
    if (examples.length < 3) examples.push(expected.label);
    return { ...p, numbering: null, children: [{ type: 'run', children: [{ type: 'text', value: expected.label }] }, ...(p.children ?? [])] };
  });
  let html: string;
  let messages: { type: string; message: string }[];
  try {
    ({ value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { transformDocument, includeDefaultStyleMap: true } as never));
  } catch (e) {
    throw new IngestError(file, null, `not a readable .docx: ${(e as Error).message}`);
  }
  if (matched) notes.push({ line: null, rule: 'docx/numbering', message: `wrote Word's automatic numbering into the text of ${matched} paragraphs (${examples.join(' ')} …)` });
  if (mismatched) notes.push({ line: null, rule: 'docx/numbering-unmatched', message: `${mismatched} numbered paragraphs could not be matched to their numbering: they are read as a list numbered 1, 2, 3 …` });
  for (const m of messages) {
    // a style mammoth has no HTML for keeps its text as a paragraph: worth listing, not a problem
    const style = /^Unrecognised (paragraph|run) style/.test(m.message);
    notes.push({ line: null, rule: style ? 'docx/style' : 'docx/message', message: `Word conversion (mammoth): ${m.message}` });
  }
  const page = htmlToText(file, `<!doctype html><html><body>${html}</body></html>`, { wholeDocument: true, numberLists: true, formatName: 'Word file' });
  return { text: page.text, attachments: page.attachments, notes: [...notes, ...page.notes] };
}
