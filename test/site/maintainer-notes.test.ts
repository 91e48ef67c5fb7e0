/** Maintainer notes (unit notes, seed provenance) are English only: shown on English pages, never on Chinese ones, and they name no internal document numbers. Run `npm run build` first. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../helpers.ts';

const units = YAML.parse(readFileSync(join(ROOT, 'content', 'units.yaml'), 'utf8')) as { id: string; note: string | null }[];
const html = (...parts: string[]) => readFileSync(join(DIST, ...parts, 'index.html'), 'utf8');
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

describe('maintainer notes', () => {
  it('unit notes name documents, not internal numbers like 003', () => {
    for (const u of units) if (u.note) expect([u.id, /\b0\d\d\b/.test(u.note)]).toEqual([u.id, false]);
  });
  it('a unit note is on the English page of the unit only', () => {
    for (const u of units.filter((x) => x.note)) {
      const needle = escaped(u.note!.slice(0, 40));
      expect([u.id, html('en', 'units', u.id).includes(needle)]).toEqual([u.id, true]);
      expect([u.id, html('units', u.id).includes(needle)]).toEqual([u.id, false]);
    }
  });
  it('a seed provenance note is on the English policy page only', () => {
    const zh = html('policies', 'cq-2023-double-growth');
    const en = html('en', 'policies', 'cq-2023-double-growth');
    expect(en).toContain('Scraped from a business portal');
    expect(zh).not.toContain('Scraped from a business portal');
    expect(html('units', 'cq-sti-bureau')).not.toMatch(/Issuer of 003/);
  });
});
