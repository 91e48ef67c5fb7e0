import type { APIRoute } from 'astro';
import { t } from '../i18n/ui.ts';
import { atomFeed } from '../utils/feed.ts';
import { siteData } from '../utils/site-data.ts';

export const GET: APIRoute = async ({ site }) => new Response(atomFeed((await siteData()).policies, 'zh', site!, t('siteName', 'zh')), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
