/** Types of Astro.locals, filled by src/middleware.ts for every page. */
declare namespace App {
  interface Locals {
    /** The page's language (from its path). */
    lang: import('./i18n/config.ts').Lang;
    /** The interface dictionary of the page's language: t('key'), t('key', { n: 3 }). */
    t: import('./i18n/dictionaries/index.ts').T;
    /** A site path in the page's language: path('/policies/') → /en/policies/ on English pages. */
    path: (path: string) => string;
    /** The page's path without its language prefix, and its path in every language. */
    route: { lang: import('./i18n/config.ts').Lang; page: string; alternates: Record<import('./i18n/config.ts').Lang, string> };
    /** All site content with its lookups (src/utils/site-data.ts). */
    data: import('./utils/site-data.ts').SiteData;
  }
}
