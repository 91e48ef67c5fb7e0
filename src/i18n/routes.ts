/** Static paths for pages that exist in both languages under src/pages/[...locale]/. */
import type { Lang } from './ui.ts';

/** The `locale` route parameter of a language: undefined for Chinese (at /), 'en' for English (at /en/). */
export const localeParam = (lang: Lang) => (lang === 'en' ? 'en' : undefined);

/** The language of a `locale` route parameter. */
export const langOfParam = (locale: string | undefined): Lang => (locale === 'en' ? 'en' : 'zh');

/** One static path per language. */
export const bothLanguages = () => [{ params: { locale: undefined } }, { params: { locale: 'en' } }];
