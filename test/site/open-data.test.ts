/** The open data files of the built site (dist/data/): run `npm run build` first. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPEN_DATA, OPEN_DATA_FILES } from '../../src/data/schemas.ts';
import { isSeedPolicy, ROOT, SEED_POLICIES } from '../helpers.ts';

const DIST = join(ROOT, 'dist');
if (!existsSync(join(DIST, 'data', 'policies.json'))) throw new Error('dist/data/ is missing: run `npm run build` before `npm test`');

const load = (name: string) => JSON.parse(readFileSync(join(DIST, 'data', `${name}.json`), 'utf8')) as Record<string, unknown>[];

/** Records of an RFC 4180 CSV text (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('dist/data', () => {
  for (const name of OPEN_DATA_FILES) {
    it(`${name}.json has exactly the fields of OPEN_DATA.${name} and its CSV twin has the same records`, () => {
      const schema = OPEN_DATA[name];
      const records = load(name);
      expect(records.length).toBeGreaterThan(0);
      for (const r of records) {
        expect(() => schema.parse(r), JSON.stringify(r).slice(0, 200)).not.toThrow();
        expect(Object.keys(r)).toEqual(Object.keys(schema.shape));
      }
      const csv = parseCsv(readFileSync(join(DIST, 'data', `${name}.csv`), 'utf8').replace(/^\ufeff/, ''));
      expect(csv.length - 1).toBe(records.length);
      expect(csv[0]).toContain('id');
      // its sidecar (CSV on the Web metadata): title, source, licence (none chosen: null, said), date, the header's columns
      const meta = JSON.parse(readFileSync(join(DIST, 'data', `${name}.csv-metadata.json`), 'utf8'));
      expect(meta.url).toBe(`${name}.csv`);
      expect(meta['dc:title'].map((x: { '@language': string }) => x['@language'])).toEqual(['zh', 'en']);
      expect(meta['dc:modified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(meta['dc:source'].length).toBe(load('policies').length);
      expect(meta).toHaveProperty('dc:license', null);
      expect(meta['rdfs:comment']).toMatch(/No licence has been chosen/);
      expect(meta.tableSchema.columns.map((c: { titles: string }) => c.titles)).toEqual(csv[0]);
    });
  }

  it('holds every seed policy, the 2016 plan’s 38 tasks, and references that resolve', () => {
    const policies = load('policies') as { id: string }[];
    const measures = load('measures') as { id: string; lead: string[]; support: string[]; url: { zh: string; en: string } }[];
    const tasks = load('tasks') as { policy: string; measure: string | null }[];
    const units = new Set(load('units').map((u) => u.id));
    expect(policies.map((p) => p.id)).toEqual(expect.arrayContaining([...SEED_POLICIES]));
    expect(tasks.filter((t) => t.policy === 'cq-2016-work-plan')).toHaveLength(38);
    const measureIds = new Set(measures.map((m) => m.id));
    for (const t of tasks.filter((x) => x.measure !== null)) expect(measureIds.has(t.measure!), t.measure!).toBe(true);
    for (const m of measures) {
      for (const u of [...m.lead, ...m.support]) expect(units.has(u), `${m.id} → ${u}`).toBe(true);
      expect(existsSync(join(DIST, m.url.zh, 'index.html')), m.url.zh).toBe(true);
      expect(existsSync(join(DIST, m.url.en, 'index.html')), m.url.en).toBe(true);
    }
  });

  it('every task of the seed policies is linked to a measure', () => {
    const tasks = load('tasks') as { id: string; policy: string; measure: string | null }[];
    expect(tasks.filter((t) => isSeedPolicy(t.policy) && t.measure === null).map((t) => t.id)).toEqual([]);
  });

  it('policy pages render every provision with its anchor', () => {
    const html = readFileSync(join(DIST, 'policies', 'cq-2016-work-plan', 'index.html'), 'utf8');
    const measures = load('measures') as { policy: string; anchor?: string; url: { zh: string }; id: string }[];
    for (const m of measures.filter((x) => x.policy === 'cq-2016-work-plan')) {
      const anchor = `p-${m.id.split('/')[1]}`;
      expect(html).toContain(`id="${anchor}"`);
    }
    expect(html).toContain('id="task-38"');
  });
});
