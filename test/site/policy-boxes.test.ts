/** Policy pages: each measure in the text has a box with its lead units, deadline and targets (Provision.astro): run `npm run build` first. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, Parser, type HtmlElement } from 'html-validate/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../helpers.ts';

type M = { id: string; policy: string; lead: string[]; deadline: string | null; url: { zh: string; en: string } };
type T = { id: string; measure: string | null };
const measures = JSON.parse(readFileSync(join(DIST, 'data', 'measures.json'), 'utf8')) as M[];
const targets = JSON.parse(readFileSync(join(DIST, 'data', 'targets.json'), 'utf8')) as T[];

describe('measure boxes in a policy text', () => {
  let parser: Parser;
  beforeAll(async () => {
    parser = new Parser(await new HtmlValidate().getConfigFor('page.html'));
  });
  for (const policy of ['cq-2016-work-plan', 'cq-2023-double-growth'])
    for (const lang of ['zh', 'en'] as const)
      it(`${policy} (${lang}): every measure with a lead unit, deadline or target has its box, linking those units, its targets and its page`, () => {
        const html = parser.parseHtml(readFileSync(join(DIST, ...(lang === 'en' ? ['en'] : []), 'policies', policy, 'index.html'), 'utf8'));
        const own = measures.filter((m) => m.policy === policy);
        expect(own.length).toBeGreaterThan(0);
        let boxes = 0;
        for (const m of own) {
          const section = html.querySelector(`section[data-measure="${m.id}"]`);
          expect(section, m.id).not.toBeNull();
          const box: HtmlElement | undefined = section!.childElements.find((n) => n.getAttribute('role')?.value === 'note');
          const mine = targets.filter((x) => x.measure === m.id);
          if (!m.lead.length && !m.deadline && !mine.length) {
            expect(box, m.id).toBeUndefined();
            continue;
          }
          boxes++;
          expect(box, m.id).toBeDefined();
          for (const u of m.lead) expect(box!.querySelector(`a[href="${lang === 'en' ? '/en' : ''}/units/${u}/"]`), `${m.id} lead ${u}`).not.toBeNull();
          for (const x of mine) expect(box!.querySelector(`[data-target-id="${x.id}"]`), `${m.id} target ${x.id}`).not.toBeNull();
          expect(box!.querySelector(`a[href="${m.url[lang]}"]`), m.id).not.toBeNull();
        }
        expect(boxes).toBeGreaterThan(0);
      });
});
