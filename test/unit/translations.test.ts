import { describe, expect, it } from 'vitest';
import { hashOf, Translator, type TranslationFile } from '../../src/ingest/authored/translations.ts';

const entry = (zh: string, en: string | null) => ({ hash: hashOf(zh), zh, en });

describe('Translator', () => {
  const file: TranslationFile = new Map([
    ['policy/title', entry('科技创新行动方案', 'Science and technology innovation action plan')],
    ['1/title', entry('总体要求', 'General requirements')],
    ['1-1/p1', entry('坚持企业主导。', 'Enterprises lead.')],
    ['1-2/p1', entry('旧的中文。', 'Old English.')],
    ['9-9/p1', entry('已删除的条款。', 'A provision since removed.')],
  ]);

  function lookups(): Translator {
    const t = new Translator(file);
    t.get('policy/title', '科技创新行动方案');
    t.get('1/title', '总体要求');
    t.get('1-1/p1', '坚持企业主导。');
    t.get('1-2/p1', '新的中文。'); // the Chinese changed since it was translated
    t.get('1-3/p1', '尚未翻译。'); // no entry
    t.get('1/title', '总体要求'); // looked up again (the English body and the data both ask)
    t.get('1-3/p1', '尚未翻译。');
    t.get('1-2/p1', '新的中文。');
    return t;
  }

  it('returns the English, stale when the hash does not match the Chinese, null when missing', () => {
    const t = new Translator(file);
    expect(t.get('1/title', '总体要求')).toEqual({ en: 'General requirements', stale: false });
    expect(t.get('1-2/p1', '新的中文。')).toEqual({ en: 'Old English.', stale: true });
    expect(t.get('1-3/p1', '尚未翻译。')).toEqual({ en: null, stale: false });
  });

  it('records each segment once, in the order of its first lookup (document order)', () => {
    const t = lookups();
    expect(t.seen.map((s) => s.id)).toEqual(['policy/title', '1/title', '1-1/p1', '1-2/p1', '1-3/p1']);
    expect(t.seen.find((s) => s.id === '1-2/p1')!.zh).toBe('新的中文。');
    expect(t.stale).toEqual(['1-2/p1']);
    expect(t.missing).toEqual(['1-3/p1']);
  });

  it('counts the segments that have English (stale ones included)', () => {
    expect(lookups().translatedCount()).toBe(4);
    expect(new Translator(new Map()).translatedCount()).toBe(0);
  });

  it('lists entries whose segment no longer exists as orphans', () => {
    expect(lookups().orphans()).toEqual(['9-9/p1']);
  });
});
