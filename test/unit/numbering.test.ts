import { describe, expect, it } from 'vitest';
import { englishNumbering, provisionLabel } from '../../src/lib/numbering.ts';

describe('englishNumbering', () => {
  it('reads the numbering as printed', () => {
    expect(['第二章', '第三节', '第十二条', '四、', '（三）', '2.', '（5）', '③'].map(englishNumbering)).toEqual(['Chapter 2', 'Section 3', 'Article 12', '4.', '(3)', '2.', '(5)', '(c)']);
    expect(['第三節', '第十二條'].map(englishNumbering)).toEqual(['Section 3', 'Article 12']); // Traditional
  });
  it('is null for what is not a numbering', () => {
    expect(englishNumbering('加快建设众创空间')).toBeNull();
    expect(englishNumbering('（三）加快')).toBeNull();
  });
});

describe('provisionLabel (breadcrumbs)', () => {
  it('names a parent without a title by its numbering, in both languages', () => {
    expect(provisionLabel({ key: '2', number: '第二章', title: null }, 'en')).toEqual({ number: 'Chapter 2', title: null });
    expect(provisionLabel({ key: '1-3', number: '（三）', title: null }, 'en')).toEqual({ number: '(3)', title: null });
    expect(provisionLabel({ key: '1-3', number: '（三）', title: null }, 'zh')).toEqual({ number: '（三）', title: null });
  });
  it('gives numbering and title; an untranslated title stays Chinese, marked as such', () => {
    const title = { zh: '加快建设众创空间', en: 'Build maker spaces faster' };
    expect(provisionLabel({ key: '2-7', number: '（七）', title }, 'en')).toEqual({ number: '(7)', title: { text: 'Build maker spaces faster', lang: 'en' } });
    expect(provisionLabel({ key: '2-7', number: '（七）', title }, 'zh')).toEqual({ number: '（七）', title: { text: '加快建设众创空间', lang: 'zh-CN' } });
    expect(provisionLabel({ key: '2-7', number: '（七）', title: { ...title, en: null } }, 'en')).toEqual({ number: '(7)', title: { text: '加快建设众创空间', lang: 'zh-CN' } });
  });
  it('is never empty: a named lead-in has its title; neither numbering nor title gives the key', () => {
    expect(provisionLabel({ key: '2-l1', number: null, title: { zh: '打造众创空间', en: null } }, 'en')).toEqual({ number: null, title: { text: '打造众创空间', lang: 'zh-CN' } });
    expect(provisionLabel({ key: '2-l1', number: null, title: null }, 'en')).toEqual({ number: '2-l1', title: null });
  });
});
