/** Checks of the English content: complete, free of Chinese, numbers kept, glossary terms used consistently, briefs traceable. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import type { BriefStatement, GlossaryEntry, UnitEntry } from '../../src/data/schemas.ts';
import { readGeneratedData } from '../../src/data/generated.ts';
import { missingQuantities, chineseQuantities, englishQuantities } from '../../src/lib/numbers.ts';
import { ROOT } from '../helpers.ts';

const data = readGeneratedData(join(ROOT, 'content', 'generated', 'data'));
const glossary = YAML.parse(readFileSync(join(ROOT, 'content', 'glossary.yaml'), 'utf8')) as GlossaryEntry[];
const units = YAML.parse(readFileSync(join(ROOT, 'content', 'units.yaml'), 'utf8')) as UnitEntry[];
const HAN = /\p{Script=Han}/u;

describe('number helpers', () => {
  it('read 万/亿 and million/billion', () => {
    expect(chineseQuantities('超过1.28万家和200亿元，达到2%')).toEqual([12800, 20000000000, 2]);
    expect(englishQuantities('more than 12,800 entities and CNY 20 billion, 2%')).toEqual([12800, 20000000000, 2]);
    expect(missingQuantities('培育50名', 'cultivate 5 people')).toEqual([50]);
  });
});

describe('every record has English', () => {
  const missing: string[] = [];
  for (const d of data) {
    if (!d.policy.title.en) missing.push(`${d.policy.id} title`);
    if (d.policy.issuer && !d.policy.issuer.en) missing.push(`${d.policy.id} issuer`);
    for (const m of d.measures) {
      if (m.title && !m.title.en) missing.push(`${m.id} title`);
      if (!m.text.en) missing.push(`${m.id} text`);
    }
    for (const t of d.tasks) if (!t.text.en) missing.push(`${t.id} text`);
    for (const t of d.targets) {
      if (!t.indicator.en) missing.push(`${t.id} indicator`);
      if (t.scope && !t.scope.en) missing.push(`${t.id} scope`);
      if (!t.unit.en) missing.push(`${t.id} unit`);
    }
    for (const s of d.segments) if (!s.en) missing.push(`${d.policy.id} segment ${s.id}`);
  }
  for (const u of units) {
    if (!u.name.en) missing.push(`unit ${u.id} name`);
    if (u.fullName && u.fullName.zh && !u.fullName.en) missing.push(`unit ${u.id} full name`);
  }
  it('policies, measures, tasks, targets, segments and units', () => expect(missing).toEqual([]));
  it('no English text is stale', () => expect(data.flatMap((d) => d.segments.filter((s) => s.stale).map((s) => `${d.policy.id} ${s.id}`))).toEqual([]));
});

describe('English text has no Chinese characters', () => {
  it('in segments, glossary and units', () => {
    const bad = [
      ...data.flatMap((d) => d.segments.filter((s) => s.en && HAN.test(s.en)).map((s) => `${d.policy.id} ${s.id}: ${s.en}`)),
      ...glossary.filter((g) => HAN.test(g.en) || HAN.test(g.explanation.en)).map((g) => `glossary ${g.id}`),
      ...units.filter((u) => (u.name.en && HAN.test(u.name.en)) || (u.fullName?.en && HAN.test(u.fullName.en))).map((u) => `unit ${u.id}`),
    ];
    expect(bad).toEqual([]);
  });
});

describe('numbers are kept', () => {
  it('every number of each Chinese provision, task and heading is in its English (万/亿 converted)', () => {
    const bad = data.flatMap((d) =>
      d.segments.filter((s) => s.en && missingQuantities(s.zh, s.en).length).map((s) => `${d.policy.id} ${s.id}: missing ${missingQuantities(s.zh, s.en!).join(', ')}`),
    );
    expect(bad).toEqual([]);
  });
});

/** Whether English text uses a glossary term: its English (without a parenthetical gloss), a plural of it, or one of its listed forms. */
function usesTerm(en: string, g: GlossaryEntry): boolean {
  const text = en.toLowerCase();
  const base = g.en.replace(/\s*\([^)]*\)\s*$/, '').toLowerCase();
  const plurals = [base, base.replace(/y$/, 'ies'), base + 's', base + 'es'];
  return [...plurals, ...(g.enForms ?? []).map((f) => f.toLowerCase())].some((f) => text.includes(f));
}

describe('glossary terms are translated the same way everywhere', () => {
  it('where a provision uses a term, its English uses the glossary’s English', () => {
    const bad: string[] = [];
    for (const d of data)
      for (const s of d.segments) {
        if (!s.en || /\/t\d+\//.test(s.id)) continue;
        for (const g of glossary) {
          const forms = [g.zh, ...g.aliases];
          if (!forms.some((f) => s.zh.includes(f))) continue;
          // a longer term that contains this one decides (科技企业孵化器 over 孵化器)
          if (glossary.some((o) => o !== g && o.zh.length > g.zh.length && o.zh.includes(g.zh) && s.zh.includes(o.zh) && !forms.some((f) => s.zh.replaceAll(o.zh, '').includes(f)))) continue;
          if (!usesTerm(s.en, g)) bad.push(`${d.policy.id} ${s.id}: ${g.zh} → “${g.en}”`);
        }
      }
    expect(bad).toEqual([]);
  });
});

describe('“In brief” explainers are traceable', () => {
  for (const d of data) {
    const file = join(ROOT, 'content', 'briefs', `${d.policy.id}.yaml`);
    const statements = YAML.parse(readFileSync(file, 'utf8')) as BriefStatement[];
    it(`${d.policy.id}: every source exists and every number is in the sources`, () => {
      const texts = new Map<string, string>([['policy', JSON.stringify(d.policy)]]);
      for (const m of d.measures) texts.set(m.id, [m.title?.zh, m.text.zh].join(' '));
      for (const t of d.tasks) texts.set(t.id, [t.text.zh, t.deadlineText].join(' '));
      for (const t of d.targets) texts.set(t.id, [t.quote, t.indicator.zh, `${t.value}${t.unit.zh}`, t.year].join(' '));
      for (const s of statements) {
        for (const src of s.sources) expect(texts.has(src), `${src} in ${file}`).toBe(true);
        const sourceText = s.sources.map((src) => texts.get(src) ?? '').join(' ');
        const sourceNumbers = new Set(chineseQuantities(sourceText.replace(/(\d{4})-(\d{2})-(\d{2})/g, (_, y, m, dd) => `${y} ${Number(m)} ${Number(dd)}`)));
        const unsourced = chineseQuantities(s.zh).filter((q) => !sourceNumbers.has(q));
        expect(unsourced, `${s.zh}`).toEqual([]);
        expect(missingQuantities(s.zh, s.en), s.en).toEqual([]);
        expect(HAN.test(s.en), s.en).toBe(false);
      }
    });
  }
  it('there is a brief for every policy', () => expect(readdirSync(join(ROOT, 'content', 'briefs')).sort()).toEqual(data.map((d) => `${d.policy.id}.yaml`).sort()));
});
