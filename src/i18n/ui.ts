/**
 * The i18n entry point for code that is given a language rather than reading Astro.locals:
 * re-exports the locale config and paths, and `t(key, lang)` over the dictionaries.
 */
import { useTranslations, type UIKey } from './dictionaries/index.ts';
import { LANGS, type Lang } from './config.ts';
import type { Vars } from './translate.ts';

export { LANGS, DEFAULT_LANG, type Lang } from './config.ts';
export { htmlLang, langOfPath, localePath, localePath as localized, otherLang } from './paths.ts';
export { useTranslations, type UIKey };
export type StringKey = UIKey;

/** An interface string in a language. */
export const t = (key: UIKey, lang: Lang, vars?: Vars): string => useTranslations(lang)(key, vars);

/** The kinds of page the search index stores (Base's `kind` filter). */
export const PAGE_KINDS = ['measure', 'policy', 'unit', 'targets', 'theme', 'glossary'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The label of a unit kind. */
export const unitKindLabel = (kind: 'department' | 'party-organ' | 'zone-committee' | 'central-office' | 'organization' | 'group', lang: Lang) => t(`unitKind.${kind}`, lang);

/**
 * Labels of the search page's "kind" filter values. The index stores each page's kind in its own
 * language (措施 on Chinese pages, measure on English ones); with the other language merged both
 * appear, so every stored value (of every language) maps to one label in `lang`.
 */
export function searchKindLabels(lang: Lang): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const kind of PAGE_KINDS) labels[kind] = t(`kindLabel.${kind}`, lang);
  for (const stored of LANGS) for (const kind of PAGE_KINDS) labels[t(`pageKind.${kind}`, stored)] ??= t(`kindLabel.${kind}`, lang);
  return labels;
}
