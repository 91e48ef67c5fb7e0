/** Benefits on the built site: benefits.json against the generated records, and each benefit on its measure page in both languages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeneratedData } from '../../src/data/generated.ts';
import type { Benefit } from '../../src/data/schemas.ts';
import { isSupportMeasure } from '../../src/lib/finder.ts';
import { DIST } from '../helpers.ts';

const published = JSON.parse(readFileSync(join(DIST, 'data', 'benefits.json'), 'utf8')) as Benefit[];
const page = (url: string) => readFileSync(join(DIST, url.replace(/#.*$/, ''), 'index.html'), 'utf8');
/** The benefits section of a measure page, or null. */
const section = (html: string) => /<section data-testid="measure-benefits"[\s\S]*?<\/section>/.exec(html)?.[0] ?? null;

describe('benefits.json', () => {
  it('publishes exactly the generated benefits, and no target has a benefit’s quote and value', () => {
    const generated = readGeneratedData().flatMap((d) => d.benefits);
    expect(published.map((b) => b.id).sort()).toEqual(generated.map((b) => b.id).sort());
    expect(published.length).toBeGreaterThan(0);
    // the same figure (value and unit) of the same sentence: a goal and a cap may share a number (最高补助300万元 … 可促进300家业者)
    const targets = JSON.parse(readFileSync(join(DIST, 'data', 'targets.json'), 'utf8')) as { quote: string; value: number; unit: { zh: string } }[];
    for (const b of published) expect(targets.some((t) => t.quote === b.quote && t.value === b.value && t.unit.zh === b.unit.zh), b.id).toBe(false);
  });
});

/** Whether a list names a benefit: as its item, or among the restatements an item stands for (a figure stated again is listed once). */
const lists = (box: string | null | undefined, id: string) => Boolean(box && (box.includes(`data-benefit-id="${id}"`) || [...box.matchAll(/data-benefit-restated="([^"]*)"/g)].some((m) => m[1]!.split(' ').includes(id))));

describe('measure pages', () => {
  it('list each benefit of the measure, in a region named by its heading, with the figure in the page’s language', () => {
    for (const b of published.filter((x) => x.measure !== null)) {
      for (const [lang, url] of [['zh', b.url.zh], ['en', b.url.en]] as const) {
        const box = section(page(url));
        expect(box, `${url}`).not.toBeNull();
        expect(lists(box, b.id), url).toBe(true);
        expect(box).toMatch(/^<section data-testid="measure-benefits" aria-labelledby="benefits-title">/);
        expect(box).toContain(lang === 'zh' ? '<h2 id="benefits-title">支持标准</h2>' : '<h2 id="benefits-title">Support amounts</h2>');
      }
    }
  });

  it('write the seeds’ award shares as floors (cq-2015-action-plan 3-3-l2)', () => {
    expect(section(page('policies/cq-2015-action-plan/3-3-l2'))).toContain('奖励：<strong>不少于50%</strong>');
    expect(section(page('en/policies/cq-2015-action-plan/3-3-l2'))).toContain('Award: <strong>at least 50%</strong>');
  });

  it('have no benefits section where the measure grants no figure', () => {
    expect(section(page('policies/cq-2023-double-growth/3-2'))).toBeNull();
  });
});

describe('policy pages', () => {
  it('list each benefit stated outside the measures (preamble, a heading), in both languages', () => {
    for (const b of published.filter((x) => x.measure === null))
      for (const url of [b.url.zh, b.url.en]) {
        const box = /<section data-testid="policy-benefits"[\s\S]*?<\/section>/.exec(page(url))?.[0];
        expect(lists(box, b.id), url).toBe(true);
      }
  });
});

describe('finder', () => {
  it('shows each benefit of a listed measure in its result, in both languages', () => {
    const listed = JSON.parse(readFileSync(join(DIST, 'data', 'measures.json'), 'utf8')) as { id: string; audiences: string[]; instruments: string[]; general: boolean }[];
    const inFinder = new Set(listed.filter(isSupportMeasure).map((m) => m.id));
    for (const url of ['finder', 'en/finder']) {
      const html = page(url);
      for (const b of published.filter((x) => x.measure !== null && inFinder.has(x.measure))) expect(lists(html, b.id), `${url}: ${b.id}`).toBe(true);
    }
  });
});
