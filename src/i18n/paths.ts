/** Locale paths: the one place that knows how a language shows in a site URL (/policies/ ↔ /en/policies/). */
import { DEFAULT_LANG, LANGS, LOCALES, type Lang } from './config.ts';

/** The URL prefix of each non-default language ('/en'), longest first so that '/en' never shadows a longer prefix. */
const PREFIXED = LANGS.filter((l) => LOCALES[l].prefix)
  .map((l) => ({ lang: l, prefix: `/${LOCALES[l].prefix}` }))
  .sort((a, b) => b.prefix.length - a.prefix.length);

/** The prefix of a path's language and the language, or null for the default language. */
function prefixOf(path: string): { lang: Lang; prefix: string } | null {
  return PREFIXED.find(({ prefix }) => path === prefix || path.startsWith(`${prefix}/`)) ?? null;
}

/** The language of a site path. */
export const langOfPath = (path: string): Lang => prefixOf(path)?.lang ?? DEFAULT_LANG;

/** A path without its language prefix: /en/policies/ → /policies/, /en → /. */
export function unlocalized(path: string): string {
  const p = prefixOf(path);
  if (!p) return path;
  return path.slice(p.prefix.length) || '/';
}

/** A site path in a language (from a path in any language): localePath('/policies/', 'en') → /en/policies/. */
export function localePath(path: string, lang: Lang): string {
  const clean = unlocalized(path);
  const prefix = LOCALES[lang].prefix;
  return prefix ? `/${prefix}${clean}` : clean;
}

/** The path of one page in every language, as records store it ({ zh: '/policies/x/', en: '/en/policies/x/' }). */
export const localeUrls = (path: string): Record<Lang, string> => Object.fromEntries(LANGS.map((l) => [l, localePath(path, l)])) as Record<Lang, string>;

/** The BCP 47 tag of a site language (for lang and hreflang attributes). */
export const htmlLang = (lang: Lang): string => LOCALES[lang].htmlLang;

/** The Open Graph locale of a language (og:locale). */
export const ogLocale = (lang: Lang): string => LOCALES[lang].ogLocale;

/** The language the switch in the header leads to: the next one in LANGS. */
export const otherLang = (lang: Lang): Lang => LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length]!;

/** The `locale` route parameter of src/pages/[...locale]/: undefined for the default language (at /), the prefix otherwise. */
export const localeParam = (lang: Lang): string | undefined => LOCALES[lang].prefix || undefined;

/** The language of a `locale` route parameter. */
export const langOfParam = (locale: string | undefined): Lang => LANGS.find((l) => LOCALES[l].prefix === (locale ?? '')) ?? DEFAULT_LANG;

/** getStaticPaths of a page that exists once per language. */
export const everyLanguage = () => LANGS.map((lang) => ({ params: { locale: localeParam(lang) } }));

/** getStaticPaths of pages that exist once per language and item: the item's params beside `locale`. */
export const everyLanguageOf = <P extends Record<string, string>, Props = undefined>(items: { params: P; props?: Props }[]) =>
  LANGS.flatMap((lang) => items.map((x) => ({ params: { ...x.params, locale: localeParam(lang) }, props: x.props })));

/** A lang attribute for text in `tag` on a page in `lang`: the tag where they differ, else none (undefined omits it). */
export const langAttr = (tag: string, lang: Lang): string | undefined => (tag === htmlLang(lang) ? undefined : tag);
