/**
 * Puts the page's language, its translator and route data on Astro.locals (as Starlight does), so
 * pages and components read `Astro.locals.t('key')` instead of working out the language themselves.
 */
import { defineMiddleware } from 'astro:middleware';
import { useTranslations } from './i18n/dictionaries/index.ts';
import { LANGS } from './i18n/config.ts';
import { langOfPath, localePath, unlocalized } from './i18n/paths.ts';
import { siteData } from './utils/site-data.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const lang = langOfPath(context.url.pathname);
  const locals = context.locals;
  locals.lang = lang;
  locals.t = useTranslations(lang);
  locals.path = (path) => localePath(path, lang);
  const page = unlocalized(context.url.pathname);
  locals.route = { lang, page, alternates: Object.fromEntries(LANGS.map((l) => [l, localePath(page, l)])) as App.Locals['route']['alternates'] };
  // Loaded once per build (cached): every page reads the same records.
  locals.data = await siteData();
  return next();
});
