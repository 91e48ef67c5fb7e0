/** The Atom feed of the policies in Chinese (the language comes from the path, src/middleware.ts). */
import type { APIRoute } from 'astro';
import { atomFeed } from '../utils/feed.ts';

export const GET: APIRoute = async ({ site, locals }) => new Response(atomFeed(locals.data.policies, locals.lang, site!, locals.t('siteName')), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
