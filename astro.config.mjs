// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Each checkout (and each scratch copy that links node_modules) keeps its own caches:
  // the defaults, node_modules/.astro and node_modules/.vite, would be shared through the link.
  cacheDir: './.astro/cache',
  // `npm run build` (scripts/build.ts) builds into a staging folder and swaps it into dist/ once complete.
  outDir: process.env.OUT_DIR ?? './dist',
  // Absolute URLs (canonical, hreflang, sitemap) need the public address; override with SITE_URL.
  site: process.env.SITE_URL ?? 'https://cq-innovation-policy.example.org',
  trailingSlash: 'always',
  i18n: {
    locales: ['zh', 'en'],
    defaultLocale: 'zh',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
      filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname),
    }),
  ],
  vite: { plugins: [tailwindcss()], cacheDir: './.astro/vite' },
});
