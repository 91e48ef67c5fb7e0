/** Unit pages say how to reach the unit (or its successor), only from the sourced contacts of content/units.yaml: run `npm run build` first. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { contactHolder } from '../../src/lib/contact.ts';
import { DIST, ROOT } from '../helpers.ts';

type U = { id: string; kind: string; successor: string | null; contact?: { website: string | null; address: string | null; phone: string | null } | null };
const units = YAML.parse(readFileSync(join(ROOT, 'content', 'units.yaml'), 'utf8')) as U[];
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
        if (!c) expect(html, u.id).toMatch(lang === 'en' ? /No public contact details found/ : /未找到公开的联系方式/);
        else {
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
