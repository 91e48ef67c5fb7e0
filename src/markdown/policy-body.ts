/**
 * Presentation of the generated policy bodies, added when the site compiles them (a Sätteri
 * mdast plugin, set up in astro.config.mjs): the ingest writes structure and text only
 * (src/ingest/stages/mdast.ts); this adds the numbering in the page's language, the anchor link and
 * its label on every provision heading, the CSS classes, and the first use of each glossary term.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { splitByTerms, termForms, type TermForm } from '../lib/glossary.ts';
import { englishNumbering } from '../lib/numbering.ts';
import { t, type Lang } from '../i18n/ui.ts';

/** The nodes a generated body holds (mdast with MDX JSX elements), as plain objects. */
export interface BodyNode {
  type: string;
  name?: string | null;
  value?: string;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: BodyNode[];
  data?: { _mdxExplicitJsx?: boolean };
}

export interface PresentOptions {
  /** The body's language (its frontmatter `lang`). */
  lang: Lang;
  /** Glossary term forms in that language: the first use of each in the body is marked <Term id=…>. */
  terms: TermForm[];
}

const attr = (n: BodyNode, name: string): string | undefined => {
  const a = n.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
};

/**
 * An element as if written in the MDX source (explicit JSX): MDX renders a lowercase (HTML) element as
 * it is, and a capitalised one (<Provision>, <Term>) through the page's `components`.
 */
const element = (type: 'mdxJsxFlowElement' | 'mdxJsxTextElement', name: string, attributes: Record<string, string | undefined>, children: BodyNode[]): BodyNode => ({
  type,
  name,
  attributes: Object.entries(attributes).flatMap(([k, v]) => (v === undefined ? [] : [{ type: 'mdxJsxAttribute', name: k, value: v }])),
  children,
  data: { _mdxExplicitJsx: true },
});

const isElement = (n: BodyNode | undefined, name: string): boolean => n?.type === 'mdxJsxFlowElement' && n.name === name;

const textOf = (n: BodyNode): string => n.value ?? (n.children ?? []).map(textOf).join('');

/** A plain copy of a node without its children (the parser's tree is read lazily; positions are dropped). */
function shallow(n: BodyNode): BodyNode {
  const out: BodyNode = { type: n.type };
  if (n.name !== undefined) out.name = n.name;
  if (n.value !== undefined) out.value = n.value;
  if (n.depth !== undefined) out.depth = n.depth;
  if (n.attributes) out.attributes = n.attributes.map((a) => ({ type: a.type, name: a.name, value: a.value }));
  if (n.data?._mdxExplicitJsx) out.data = { _mdxExplicitJsx: true };
  return out;
}

/** A plain copy of a node the presentation leaves as it is. */
const copy = (n: BodyNode): BodyNode => (n.children ? { ...shallow(n), children: n.children.map(copy) } : shallow(n));

/**
 * The body as the page shows it. A pure function of the tree and the options: the glossary's
 * "first use" state lives in this call, so each body (each compiled file) starts afresh.
 */
export function presentBody<T extends BodyNode>(root: T, { lang, terms }: PresentOptions): T {
  const seen = new Set<string>();
  let tables = 0;

  /** Text with the first use of each term not yet seen in this body marked. */
  const marked = (children: BodyNode[]): BodyNode[] =>
    children.flatMap((c) =>
      c.type === 'text' && c.value
        ? splitByTerms(c.value, terms, seen).map((p) => ('term' in p ? element('mdxJsxTextElement', 'Term', { id: p.term }, [{ type: 'text', value: p.text }]) : { type: 'text', value: p.text }))
        : [copy(c)],
    );

  /** A provision: its heading (numbering and title) with an anchor link, its text, its sub-provisions. */
  function section(n: BodyNode, depth: number): BodyNode {
    const id = attr(n, 'id') ?? '';
    const number = attr(n, 'data-number');
    const children = n.children ?? [];
    // The title is the first child: a heading, or a heading kept in Chinese (a div with lang="zh-CN") in an English body.
    const first = children[0];
    const wrapped = first && isElement(first, 'div') && attr(first, 'lang') !== undefined && first.children?.[0]?.type === 'heading' ? first : null;
    const heading = wrapped ? wrapped.children![0]! : first?.type === 'heading' ? first : null;
    const label = number === undefined ? null : lang === 'en' ? (englishNumbering(number) ?? number) : number;
    const headingText = [label, heading ? textOf(heading) : null].filter(Boolean).join(lang === 'en' ? ' ' : '');
    const out: BodyNode[] = [];
    if (headingText) {
      const link = element('mdxJsxTextElement', 'a', { href: `#${id}`, class: 'anchor-link', 'data-pagefind-ignore': 'all', 'aria-label': t('anchorLabel', lang) + headingText }, [{ type: 'text', value: '#' }]);
      const h: BodyNode = { type: 'heading', depth: heading?.depth ?? Math.min(6, depth), children: [{ type: 'text', value: headingText + ' ' }, link] };
      out.push(wrapped ? element('mdxJsxFlowElement', 'div', { lang: attr(wrapped, 'lang'), class: 'untranslated-heading' }, [h]) : h);
    }
    for (const c of children.slice(heading ? 1 : 0)) out.push(flow(c, depth + 1));
    // A capitalised name, so MDX renders it through the page's `components` (Provision.astro: the section and the box of its units, deadline and targets).
    return element('mdxJsxFlowElement', 'Provision', { id, class: `provision provision-${attr(n, 'data-level')}`, 'data-measure': attr(n, 'data-measure') }, out);
  }

  function flow(n: BodyNode, depth: number): BodyNode {
    if (n.type === 'paragraph') return { type: 'paragraph', children: marked(n.children ?? []) };
    if (isElement(n, 'section')) return section(n, depth);
    // A table (rule table/rows) scrolls sideways in a focusable, labelled section (a region) of its own, so a narrow screen keeps the page's width.
    // Numbered in the body (表格1, Table 2): each region's name is unique on the page.
    if (isElement(n, 'table')) return element('mdxJsxFlowElement', 'section', { class: 'table-scroll', tabindex: '0', 'aria-label': t('tableRegion', lang, { n: ++tables }) }, [copy(n)]);
    if (isElement(n, 'div')) {
      const children = n.children ?? [];
      const part = attr(n, 'data-part');
      // The preamble is an anchor too: targets stated in it link to #preamble (src/ingest/stages/records.ts).
      if (part) return element('mdxJsxFlowElement', 'div', { class: part, id: part === 'preamble' ? 'preamble' : undefined }, children.map((c) => flow(c, depth)));
      // A stale translation, then the current Chinese (shown as it is: no glossary marks).
      if (attr(n, 'data-translation') === 'stale')
        return element(
          'mdxJsxFlowElement',
          'div',
          { class: 'stale-translation' },
          children.map((c) => (isElement(c, 'div') && attr(c, 'lang') ? element('mdxJsxFlowElement', 'div', { lang: attr(c, 'lang'), class: 'current-chinese' }, (c.children ?? []).map(copy)) : flow(c, depth))),
        );
      // Chinese kept in an English body (translation pending).
      const kept = attr(n, 'lang');
      if (kept) return element('mdxJsxFlowElement', 'div', { lang: kept, class: 'untranslated' }, children.map((c) => flow(c, depth)));
    }
    return n.children ? { ...shallow(n), children: n.children.map((c) => flow(c, depth)) } : shallow(n);
  }

  return { ...shallow(root), children: (root.children ?? []).map((c) => flow(c, 2)) } as T;
}

/** A glossary entry as content/glossary.yaml writes it (only what marking needs). */
export interface GlossaryTerm {
  id: string;
  zh: string;
  en: string;
  aliases: string[];
}

type MdastPluginEntry = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];

/**
 * The Sätteri mdast plugin: for each compiled MDX file whose frontmatter names a `policy` (a generated
 * body), replaces the tree with `presentBody`'s; other MDX is left alone. A new plugin instance per file.
 */
export function policyBodyPlugin(glossary: GlossaryTerm[]): MdastPluginEntry {
  const terms = { zh: termForms(glossary, 'zh'), en: termForms(glossary, 'en') };
  return (file) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    if (typeof frontmatter?.policy !== 'string') return null;
    const lang: Lang = frontmatter.lang === 'en' ? 'en' : 'zh';
    return {
      name: 'policy-body',
      before(root, ctx) {
        ctx.replaceNode(root, presentBody(root as unknown as BodyNode, { lang, terms: terms[lang] }) as never);
      },
    };
  };
}
