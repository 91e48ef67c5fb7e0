/**
 * Stage 4 (structure): turn body paragraphs into a tree of provisions by the
 * numbering of Chinese official documents; text before the first numbered part
 * is the preamble, a trailing signature and date are the closing part.
 */
import { diagnostic, type Diagnostic } from '../report/diagnostics.ts';
import { IngestError } from '../report/errors.ts';
import { LEVEL_RANK, matchLeadIn, matchMarker, splitInlineHeading, type MarkerLevel } from '../recognisers/markers.ts';

export { splitInlineHeading } from '../recognisers/markers.ts';
import type { Paragraph } from '../lines.ts';
import { isTableRow } from '../../lib/text-blocks.ts';

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
  /** Stable key from the numbering path, e.g. 2-1-l3 (l = named lead-in); a numbering that restarts under one parent gives its new run a letter suffix (1-b, 1-b-1). */
  key: string;
  line: number;
}

export interface DocumentTree {
  preamble: Paragraph[];
  provisions: ProvisionNode[];
  closing: Paragraph[];
  /** Numbering that skips (rule numbering-skip) or repeats (rule numbering-repeat), or none at all (rule no-structure). */
  diagnostics: Diagnostic[];
  /** No numbered part was found: the whole text is the preamble (published as a text-only policy). */
  textOnly: boolean;
}

/**
 * Most provisions (numbered parts and named lead-ins) one document may have: the ingest cost per provision is flat up to
 * here, and the full build of such a document (~17,900 pages) was measured at 7 CPU minutes (bench/README.md).
 */
export const MAX_PROVISIONS = 10_000;

/** A numbering that repeats under one parent (一、 … 一、, or （三） twice), as passed to the `onRepeat` hook. */
export interface NumberingRepeat {
  /** The later node (its key not yet set). */
  node: ProvisionNode;
  /** The earlier sibling with the same level and number. */
  earlier: ProvisionNode;
  /** Every node of the earlier run is a heading without text or children: what a table of contents (目录) left in the body looks like. */
  headingsOnly: boolean;
}

export interface StructureOptions {
  /**
   * What a repeated numbering does: 'disambiguate' (the default) keys the new run with a
   * suffix (1-b, 1-b-1 …) and reports it; 'error' stops with an IngestError. Hook for the
   * table-of-contents stage: once it strips 目录 blocks before this stage, a repeat caused
   * by a table of contents should no longer occur, and the pipeline may decide that one
   * that still looks like it (`headingsOnly`) is an error.
   */
  onRepeat?: (repeat: NumberingRepeat) => 'disambiguate' | 'error';
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

/** Suffix of the n-th run of a numbering under one parent (n ≥ 2): b, c, … z, aa, ab … */
export function runSuffix(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}

/** Per parent: how many lead-ins it has, and per level the current run of numbers (number → node). */
interface ChildState {
  leadIns: number;
  last: Map<MarkerLevel, ProvisionNode>;
  runs: Map<MarkerLevel, NumberRun>;
}

/** A run of numbers at one level under one parent: its ordinal (2 after the numbering restarted once) and its nodes by number. */
interface NumberRun {
  ordinal: number;
  byValue: Map<number, ProvisionNode>;
}

/** Builds the provision tree of one document body. */
export function buildTree(file: string, body: Paragraph[], options: StructureOptions = {}): DocumentTree {
  const tree = new TreeBuilder(file, options);
  const closingAt = splitClosing(body);
  const closing = body.slice(closingAt);
  const preamble = readProvisions(tree, body.slice(0, closingAt));
  if (tree.provisions.length === 0) return withoutNumbering(file, body, preamble, closing, tree);
  tree.diagnostics.push(...sentenceItems(file, tree.provisions));
  return { preamble, provisions: tree.provisions, closing, diagnostics: tree.diagnostics, textOnly: false };
}

/** Attaches the paragraphs that open a numbered part or a lead-in as provisions, the others to the provision above them; returns those before the first (the preamble). */
function readProvisions(tree: TreeBuilder, paragraphs: Paragraph[]): Paragraph[] {
  const preamble: Paragraph[] = [];
  for (const p of paragraphs) {
    // a table's row is a row of its table, whatever numbering its first cell prints ((1), 一、)
    const marker = isTableRow(p.text) ? null : matchMarker(p.text);
    if (marker) {
      const split = marker.level === 'article' ? { title: null, titleEnd: '', text: marker.rest } : splitInlineHeading(marker.rest);
      tree.attach({
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
    const leadIn = tree.stack.length ? matchLeadIn(p.text) : null;
    if (leadIn) {
      tree.attach({ level: 'leadIn', label: null, value: 0, title: leadIn.title, titleEnd: '：', paragraphs: [{ ...p, text: leadIn.rest }], children: [], key: '', line: p.line });
      continue;
    }
    if (tree.stack.length) tree.stack.at(-1)!.paragraphs.push(p);
    else preamble.push(p);
  }
  return preamble;
}

/** A body without a numbered part: questions and answers (rule qa-pairs), else text only (rule no-structure), else an error (no text at all). */
function withoutNumbering(file: string, body: Paragraph[], preamble: Paragraph[], closing: Paragraph[], tree: TreeBuilder): DocumentTree {
  const { diagnostics, provisions } = tree;
  const qa = preamble.length ? questionsAndAnswers(preamble) : null;
  if (qa) {
    for (const q of qa.questions) tree.attach(q);
    const questions = qa.questions.length === 1 ? '1 question' : `${qa.questions.length} questions`;
    const answers = qa.questions.length === 1 ? 'its answer' : 'their answers';
    diagnostics.push(diagnostic(file, qa.questions[0]!.line, 'qa-pairs', `no numbered part; ${questions} (${qa.questions[0]!.label}…) and ${answers} (…答：) read as provisions, each question as a heading`));
    return { preamble: qa.preamble, provisions, closing, diagnostics, textOnly: false };
  }
  // Nothing but chrome, metadata or a signature: there is no document to publish.
  if (preamble.length === 0) {
    throw new IngestError(file, body[0]?.line ?? null, 'no recognisable structure: the document has no text besides page chrome, metadata or a signature (is the file the page you meant to save?)');
  }
  // A real document without numbering (prose, a Q&A, a collapsed table) is published as text: a maintainer is never stuck with it.
  const chars = preamble.reduce((n, p) => n + [...p.text].length, 0);
  diagnostics.push(
    diagnostic(
      file,
      preamble[0]!.line,
      'no-structure',
      `no numbered part (一、 （一） 1. 第一章 第一条 …) was found in its ${preamble.length} paragraph${preamble.length === 1 ? '' : 's'} (${chars} characters): ` +
        'published as a text-only policy (its paragraphs, no measures, targets or tasks). If the document has numbered parts, ' +
        'check that each starts its own line in the seed (a page saved as one long line, markers the ingest does not know) — or leave it as text',
    ),
  );
  return { preamble, provisions, closing, diagnostics, textOnly: true };
}

/** Attaches provisions in document order under the provision above them: their keys, numbering runs and the rules that report them. */
class TreeBuilder {
  readonly provisions: ProvisionNode[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** The open provisions, outermost first. */
  readonly stack: ProvisionNode[] = [];
  private readonly keys = new Map<string, number>();
  // Some documents number （一）… continuously across chapters: accept a restart at 1 or the next number document-wide.
  private readonly lastValue = new Map<MarkerLevel, number>();
  // State per parent (the top level is keyed null), so that attaching a node costs the same however many siblings it has.
  private readonly states = new Map<ProvisionNode | null, ChildState>();
  private count = 0;

  constructor(
    private readonly file: string,
    private readonly options: StructureOptions,
  ) {}

  attach(node: ProvisionNode): void {
    if (++this.count > MAX_PROVISIONS) {
      throw new IngestError(this.file, node.line, `more than ${MAX_PROVISIONS.toLocaleString('en')} provisions (numbered parts and lead-ins): the limit per document is ${MAX_PROVISIONS.toLocaleString('en')}; split the document`);
    }
    const { stack } = this;
    while (stack.length && LEVEL_RANK[stack.at(-1)!.level] >= LEVEL_RANK[node.level]) stack.pop();
    const parent = stack.at(-1) ?? null;
    let state = this.states.get(parent);
    if (!state) this.states.set(parent, (state = { leadIns: 0, last: new Map(), runs: new Map() }));
    let own: string;
    if (node.level === 'leadIn') {
      node.value = ++state.leadIns;
      own = `l${node.value}`;
    } else own = this.numbered(node, parent, state);
    this.setKey(node, parent, own);
    (parent ? parent.children : this.provisions).push(node);
    stack.push(node);
  }

  /** The own key of a numbered provision: its number, with a suffix in a restarted run (rules numbering-repeat, numbering-skip). */
  private numbered(node: ProvisionNode, parent: ProvisionNode | null, state: ChildState): string {
    const prev = state.last.get(node.level);
    let run = state.runs.get(node.level);
    if (!run) state.runs.set(node.level, (run = { ordinal: 1, byValue: new Map() }));
    const earlier = run.byValue.get(node.value);
    if (earlier) this.restart(node, parent, run, earlier);
    else {
      const expected = prev ? [prev.value + 1] : [1, (this.lastValue.get(node.level) ?? 0) + 1];
      if (!expected.includes(node.value)) {
        this.diagnostics.push(diagnostic(this.file, node.line, 'numbering-skip', `${node.label} after ${prev?.label ?? 'the start of its part'} (expected number ${expected.join(' or ')})`));
      }
    }
    run.byValue.set(node.value, node);
    state.last.set(node.level, node);
    this.lastValue.set(node.level, node.value);
    return run.ordinal > 1 ? `${node.value}-${runSuffix(run.ordinal)}` : String(node.value);
  }

  /** The numbering restarts (or repeats a number) under the same parent: a new run, keyed with a suffix (or an error, as options.onRepeat decides). */
  private restart(node: ProvisionNode, parent: ProvisionNode | null, run: NumberRun, earlier: ProvisionNode): void {
    const headingsOnly = [...run.byValue.values()].every((n) => n.paragraphs.length === 0 && n.children.length === 0);
    if (this.options.onRepeat?.({ node, earlier, headingsOnly }) === 'error') {
      throw new IngestError(this.file, node.line, `duplicate provision id ${keyOf(parent, String(node.value))}: ${node.label} repeats the numbering of line ${earlier.line}`);
    }
    run.ordinal++;
    run.byValue = new Map();
    const suffix = runSuffix(run.ordinal);
    const under = parent ? `${parent.label ?? ''}${parent.title ?? ''}` : 'the top level';
    this.diagnostics.push(
      diagnostic(
        this.file,
        node.line,
        'numbering-repeat',
        `${node.label} repeats the numbering of line ${earlier.line} (${earlier.label}) under ${under}: ` +
          `the numbering restarts, so this run is keyed with the suffix -${suffix} (${keyOf(parent, `${node.value}-${suffix}`)})` +
          (headingsOnly ? '; the earlier run has headings only: a table of contents (目录) left in the body?' : ''),
      ),
    );
  }

  /** The provision's key under its parent; two levels can give the same number under one parent (1. then （一） under 一、): keys stay unique. */
  private setKey(node: ProvisionNode, parent: ProvisionNode | null, own: string): void {
    node.key = keyOf(parent, own);
    for (let k = 2; this.keys.has(node.key); k++) node.key = keyOf(parent, `${own}-${runSuffix(k)}`);
    if (node.key !== keyOf(parent, own)) {
      const clash = this.keys.get(keyOf(parent, own))!;
      this.diagnostics.push(diagnostic(this.file, node.line, 'numbering-repeat', `${node.label ?? node.title} has the same number as line ${clash} at another numbering level under one parent: keyed ${node.key}`));
    }
    this.keys.set(node.key, node.line);
  }
}

/**
 * Rule sentence-item: an item that is one sentence, with or without its closing 。 (1.在本市设有分支机构，申报主体为
 * 支行…; （二）研究機構：指…。), was read as a title with no text. A provision with no parts below it and no text whose
 * “title” has at least 20 characters and a ， or ：, or is a definition (X：指…), is text: the title becomes its
 * paragraph. Reported per item.
 */
function sentenceItems(file: string, provisions: ProvisionNode[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { node } of walk(provisions)) {
    const t = node.title;
    const sentence = t !== null && (/[：:]指/.test(t) || ([...t].length >= 20 && /[，：,:]/.test(t)));
    if (node.children.length || node.paragraphs.length || !sentence) continue;
    node.paragraphs = [{ text: t + node.titleEnd, line: node.line, endLine: node.line }];
    node.title = null;
    node.titleEnd = '';
    out.push(diagnostic(file, node.line, 'sentence-item', `provision ${node.key}: “${t!.slice(0, 30)}…” is one sentence, not a heading: published as its text`));
  }
  return out;
}

/** A question of a Q&A page: 【问】… or 问：… (the marker is kept as the provision's label). */
const QUESTION = /^(【问】|问[：:])\s*(.+)$/s;
/** The opening of an answer: 答：…, or 【科技局】答：… naming who answers. */
const ANSWER = /^(【[^】]{1,12}】)?答[：:]/;

/**
 * Rule qa-pairs: a body without numbering whose paragraphs are questions (【问】…, 问：…) each followed
 * by an answer (…答：) becomes one lead-in provision per question (its heading) holding its answer.
 * Paragraphs before the first question stay the preamble. Null when the text is not a Q&A page.
 */
function questionsAndAnswers(paragraphs: Paragraph[]): { preamble: Paragraph[]; questions: ProvisionNode[] } | null {
  const first = paragraphs.findIndex((p) => QUESTION.test(p.text));
  if (first < 0) return null;
  const questions: ProvisionNode[] = [];
  for (const p of paragraphs.slice(first)) {
    const q = p.text.match(QUESTION);
    if (q) {
      // 问：…？答：… on one paragraph: the answer is the question's text
      const inline = q[2]!.search(/(【[^】]{1,12}】)?答[：:]/);
      const title = inline > 0 ? q[2]!.slice(0, inline).trim() : q[2]!.trim();
      const answer = inline > 0 ? q[2]!.slice(inline).trim() : '';
      questions.push({ level: 'leadIn', label: q[1]!, value: 0, title, titleEnd: '', paragraphs: answer ? [{ ...p, text: answer }] : [], children: [], key: '', line: p.line });
    } else questions.at(-1)!.paragraphs.push(p);
  }
  // every question has an answer that says so: otherwise a paragraph that merely starts with 问 is no Q&A
  if (!questions.every((q) => q.paragraphs.length > 0 && ANSWER.test(q.paragraphs[0]!.text))) return null;
  return { preamble: paragraphs.slice(0, first), questions };
}

function keyOf(parent: ProvisionNode | null, own: string): string {
  return parent ? `${parent.key}-${own}` : own;
}

/** Every node of a tree, depth first, with its ancestors. */
export function* walk(nodes: ProvisionNode[], ancestors: ProvisionNode[] = []): Generator<{ node: ProvisionNode; ancestors: ProvisionNode[] }> {
  for (const node of nodes) {
    yield { node, ancestors };
    yield* walk(node.children, [...ancestors, node]);
  }
}
