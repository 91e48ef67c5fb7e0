/** Provision numbering in English (第二章 → Chapter 2, （三） → (3)), for the generated bodies and the site's breadcrumbs. */
import { matchMarker, type MarkerLevel } from '../ingest/recognisers/markers.ts';

/** English numbering for a level: 一、 → 1.  （一） → (1)  第一章 → Chapter 1. */
export function englishLabel(level: MarkerLevel, value: number): string | null {
  switch (level) {
    case 'part':
      return `Part ${value}`;
    case 'chapter':
      return `Chapter ${value}`;
    case 'section':
      return `Section ${value}`;
    case 'article':
      return `Article ${value}`;
    case 'item1':
    case 'item3':
      return `${value}.`;
    case 'item2':
    case 'item4':
      return `(${value})`;
    case 'item5':
      return `(${String.fromCharCode(96 + value)})`;
    default:
      return null;
  }
}

/** The English of a numbering as printed (第二章 → Chapter 2, （三） → (3)); null when it is not one. */
export function englishNumbering(printed: string): string | null {
  const m = matchMarker(printed);
  return m && !m.rest ? englishLabel(m.level, m.value) : null;
}

/** A provision as a link label: its numbering and its title (either may be missing). */
export interface ProvisionLabel {
  number: string | null;
  title: { text: string; lang: 'zh-CN' | 'en' } | null;
}

/**
 * The label of an ancestor provision in a breadcrumb: the numbering in the page's language and the
 * title (Chinese, marked, when the English is missing). Never empty: a provision without numbering
 * or title is named by its key.
 */
export function provisionLabel(a: { key: string; number: string | null; title: { zh: string; en: string | null } | null }, lang: 'zh' | 'en'): ProvisionLabel {
  const number = a.number === null ? null : lang === 'en' ? (englishNumbering(a.number) ?? a.number) : a.number;
  const title = a.title ? (lang === 'en' && a.title.en ? { text: a.title.en, lang: 'en' as const } : { text: a.title.zh, lang: 'zh-CN' as const }) : null;
  if (!number && !title?.text) return { number: a.key, title: null };
  return { number, title };
}
