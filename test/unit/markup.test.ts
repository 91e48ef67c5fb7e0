import { describe, expect, it } from 'vitest';
import { isMarkdownDocument, stripMarkup } from '../../src/ingest/recognisers/markup.ts';

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
