/** The site's locales, one line each: URL prefix, BCP 47 tag, Open Graph locale and the locale of dates (adding a language starts here). */
export const LOCALES = {
  zh: { prefix: '', htmlLang: 'zh-CN', ogLocale: 'zh_CN', dateLocale: 'zh-CN' },
  en: { prefix: 'en', htmlLang: 'en', ogLocale: 'en_US', dateLocale: 'en-GB' },
} as const;

/** A site language. */
export type Lang = keyof typeof LOCALES;
/** The language served at the site root (no URL prefix); content records are written in it first. */
export const DEFAULT_LANG: Lang = 'zh';
/** All site languages, the default first. */
export const LANGS = Object.keys(LOCALES) as Lang[];
