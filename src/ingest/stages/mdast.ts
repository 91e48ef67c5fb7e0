/**
 * Build the MDX of a policy body as a syntax tree (mdast + MDX JSX nodes) and
 * serialize it with mdast-util-to-markdown. The body holds the document's structure
 * and text only: provisions as <section> elements with their id, level, printed
 * numbering and measure id, titles as headings, text as paragraphs, and the language
 * of Chinese kept in an English body. Numbering in English, anchor links, labels,
 * classes and glossary marks are added when the site renders it (src/markdown/policy-body.ts).
 * Document text only ever becomes text nodes, so `{`, `}`, `<`, `>` and lines starting
 * with import/export are escaped by the serializer and can never run as code.
 */
import type { Heading, Paragraph as MdParagraph, Root, RootContent } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import YAML from 'yaml';
import { isTableRow, rowCells } from '../../lib/text-blocks.ts';
import type { Paragraph } from './segment.ts';
import type { DocumentTree, ProvisionNode } from './structure.ts';

/** The HTML id of a provision, from its stable key. */
export function anchorOf(key: string): string {
  return `p-${key}`;
}

function paragraph(text: string): MdParagraph {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

/** Renders one text segment in the body's language; returns null to keep the Chinese. */
export type SegmentText = (segmentId: string, zh: string) => { text: string; lang: 'en' | 'zh-CN'; stale: boolean; zh: string };

const chinese: SegmentText = (_id, zh) => ({ text: zh, lang: 'zh-CN', stale: false, zh });

/**
 * A paragraph of a segment: Chinese kept in an English body is wrapped in a div with lang="zh-CN".
 * The wrapper is a div holding a real paragraph: MDX turns the text inside any flow element into
 * a <p> of its own, so a <p> wrapper would give <p><p>…</p></p> (invalid; browsers drop its lang), and
 * text directly inside a flow element is not escaped as phrasing by the serializer.
 */
function segmentParagraph(bodyLang: 'en' | 'zh-CN', t: ReturnType<SegmentText>): RootContent {
  if (t.lang === bodyLang && !t.stale) return paragraph(t.text);
  if (t.lang !== bodyLang) return block('div', { lang: t.lang }, [paragraph(t.text)]);
  // A stale translation (it translates earlier wording) is followed by the current Chinese.
  return block('div', { 'data-translation': 'stale' }, [paragraph(t.text), block('div', { lang: 'zh-CN' }, [paragraph(t.zh)])]);
}

function block(name: string, attributes: Record<string, string>, children: RootContent[]): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([k, v]) => ({ type: 'mdxJsxAttribute', name: k, value: v })),
    children: children as MdxJsxFlowElement['children'],
  };
}

/**
 * A part's paragraphs, each a segment (`key/pN`); consecutive table rows (rule table/rows) make one table, its
 * first row the header. A row whose translation lacks a cell is shown in Chinese (lang="zh-CN" on the row).
 */
function paragraphs(ps: Paragraph[], key: string, ctx: { lang: 'en' | 'zh-CN'; text: SegmentText }): RootContent[] {
  const out: RootContent[] = [];
  // the table being filled while the paragraphs are its rows (its body is made at its second row)
  let table: { node: MdxJsxFlowElement; body: MdxJsxFlowElement | null } | null = null;
  for (const [i, p] of ps.entries()) {
    const t = ctx.text(`${key}/p${i + 1}`, p.text);
    if (!isTableRow(p.text)) {
      table = null;
      out.push(segmentParagraph(ctx.lang, t));
      continue;
    }
    const own = t.lang === ctx.lang && !t.stale && rowCells(t.text).length === rowCells(p.text).length;
    const header = table === null;
    const cell = (c: string) => block(header ? 'th' : 'td', header ? { scope: 'col' } : {}, c ? [paragraph(c)] : []);
    const row = block('tr', own || ctx.lang === 'zh-CN' ? {} : { lang: 'zh-CN' }, rowCells(own ? t.text : p.text).map(cell));
    if (table === null) {
      table = { node: block('table', {}, [block('thead', {}, [row])]), body: null };
      out.push(table.node);
    } else {
      if (!table.body) table.node.children.push((table.body = block('tbody', {}, [])));
      table.body.children.push(row);
    }
  }
  return out;
}

function provision(node: ProvisionNode, depth: number, ctx: { measureIds: Set<string>; policyId: string; lang: 'en' | 'zh-CN'; text: SegmentText }): MdxJsxFlowElement {
  const children: RootContent[] = [];
  const title = node.title ? ctx.text(`${node.key}/title`, node.title) : null;
  if (title) {
    const h: Heading = { type: 'heading', depth: Math.min(6, depth) as Heading['depth'], children: [{ type: 'text', value: title.text }] };
    children.push(title.lang !== ctx.lang ? block('div', { lang: title.lang }, [h]) : h);
  }
  children.push(...paragraphs(node.paragraphs, node.key, ctx));
  for (const child of node.children) children.push(provision(child, depth + 1, ctx));
  const { measureIds, policyId } = ctx;
  const id = `${policyId}/${node.key}`;
  const attrs: Record<string, string> = { id: anchorOf(node.key), 'data-level': node.level };
  if (node.label) attrs['data-number'] = node.label;
  if (measureIds.has(id)) attrs['data-measure'] = id;
  return block('section', attrs, children);
}

export interface BodyInput {
  policyId: string;
  /** The body's language; English bodies take their text from `text`. */
  lang?: 'en' | 'zh-CN';
  text?: SegmentText;
  sourceFiles: string[];
  frontmatter: Record<string, unknown>;
  tree: DocumentTree;
  annexList: Paragraph[];
  measureIds: Set<string>;
}

/** The mdast tree of a policy body. */
export function buildBodyTree(input: BodyInput): Root {
  const { tree } = input;
  const lang = input.lang ?? 'zh-CN';
  const text = input.text ?? chinese;
  const part = (name: 'preamble' | 'closing' | 'annex-list', ps: Paragraph[]) =>
    block('div', { 'data-part': name }, paragraphs(ps, name, { lang, text }));
  const children: RootContent[] = [];
  const header = `# Generated by \`npm run ingest\` from ${input.sourceFiles.join(', ')}: do not edit, edit the seed or the overrides.\n`;
  children.push({ type: 'yaml', value: header + YAML.stringify(input.frontmatter, { lineWidth: 0 }).trimEnd() });
  if (tree.preamble.length) children.push(part('preamble', tree.preamble));
  for (const node of tree.provisions) children.push(provision(node, 2, { measureIds: input.measureIds, policyId: input.policyId, lang, text }));
  if (tree.closing.length) children.push(part('closing', tree.closing));
  if (input.annexList.length) children.push(part('annex-list', input.annexList));
  return { type: 'root', children };
}

/**
 * MDX reads import/export at the start of a line as code, and `<`, `{`, `}` anywhere as
 * JSX or expressions (`<!--` is even a syntax error): escape all of them in text.
 * CommonMark's own constructs (`*`, `_`, `` ` ``, `[`, `&`, `\`, leading `#`, `>`, `-`, `1.` …)
 * are escaped by mdast-util-to-markdown itself. `~` is escaped too (GFM strikethrough), but
 * GFM and smart punctuation must stay off in astro.config.mjs: the site's MDX parser (Sätteri)
 * links bare URLs and e-mail addresses even when their characters are escaped.
 */
const MDX_UNSAFE: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport[\\s{*]' },
  { character: 'e', atBreak: true, after: 'xport[\\s{*]' },
  { character: '<' },
  { character: '{' },
  { character: '}' },
  { character: '~' },
];

/** Serializes a body tree to MDX text. */
export function serializeMdx(tree: Root): string {
  return toMarkdown(tree, { extensions: [mdxToMarkdown(), frontmatterToMarkdown(['yaml']), { unsafe: MDX_UNSAFE }] });
}
