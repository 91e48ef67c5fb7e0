/**
 * The dictionary entries client scripts need (numbers, dates, charts: `FormatKey`), picked on the
 * server and passed in the page, so the scripts do not bundle the dictionaries.
 */
import { LOCALES, type Lang } from './config.ts';
import type { FormatKey } from './dictionaries/zh.ts';
import { translator, type Entry, type Translator } from './translate.ts';

/** The `fmt.*` and `chart.*` entries of a dictionary, as JSON-ready data. */
export function formatEntries(dictionary: Record<string, Entry>): Record<FormatKey, Entry> {
  return Object.fromEntries(Object.entries(dictionary).filter(([key]) => key.startsWith('fmt.') || key.startsWith('chart.'))) as Record<FormatKey, Entry>;
}

/** A translator over those entries, as a client script builds it from the page's data. */
export const formatTranslator = (entries: Record<FormatKey, Entry>, lang: Lang): Translator<FormatKey> => translator(entries, LOCALES[lang].htmlLang, lang);
