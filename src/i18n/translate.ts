/** The dictionary machinery: entry types, `{name}` interpolation and plural forms (Intl.PluralRules). */
import type { Lang } from './config.ts';

/** Plural forms of one entry, chosen by the `n` variable with the language's plural rules; `other` is required. */
export type PluralEntry = { other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;
/** One dictionary entry: a string (may hold `{name}` placeholders) or plural forms. */
export type Entry = string | PluralEntry;

/** Variables of an interpolated entry; `n` also picks the plural form. */
export type Vars = Record<string, string | number>;

/** Looks up a key of a dictionary type in the current language. */
export type Translator<K extends string> = (key: K, vars?: Vars) => string;

/** `{name}` placeholders of a text, in order of first appearance. */
export const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))];

/** Fills `{name}` placeholders; a placeholder without a variable is an error (a typo would otherwise reach a page). */
export function interpolate(text: string, vars: Vars = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in vars)) throw new Error(`i18n: no value for {${name}} in “${text}”`);
    return String(vars[name]);
  });
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form of an entry for the variables: plural entries by `vars.n` with the language's rules. */
export function resolveEntry(entry: Entry, htmlLang: string, vars?: Vars): string {
  if (typeof entry === 'string') return interpolate(entry, vars);
  const n = vars?.n;
  if (typeof n !== 'number') throw new Error(`i18n: a plural entry needs a numeric n (“${entry.other}”)`);
  let rules = pluralRules.get(htmlLang);
  if (!rules) pluralRules.set(htmlLang, (rules = new Intl.PluralRules(htmlLang)));
  return interpolate(entry[rules.select(n)] ?? entry.other, vars);
}

/** A translator over one dictionary: `t('key')`, `t('key', { n: 3 })`. Unknown keys throw (the types rule them out). */
export function translator<K extends string>(dictionary: Record<K, Entry>, htmlLang: string, lang: Lang): Translator<K> {
  return (key, vars) => {
    const entry = dictionary[key];
    if (entry === undefined) throw new Error(`i18n: no “${key}” in the ${lang} dictionary`);
    return resolveEntry(entry, htmlLang, vars);
  };
}
