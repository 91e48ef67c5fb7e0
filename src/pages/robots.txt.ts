/** robots.txt: everything allowed, and where the sitemap is. */
import type { APIRoute } from 'astro';

/** robots.txt pointing at the sitemap of the configured site address. */
export const GET: APIRoute = ({ site }) => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
