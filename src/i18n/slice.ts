/**
 * The dictionary entries client scripts need (numbers, dates, charts: `FormatKey`), picked on the
 * server and passed in the page, so the scripts do not bundle the dictionaries.
 */
import { LOCALES, type Lang } from './config.ts';
import type { UIKey } from './dictionaries/zh.ts';
import { translator, type Entry, type Translator } from './translate.ts';

/** The prefixes of the dictionary keys client scripts need (here, not in the dictionary module, so that scripts do not bundle it). */
export const FORMAT_PREFIXES = ['fmt.', 'chart.', 'sep.'] as const;

/** A key client scripts need for numbers, dates, separators and charts (here, beside its prefixes: the dictionary does not import this module). */
export type FormatKey = Extract<UIKey, `${(typeof FORMAT_PREFIXES)[number]}${string}`>;

/** The `fmt.*`, `chart.*` and `sep.*` entries of a dictionary, as JSON-ready data. */
export function formatEntries(dictionary: Record<string, Entry>): Record<FormatKey, Entry> {
  return Object.fromEntries(Object.entries(dictionary).filter(([key]) => FORMAT_PREFIXES.some((p) => key.startsWith(p)))) as Record<FormatKey, Entry>;
}

/** A translator over those entries, as a client script builds it from the page's data. */
export const formatTranslator = (entries: Record<FormatKey, Entry>, lang: Lang): Translator<FormatKey> => translator(entries, LOCALES[lang].htmlLang, lang);
