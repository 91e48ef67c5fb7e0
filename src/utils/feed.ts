/** Atom feed of the policies in one language. */
import type { Policy } from '../data/schemas.ts';
import type { Lang } from '../i18n/config.ts';
import { htmlLang, localePath } from '../i18n/paths.ts';
import { FIRST_YEAR } from '../lib/corpus.ts';
import { escapeXml } from '../lib/xml.ts';
import { pick } from './site-data.ts';


/** The Atom XML; entries are dated by their issue date (or plan start), so the feed only changes when content does. */
export function atomFeed(policies: Policy[], lang: Lang, site: URL, title: string): string {
  const date = (p: Policy) => p.issued ?? `${p.period.start ?? FIRST_YEAR}-01-01`;
  const updated = policies.map(date).sort().at(-1)!;
  const entries = policies.map((p) => {
    const url = new URL(localePath(p.url.zh, lang), site).href;
    return `  <entry>\n    <id>${url}</id>\n    <title>${escapeXml(pick(p.title, lang).text)}</title>\n    <link href="${url}"/>\n    <updated>${date(p)}T00:00:00Z</updated>\n    <summary>${escapeXml([pick(p.issuer, lang).text, p.docNumber].filter(Boolean).join(' · '))}</summary>\n  </entry>`;
  });
  const self = new URL(localePath('/feed.xml', lang), site).href;
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${htmlLang(lang)}">\n  <id>${self}</id>\n  <title>${escapeXml(title)}</title>\n  <link rel="self" href="${self}"/>\n  <link href="${new URL(localePath('/', lang), site).href}"/>\n  <updated>${updated}T00:00:00Z</updated>\n  <author><name>${escapeXml(title)}</name></author>\n${entries.join('\n')}\n</feed>\n`;
}
