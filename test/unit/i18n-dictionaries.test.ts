/** The interface dictionaries (src/i18n/dictionaries/) and the translator: keys, placeholders, plurals. */
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, useTranslations } from '../../src/i18n/dictionaries/index.ts';
import { interpolate, placeholders, resolveEntry, type Entry } from '../../src/i18n/translate.ts';

const forms = (e: Entry): string[] => (typeof e === 'string' ? [e] : Object.values(e).filter((x): x is string => typeof x === 'string'));
const HAN = /\p{Script=Han}/u;
/** Entries whose call site passes variables that only some languages use: contents entries number by the document's own numbering (一、) in Chinese, by position (1.) in English. */
const OWN_VARIABLES = new Set(['policy.tocItem']);

describe('dictionaries', () => {
  const base = DICTIONARIES.zh;
  for (const [lang, dict] of Object.entries(DICTIONARIES)) {
    it(`${lang} has exactly the base dictionary's keys`, () => {
      expect(Object.keys(dict).sort()).toEqual(Object.keys(base).sort());
    });
    it(`${lang} uses the same placeholders as the base in every entry`, () => {
      const differ = Object.keys(base).filter((k) => !OWN_VARIABLES.has(k)).filter((k) => {
        const key = k as keyof typeof base;
        const mine = new Set(forms(dict[key]).flatMap(placeholders));
        const theirs = new Set(forms(base[key]).flatMap(placeholders));
        // a plural form may leave out {n} ('policy' / 'policies'), nothing else
        mine.add('n');
        theirs.add('n');
        return [...mine].sort().join() !== [...theirs].sort().join();
      });
      expect(differ).toEqual([]);
    });
  }
  it('English entries hold no Han characters, except the switch to Chinese', () => {
    const han = Object.entries(DICTIONARIES.en).filter(([k, e]) => forms(e).some((f) => HAN.test(f)) && !['switchTo', 'switchLabel'].includes(k));
    expect(han).toEqual([]);
  });
});

describe('translator', () => {
  it('fills placeholders and fails on a missing one', () => {
    expect(interpolate('{first}–{last}', { first: 2015, last: 2027 })).toBe('2015–2027');
    expect(() => interpolate('Task {n}', {})).toThrow(/\{n\}/);
  });
  it('chooses plural forms with the language’s rules', () => {
    const entry = { one: '{n} measure', other: '{n} measures' };
    expect(resolveEntry(entry, 'en', { n: 1 })).toBe('1 measure');
    expect(resolveEntry(entry, 'en', { n: 53 })).toBe('53 measures');
    expect(resolveEntry(entry, 'en', { n: 0 })).toBe('0 measures');
    // Chinese has one form: `other`
    expect(resolveEntry(entry, 'zh-CN', { n: 1 })).toBe('1 measures');
    expect(() => resolveEntry(entry, 'en')).toThrow(/numeric n/);
  });
  it('looks keys up in the language’s dictionary', () => {
    expect(useTranslations('en')('home.tasks', { n: 1 })).toBe('1 task');
    expect(useTranslations('en')('home.tasks', { n: 53 })).toBe('53 tasks');
    expect(useTranslations('zh')('home.tasks', { n: 53 })).toBe('53 项分工任务');
    expect(useTranslations('en')('task.link', { n: 7 })).toBe('Task 7');
    // @ts-expect-error an unknown key is a type error, and throws at run time
    expect(() => useTranslations('en')('no.such.key')).toThrow(/no.such.key/);
  });
});
