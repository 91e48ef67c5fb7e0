/**
 * Build the MDX of a policy body as a syntax tree (mdast + MDX JSX nodes) and
 * serialize it with mdast-util-to-markdown. Document text only ever becomes text
 * nodes, so `{`, `}`, `<`, `>` and lines starting with import/export are escaped
 * by the serializer and can never run as code.
 */
import type { Heading, Paragraph as MdParagraph, Root, RootContent } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import YAML from 'yaml';
import { splitByTerms, type TermForm } from '../lib/glossary.ts';
import { englishLabel } from '../lib/numbering.ts';
import type { Paragraph } from './segment.ts';
import type { DocumentTree, ProvisionNode } from './structure.ts';

/** The HTML id of a provision, from its stable key. */
export function anchorOf(key: string): string {
  return `p-${key}`;
}

/** Glossary terms to mark (first use in the body) — set per body by buildBodyTree. */
let glossary: { forms: TermForm[]; seen: Set<string> } | null = null;

function inline(text: string): MdParagraph['children'] {
  if (!glossary) return [{ type: 'text', value: text }];
  return splitByTerms(text, glossary.forms, glossary.seen).map((piece) =>
    'term' in piece
      ? ({ type: 'mdxJsxTextElement', name: 'Term', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: piece.term }], children: [{ type: 'text', value: piece.text }] } as never)
      : { type: 'text', value: piece.text },
  );
}

function paragraph(text: string): MdParagraph {
  return { type: 'paragraph', children: inline(text) };
}

/** Renders one text segment in the body's language; returns null to keep the Chinese. */
export type SegmentText = (segmentId: string, zh: string) => { text: string; lang: 'en' | 'zh-CN'; stale: boolean; zh: string };

const chinese: SegmentText = (_id, zh) => ({ text: zh, lang: 'zh-CN', stale: false, zh });

/**
 * A paragraph of a segment: Chinese kept in an English body is marked lang="zh-CN" (translation pending).
 * The marked wrapper is a div holding a real paragraph: MDX turns the text inside any flow element into
 * a <p> of its own, so a <p> wrapper would give <p><p>…</p></p> (invalid; browsers drop its lang), and
 * text directly inside a flow element is not escaped as phrasing by the serializer.
 */
function segmentParagraph(bodyLang: 'en' | 'zh-CN', t: ReturnType<SegmentText>): RootContent {
  if (t.lang === bodyLang && !t.stale) return paragraph(t.text);
  if (t.lang !== bodyLang) return block('div', { lang: t.lang, class: 'untranslated' }, [paragraph(t.text)]);
  // A stale translation is shown with the current Chinese beside it.
  const current: MdParagraph = { type: 'paragraph', children: [{ type: 'text', value: t.zh }] };
  return block('div', { class: 'stale-translation' }, [paragraph(t.text), block('div', { lang: 'zh-CN', class: 'current-chinese' }, [current])]);
}

function block(name: string, attributes: Record<string, string>, children: RootContent[]): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([k, v]) => ({ type: 'mdxJsxAttribute', name: k, value: v })),
    children: children as MdxJsxFlowElement['children'],
  };
}

function provision(node: ProvisionNode, depth: number, ctx: { measureIds: Set<string>; policyId: string; lang: 'en' | 'zh-CN'; text: SegmentText }): MdxJsxFlowElement {
  const children: RootContent[] = [];
  const title = node.title ? ctx.text(`${node.key}/title`, node.title) : null;
  const label = ctx.lang === 'en' ? englishLabel(node.level, node.value) : node.label;
  const headingText = [label, title?.text].filter(Boolean).join(ctx.lang === 'en' ? ' ' : '');
  if (headingText) {
    const link = {
      type: 'mdxJsxTextElement',
      name: 'a',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'href', value: `#${anchorOf(node.key)}` },
        { type: 'mdxJsxAttribute', name: 'class', value: 'anchor-link' },
        { type: 'mdxJsxAttribute', name: 'data-pagefind-ignore', value: 'all' },
        { type: 'mdxJsxAttribute', name: 'aria-label', value: ctx.lang === 'en' ? `Link to ${headingText}` : `本条链接：${headingText}` },
      ],
      children: [{ type: 'text', value: '#' }],
    };
    const h: Heading = { type: 'heading', depth: Math.min(6, depth) as Heading['depth'], children: [{ type: 'text', value: headingText + ' ' }, link as never] };
    if (title && title.lang !== ctx.lang) children.push(block('div', { lang: title.lang, class: 'untranslated-heading' }, [h]));
    else children.push(h);
  }
  node.paragraphs.forEach((p, i) => children.push(segmentParagraph(ctx.lang, ctx.text(`${node.key}/p${i + 1}`, p.text))));
  for (const child of node.children) children.push(provision(child, depth + 1, ctx));
  const { measureIds, policyId } = ctx;
  const id = `${policyId}/${node.key}`;
  const attrs: Record<string, string> = { id: anchorOf(node.key), class: `provision provision-${node.level}` };
  if (measureIds.has(id)) attrs['data-measure'] = id;
  return block('section', attrs, children);
}

export interface BodyInput {
  policyId: string;
  /** Glossary term forms in the body's language: their first use is marked <Term id=…>. */
  terms?: TermForm[];
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
  glossary = input.terms?.length ? { forms: input.terms, seen: new Set() } : null;
  const lang = input.lang ?? 'zh-CN';
  const text = input.text ?? chinese;
  const paragraphs = (prefix: string, ps: Paragraph[]) => ps.map((p, i) => segmentParagraph(lang, text(`${prefix}/p${i + 1}`, p.text)));
  const children: RootContent[] = [];
  const header = `# Generated by \`npm run ingest\` from ${input.sourceFiles.join(', ')}: do not edit, edit the seed or the overrides.\n`;
  children.push({ type: 'yaml', value: header + YAML.stringify(input.frontmatter, { lineWidth: 0 }).trimEnd() });
  if (tree.preamble.length) children.push(block('div', { class: 'preamble' }, paragraphs('preamble', tree.preamble)));
  for (const node of tree.provisions) children.push(provision(node, 2, { measureIds: input.measureIds, policyId: input.policyId, lang, text }));
  if (tree.closing.length) children.push(block('div', { class: 'closing' }, paragraphs('closing', tree.closing)));
  if (input.annexList.length) children.push(block('div', { class: 'annex-list' }, paragraphs('annex-list', input.annexList)));
  glossary = null;
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
