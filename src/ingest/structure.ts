/**
 * Stage 4 (structure): turn body paragraphs into a tree of provisions by the
 * numbering of Chinese official documents; text before the first numbered part
 * is the preamble, a trailing signature and date are the closing part.
 */
import { IngestError } from './errors.ts';
import { LEVEL_RANK, matchLeadIn, matchMarker, type MarkerLevel } from './markers.ts';
import type { Paragraph } from './segment.ts';

export interface ProvisionNode {
  level: MarkerLevel;
  /** The numbering as printed (一、 （三） 2.), null for a named lead-in. */
  label: string | null;
  /** Numeric value of the numbering; for lead-ins their ordinal among lead-in siblings. */
  value: number;
  title: string | null;
  /** Punctuation that followed the title in the source (。 after an inline heading, ： after a lead-in). */
  titleEnd: string;
  /** The node's own text (not its children's). */
  paragraphs: Paragraph[];
  children: ProvisionNode[];
  /** Stable key from the numbering path, e.g. 2-1-l3 (l = named lead-in). */
  key: string;
  line: number;
}

export interface DocumentTree {
  preamble: Paragraph[];
  provisions: ProvisionNode[];
  closing: Paragraph[];
  /** Numbering that skips or repeats, for the report. */
  numberingWarnings: string[];
}

const MAX_TITLE_CHARS = 40;

/** Splits “加快建设众创空间。推广…” into an inline heading and its text; long first sentences are text, not headings. */
export function splitInlineHeading(rest: string): { title: string | null; titleEnd: string; text: string } {
  if (!rest) return { title: null, titleEnd: '', text: '' };
  const stop = rest.indexOf('。');
  const head = stop < 0 ? rest : rest.slice(0, stop);
  if ([...head].length > MAX_TITLE_CHARS) return { title: null, titleEnd: '', text: rest };
  return { title: head, titleEnd: stop < 0 ? '' : '。', text: stop < 0 ? '' : rest.slice(stop + 1).trim() };
}

const DATE_LINE = /^(\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/;

/** Trailing paragraphs that are a signature block: an optional issuer line, a date, a publication note. */
function splitClosing(paragraphs: Paragraph[]): number {
  let i = paragraphs.length;
  const isNote = (t: string) => /^（此件.*）$/.test(t);
  while (i > 0 && isNote(paragraphs[i - 1]!.text)) i--;
  if (i > 0 && DATE_LINE.test(paragraphs[i - 1]!.text)) {
    i--;
    while (i > 0 && [...paragraphs[i - 1]!.text].length <= 25 && !/[。，；：]/.test(paragraphs[i - 1]!.text) && !matchMarker(paragraphs[i - 1]!.text)) i--;
  }
  return i;
}

/** Builds the provision tree of one document body. */
export function buildTree(file: string, body: Paragraph[]): DocumentTree {
  const preamble: Paragraph[] = [];
  const provisions: ProvisionNode[] = [];
  const numberingWarnings: string[] = [];
  const stack: ProvisionNode[] = [];
  const keys = new Map<string, number>();
  // Some documents number （一）… continuously across chapters: accept a restart at 1 or the next number document-wide.
  const lastValue = new Map<MarkerLevel, number>();

  const closingAt = splitClosing(body);
  const closing = body.slice(closingAt);

  const attach = (node: ProvisionNode) => {
    while (stack.length && LEVEL_RANK[stack.at(-1)!.level] >= LEVEL_RANK[node.level]) stack.pop();
    const parent = stack.at(-1);
    const siblings = parent ? parent.children : provisions;
    if (node.level === 'leadIn') node.value = siblings.filter((s) => s.level === 'leadIn').length + 1;
    else {
      const prev = [...siblings].reverse().find((s) => s.level === node.level);
      const expected = prev ? [prev.value + 1] : [1, (lastValue.get(node.level) ?? 0) + 1];
      if (!expected.includes(node.value)) numberingWarnings.push(`line ${node.line}: ${node.label} after ${prev?.label ?? 'the start of its part'} (expected number ${expected.join(' or ')})`);
      lastValue.set(node.level, node.value);
    }
    const own = node.level === 'leadIn' ? `l${node.value}` : String(node.value);
    node.key = parent ? `${parent.key}-${own}` : own;
    if (keys.has(node.key)) {
      throw new IngestError(file, node.line, `duplicate provision id ${node.key}: ${node.label ?? node.title} repeats the numbering of line ${keys.get(node.key)}`);
    }
    keys.set(node.key, node.line);
    siblings.push(node);
    stack.push(node);
  };

  for (const p of body.slice(0, closingAt)) {
    const marker = matchMarker(p.text);
    if (marker) {
      const split = marker.level === 'article' ? { title: null, titleEnd: '', text: marker.rest } : splitInlineHeading(marker.rest);
      attach({
        level: marker.level,
        label: marker.label,
        value: marker.value,
        title: split.title,
        titleEnd: split.titleEnd,
        paragraphs: split.text ? [{ ...p, text: split.text }] : [],
        children: [],
        key: '',
        line: p.line,
      });
      continue;
    }
    const leadIn = stack.length ? matchLeadIn(p.text) : null;
    if (leadIn) {
      attach({ level: 'leadIn', label: null, value: 0, title: leadIn.title, titleEnd: '：', paragraphs: [{ ...p, text: leadIn.rest }], children: [], key: '', line: p.line });
      continue;
    }
    if (stack.length) stack.at(-1)!.paragraphs.push(p);
    else preamble.push(p);
  }
  if (provisions.length === 0) {
    throw new IngestError(file, body[0]?.line ?? null, 'no recognisable structure: no numbered part (一、 （一） 1. 第一章 第一条 …) was found');
  }
  return { preamble, provisions, closing, numberingWarnings };
}

/** Every node of a tree, depth first, with its ancestors. */
export function* walk(nodes: ProvisionNode[], ancestors: ProvisionNode[] = []): Generator<{ node: ProvisionNode; ancestors: ProvisionNode[] }> {
  for (const node of nodes) {
    yield { node, ancestors };
    yield* walk(node.children, [...ancestors, node]);
  }
}
