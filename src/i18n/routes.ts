/** Static paths for pages under src/pages/[...locale]/ (kept for existing imports: the logic is in ./paths.ts). */
export { everyLanguage as bothLanguages, langOfParam, localeParam } from './paths.ts';
