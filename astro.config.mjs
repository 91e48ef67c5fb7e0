// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import pagefind from './src/integrations/pagefind.ts';
import YAML from 'yaml';
import { readAuthoredText } from './src/ingest/stages/read.ts';
import { policyBodyPlugin } from './src/markdown/policy-body.ts';

/** content/glossary.yaml (validated by its content collection): the terms marked in policy bodies. */
const glossary = YAML.parse(readAuthoredText(fileURLToPath(new URL('./content/glossary.yaml', import.meta.url)))) ?? [];

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
    // Policy bodies are generated MDX whose text must reach the page exactly as written:
    // no GFM (bare URLs and e-mails turned into links, ~~x~~ into <del>) and no smart
    // punctuation ("…" into curly quotes, -- into a dash). Nothing here uses GFM tables or footnotes.
    // The generated bodies hold structure and text only; numbering in the page's language, anchor
    // links and their labels, classes and glossary marks are added here (src/markdown/policy-body.ts).
    mdx({ gfm: false, smartypants: false, processor: satteri({ mdastPlugins: [policyBodyPlugin(glossary)] }) }),
    sitemap({
      i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
      filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname),
    }),
    // Last, so that it indexes the finished pages: the search index, written in astro:build:done.
    pagefind(),
  ],
  // The bodies hold no code blocks: no syntax highlighter (Shiki's inline styles would also need CSP exceptions).
  markdown: { syntaxHighlight: false },
  // Content-Security-Policy, as a <meta> in every page (a static host may add no headers). Astro adds
  // the sha256 of each inline script and style it emits; docs/quality.md explains each source.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data: blob:", "worker-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Pagefind runs its WebAssembly in a worker, and on the page when the worker fails:
      // 'wasm-unsafe-eval' allows compiling WebAssembly (it allows no JavaScript eval).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Inline styles can run no code: the chart's is:inline stylesheet and style attributes in SVG markup.
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  vite: { plugins: [tailwindcss()], cacheDir: './.astro/vite' },
});
