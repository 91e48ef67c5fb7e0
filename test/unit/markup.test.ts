import { describe, expect, it } from 'vitest';
import { isLinkOnly, isMarkdownDocument, readerHeader, stripMarkup } from '../../src/ingest/recognisers/markup.ts';

describe('stripMarkup', () => {
  it('reads heading marks, comments, rules and inline markup as markup', () => {
    expect(stripMarkup('##第一章总则')).toEqual({ text: '第一章总则', rules: ['markup/heading'] });
    expect(stripMarkup('# 某条例 #')).toEqual({ text: '某条例', rules: ['markup/heading'] });
    expect(stripMarkup('<!-- INFO END -->')).toEqual({ text: null, rules: ['markup/comment'] });
    expect(stripMarkup('---')).toEqual({ text: null, rules: ['markup/rule-line'] });
    expect(stripMarkup('| --- | :---: |')).toEqual({ text: null, rules: ['markup/rule-line'] });
    expect(stripMarkup('第三条 **组织实施**见[附件](a.pdf)。')).toEqual({ text: '第三条 组织实施见附件。', rules: ['markup/inline'] });
  });
  it('keeps wording', () => {
    expect(stripMarkup('一、到2025年，新增企业30%以上。')).toEqual({ text: '一、到2025年，新增企业30%以上。', rules: [] });
  });
});

describe('isMarkdownDocument', () => {
  it('knows a Markdown export from a plain text that uses # or ** as wording', () => {
    expect(isMarkdownDocument(['# 某条例', '第一条 ……'])).toBe(true);
    expect(isMarkdownDocument(['某条例', '<!-- INFO END -->'])).toBe(true);
    expect(isMarkdownDocument(['某通知', '（四）井号。# 井号开头的一段', '加粗 **重点** 照写'])).toBe(false);
  });
});

describe('isLinkOnly (rule markup/link-only)', () => {
  it('reads menus, footers and images as navigation', () => {
    expect(isLinkOnly('*   [首页](https://example.org/)')).toBe(true);
    expect(isLinkOnly('[网站地图](https://example.org/map) |[联系我们](https://example.org/c)')).toBe(true);
    expect(isLinkOnly('![Image 3](https://example.org/logo.png)')).toBe(true);
    expect(isLinkOnly('*   _![Image 9](https://example.org/i.png)_')).toBe(true);
    expect(stripMarkup('*   [政务公开](https://example.org/zwgk/)')).toEqual({ text: null, rules: ['markup/link-only'] });
  });
  it('keeps wording around links, and a link that names a document', () => {
    expect(isLinkOnly('当前位置：[首页](https://example.org/)>[专题](https://example.org/zt)')).toBe(false);
    expect(isLinkOnly('[某市关于促进科技创新若干措施的实施细则.docx](https://example.org/a.docx)')).toBe(false);
    expect(isLinkOnly('申请表见附件。')).toBe(false);
  });
});

describe('readerHeader (rule markup/reader-header)', () => {
  it('reads the title without the site name, the address and the date, and marks the document as Markdown', () => {
    const lines = ['Title: 本月起，这笔补贴直接发给个人！ - 某市人民政府门户网站', '', 'URL Source: https://example.org/a.html', '', 'Published Time: 2025-12-03', '', 'Markdown Content:', '正文。'];
    expect(readerHeader(lines)).toEqual({
      title: '本月起，这笔补贴直接发给个人！',
      url: 'https://example.org/a.html',
      published: '2025-12-03',
      lines: [{ index: 0, kind: 'title' }, { index: 2, kind: 'url' }, { index: 4, kind: 'published' }, { index: 6, kind: 'content' }],
    });
    expect(isMarkdownDocument(lines)).toBe(true);
  });
  it('is no header without its address and content line', () => {
    expect(readerHeader(['Title: 某市办法', '正文。'])).toBeNull();
    expect(readerHeader(['标题：某市办法'])).toBeNull();
  });
});

describe('markup/numeral-heading', () => {
  it('reads a heading that is only a numeral as the part number', () => {
    expect(stripMarkup('## 三')).toEqual({ text: '三、', rules: ['markup/heading', 'markup/numeral-heading'] });
    expect(stripMarkup('## 三年行动')).toEqual({ text: '三年行动', rules: ['markup/heading'] });
  });
});

describe('markup/inline: images, single emphasis and list markers', () => {
  it('drops an image with its alt text, and the emphasis it leaves empty', () => {
    expect(stripMarkup('*   _![Image 17](https://example.org/icon06.png)_ 分享到').text).toBe('分享到');
  });
  it('unmarks single emphasis around words and a list item\'s marker, not letters inside words', () => {
    expect(stripMarkup('_强调_ 文字').text).toBe('强调 文字');
    expect(stripMarkup('- 学士研究员每月津贴').text).toBe('学士研究员每月津贴');
    expect(stripMarkup('snake_case_name 与 a*b*c')).toEqual({ text: 'snake_case_name 与 a*b*c', rules: [] });
    expect(stripMarkup('1. 第一项')).toEqual({ text: '1. 第一项', rules: [] });
  });
});
