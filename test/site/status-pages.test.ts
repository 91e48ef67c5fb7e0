/** Status banners, provenance and contacts on the built policy and measure pages (run `npm run build` first). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureStatus, type PolicyStatus } from '../../src/lib/status.ts';
import { DIST } from '../helpers.ts';

type P = { id: string; period: { start: number | null; end: number | null }; portalMetadata: Record<string, string> | null; supersession: { by: string | null; evidence: string } | null; status: Omit<PolicyStatus, 'supersession'> & { asOf: string } };
type M = { id: string; policy: string; deadline: string | null; lead: string[]; leadAsPrinted: string[]; url: { zh: string; en: string } };
const policies = JSON.parse(readFileSync(join(DIST, 'data', 'policies.json'), 'utf8')) as P[];
const measures = JSON.parse(readFileSync(join(DIST, 'data', 'measures.json'), 'utf8')) as M[];
const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const banner = (html: string) => html.match(/data-status-banner="([a-z-]+)"/)?.[1] ?? null;

describe('status banner on policy and measure pages', () => {
  for (const id of ['cq-2015-action-plan', 'cq-2016-work-plan', 'cq-2022-district-guidance', 'cq-2023-double-growth']) {
    const p = policies.find((x) => x.id === id)!;
    // The expectation comes from the status of the open data (src/lib/status.ts at the build date; test/site/status.test.ts checks it).
    const at = new Date(`${p.status.asOf}T00:00:00Z`);
    const expected: PolicyStatus = { ...p.status, supersession: p.supersession };

    it(`${id}: a banner on its pages exactly when it is not current (${expected.kind} at ${p.status.asOf})`, () => {
      for (const prefix of ['', 'en/']) {
        const html = page(`${prefix}policies/${id}`);
        expect(banner(html)).toBe(expected.current ? null : expected.kind);
        expect(html).toContain(`data-pagefind-filter="status:`);
        expect(html).toMatch(new RegExp(`data-status="${expected.kind}"[^>]*data-testid="status-badge"`));
        for (const m of measures.filter((x) => x.policy === id).slice(0, 5)) {
          const ms = measureStatus(m, expected, at);
          expect([m.id, banner(page(prefix + m.url.zh.slice(1)))]).toEqual([m.id, ms.current ? null : ms.kind]);
        }
      }
    });
  }

  it('the 2015 plan’s banner says when its period ended, with the date of the status, in both languages', () => {
    const p = policies.find((x) => x.id === 'cq-2015-action-plan')!;
    if (!p.period.end || Number(p.status.asOf.slice(0, 4)) <= p.period.end) return;
    expect(page('en/policies/cq-2015-action-plan')).toContain(`period ended in ${p.period.end} (status as of ${p.status.asOf})`);
    expect(page('policies/cq-2015-action-plan')).toContain(`规划期已于${p.period.end}年结束（截至${p.status.asOf}的状态）`);
  });
});

describe('provenance and contact', () => {
  it('every policy page labels its dates (成文日期, 发布日期, page generated) and names its official source or says none is known', () => {
    for (const p of policies) {
      const zh = page(`policies/${p.id}`);
      const en = page(`en/policies/${p.id}`);
      for (const label of ['成文日期', '发布日期', '原文链接', '本页生成日期']) expect([p.id, zh.includes(label)]).toEqual([p.id, true]);
      for (const label of ['Date written', 'Date published', 'Official source', 'Page generated']) expect([p.id, en.includes(label)]).toEqual([p.id, true]);
      expect(en).toContain(p.status.asOf);
    }
  });

  it('every measure page says whom to contact: a link to each lead unit’s page, or that the document names none', () => {
    for (const m of measures) {
      const html = page(`en${m.url.zh}`);
      const block = html.slice(html.indexOf('data-testid="measure-contact"'));
      expect(block).toContain('To apply or ask');
      // (a lead the registry lacks is named as printed: whom to ask, with no contact known)
      if (m.lead.length === 0 && m.leadAsPrinted.length > 0) expect([m.id, m.leadAsPrinted.every((n) => block.includes(n))]).toEqual([m.id, true]);
      else if (m.lead.length === 0) expect(block).toContain('The document names no lead unit; ask the issuer:');
      for (const u of m.lead) expect([m.id, block.includes(`href="/en/units/${u}/"`)]).toEqual([m.id, true]);
    }
  });
});
