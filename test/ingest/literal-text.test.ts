/**
 * Document text reaches the page exactly: a seed full of Markdown and typographic sequences
 * goes through the ingest and the site's own MDX compile and renderer (test/mdx-render.ts),
 * in Chinese and English, and every text segment comes out as written, with no markup added.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, Parser, type HtmlElement } from 'html-validate/node';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Segment } from '../../src/data/schemas.ts';
import { runIngest, type PolicyOutput } from '../../src/ingest/pipeline.ts';
import { hashOf } from '../../src/ingest/authored/translations.ts';
import { manifestEntry, seedInput, ROOT } from '../helpers.ts';
import { renderMdx } from '../mdx-render.ts';

const ID = 'literal-doc';
const fixture = readFileSync(join(ROOT, 'test', 'fixtures', 'literal-text.txt'));

/** English of some segments (Markdown and typography again); the others stay untranslated. */
const english: Record<string, string> = {
  '1/title': 'Web & mail: www.example.org',
  '1-1/p1': 'Website: https://www.cq.gov.cn/zwgk/, see also www.example.org/a_b_c/ and <https://example.net>.',
  '1-2/p1': 'Write to service@example.org or mailto:help@example.com.',
  '2-1/p1': 'Struck ~~void~~ and ~one~, bold **key** and __key__, italic _stress_ and *stress*, code `npm run`.',
  '2-2/p1': 'A link [name](https://example.org), an image ![pic](a.png), a note [^1] and [x]: /y.',
  '2-3/p1': 'Entities &amp; &#x41; &copy; &lt;b&gt; and backslashes \\\\ \\* C:\\path\\ stay as written.',
  '2-4/p1': '"Double" and \'single\' quotes, it\'s -- and --- and ... as typed.',
  '3-1/p1': '> starts like a quote',
  '3-3/p1': '1. starts like a list',
  '3-7/p1': '---',
  '4-1/title': '"Quotes" -- and...',
};
/** Translated for other wording: shown as stale, with the current Chinese beside it. */
const stale: Record<string, string> = { '2-5/p1': '<!-- hidden --> {x} | a | b | # + > &nbsp and a trailing backslash\\' };

function ingest(translations?: string): PolicyOutput {
  const input = seedInput();
  input.seeds.set('literal.txt', fixture);
  input.manifestText += manifestEntry('literal.txt', ID);
  if (translations) input.translations = new Map([[ID, translations]]);
  return runIngest(input).policies.find((p) => p.policy.id === ID)!;
}

function translationFile(segments: Segment[]): string {
  const entries = segments.flatMap((s) => {
    if (english[s.id]) return [[s.id, { hash: hashOf(s.zh), zh: s.zh, en: english[s.id] }]];
    if (stale[s.id]) return [[s.id, { hash: hashOf('旧的措辞'), zh: '旧的措辞', en: stale[s.id] }]];
    return [];
  });
  return JSON.stringify(Object.fromEntries(entries)); // JSON is YAML
}

/** Text of rendered HTML: Astro escapes with these references only; any other is a failure. */
function decode(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[ref.toLowerCase()]!;
  });
}

const BODY_SEGMENT = /^(?:(preamble|closing|annex-list)\/p(\d+)|([\d]+(?:-[\w]+)*)\/(?:title|p(\d+)))$/;

interface Found {
  /** The element holding the segment's text. */
  el: HtmlElement;
  /** Its text without the heading's anchor link. */
  text: string;
}

/** The element that renders a body segment: KEY/title → the provision's heading, KEY/pN → its Nth paragraph. */
function findSegment(root: HtmlElement, id: string): Found {
  const m = BODY_SEGMENT.exec(id)!;
  const container = m[1] ? root.querySelector(`div.${m[1]}`) : root.querySelector(`section#p-${m[3]}`);
  if (!container) throw new Error(`no element for ${id}`);
  const blocks = container.childElements.flatMap((c) => (c.tagName === 'div' && !c.hasAttribute('id') ? c.childElements : [c]));
  if (id.endsWith('/title')) {
    const h = blocks.find((c) => /^h[1-6]$/.test(c.tagName))!;
    const anchor = h.querySelector('a.anchor-link')!;
    expect(h.childElements, `${id}: only the anchor link inside the heading`).toEqual([anchor]);
    return { el: h, text: decode(h.textContent.slice(0, h.textContent.lastIndexOf(anchor.textContent))).trimEnd() };
  }
  const index = Number(m[2] ?? m[4]) - 1;
  const el = blocks.filter((c) => c.tagName === 'p')[index];
  if (!el) throw new Error(`no paragraph for ${id}`);
  expect(el.childElements.map((c) => c.tagName), `${id}: no markup inside the paragraph`).toEqual([]);
  return { el, text: decode(el.textContent) };
}

/** The numbering in front of a heading's title, as each body prints it. */
const LABEL = { zh: /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)$/, en: /^(?:\d+\. |\(\d+\) )$/ };

function expectLiteral(root: HtmlElement, segments: Segment[], lang: 'zh' | 'en') {
  const body = segments.filter((s) => BODY_SEGMENT.test(s.id));
  expect(body.length).toBeGreaterThan(30);
  for (const s of body) {
    const expected = lang === 'en' && s.en !== null ? s.en : s.zh;
    const { text } = findSegment(root, s.id);
    if (s.id.endsWith('/title')) {
      expect(text.endsWith(expected), `${s.id}: ${text}`).toBe(true);
      expect(text.slice(0, text.length - expected.length), s.id).toMatch(LABEL[lang]);
    } else expect(text, s.id).toBe(expected);
  }
}

describe('document text reaches the rendered page exactly', () => {
  let zh: PolicyOutput;
  let parser: Parser;
  beforeAll(async () => {
    zh = ingest();
    const validator = new HtmlValidate();
    parser = new Parser(await validator.getConfigFor('body.html'));
  });
  const parse = (html: string) => parser.parseHtml(`<main>${html}</main>`);

  it('the fixture really holds the sequences (the ingest keeps them)', () => {
    const all = zh.segments.map((s) => s.zh).join('\n');
    for (const seq of ['https://www.cq.gov.cn/zwgk/，另见', 'service@example.org', '~~作废~~', '**重点**', '_强调_', '`npm run`', '[名称](https://example.org)', 'a&amp;b', 'a&#x41;b', '"double"', "'single'", 'a -- b', 'a --- b', 'a ... b', '<!--隐藏-->', '{x}', '| a | b |', '\\\\转义', '>引用', '-列表', '1.编号', '#井号', '***星号', '+加号', '---', '===', '```', '~~~'])
      expect(all).toContain(seq);
  });

  it('Chinese body: every heading and paragraph is the source text', async () => {
    const html = await renderMdx(zh.mdx);
    expect(html).not.toMatch(/<(a|del|strong|em|code|img|blockquote|ul|ol|li|hr|pre|table)\b(?![^>]*anchor-link)/);
    expectLiteral(parse(html), zh.segments, 'zh');
  });

  describe('English body (some segments translated, some missing, one stale)', () => {
    let en: PolicyOutput;
    let html: string;
    beforeAll(async () => {
      en = ingest(translationFile(zh.segments));
      html = await renderMdx(en.mdxEn);
    });

    it('the translations were applied as intended', () => {
      const byId = new Map(en.segments.map((s) => [s.id, s]));
      expect(byId.get('1-1/p1')!.en).toBe(english['1-1/p1']);
      expect(byId.get('2-5/p1')!.stale).toBe(true);
      expect(byId.get('1-2/p1')!.stale).toBe(false);
      expect(byId.get('3-2/p1')!.en).toBeNull();
    });

    it('every heading and paragraph is the English as written, or the Chinese where it is missing', () => {
      expect(html).not.toMatch(/<(a|del|strong|em|code|img|blockquote|ul|ol|li|hr|pre|table)\b(?![^>]*anchor-link)/);
      expectLiteral(parse(html), en.segments, 'en');
      // a stale translation keeps the current Chinese beside it, as written
      const current = parse(html).querySelector('section#p-2-5 .current-chinese p')!;
      expect(decode(current.textContent)).toBe(zh.segments.find((s) => s.id === '2-5/p1')!.zh);
    });

    it('Chinese kept in the English body is inside an element with lang="zh-CN", English is not', () => {
      const root = parse(html);
      const langOf = (el: HtmlElement) => el.closest('[lang]')?.getAttribute('lang')?.value ?? 'en';
      for (const s of en.segments.filter((x) => BODY_SEGMENT.test(x.id))) {
        const { el } = findSegment(root, s.id);
        expect([s.id, langOf(el)]).toEqual([s.id, s.en === null ? 'zh-CN' : 'en']);
      }
      expect(langOf(root.querySelector('section#p-2-5 .current-chinese p')!)).toBe('zh-CN');
    });

    it('is valid HTML (html-validate, the site config)', async () => {
      const validator = new HtmlValidate(JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')));
      const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Body</title></head><body><main><h1>Body</h1>${html}</main></body></html>`;
      const report = await validator.validateString(page);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    });
  });
});
