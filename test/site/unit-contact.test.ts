/** Unit pages say how to reach the unit (or its successor), only from the sourced contacts of content/units.yaml: run `npm run build` first. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { contactHolder, measureContact } from '../../src/lib/contact.ts';
import { DIST, ROOT } from '../helpers.ts';

type U = { id: string; kind: string; successor: string | null; contact?: { website: string | null; address: string | null; phone: string | null } | null };
const units = YAML.parse(readFileSync(join(ROOT, 'content', 'units.yaml'), 'utf8')) as U[];
const directory = YAML.parse(readFileSync(join(ROOT, 'content', 'directory.yaml'), 'utf8')) as { url: string; sources: { url: string }[] };
const page = (id: string, lang: 'zh' | 'en') => readFileSync(join(DIST, ...(lang === 'en' ? ['en'] : []), 'units', id, 'index.html'), 'utf8');

describe('unit pages: how to reach them', () => {
  it('show the website, address and phone of the unit that holds the contact, and nothing else', () => {
    for (const u of units)
      for (const lang of ['zh', 'en'] as const) {
        const html = page(u.id, lang);
        const holder = contactHolder(units, u.id);
        if (u.kind === 'group') {
          expect(html, u.id).toMatch(lang === 'en' ? /group of units, with no single contact/ : /没有统一的联系方式/);
          continue;
        }
        if (holder && holder.id !== u.id) expect(html, u.id).toContain(`href="${lang === 'en' ? '/en' : ''}/units/${holder.id}/"`);
        const c = holder?.contact;
        // the gap is ours ("no cited contact yet"), not a claim that the unit publishes none
        expect(html, u.id).not.toMatch(/contact details not published|未公布联系方式|No public contact details found/);
        if (!c) {
          expect(html, u.id).toMatch(lang === 'en' ? /We have no cited contact for this unit yet/ : /暂无该单位有出处的联系方式/);
          // and where to look meanwhile: the city government's website, with the page that shows what it hosts
          expect(html, u.id).toContain(`<a href="${directory.url}" rel="external noopener"`);
          for (const s of directory.sources) expect(html, u.id).toContain(`href="${s.url}"`);
        } else {
          expect(html, u.id).not.toContain('data-directory');
          if (c.website) expect(html, u.id).toContain(`href="${c.website}"`);
          if (c.address) expect(html, u.id).toContain(c.address);
          if (c.phone) expect(html, u.id).toContain(c.phone);
        }
      }
  });

  it('the Science and Technology Bureau has its sourced website; the pre-2018 commission points to it', () => {
    const bureau = units.find((u) => u.id === 'cq-sti-bureau')!;
    expect(bureau.contact?.website).toMatch(/^https?:\/\//);
    expect(page('cq-sti-bureau', 'en')).toContain(`href="${bureau.contact!.website}"`);
    expect(page('cq-sti-commission', 'en')).toContain('contact its successor');
  });
});

describe('measure pages: whom to ask', () => {
  type M = { id: string; policy: string; lead: string[]; leadAsPrinted: string[]; url: { zh: string } };
  type P = { id: string; issuer: { zh: string } | null; jurisdiction: string | null };
  const measures = JSON.parse(readFileSync(join(DIST, 'data', 'measures.json'), 'utf8')) as M[];
  const policies = JSON.parse(readFileSync(join(DIST, 'data', 'policies.json'), 'utf8')) as P[];
  const withAliases = YAML.parse(readFileSync(join(ROOT, 'content', 'units.yaml'), 'utf8')) as { id: string; aliases: string[] }[];
  const measurePage = (m: M, lang: 'zh' | 'en') => readFileSync(join(DIST, ...(lang === 'en' ? ['en'] : []), ...m.url.zh.split('/').filter(Boolean), 'index.html'), 'utf8');

  it('every measure names its lead units, or says the document names none and links the issuer, in both languages', () => {
    const counts = { lead: 0, printed: 0, issuer: 0, none: 0, gaps: 0 };
    for (const m of measures) {
      const policy = policies.find((p) => p.id === m.policy)!;
      const issuer = policy.issuer?.zh ?? null;
      const want = measureContact(m, issuer, withAliases);
      counts[want.basis]++;
      for (const lang of ['zh', 'en'] as const) {
        const html = measurePage(m, lang);
        expect(html, m.id).toContain(`data-contact-basis="${want.basis}"`);
        for (const id of want.units) expect(html, m.id).toContain(`href="${lang === 'en' ? '/en' : ''}/units/${id}/"`);
        if (want.basis === 'issuer' || want.basis === 'none') expect(html, m.id).toMatch(lang === 'en' ? /The document names no lead unit; ask the issuer:/ : /文件未载明牵头单位，可向发文机关咨询：/);
        // a lead the registry lacks is named as printed, never replaced by the issuer
        if (want.basis === 'printed') for (const name of m.leadAsPrinted) expect(html, m.id).toContain(name);
        // no contact at all for the issuer (or a lead without one): the city government's website is offered
        const start = html.indexOf('data-testid="measure-contact"');
        const box = html.slice(start, html.indexOf('</section>', start));
        const gaps = box.match(/we have no cited contact yet|暂无有出处的联系方式/g)?.length ?? 0;
        // (a document of another place says so instead: Chongqing's directory would be the wrong government's)
        const elsewhere = box.match(/directory covers Chongqing|本站名录只收录重庆市的机构/g)?.length ?? 0;
        expect(box.split(`<a href="${directory.url}"`).length - 1, m.id).toBe(policy.jurisdiction ? 0 : gaps);
        expect(elsewhere, m.id).toBe(policy.jurisdiction ? gaps : 0);
        if (gaps > 0) counts.gaps++;
      }
    }
    // the 2022 guidance names no lead unit: its issuer, the Science and Technology Bureau, is the contact
    const guidance = measures.filter((m) => m.policy === 'cq-2022-district-guidance');
    expect(guidance.every((m) => measurePage(m, 'en').includes('href="/en/units/cq-sti-bureau/"'))).toBe(true);
    expect(counts.issuer).toBeGreaterThan(0);
    expect(counts.gaps).toBeGreaterThan(0);
  });
});
