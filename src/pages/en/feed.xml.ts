import type { APIRoute } from 'astro';
import { t } from '../../i18n/ui.ts';
import { atomFeed } from '../../utils/feed.ts';
import { siteData } from '../../utils/site-data.ts';

export const GET: APIRoute = async ({ site }) => new Response(atomFeed((await siteData()).policies, 'en', site!, t('siteName', 'en')), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
