/** The dictionary of each locale and `useTranslations`, the translator pages get as Astro.locals.t (src/middleware.ts). */
import { LOCALES, type Lang } from '../config.ts';
import { translator, type Translator } from '../translate.ts';
import { en } from './en.ts';
import { zh, type Dictionary, type UIKey } from './zh.ts';

export type { Dictionary, UIKey };

/** Every locale's dictionary: a locale without one is a type error here. */
export const DICTIONARIES: Record<Lang, Dictionary> = { zh, en };

/** A translator function of the interface dictionaries. */
export type T = Translator<UIKey>;

const cache = new Map<Lang, T>();

/** The translator of a language: `t('home.title', { first: 2015, last: 2027 })`. */
export function useTranslations(lang: Lang): T {
  let t = cache.get(lang);
  if (!t) cache.set(lang, (t = translator<UIKey>(DICTIONARIES[lang], LOCALES[lang].htmlLang, lang)));
  return t;
}
