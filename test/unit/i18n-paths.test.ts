/** Locale paths (src/i18n/paths.ts): every localised URL of the site is built here. */
import { describe, expect, it } from 'vitest';
import { everyLanguage, everyLanguageOf, langAttr, langOfParam, langOfPath, localeParam, localePath, localeUrls, otherLang, unlocalized } from '../../src/i18n/paths.ts';

describe('locale paths', () => {
  it('puts English under /en/ and Chinese at the root, from a path in either language', () => {
    expect(localePath('/policies/', 'en')).toBe('/en/policies/');
    expect(localePath('/en/policies/', 'en')).toBe('/en/policies/');
    expect(localePath('/en/policies/x/', 'zh')).toBe('/policies/x/');
    expect(localePath('/', 'en')).toBe('/en/');
    expect(localePath('/en/', 'zh')).toBe('/');
    expect(localePath('/feed.xml', 'en')).toBe('/en/feed.xml');
  });
  it('does not take a path that only starts with the letters of a prefix for a localised one', () => {
    expect(langOfPath('/energy/')).toBe('zh');
    expect(unlocalized('/energy/')).toBe('/energy/');
    expect(localePath('/energy/', 'en')).toBe('/en/energy/');
  });
  it('reads the language of a path, with or without a trailing slash', () => {
    expect(langOfPath('/en')).toBe('en');
    expect(langOfPath('/en/units/x/')).toBe('en');
    expect(langOfPath('/units/x/')).toBe('zh');
    expect(unlocalized('/en')).toBe('/');
  });
  it('gives the URLs a record stores for every language', () => {
    expect(localeUrls('/units/cq-sti-bureau/')).toEqual({ zh: '/units/cq-sti-bureau/', en: '/en/units/cq-sti-bureau/' });
  });
  it('maps route parameters of src/pages/[...locale]/ both ways', () => {
    expect(localeParam('zh')).toBeUndefined();
    expect(localeParam('en')).toBe('en');
    expect(langOfParam(undefined)).toBe('zh');
    expect(langOfParam('en')).toBe('en');
    expect(everyLanguage()).toEqual([{ params: { locale: undefined } }, { params: { locale: 'en' } }]);
    expect(everyLanguageOf([{ params: { id: 'a' }, props: { n: 1 } }])).toEqual([
      { params: { id: 'a', locale: undefined }, props: { n: 1 } },
      { params: { id: 'a', locale: 'en' }, props: { n: 1 } },
    ]);
  });
  it('switches to the other language and marks text of another language only', () => {
    expect(otherLang('zh')).toBe('en');
    expect(otherLang('en')).toBe('zh');
    expect(langAttr('zh-CN', 'en')).toBe('zh-CN');
    expect(langAttr('zh-CN', 'zh')).toBeUndefined();
  });
});
